"""The skill package the ASK CLI deploys: ask-resources.json, the folder layout it points at,
and a manifest that follows the documented skill-manifest rules for certification.

Layout and fields as documented for ASK CLI v2 (``ask-resources.json``, "Skill Package
format") and the Skill Manifest Schema: skill.json at the top of the package, one model per
locale in interactionModels/custom/, assets referenced as ``file://`` paths inside it.
"""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path

import pytest

from skill import content
from skill.config import PROJECT_ROOT, Config
from skill.content import legal
from skill.language import interaction_model

RESOURCES = PROJECT_ROOT / "ask-resources.json"
LOCALES = [loc.code for loc in content.LOCALES]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _package_dir() -> Path:
    resources = json.loads(RESOURCES.read_text())
    src = resources["profiles"]["default"]["skillMetadata"]["src"]
    return (PROJECT_ROOT / src).resolve()


def _manifest() -> dict:
    return json.loads((_package_dir() / "skill.json").read_text())["manifest"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_ask_resources_follows_the_cli_project_config():
    resources = json.loads(RESOURCES.read_text())
    assert resources["askcliResourcesVersion"] == "2020-03-31"
    profile = resources["profiles"]["default"]
    assert profile["skillMetadata"]["src"] == "./interaction_model"
    assert _package_dir() == interaction_model.MODEL_DIR.resolve()


def test_skill_package_holds_exactly_the_documented_layout():
    package = _package_dir()
    files = {p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file()}
    expected = {"skill.json"} | {f"interactionModels/custom/{code}.json" for code in LOCALES}
    expected |= {path for path, _side in interaction_model.ICON_FILES.values()}
    assert files == expected
    for code in LOCALES:
        model = json.loads((package / "interactionModels" / "custom" / f"{code}.json").read_text())
        assert set(model) == {"interactionModel", "version"}
        assert model["interactionModel"]["languageModel"]["invocationName"]


def test_every_locale_has_a_model_and_a_listing():
    manifest = _manifest()
    listed = set(manifest["publishingInformation"]["locales"])
    models = {p.stem for p in (_package_dir() / "interactionModels" / "custom").glob("*.json")}
    assert listed == models == set(LOCALES)
    assert set(manifest["privacyAndCompliance"]["locales"]) == listed


@pytest.mark.parametrize("locale", LOCALES)
def test_listing_follows_the_manifest_rules(locale):
    listing = _manifest()["publishingInformation"]["locales"][locale]
    assert 2 <= len(listing["name"]) <= 50
    assert 0 < len(listing["summary"]) <= 160
    assert 0 < len(listing["description"]) <= 4000
    assert 1 <= len(listing["examplePhrases"]) <= 3
    first = listing["examplePhrases"][0]
    assert first.startswith("Alexa, ") and content.SKILL_INFO.invocation_name in first.lower()
    assert len(listing["keywords"]) <= 30
    for field, (path, side) in interaction_model.ICON_FILES.items():
        assert listing[field] == f"file://{path}"
        assert _png_size(_package_dir() / path) == (side, side)


def test_icon_fields_are_the_two_alexa_sizes():
    sides = {field: side for field, (_path, side) in interaction_model.ICON_FILES.items()}
    assert sides == {"smallIconUri": 108, "largeIconUri": 512}


def test_publishing_and_certification_fields():
    manifest = _manifest()
    publishing = manifest["publishingInformation"]
    assert publishing["category"] == "HEALTH_AND_FITNESS"
    assert publishing["isAvailableWorldwide"] is False
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in publishing["distributionCountries"])
    assert 0 < len(publishing["testingInstructions"]) <= 4000
    assert publishing["testingInstructions"] == content.SKILL_INFO.testing_instructions
    privacy = manifest["privacyAndCompliance"]
    # The diary keeps per-user health entries: Amazon then requires a privacy policy.
    assert privacy["usesPersonalInfo"] is True
    for booleans in ("allowsPurchases", "isChildDirected", "isExportCompliant", "containsAds"):
        assert isinstance(privacy[booleans], bool)
    for urls in privacy["locales"].values():
        assert urls == {"privacyPolicyUrl": "https://cramp-coach.example.com/privacy",
                        "termsOfUseUrl": "https://cramp-coach.example.com/terms"}


