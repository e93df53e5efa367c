"""GET /audio/<file>: content type, caching, ranges, no way out of the audio directory."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from skill.audio.library import AudioLibrary
from skill.audio.manifest import Manifest
from skill.audio.serving import ONE_YEAR_SECONDS, register_audio_routes
from skill.config import Config
from skill.hosting.webhook import create_app
from tests.support.audio import CDN, copy_of_build


@pytest.fixture
def config(built: Path, tmp_path: Path) -> Config:
    return Config(audio_dir=built, data_dir=tmp_path / "data", verify_requests=False)


@pytest.fixture
def client(config: Config) -> FlaskClient:
    return create_app(config).test_client()


@pytest.fixture
def clip(built: Path):
    return Manifest.load(built).entries["hold-20s"]


def test_a_clip_is_served_as_mpeg_audio_with_long_caching(client, clip, built) -> None:
    reply = client.get(clip.url_path)
    assert reply.status_code == 200
    assert reply.mimetype == "audio/mpeg"
    assert reply.data == (built / clip.file).read_bytes()
    assert hashlib.sha256(reply.data).hexdigest() == clip.audio_hash
    assert reply.headers["ETag"].strip('"') == clip.audio_hash
    cache = reply.cache_control
    assert cache.public and cache.max_age == ONE_YEAR_SECONDS and cache.immutable
    assert reply.headers["Accept-Ranges"] == "bytes"


def test_a_cached_copy_is_confirmed_with_304(client, clip) -> None:
    reply = client.get(clip.url_path, headers={"If-None-Match": f'"{clip.audio_hash}"'})
    assert reply.status_code == 304
    assert reply.data == b""


def test_range_requests_get_206_with_just_those_bytes(client, clip, built) -> None:
    data = (built / clip.file).read_bytes()
    reply = client.get(clip.url_path, headers={"Range": "bytes=100-1099"})
    assert reply.status_code == 206
    assert reply.data == data[100:1100]
    assert reply.headers["Content-Range"] == f"bytes 100-1099/{len(data)}"
    tail = client.get(clip.url_path, headers={"Range": "bytes=-144"})
    assert tail.status_code == 206 and tail.data == data[-144:]


def test_a_range_past_the_end_is_refused_with_416(client, clip) -> None:
    reply = client.get(clip.url_path, headers={"Range": f"bytes={clip.bytes + 10}-"})
    assert reply.status_code == 416


def test_head_gives_the_headers_without_the_body(client, clip) -> None:
    reply = client.head(clip.url_path)
    assert reply.status_code == 200
    assert int(reply.headers["Content-Length"]) == clip.bytes
    assert reply.data == b""


@pytest.mark.parametrize("path", [
    "/audio/manifest.json",
    "/audio/../skill/config.py",
    "/audio/..%2fskill%2fconfig.py",
    "/audio/%2e%2e/%2e%2e/etc/passwd",
    "/audio//etc/passwd",
    "/audio/.cache/gtts/x.mp3",
    "/audio/hold-20s-000000000000.mp3",  # the right shape, but not a clip the manifest lists
    "/audio/HOLD-20S.mp3",
    "/audio/",
])
def test_nothing_but_listed_clips_can_be_fetched(client, path: str) -> None:
    reply = client.get(path, follow_redirects=True)  # werkzeug folds "//" with a redirect
    assert reply.status_code == 404
    assert reply.is_json and set(reply.get_json()) == {"error"}  # a short reason, nothing else
    assert b"root:" not in reply.data and b"class Config" not in reply.data


def test_a_file_dropped_into_the_audio_directory_is_not_served(built, tmp_path) -> None:
    audio = copy_of_build(built, tmp_path / "audio")
    (audio / "secret-0123456789ab.mp3").write_bytes(b"\xff\xf3not a clip")
    app = Flask("bare")
    register_audio_routes(app, AudioLibrary.from_config(Config(audio_dir=audio)))
    assert app.test_client().get("/audio/secret-0123456789ab.mp3").status_code == 404


def test_a_rebuilt_clip_gets_a_new_url_and_the_old_one_is_gone(built, tmp_path) -> None:
    from skill.audio import build as audio_build
    from skill.audio import scripts

    audio = copy_of_build(built, tmp_path / "audio")
    app = Flask("bare")
    register_audio_routes(app, AudioLibrary.from_config(Config(audio_dir=audio)))
    client = app.test_client()
    old = Manifest.load(audio).entries["hold-5s"]
    assert client.get(old.url_path).status_code == 200
    reworded = scripts.AudioUnit("hold-5s", (scripts.Speech("Easy now."),)
                                 + scripts.hold_clip(5).segments[1:])
    audio_build.build(audio, "offline", units=[reworded], say=lambda _line: None)
    new = Manifest.load(audio).entries["hold-5s"]
    assert new.url_path != old.url_path
    assert client.get(new.url_path).status_code == 200
    assert client.get(old.url_path).status_code == 404


# --- the URLs Alexa is given -----------------------------------------------------------

def test_audio_base_url_points_clips_at_a_cdn(built, clip) -> None:
    library = AudioLibrary(built, base_url=CDN + "/")
    assert library.url("hold-20s") == f"{CDN}/{clip.file}"
    assert clip.audio_hash[:12] in library.url("hold-20s")


def test_without_a_cdn_clips_come_from_the_skills_own_https_origin(built, clip) -> None:
    library = AudioLibrary(built, endpoint_url="https://skill.example.org/alexa")
    assert library.url("hold-20s") == f"https://skill.example.org/audio/{clip.file}"


def test_a_clip_whose_file_is_missing_has_no_url(built, tmp_path) -> None:
    audio = copy_of_build(built, tmp_path / "audio")
    entry = Manifest.load(audio).entries["hold-20s"]
    (audio / entry.file).unlink()
    assert AudioLibrary(audio, endpoint_url="https://x.example/alexa").url("hold-20s") is None
    # On a CDN the local file needn't exist: the manifest says it was uploaded.
    assert AudioLibrary(audio, base_url=CDN).url("hold-20s") == f"{CDN}/{entry.file}"


def test_no_manifest_means_no_clips(tmp_path) -> None:
    library = AudioLibrary(tmp_path, endpoint_url="https://x.example/alexa")
    assert library.url("hold-20s") is None
    assert library.entry_for_file("hold-20s-0123456789ab.mp3") is None
