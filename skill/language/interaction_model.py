"""Builds the skill package from the content: one interaction model per locale and the manifest.

``cramp-coach build-model`` writes them to ``interaction_model/``, which is the skill-package
folder the ASK CLI deploys (``ask-resources.json`` points at it)::

    interaction_model/
      skill.json                               the manifest
      interactionModels/custom/<locale>.json   one model per locale
      assets/images/                           the icons (``cramp-coach build-icons``)

The JSON files are checked in, and a test fails when one differs from what this module builds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import content
from ..config import PROJECT_ROOT, Config
from ..content import diary, guide, legal, routines
from ..conversation.apl import SUPPORTED_VIEWPORTS
from .model import language_model, render_json

MODEL_DIR = PROJECT_ROOT / "interaction_model"
MANIFEST_FILE = "skill.json"
CUSTOM_MODELS_DIR = "interactionModels/custom"
# Manifest field -> (file in the skill package, side in pixels). Alexa wants PNGs this size.
ICON_FILES: dict[str, tuple[str, int]] = {
    "smallIconUri": ("assets/images/small-icon.png", 108),
    "largeIconUri": ("assets/images/large-icon.png", 512),
}
# Declared here; the CanFulfillIntentRequest handler lives with the other handlers.
EXTRA_INTERFACES: tuple[str, ...] = ("CAN_FULFILL_INTENT_REQUEST",)


def model_file(locale: str) -> str:
    """A locale's interaction model, relative to the skill-package folder."""
    return f"{CUSTOM_MODELS_DIR}/{locale}.json"


def model_path(locale: str, directory: Path = MODEL_DIR) -> Path:
    return directory / model_file(locale)


def build_language_model(locale: str) -> dict[str, Any]:
    """The skill-package interaction model for one locale, from the content's grammar."""
    return language_model(locale) | {"_locale": locale}  # "_" keys are stripped on write


def _endpoint(uri: str) -> dict[str, str]:
    """An HTTPS endpoint needs its certificate type; a Lambda ARN takes none."""
    if uri.startswith("arn:"):
        return {"uri": uri}
    # A certificate from a trusted CA: the web-service hosting path.
    return {"uri": uri, "sslCertificateType": "Trusted"}


def _interface(name: str) -> dict[str, Any]:
    if name == "ALEXA_PRESENTATION_APL":
        return {"type": name, "supportedViewports": [dict(v) for v in SUPPORTED_VIEWPORTS]}
    return {"type": name}


def build_manifest(config: Config | None = None) -> dict[str, Any]:
    """skill.json: store listing with the health disclaimer and icons, privacy and terms,
    locales, endpoint, interfaces."""
    config = config or Config()
    info = content.SKILL_INFO
    icons = {field: f"file://{path}" for field, (path, _side) in ICON_FILES.items()}
    locales = {
        loc.code: {
            "name": info.name,
            "summary": info.summary,
            "description": info.description,
            "examplePhrases": list(info.example_phrases[:3]),
            "keywords": list(info.keywords),
            **icons,
        }
        for loc in content.LOCALES
    }
    site = config.site_url
    legal_urls = {
        "privacyPolicyUrl": f"{site}{legal.PRIVACY_PATH}",
        "termsOfUseUrl": f"{site}{legal.TERMS_PATH}",
    }
    names = [
        name
        for module in (routines, guide)
        for name in getattr(module, "MANIFEST_INTERFACES", ())
    ]
    interfaces = [_interface(name) for name in (*names, *EXTRA_INTERFACES)]
    manifest: dict[str, Any] = {
        "manifest": {
            "manifestVersion": "1.0",
            "publishingInformation": {
                "locales": locales,
                "isAvailableWorldwide": False,
                "distributionCountries": ["US", "CA", "GB", "AU", "IN"],
                "category": info.category,
                "testingInstructions": info.testing_instructions,
            },
            "privacyAndCompliance": {
                "allowsPurchases": False,
                # The cramp diary keeps per-user health entries.
                "usesPersonalInfo": True,
                "isChildDirected": False,
                "isExportCompliant": True,
                "containsAds": False,
                "locales": {loc.code: dict(legal_urls) for loc in content.LOCALES},
            },
            "apis": {
                "custom": {
                    "endpoint": _endpoint(config.endpoint_url),
                    "interfaces": interfaces,
                }
            },
            "permissions": [],
        }
    }
    events = getattr(diary, "MANIFEST_EVENTS", ())
    if events:
        manifest["manifest"]["events"] = {
            "endpoint": _endpoint(config.endpoint_url),
            "subscriptions": [{"eventName": name} for name in events],
        }
    return manifest


def _dump(data: dict[str, Any]) -> str:
    data = {k: v for k, v in data.items() if not k.startswith("_")}
    return render_json(data)


def rendered_files(config: Config | None = None) -> dict[str, str]:
    """Path in the skill package -> exact text, for every JSON file build-model writes."""
    files = {MANIFEST_FILE: _dump(build_manifest(config))}
    for loc in content.LOCALES:
        files[model_file(loc.code)] = _dump(build_language_model(loc.code))
    return files


def write_model(directory: Path = MODEL_DIR, config: Config | None = None) -> list[Path]:
    written = []
    for name, text in rendered_files(config).items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_files(directory: Path = MODEL_DIR, config: Config | None = None) -> list[str]:
    """Names of checked-in files that differ from what the content builds."""
    stale = []
    for name, text in rendered_files(config).items():
        path = directory / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale
