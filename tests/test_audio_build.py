"""The audio build: manifest, incremental rebuilds, atomic writes, gTTS failures, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import responses

from skill.audio import build as audio_build
from skill.audio import scripts
from skill.audio.engines import EngineError, OfflineEngine
from skill.audio.files import write_atomically
from skill.audio.manifest import MANIFEST_NAME, Manifest
from skill.config import PROJECT_ROOT, Config
from tests.support.audio import GTTS_URL, copy_of_build, fake_voice_mp3, gtts_body

SHORT = scripts.hold_clip(5)  # a 7-second clip: quick to render


@pytest.fixture
def workdir(built: Path, tmp_path: Path) -> Path:
    return copy_of_build(built, tmp_path / "audio")


def quiet(_line: str) -> None:
    pass


def snapshot(directory: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size)
            for p in directory.iterdir() if p.is_file()}


def assert_no_partial_files(directory: Path) -> None:
    for path in directory.rglob("*"):
        if path.is_file():
            assert not path.name.endswith(".tmp"), path
            assert path.stat().st_size > 0, f"zero-byte file {path}"


class BrokenEngine:
    name = "offline"

    def speak(self, text: str) -> np.ndarray:
        raise EngineError("the test engine is broken")


# --- the manifest ----------------------------------------------------------------------

def test_every_declared_clip_is_built_and_listed(built: Path) -> None:
    manifest = Manifest.load(built)
    units = scripts.declared_units()
    assert set(manifest.entries) == {u.id for u in units}
    for unit in units:
        entry = manifest.entries[unit.id]
        path = built / entry.file
        assert entry.text_hash == unit.source_hash
        assert entry.engine == "offline"
        assert entry.url_path == f"/audio/{entry.file}"
        assert entry.audio_hash[:12] in entry.file  # the URL changes whenever the audio does
        assert path.stat().st_size == entry.bytes > 0
        assert entry.duration > 1.0
    raw = json.loads((built / MANIFEST_NAME).read_text())
    assert {"id", "text_hash", "engine", "duration", "url_path"} <= set(raw["clips"][0])
    assert_no_partial_files(built)


def test_routine_tracks_last_several_minutes(built: Path) -> None:
    manifest = Manifest.load(built)
    for routine_id in ("night_cramp", "bedtime_legs"):
        total = sum(e.duration for e in manifest.entries.values()
                    if e.id.startswith(f"routine-{routine_id}-"))
        assert total > 180


# --- incremental -----------------------------------------------------------------------

def test_a_second_build_renders_nothing(workdir: Path) -> None:
    before = snapshot(workdir)
    report = audio_build.build(workdir, "offline", say=quiet)
    assert report.rendered == [] and report.removed == []
    assert len(report.kept) == len(scripts.declared_units())
    assert {k: v for k, v in snapshot(workdir).items() if k != MANIFEST_NAME} == {
        k: v for k, v in before.items() if k != MANIFEST_NAME
    }


def test_changed_text_renders_only_that_clip(workdir: Path) -> None:
    units = list(scripts.declared_units())
    index = next(i for i, u in enumerate(units) if u.id == "hold-20s")
    old = Manifest.load(workdir).entries["hold-20s"]
    units[index] = scripts.AudioUnit(
        "hold-20s", (scripts.Speech("Slow breaths now."),) + units[index].segments[1:]
    )
    report = audio_build.build(workdir, "offline", units=units, say=quiet)
    assert report.rendered == ["hold-20s"]
    new = Manifest.load(workdir).entries["hold-20s"]
    assert new.text_hash == units[index].source_hash != old.text_hash
    assert new.url_path != old.url_path
    assert report.removed == [old.file] and not (workdir / old.file).exists()


def test_another_engine_renders_again_but_make_run_keeps_it(workdir: Path) -> None:
    class OtherVoice(OfflineEngine):
        name = "gtts"

    report = audio_build.build(workdir, "gtts", units=[SHORT], engine=OtherVoice(), say=quiet)
    assert report.rendered == [SHORT.id]
    assert Manifest.load(workdir).entries[SHORT.id].engine == "gtts"
    before = snapshot(workdir)
    audio_build.ensure_audio_built(Config(audio_dir=workdir))
    assert snapshot(workdir) == before  # up to date: not even the manifest was rewritten
    assert Manifest.load(workdir).entries[SHORT.id].engine == "gtts"


def test_make_run_builds_a_missing_clip_offline(workdir: Path) -> None:
    entry = Manifest.load(workdir).entries["hold-30s"]
    (workdir / entry.file).unlink()
    audio_build.ensure_audio_built(Config(audio_dir=workdir))
    rebuilt = Manifest.load(workdir).entries["hold-30s"]
    assert (workdir / rebuilt.file).is_file() and rebuilt.engine == "offline"
    assert audio_build.check(workdir) == []


def test_a_build_with_nothing_to_render_never_loads_the_rendering_stack(tmp_path: Path) -> None:
    audio_build.build(tmp_path, "offline", units=[SHORT], say=quiet)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from skill.audio import build, scripts\n"
        f"report = build.build(Path({str(tmp_path)!r}), 'offline', units=[scripts.hold_clip(5)],"
        " say=print)\n"
        "assert report.rendered == [] and report.kept == ['" + SHORT.id + "'], report\n"
        "heavy = {'numpy', 'scipy', 'pyloudnorm', 'miniaudio', 'lameenc'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_make_run_without_the_rendering_stack_serves_spoken_routines(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    for module in ("skill.audio.dsp", "skill.audio.mp3", "skill.audio.render", "numpy"):
        monkeypatch.setitem(sys.modules, module, None)  # as on a runtime-only install
    audio_build.ensure_audio_built(Config(audio_dir=tmp_path))  # says so, doesn't raise
    assert "routines will be spoken instead" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.mp3"))


def test_make_run_never_fails_on_a_broken_engine(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(audio_build, "make_engine", lambda *_a, **_k: BrokenEngine())
    audio_build.ensure_audio_built(Config(audio_dir=tmp_path))  # logs, doesn't raise
    assert not list(tmp_path.glob("*.mp3"))


def test_clips_no_longer_declared_and_stray_temp_files_are_removed(workdir: Path) -> None:
    (workdir / "routine-retired-0123456789ab.mp3").write_bytes(b"old")
    (workdir / ".hold-5s-0123456789ab.mp3.x1y2.tmp").write_bytes(b"half")
    (workdir / "README.txt").write_text("keep me")
    report = audio_build.build(workdir, "offline", say=quiet)
    assert sorted(report.removed) == [".hold-5s-0123456789ab.mp3.x1y2.tmp",
                                      "routine-retired-0123456789ab.mp3"]
    assert (workdir / "README.txt").exists()


def test_an_unreadable_manifest_means_build_again(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_NAME).write_text("{not json")
    report = audio_build.build(tmp_path, "offline", units=[SHORT], say=quiet)
    assert report.rendered == [SHORT.id]


# --- atomic writes -------------------------------------------------------------------

def test_a_failed_render_keeps_the_old_clip_and_leaves_nothing_partial(workdir: Path) -> None:
    old = Manifest.load(workdir).entries[SHORT.id]
    old_bytes = (workdir / old.file).read_bytes()
    with pytest.raises(EngineError):
        audio_build.build(workdir, "offline", units=[SHORT], force=True, engine=BrokenEngine(),
                          say=quiet)
    assert (workdir / old.file).read_bytes() == old_bytes
    assert Manifest.load(workdir).entries[SHORT.id] == old
    assert_no_partial_files(workdir)


def test_an_interrupted_write_leaves_neither_file_nor_temp(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "clip.mp3"

    def power_cut(*_args: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        write_atomically(target, b"\xff\xf3data")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_file_is_never_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_atomically(tmp_path / "clip.mp3", b"")
    assert list(tmp_path.iterdir()) == []


def test_built_files_are_readable_by_the_web_server_and_upload_tools(built: Path) -> None:
    for path in built.glob("*.mp3"):
        assert path.stat().st_mode & 0o444 == 0o444


# --- gTTS, supplied at the HTTP layer ------------------------------------------------

@responses.activate
def test_gtts_renders_through_its_web_api_and_caches_each_phrase(tmp_path: Path) -> None:
    responses.add(responses.POST, GTTS_URL, body=gtts_body(fake_voice_mp3()))
    report = audio_build.build(tmp_path, "gtts", units=[SHORT], say=quiet)
    assert report.rendered == [SHORT.id]
    entry = Manifest.load(tmp_path).entries[SHORT.id]
    assert entry.engine == "gtts"
    assert audio_build.check(tmp_path, units=[SHORT]) == []
    requested = len(responses.calls)
    assert requested == len(set(SHORT.texts))  # one request per distinct phrase
    audio_build.build(tmp_path, "gtts", units=[SHORT], force=True, say=quiet)
    assert len(responses.calls) == requested  # the second render came from the cache


def _cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = audio_build.main(["--engine", "gtts", "--audio-dir", str(tmp_path)])
    return code, capsys.readouterr().err


@responses.activate
def test_gtts_with_no_network_fails_clearly(tmp_path: Path, capsys) -> None:
    # Nothing registered: the stub refuses the connection, as a machine with no network would.
    code, err = _cli(tmp_path, capsys)
    assert code == 1
    assert "could not reach" in err and "--engine offline" in err
    assert not list(tmp_path.glob("*.mp3"))
    assert_no_partial_files(tmp_path)


@responses.activate
def test_gtts_upstream_error_fails_clearly(tmp_path: Path, capsys) -> None:
    responses.add(responses.POST, GTTS_URL, status=500, body="Internal error")
    code, err = _cli(tmp_path, capsys)
    assert code == 1
    assert "HTTP 500" in err and "upstream" in err
    assert not list(tmp_path.glob("*.mp3"))
    assert_no_partial_files(tmp_path)


@pytest.mark.parametrize("body", [
    ")]}'\n\n10\n[[\"wrb.fr\",\"other\"]]\n",  # an answer with no audio line at all
    ")]}'\n\n10\n[[\"wrb.fr\",\"jQ1olc\",null]]\n",  # the audio line, empty
    "",
])
@responses.activate
def test_gtts_empty_answer_fails_clearly(tmp_path: Path, capsys, body: str) -> None:
    responses.add(responses.POST, GTTS_URL, body=body)
    code, err = _cli(tmp_path, capsys)
    assert code == 1
    assert "no audio" in err
    assert not list(tmp_path.glob("*.mp3"))
    assert_no_partial_files(tmp_path)


@responses.activate
def test_gtts_garbage_audio_fails_clearly(tmp_path: Path, capsys) -> None:
    responses.add(responses.POST, GTTS_URL, body=gtts_body(b"this is not an mp3 at all" * 40))
    code, err = _cli(tmp_path, capsys)
    assert code == 1 and "could not be decoded" in err
    assert_no_partial_files(tmp_path)


# --- the command line ----------------------------------------------------------------

def test_cli_check_passes_on_a_good_build(built: Path, capsys) -> None:
    assert audio_build.main(["--check", "--audio-dir", str(built)]) == 0
    assert "up to date" in capsys.readouterr().out


def test_cli_check_fails_on_a_damaged_clip(workdir: Path, capsys) -> None:
    entry = Manifest.load(workdir).entries["hold-20s"]
    data = (workdir / entry.file).read_bytes()
    (workdir / entry.file).write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00" + data[10:])
    assert audio_build.main(["--check", "--audio-dir", str(workdir)]) == 1
    assert "hold-20s" in capsys.readouterr().err


def test_cli_build_is_incremental(workdir: Path, capsys) -> None:
    assert audio_build.main(["--engine", "offline", "--audio-dir", str(workdir)]) == 0
    assert f"0 rendered, {len(scripts.declared_units())} up to date" in capsys.readouterr().out


def test_cli_rejects_an_unknown_engine(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        audio_build.main(["--engine", "robot", "--audio-dir", str(tmp_path)])
    assert exit_info.value.code == 2


def test_runs_as_a_module(built: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "skill.audio.build", "--check", "--audio-dir", str(built)],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
