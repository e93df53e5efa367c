"""`make lambda`: the zip holds the runtime only, stays under Lambda's 50 MB, and its
lambda_handler answers from a clean folder with nothing but the zip (and the standard
library) on the path. Clips come from AUDIO_BASE_URL."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from skill.audio.manifest import ClipEntry, Manifest
from skill.audio.scripts import declared_units
from skill.hosting.lambda_build import ZIP_LIMIT_BYTES, build_lambda_zip, lambda_requirements
from tests.support.envelopes import intent, launch

AUDIO_BASE_URL = "https://clips.cramp-coach.test/v1"
INVOKE = textwrap.dedent("""
    import json, sys
    unpacked = sys.argv[1]
    sys.path.insert(0, unpacked)
    from skill.hosting.lambda_function import lambda_handler
    replies = [lambda_handler(json.loads(event), None) for event in sys.argv[2:]]
    outside = sorted(
        name for name, module in list(sys.modules.items())
        if getattr(module, "__file__", None)
        and not module.__file__.startswith((unpacked, sys.base_prefix, sys.prefix))
    )
    print(json.dumps({"replies": replies, "outside": outside}))
""")


def _fake_manifest(audio_dir: Path) -> None:
    """Every declared clip listed, as `build-audio` would list it; no MP3 files at all."""
    entries = {
        unit.id: ClipEntry(id=unit.id, text_hash=unit.source_hash, engine="gtts",
                           duration=10.0, file=f"{unit.id}-0000.mp3",
                           url_path=f"/audio/{unit.id}-0000.mp3", bytes=1000,
                           audio_hash="0" * 64, lufs=-14.0, true_peak_dbtp=-1.5)
        for unit in declared_units()
    }
    Manifest(entries).save(audio_dir)


@pytest.fixture(scope="module")
def lambda_zip(tmp_path_factory) -> Path:
    scratch = tmp_path_factory.mktemp("lambda")
    audio_dir = scratch / "audio"
    audio_dir.mkdir()
    _fake_manifest(audio_dir)
    return build_lambda_zip(scratch / "dist" / "cramp-coach-lambda.zip", audio_dir=audio_dir)


def test_zip_is_under_the_limit_and_holds_the_runtime_only(lambda_zip):
    assert lambda_zip.stat().st_size < ZIP_LIMIT_BYTES
    names = zipfile.ZipFile(lambda_zip).namelist()
    tops = {name.split("/")[0] for name in names}
    assert {"skill", "ask_sdk_core", "ask_sdk_dynamodb", "boto3", "isodate", "audio"} <= tops
    for absent in ("flask", "gunicorn", "numpy", "scipy", "gtts", "PIL", "pytest", "moto",
                   "freezegun", "certvalidator", "cryptography"):
        assert absent not in tops, absent
    assert "audio/manifest.json" in names
    assert not [n for n in names if n.endswith(".mp3")]
    assert "skill/hosting/lambda_function.py" in names
    assert "skill/audio/build.py" not in names and "skill/hosting/webhook.py" not in names


def test_requirements_are_pyprojects_less_the_web_server():
    names = {r.split(">")[0].split("<")[0] for r in lambda_requirements()}
    assert "ask-sdk-core" in names and "ask-sdk-dynamodb-persistence-adapter" in names
    assert not names & {"flask", "gunicorn", "ask-sdk-webservice-support"}


def test_unpacked_zip_answers_a_launch_request(lambda_zip, tmp_path):
    unpacked = tmp_path / "function"
    zipfile.ZipFile(lambda_zip).extractall(unpacked)
    routine = intent("RoutineIntent", {"routine": "night cramp"},
                     interfaces={"AudioPlayer": {}})
    env = {"STORE": "sqlite", "SQLITE_PATH": str(tmp_path / "diary.sqlite3"),
           "AUDIO_BASE_URL": AUDIO_BASE_URL, "PATH": "/usr/bin:/bin"}
    # -I -S: no site-packages, no PYTHONPATH, no user site: only the zip and the stdlib.
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", INVOKE, str(unpacked),
         json.dumps(launch()), json.dumps(routine)],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["outside"] == []
    launched, played = report["replies"]
    assert launched["version"] == "1.0"
    assert "Cramp Coach" in launched["response"]["outputSpeech"]["ssml"]
    (play,) = [d for d in played["response"]["directives"] if d["type"] == "AudioPlayer.Play"]
    assert play["audioItem"]["stream"]["url"].startswith(AUDIO_BASE_URL + "/")