def test_interfaces_declare_viewports_and_can_fulfill():
    custom = _manifest()["apis"]["custom"]
    assert custom["endpoint"] == {"uri": "https://cramp-coach.example.com/alexa",
                                  "sslCertificateType": "Trusted"}
    by_type = {i["type"]: i for i in custom["interfaces"]}
    assert set(by_type) == {"AUDIO_PLAYER", "ALEXA_PRESENTATION_APL",
                            "CAN_FULFILL_INTENT_REQUEST"}
    viewports = by_type["ALEXA_PRESENTATION_APL"]["supportedViewports"]
    assert viewports
    for viewport in viewports:
        assert set(viewport) == {"mode", "shape", "minWidth", "maxWidth", "minHeight",
                                 "maxHeight"}
        assert viewport["mode"] in {"HUB", "TV", "MOBILE", "PC", "AUTO"}
        assert viewport["shape"] in {"ROUND", "RECTANGLE"}
        assert 0 < viewport["minWidth"] <= viewport["maxWidth"]
        assert 0 < viewport["minHeight"] <= viewport["maxHeight"]
    assert {(v["mode"], v["shape"]) for v in viewports} >= {("HUB", "ROUND"), ("TV", "RECTANGLE")}


def test_a_lambda_endpoint_has_no_certificate_type_and_pages_stay_on_the_site():
    config = Config(endpoint_url="arn:aws:lambda:us-east-1:123456789012:function:cramp-coach",
                    public_base_url="https://coach.example.org/")
    manifest = interaction_model.build_manifest(config)["manifest"]
    assert manifest["apis"]["custom"]["endpoint"] == {"uri": config.endpoint_url}
    assert manifest["events"]["endpoint"] == {"uri": config.endpoint_url}
    urls = manifest["privacyAndCompliance"]["locales"]["en-GB"]
    assert urls["privacyPolicyUrl"] == "https://coach.example.org/privacy"


def test_testing_instructions_name_what_the_model_understands():
    """Each quoted utterance in the testing instructions reaches an intent, offline."""
    from skill.language.nlu import match

    said = ("help, calf cramp", "why do I cramp at night", "my leg is numb",
            "log a cramp in my calf after running", "how many cramps have I had this week",
            "delete my cramp diary", "play the night cramp routine")
    for utterance in said:
        assert utterance in content.SKILL_INFO.testing_instructions
        assert match(utterance) is not None, utterance


def test_privacy_pages_use_the_paths_the_manifest_names():
    assert set(legal.LEGAL_PAGES) == {"/privacy", "/terms"}


def test_icons_are_drawn_by_build_icons(tmp_path):
    """The checked-in icons are what `cramp-coach build-icons` draws (to within resampling)."""
    from PIL import Image, ImageChops, ImageStat

    from skill.language.icons import write_icons

    for drawn in write_icons(tmp_path):
        relative = drawn.relative_to(tmp_path)
        with Image.open(drawn) as new, Image.open(_package_dir() / relative) as checked_in:
            assert new.size == checked_in.size
            difference = ImageChops.difference(new.convert("RGB"), checked_in.convert("RGB"))
            assert max(ImageStat.Stat(difference).mean) < 2.0, relative


def test_site_url_is_where_pages_and_clips_point():
    from skill.audio.library import AudioLibrary

    local = Config.from_env({"SKILL_ENDPOINT_URL": "http://127.0.0.1:5000/alexa"})
    assert local.site_url == "http://127.0.0.1:5000"
    assert AudioLibrary.from_config(local).base_url == "http://127.0.0.1:5000/audio"
    tunnel = Config.from_env({"SKILL_ENDPOINT_URL": "https://abc.tunnel.test/alexa"})
    assert AudioLibrary.from_config(tunnel).base_url == "https://abc.tunnel.test/audio"
    pages = Config.from_env({"SKILL_ENDPOINT_URL": "arn:aws:lambda:eu-west-1:1:function:f",
                             "PUBLIC_BASE_URL": "https://coach.example.org/"})
    assert pages.site_url == "https://coach.example.org"
