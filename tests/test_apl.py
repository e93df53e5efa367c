"""Screens: the APL documents are plain JSON built from the content, bind only what the
datasources carry, and are sent only to devices with APL."""

from __future__ import annotations

import json
import re
from typing import Any

from skill import content
from skill.content import guide as guide_content
from skill.conversation import apl, guidance
from skill.conversation.handlers.guide import ScreenEventHandler
from tests.support.envelopes import intent, speech_of
from tests.support.limits import assert_within_limits
from tests.support.night import DAY_ZONE, at, known_zone

APL_DEVICE = {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.3"}}}
_BINDING = re.compile(r"\$\{payload\.([A-Za-z0-9_.]+)\}")


def _walk(node: Any):
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _bindings(document: dict) -> set[str]:
    text = json.dumps(document)
    return set(_BINDING.findall(text))


def _resolve(datasources: dict, path: str) -> Any:
    node: Any = datasources
    for key in path.split("."):
        assert isinstance(node, dict) and key in node, f"datasources lack {path}"
        node = node[key]
    return node


def _every_position():
    for stretch in content.STRETCHES:
        position = guidance.start(stretch)
        while position is not None:
            yield position
            position = position.next()


def test_documents_are_plain_json_apl():
    for document in (apl.STEP_DOCUMENT, apl.CARD_DOCUMENT):
        assert json.loads(json.dumps(document)) == document
        assert document["type"] == "APL"
        assert document["version"] == apl.APL_VERSION
        assert document["mainTemplate"]["parameters"] == ["payload"]
        assert document["mainTemplate"]["items"][0]["type"] == "Container"


def test_documents_hold_no_text_of_their_own():
    """Every Text and button shows a binding: the words come from the content."""
    for document in (apl.STEP_DOCUMENT, apl.CARD_DOCUMENT):
        texts = [n for n in _walk(document) if isinstance(n, dict) and n.get("type") == "Text"]
        assert texts
        for node in texts:
            assert _BINDING.fullmatch(node["text"]), node["text"]
        for node in _walk(document):
            if isinstance(node, dict) and node.get("type") == "AlexaButton":
                assert _BINDING.fullmatch(node["buttonText"]), node["buttonText"]


def test_step_document_binds_exactly_what_the_datasources_carry():
    bindings = _bindings(apl.STEP_DOCUMENT)
    assert {"guide.step", "guide.hold", "guide.progress", "guide.nextLabel",
            "guide.repeatLabel"} <= bindings
    for position in _every_position():
        for night in (False, True):
            sources = apl.step_datasources(position, night)
            for path in bindings:
                assert isinstance(_resolve(sources, path), str)
            assert {f"guide.{key}" for key in sources["guide"]} == bindings
            step = position.stretch.steps[position.step]
            assert sources["guide"]["step"] == content.plain_text(step.instruction)
            assert sources["guide"]["progress"] == (
                f"Step {position.step + 1} of {len(position.stretch.steps)}")


def test_step_document_has_next_and_repeat_touch_targets_the_skill_handles():
    presses = [n["primaryAction"] for n in _walk(apl.STEP_DOCUMENT)
               if isinstance(n, dict) and n.get("type") == "AlexaButton"]
    arguments = sorted(tuple(p["arguments"]) for p in presses)
    assert arguments == [("guide", "next"), ("guide", "repeat")]
    assert all(p["type"] == "SendEvent" for p in presses)
    for _source, command in arguments:
        assert command in ScreenEventHandler.commands


def test_card_document_binds_title_and_body():
    bindings = _bindings(apl.CARD_DOCUMENT)
    assert bindings == {"card.title", "card.body"}
    sources = apl.card_datasources("T", "B")
    assert {_resolve(sources, b) for b in bindings} == {"T", "B"}


def _ask_on(ask, name, slots=None, interfaces=None, **attrs):
    return ask(at(intent(name, slots, interfaces=interfaces,
                         session_attributes=known_zone(DAY_ZONE, disclaimer_given=True, **attrs))))


def test_answers_show_their_card_text_on_a_screen(ask):
    answer = content.ANSWERS[0]
    response = _ask_on(ask, answer.intent, interfaces=APL_DEVICE)
    card = response["response"]["card"]
    (directive,) = response["response"]["directives"]
    assert directive["type"] == "Alexa.Presentation.APL.RenderDocument"
    assert directive["token"] == apl.CARD_TOKEN
    assert directive["datasources"]["card"] == {"title": card["title"], "body": card["content"]}
    assert answer.title == card["title"]
    assert_within_limits(response)


def test_relief_and_red_flags_show_their_card_too(ask):
    relief = _ask_on(ask, "CrampReliefIntent", {"bodyPart": "calf"}, interfaces=APL_DEVICE)
    assert relief["response"]["directives"][0]["datasources"]["card"]["title"] == \
        relief["response"]["card"]["title"]
    flag = content.RED_FLAGS[0]
    escalation = _ask_on(ask, "RedFlagIntent", {"symptom": flag.synonyms[0]},
                         interfaces=APL_DEVICE)
    assert escalation["response"]["directives"][0]["datasources"]["card"]["title"] == \
        content.PROMPTS.red_flag_card_title


def test_no_apl_without_the_interface(ask):
    for name, slots in ((content.ANSWERS[0].intent, None), ("StretchIntent", {"stretch": "calf"}),
                        ("CrampReliefIntent", {"bodyPart": "calf"})):
        response = _ask_on(ask, name, slots)
        assert not response["response"].get("directives"), name
        assert speech_of(response)


def test_a_response_without_a_card_gets_no_screen(ask):
    response = _ask_on(ask, "AMAZON.FallbackIntent", interfaces=APL_DEVICE)
    assert not response["response"].get("card")
    assert not response["response"].get("directives")


def test_stretch_screen_replaces_the_card_screen(ask):
    response = _ask_on(ask, "StretchIntent", {"stretch": "calf"}, interfaces=APL_DEVICE)
    tokens = [d["token"] for d in response["response"]["directives"]]
    assert tokens == [apl.STEP_TOKEN]
    labels = response["response"]["directives"][0]["datasources"]["guide"]
    assert labels["nextLabel"] == guide_content.DAY.screen_next
    assert_within_limits(response)


def test_manifest_declares_the_apl_interface_with_its_viewports():
    from skill.language.interaction_model import build_manifest

    interfaces = build_manifest()["manifest"]["apis"]["custom"]["interfaces"]
    (declared,) = [i for i in interfaces if i["type"] == "ALEXA_PRESENTATION_APL"]
    assert declared["supportedViewports"] == list(apl.SUPPORTED_VIEWPORTS)


# Devices as Alexa describes them: context.Viewport plus the runtime's maxVersion.
ROUND_SMALL_HUB = {"mode": "HUB", "shape": "ROUND", "pixelWidth": 480, "pixelHeight": 480,
                   "currentPixelWidth": 480, "currentPixelHeight": 480, "dpi": 160,
                   "touch": ["SINGLE"]}
TV = {"mode": "TV", "shape": "RECTANGLE", "pixelWidth": 1920, "pixelHeight": 1080,
      "currentPixelWidth": 1920, "currentPixelHeight": 1080, "dpi": 320, "touch": []}


def _on_device(ask, viewport: dict, max_version: str, name="StretchIntent",
               slots=(("stretch", "calf"),)):
    runtime = {"Alexa.Presentation.APL": {"runtime": {"maxVersion": max_version}}}
    body = at(intent(name, dict(slots), interfaces=runtime,
                     session_attributes=known_zone(DAY_ZONE, disclaimer_given=True)))
    body["context"]["Viewport"] = viewport
    return ask(body)


def _size_for(document: dict, profile: str, name: str) -> str:
    """The dimension a device of this profile resolves: the last matching resource block."""
    value = None
    for block in document["resources"]:
        when = block.get("when")
        if when is None or when == f"${{@viewportProfile == @{profile}}}":
            value = block["dimensions"].get(name, value)
    return value


def test_test_devices_are_the_profiles_they_claim():
    from ask_sdk_core.serialize import DefaultSerializer
    from ask_sdk_core.utils.viewport import ViewportProfile, get_viewport_profile
    from ask_sdk_model import RequestEnvelope

    serializer = DefaultSerializer()
    for viewport, profile in ((ROUND_SMALL_HUB, ViewportProfile.HUB_ROUND_SMALL),
                              (TV, ViewportProfile.TV_LANDSCAPE_XLARGE)):
        body = intent("StretchIntent")
        body["context"]["Viewport"] = viewport
        envelope = serializer.deserialize(json.dumps(body), RequestEnvelope)
        assert get_viewport_profile(envelope) is profile


def test_round_small_hub_gets_its_own_layout(ask):
    response = _on_device(ask, ROUND_SMALL_HUB, "2023.3")
    (directive,) = response["response"]["directives"]
    document = directive["document"]
    assert {p["name"] for p in document["import"]} == {"alexa-viewport-profiles", "alexa-layouts"}
    assert _size_for(document, "hubRoundSmall", "stepSize") == "32dp"
    assert _size_for(document, "hubRoundSmall", "sidePadding") == "64dp"
    progress = next(n for n in _walk(document) if isinstance(n, dict)
                    and n.get("text") == "${payload.guide.progress}")
    assert progress["when"] == "${@viewportProfile != @hubRoundSmall}"
    assert directive["datasources"]["guide"]["step"]


def test_tv_gets_its_own_sizes_and_the_card_screen(ask):
    response = _on_device(ask, TV, "2023.3", name=content.ANSWERS[0].intent, slots=())
    (directive,) = response["response"]["directives"]
    assert directive["token"] == apl.CARD_TOKEN
    document = directive["document"]
    assert _size_for(document, "tvLandscapeXLarge", "textSize") == "30dp"
    assert _size_for(document, "hubLandscapeMedium", "textSize") == "36dp"  # the default


def test_supported_viewports_cover_the_round_hub_and_the_tv():
    def covered(viewport: dict) -> bool:
        width, height = viewport["pixelWidth"], viewport["pixelHeight"]
        # supportedViewports are in dp: pixels scaled to 160 dpi.
        width_dp, height_dp = width * 160 // viewport["dpi"], height * 160 // viewport["dpi"]
        return any(v["mode"] == viewport["mode"] and v["shape"] == viewport["shape"]
                   and v["minWidth"] <= width_dp <= v["maxWidth"]
                   and v["minHeight"] <= height_dp <= v["maxHeight"]
                   for v in apl.SUPPORTED_VIEWPORTS)

    assert covered(ROUND_SMALL_HUB)
    assert covered(TV)


def test_document_version_follows_the_device_runtime(ask):
    for max_version, sent in (("2023.3", "2023.3"), ("2024.2", apl.APL_VERSION),
                              ("1.9", "1.9"), ("1.5", "1.5"), ("2022.1", "2022.1")):
        response = _on_device(ask, ROUND_SMALL_HUB, max_version)
        (directive,) = response["response"]["directives"]
        assert directive["document"]["version"] == sent, max_version


def test_devices_older_than_the_documents_get_speech_and_card_only(ask):
    for max_version in ("1.4", "1.0", "not-a-version"):
        response = _on_device(ask, ROUND_SMALL_HUB, max_version)
        assert not response["response"].get("directives"), max_version
        assert speech_of(response)
    answer = _on_device(ask, TV, "1.3", name=content.ANSWERS[0].intent, slots=())
    assert answer["response"]["card"]
    assert not answer["response"].get("directives")
