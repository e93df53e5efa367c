"""``cramp-coach build-lambda``: the AWS Lambda deployment zip, ``dist/cramp-coach-lambda.zip``.

It holds the ``skill`` package, the runtime dependencies Lambda needs (those in
pyproject.toml, less the web server's), and ``audio/manifest.json`` when the clips are built.
No clips: on Lambda they are served from ``AUDIO_BASE_URL``. Wheels are chosen for Lambda's
Linux (manylinux, x86_64 by default) and the given Python version. A build tool: serving
never imports it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..audio.manifest import MANIFEST_NAME
from ..config import PROJECT_ROOT

DEFAULT_ZIP = PROJECT_ROOT / "dist" / "cramp-coach-lambda.zip"
HANDLER = "skill.hosting.lambda_function.lambda_handler"
ZIP_LIMIT_BYTES = 50 * 1024 * 1024  # Lambda's limit for a zip uploaded directly
# Only the web service needs these (serving and checking signed requests); Lambda checks the
# caller itself and hands the event straight to lambda_handler.
WEB_ONLY = {"flask", "gunicorn", "ask-sdk-webservice-support", "cryptography"}
# Not needed at run time: packaging tools, caches, the audio build and the icon drawing.
_SKIPPED_PARTS = {"__pycache__", "bin"}
_SKIPPED_SKILL_MODULES = {
    "skill/language/icons.py", "skill/hosting/lambda_build.py", "skill/cli.py",  # build tools
    "skill/hosting/webhook.py", "skill/hosting/alexa_endpoint.py",  # the web service
    "skill/hosting/legal_pages.py",
    "skill/hosting/verification.py", "skill/hosting/compat.py",
    "skill/hosting/gunicorn_conf.py", "skill/audio/serving.py",
}
_BUILD_ONLY_AUDIO = {"build.py", "dsp.py", "engines.py", "mp3.py", "render.py"}
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # same inputs, same zip


def lambda_requirements(pyproject: Path = PROJECT_ROOT / "pyproject.toml") -> list[str]:
    """The runtime dependencies from pyproject.toml, less the web-only ones."""
    dependencies = tomllib.loads(pyproject.read_text())["project"]["dependencies"]
    return [dep for dep in dependencies if _name(dep) not in WEB_ONLY]


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower()


def install_requirements(target: Path, requirements: list[str], python_version: str,
                         platform: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--target", str(target), "--implementation", "cp", "--python-version", python_version,
         "--platform", platform, "--only-binary=:all:", *requirements],
        check=True,
    )


def _package_files(site: Path, audio_dir: Path) -> Iterator[tuple[Path, str]]:
    """(source file, name in the zip), in a stable order."""
    for path in sorted(site.rglob("*")):
        relative = path.relative_to(site)
        if path.is_file() and not _SKIPPED_PARTS & set(relative.parts):
            yield path, relative.as_posix()
    skill_dir = PROJECT_ROOT / "skill"
    for path in sorted(skill_dir.rglob("*.py")):
        name = path.relative_to(PROJECT_ROOT).as_posix()
        if name in _SKIPPED_SKILL_MODULES or "__pycache__" in name:
            continue
        if path.parent.name == "audio" and path.name in _BUILD_ONLY_AUDIO:
            continue
        yield path, name
    manifest = audio_dir / MANIFEST_NAME
    if manifest.is_file():
        yield manifest, f"audio/{MANIFEST_NAME}"


def write_zip(files: Iterator[tuple[Path, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".zip.tmp")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for source, name in files:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16  # readable by Lambda's sandbox user
            archive.writestr(info, source.read_bytes(), compresslevel=9)
    partial.replace(out)


def build_lambda_zip(out: Path = DEFAULT_ZIP, *, audio_dir: Path = PROJECT_ROOT / "audio",
                     python_version: str | None = None,
                     platform: str = "manylinux2014_x86_64") -> Path:
    version = python_version or f"{sys.version_info.major}.{sys.version_info.minor}"
    with tempfile.TemporaryDirectory(prefix="cramp-coach-lambda-") as scratch:
        site = Path(scratch) / "site"
        install_requirements(site, lambda_requirements(), version, platform)
        write_zip(_package_files(site, audio_dir), out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cramp-coach build-lambda", description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_ZIP)
    parser.add_argument("--python-version", default=None,
                        help="the Lambda runtime's Python, e.g. 3.12 (default: this one)")
    parser.add_argument("--platform", default="manylinux2014_x86_64",
                        help="manylinux2014_aarch64 for arm64 functions")
    parser.add_argument("--audio-dir", type=Path, default=PROJECT_ROOT / "audio")
    args = parser.parse_args(argv)
    if not (args.audio_dir / MANIFEST_NAME).is_file():
        print("lambda: no audio/manifest.json (run `cramp-coach build-audio` first); "
              "routines will be spoken instead of played", file=sys.stderr)
    out = build_lambda_zip(args.out, audio_dir=args.audio_dir,
                           python_version=args.python_version, platform=args.platform)
    size = out.stat().st_size
    print(f"wrote {out} ({size / 1024 / 1024:.1f} MB; handler {HANDLER})")
    if size > ZIP_LIMIT_BYTES:
        print("lambda: over Lambda's 50 MB limit for a direct upload", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
