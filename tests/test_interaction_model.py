"""The checked-in interaction models: fresh, well-formed, and in step with the handlers."""

from __future__ import annotations

import json
import re

import pytest

from skill import content
from skill.config import Config
from skill.conversation.handlers import request_handlers
from skill.conversation.handlers.base import IntentHandler
from skill.language import interaction_model

LOCALES = [loc.code for loc in content.LOCALES]


def _model(locale: str) -> dict:
    path = interaction_model.model_path(locale)
    return json.loads(path.read_text())["interactionModel"]["languageModel"]


def test_checked_in_files_are_fresh():
    stale = interaction_model.stale_files(config=Config())
    assert not stale, f"run `cramp-coach build-model`: stale {stale}"


def test_staleness_is_detected(tmp_path):
    interaction_model.write_model(tmp_path, Config())
    assert interaction_model.stale_files(tmp_path, Config()) == []
    path = interaction_model.model_path("en-GB", tmp_path)
    path.write_text(path.read_text().replace("charley horse", "charlie horse"))
    assert interaction_model.stale_files(tmp_path, Config()) == [
        "interactionModels/custom/en-GB.json"]


@pytest.mark.parametrize("locale", LOCALES)
def test_no_sample_utterance_in_two_intents(locale):
    owner: dict[str, str] = {}
    for intent in _model(locale)["intents"]:
        for sample in intent.get("samples", []):
            key = " ".join(sample.lower().split())
            assert key not in owner, f"{sample!r} is in {owner.get(key)} and {intent['name']}"
            owner[key] = intent["name"]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_slot_in_a_sample_is_declared_and_typed(locale):
    model = _model(locale)
    custom_types = {t["name"] for t in model["types"]}
    for intent in model["intents"]:
        declared = {s["name"]: s["type"] for s in intent.get("slots", [])}
        for sample in intent.get("samples", []):
            for slot in re.findall(r"\{(\w+)\}", sample):
                assert slot in declared, f"{intent['name']}: {sample!r} uses undeclared {slot}"
        for slot_type in declared.values():
            assert slot_type.startswith("AMAZON.") or slot_type in custom_types


@pytest.mark.parametrize("locale", LOCALES)
def test_samples_follow_alexa_rules(locale):
    for intent in _model(locale)["intents"]:
        for sample in intent.get("samples", []):
            # Alexa rejects digits and most punctuation in samples.
            assert not re.search(r"\d", sample), sample
            assert re.fullmatch(r"[a-zA-Z' .{}]+", sample), sample


def test_invocation_name_follows_alexa_rules():
    name = content.SKILL_INFO.invocation_name
    assert name == "cramp coach"
    assert name == name.lower()
    assert re.fullmatch(r"[a-z]+( [a-z]+)+", name), "two or more words, letters and spaces"
    banned = {"alexa", "amazon", "echo", "skill", "app", "launch", "ask", "tell", "open"}
    assert not banned & set(name.split())


def _handled_intents() -> set[str]:
    handled: set[str] = set()
    for handler in request_handlers():
        if isinstance(handler, IntentHandler):
            handled.update(handler.intents)
    return handled


@pytest.mark.parametrize("locale", LOCALES)
def test_every_model_intent_has_a_handler_and_back(locale):
    model_intents = {i["name"] for i in _model(locale)["intents"]}
    handled = _handled_intents()
    assert model_intents - handled == set(), "intents in the model with no handler"
    assert handled - model_intents == set(), "handlers for intents not in the model"


def test_required_built_ins_are_in_the_model():
    names = {i["name"] for i in _model("en-US")["intents"]}
    for built_in in ("Help", "Stop", "Cancel", "Fallback", "NavigateHome", "Yes", "No", "Next",
                     "Previous", "Repeat", "StartOver", "Pause", "Resume"):
        assert f"AMAZON.{built_in}Intent" in names


def test_body_part_synonyms_people_say():
    body_parts = next(t for t in _model("en-US")["types"] if t["name"] == "BODY_PART")
    said = {s for v in body_parts["values"] for s in (v["name"]["value"], *v["name"]["synonyms"])}
    for phrase in ("leg", "charley horse", "back of my thigh", "toes", "arch"):
        assert phrase in said


def test_manifest_carries_disclaimer_locales_and_endpoint():
    manifest = interaction_model.build_manifest(
        Config(endpoint_url="https://coach.example.org/alexa"))["manifest"]
    locales = manifest["publishingInformation"]["locales"]
    assert set(locales) == set(LOCALES)
    for listing in locales.values():
        text = listing["description"]
        assert "not a substitute for professional medical advice" in text
        assert "In an emergency, call your local emergency number" in text
        assert listing["examplePhrases"]
        assert all(p.lower().startswith("alexa") for p in listing["examplePhrases"])
    assert manifest["apis"]["custom"]["endpoint"]["uri"] == "https://coach.example.org/alexa"


def test_checked_in_manifest_matches_builder():
    on_disk = json.loads((interaction_model.MODEL_DIR / "skill.json").read_text())
    assert on_disk == json.loads(interaction_model.rendered_files(Config())["skill.json"])
