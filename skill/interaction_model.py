"""Builds the interaction models (one per locale) and the skill manifest from the content.

``cramp-coach build-model`` writes them to ``interaction_model/``; they are checked in,
and a test fails when a checked-in file differs from what this module builds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import content
from .config import PROJECT_ROOT, Config
from .content import diary, guide, routines
from .language.model import language_model, render_json

MODEL_DIR = PROJECT_ROOT / "interaction_model"
MANIFEST_FILE = "skill.json"


def build_language_model(locale: str) -> dict[str, Any]:
    """The skill-package interaction model for one locale, from the content's grammar."""
    return language_model(locale) | {"_locale": locale}  # "_" keys are stripped on write


def build_manifest(config: Config | None = None) -> dict[str, Any]:
    """skill.json: store listing with the health disclaimer, locales, endpoint, interfaces."""
    config = config or Config()
    info = content.SKILL_INFO
    locales = {
        loc.code: {
            "name": info.name,
            "summary": info.summary,
            "description": info.description,
            "examplePhrases": list(info.example_phrases[:3]),
            "keywords": list(info.keywords),
        }
        for loc in content.LOCALES
    }
    interfaces = [
        {"type": name}
        for module in (routines, guide)
        for name in getattr(module, "MANIFEST_INTERFACES", ())
    ]
    manifest: dict[str, Any] = {
        "manifest": {
            "manifestVersion": "1.0",
            "publishingInformation": {
                "locales": locales,
                "isAvailableWorldwide": False,
                "distributionCountries": ["US", "CA", "GB", "AU", "IN"],
                "category": info.category,
                "testingInstructions": (
                    "Say: ask cramp coach, help, calf cramp. Then say yes for a guided stretch."
                ),
            },
            "privacyAndCompliance": {
                "allowsPurchases": False,
                "usesPersonalInfo": False,
                "isChildDirected": False,
                "isExportCompliant": True,
                "containsAds": False,
                "locales": {loc.code: {} for loc in content.LOCALES},
            },
            "apis": {
                "custom": {
                    "endpoint": {
                        "uri": config.endpoint_url,
                        # A certificate from a trusted CA: the web-service hosting path.
                        "sslCertificateType": "Trusted",
                    },
                    "interfaces": interfaces,
                }
            },
            "permissions": [],
        }
    }
    events = getattr(diary, "MANIFEST_EVENTS", ())
    if events:
        manifest["manifest"]["events"] = {
            "endpoint": {"uri": config.endpoint_url, "sslCertificateType": "Trusted"},
            "subscriptions": [{"eventName": name} for name in events],
        }
    return manifest


def _dump(data: dict[str, Any]) -> str:
    data = {k: v for k, v in data.items() if not k.startswith("_")}
    return render_json(data)


def rendered_files(config: Config | None = None) -> dict[str, str]:
    """File name -> exact text, for every file in interaction_model/."""
    files = {f"{loc.code}.json": _dump(build_language_model(loc.code)) for loc in content.LOCALES}
    files[MANIFEST_FILE] = _dump(build_manifest(config))
    return files


def write_model(directory: Path = MODEL_DIR, config: Config | None = None) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in rendered_files(config).items():
        path = directory / name
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
