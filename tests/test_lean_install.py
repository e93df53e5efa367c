"""Lean installs: serving (the web app and Lambda) never imports a build-only module, and the
pyproject keeps the audio build stack and the test tools out of the runtime dependencies."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import tomllib

from skill.config import PROJECT_ROOT

# Import names of what the `audio` and `test` extras bring, and our own build-only modules.
AUDIO_IMPORTS = {
    "gtts": "gtts", "espeakng-loader": "espeakng_loader", "miniaudio": "miniaudio",
    "lameenc": "lameenc", "numpy": "numpy", "scipy": "scipy", "pyloudnorm": "pyloudnorm",
    "pillow": "PIL",
}
TEST_IMPORTS = {"pytest": "pytest", "hypothesis": "hypothesis", "responses": "responses",
                "moto": "moto", "mutagen": "mutagen", "ruff": "ruff", "trustme": "trustme"}
BUILD_ONLY_MODULES = {
    "skill.audio.build", "skill.audio.dsp", "skill.audio.engines", "skill.audio.mp3",
    "skill.audio.render", "skill.language.icons", "skill.hosting.lambda_build",
    # Declared by ask-sdk-webservice-support, never imported by it or by us.
    "freezegun",
}

SERVE_AND_REPORT = textwrap.dedent("""
    import json, sys, tempfile
    from pathlib import Path
    from skill.config import Config
    from skill.hosting.webhook import create_app
    from skill.hosting import lambda_function

    scratch = Path(tempfile.mkdtemp())
    config = Config(data_dir=scratch, verify_requests=False, audio_dir=scratch / "audio")
    client = create_app(config).test_client()
    body = json.loads(sys.argv[1])
    statuses = [client.get("/healthz").status_code, client.post("/alexa", json=body).status_code,
                client.get("/privacy").status_code]
    reply = lambda_function.lambda_handler(body, None)
    print(json.dumps({"statuses": statuses, "spoke": bool(reply["response"]["outputSpeech"]),
                      "modules": sorted(sys.modules)}))
""")


def _pyproject() -> dict:
    return tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())


def _names(requirements: list[str]) -> set[str]:
    return {r.split("[")[0].split(">")[0].split("<")[0].split("=")[0].strip().lower()
            for r in requirements}


def test_serving_imports_nothing_build_only(tmp_path):
    from tests.support.envelopes import launch

    done = subprocess.run(
        [sys.executable, "-c", SERVE_AND_REPORT, json.dumps(launch())],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["statuses"] == [200, 200, 200]
    assert report["spoke"]
    loaded = {name.split(".")[0] for name in report["modules"]} | set(report["modules"])
    forbidden = set(AUDIO_IMPORTS.values()) | set(TEST_IMPORTS.values()) | BUILD_ONLY_MODULES
    assert loaded & forbidden == set()


def test_runtime_dependencies_leave_out_the_build_and_test_stacks():
    project = _pyproject()["project"]
    runtime = _names(project["dependencies"])
    extras = project["optional-dependencies"]
    assert _names(extras["audio"]) == set(AUDIO_IMPORTS)
    assert _names(extras["test"]) == set(TEST_IMPORTS)
    assert runtime & (set(AUDIO_IMPORTS) | set(TEST_IMPORTS)) == set()
    for needed in ("flask", "gunicorn", "ask-sdk-core", "ask-sdk-webservice-support",
                   "ask-sdk-dynamodb-persistence-adapter", "isodate"):
        assert needed in runtime


def test_make_run_installs_runtime_and_audio_and_make_test_everything():
    makefile = (PROJECT_ROOT / "Makefile").read_text()
    assert "install --progress-bar off -e '.[audio]'" in makefile
    assert "install --progress-bar off -e '.[audio,test]'" in makefile
    run_rule = next(line for line in makefile.splitlines() if line.startswith("run:"))
    assert ".runtime" in run_rule and ".installed" not in run_rule
