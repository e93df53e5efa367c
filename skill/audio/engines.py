"""Text-to-speech engines for the audio build.

- ``gtts``: Google Translate's voice through gTTS. The production voice; needs the network.
- ``offline``: espeak-ng from the ``espeakng-loader`` wheel (library and voice data bundled,
  no system package), called through ctypes. For development and CI.

Both return mono float32 PCM at ``dsp.SAMPLE_RATE``. Failures raise ``EngineError`` with a
message that says what went wrong and what to do.
"""

from __future__ import annotations

import ctypes
import hashlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .files import write_atomically

if TYPE_CHECKING:
    import numpy as np

# numpy, miniaudio and the DSP are imported where a clip is rendered: a build with nothing
# to render (the usual case) finishes before they would have loaded.

ENGINES = ("gtts", "offline")


class EngineError(RuntimeError):
    """A clip could not be rendered; the message is meant for the person running the build."""


class Engine(Protocol):
    name: str

    def speak(self, text: str) -> np.ndarray:
        """Plain text in, mono float32 PCM at dsp.SAMPLE_RATE out."""
        ...


def decode_mp3(data: bytes) -> np.ndarray:
    """Decode MP3 bytes to mono float32 at SAMPLE_RATE (miniaudio resamples if needed)."""
    import miniaudio
    import numpy as np

    from . import dsp

    decoded = miniaudio.decode(
        bytes(data), output_format=miniaudio.SampleFormat.FLOAT32,
        nchannels=1, sample_rate=dsp.SAMPLE_RATE,
    )
    return np.frombuffer(decoded.samples, dtype=np.float32).copy()


class GttsEngine:
    """Google's voice through gTTS, with an on-disk cache so a rebuild never fetches twice."""

    name = "gtts"

    def __init__(self, cache_dir: Path | None = None, lang: str = "en", tld: str = "com",
                 timeout: float = 20.0) -> None:
        self.cache_dir = cache_dir
        self.lang = lang
        self.tld = tld
        self.timeout = timeout

    def speak(self, text: str) -> np.ndarray:
        import miniaudio

        data = self._cached(text)
        if data is None:
            data = self._fetch(text)
            self._store(text, data)
        try:
            samples = decode_mp3(data)
        except miniaudio.DecodeError as exc:
            raise EngineError(
                f"gTTS returned audio that could not be decoded for {_quote(text)}."
            ) from exc
        if not len(samples):
            raise EngineError(f"gTTS returned empty audio for {_quote(text)}.")
        return samples

    def _fetch(self, text: str) -> bytes:
        from gtts import gTTS, gTTSError

        try:
            chunks = list(
                gTTS(text, lang=self.lang, tld=self.tld, timeout=self.timeout).stream()
            )
        except gTTSError as exc:
            raise EngineError(_explain_gtts_error(exc, text)) from exc
        except AssertionError as exc:  # gTTS asserts when the text has nothing to say
            raise EngineError(f"gTTS has nothing to say for {_quote(text)}.") from exc
        data = b"".join(chunks)
        if not data:
            raise EngineError(
                f"gTTS: the speech service answered with no audio for {_quote(text)}. "
                "Try again later, or build with --engine offline."
            )
        return data

    def _cache_path(self, text: str) -> Path | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(f"{self.lang}|{self.tld}|{text}".encode()).hexdigest()
        return self.cache_dir / "gtts" / f"{key}.mp3"

    def _cached(self, text: str) -> bytes | None:
        path = self._cache_path(text)
        if path is None or not path.is_file():
            return None
        data = path.read_bytes()
        return data or None

    def _store(self, text: str, data: bytes) -> None:
        path = self._cache_path(text)
        if path is not None:
            write_atomically(path, data)


def _explain_gtts_error(exc: Exception, text: str) -> str:
    response = getattr(exc, "rsp", None)
    if response is None:
        return (
            "gTTS could not reach Google's speech service (no network?). "
            "Check the connection, or build with --engine offline."
        )
    status = response.status_code
    if status >= 500:
        return (
            f"gTTS: the speech service failed with HTTP {status} (an upstream error). "
            "Try again later, or build with --engine offline."
        )
    if status == 200:
        return (
            f"gTTS: the speech service answered with no audio for {_quote(text)}. "
            "Try again later, or build with --engine offline."
        )
    return f"gTTS: the speech service refused the request with HTTP {status} ({exc})."


def _quote(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


class _Espeak:
    """The espeak-ng library, loaded once per process. Its C API keeps global state, so one
    lock serialises every synthesis."""

    # espeak-ng's C API constants (speak_lib.h)
    AUDIO_OUTPUT_SYNCHRONOUS = 0x02
    CHARS_UTF8 = 1
    RATE = 1
    CALLBACK = ctypes.CFUNCTYPE(
        ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
    )

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.library: ctypes.CDLL | None = None
        self.rate = 0
        self.chunks: list[np.ndarray] = []
        self.callback = self.CALLBACK(self._collect)  # kept alive: espeak calls it later

    def _collect(self, wav: ctypes.Array, count: int, _events: int) -> int:
        import numpy as np

        if count > 0 and wav:
            self.chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
        return 0  # 0: keep synthesizing

    def _load(self, voice: str, words_per_minute: int) -> ctypes.CDLL:
        if self.library is not None:
            return self.library
        try:
            import espeakng_loader

            library = ctypes.CDLL(espeakng_loader.get_library_path())
            data_path = espeakng_loader.get_data_path()
        except (ImportError, OSError, RuntimeError) as exc:
            raise EngineError(
                "The offline engine needs the espeakng-loader package "
                f"(pip install espeakng-loader): {exc}"
            ) from exc
        library.espeak_Initialize.restype = ctypes.c_int
        library.espeak_Initialize.argtypes = [
            ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int,
        ]
        library.espeak_Synth.argtypes = [
            ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
            ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
        ]
        library.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        library.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        rate = library.espeak_Initialize(self.AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path.encode(), 0)
        if rate <= 0:
            raise EngineError(f"espeak-ng did not start (data at {data_path}).")
        library.espeak_SetSynthCallback(self.callback)
        if library.espeak_SetVoiceByName(voice.encode()) != 0:
            raise EngineError(f"espeak-ng has no voice {voice!r}.")
        library.espeak_SetParameter(self.RATE, words_per_minute, 0)
        self.library, self.rate = library, rate
        return library

    def synthesize(self, text: str, voice: str, words_per_minute: int) -> tuple[np.ndarray, int]:
        """16-bit PCM for ``text`` and its sample rate."""
        import numpy as np

        with self.lock:
            library = self._load(voice, words_per_minute)
            self.chunks = []
            data = text.encode("utf-8")
            status = library.espeak_Synth(
                data, len(data) + 1, 0, 0, 0, self.CHARS_UTF8, None, None
            )
            library.espeak_Synchronize()
            chunks, self.chunks = self.chunks, []
        if status != 0 or not chunks:
            raise EngineError(f"espeak-ng could not speak {_quote(text)} (status {status}).")
        return np.concatenate(chunks), self.rate


_ESPEAK = _Espeak()


class OfflineEngine:
    """espeak-ng through ctypes, from the library and data bundled in espeakng-loader."""

    name = "offline"
    voice = "en-us"
    words_per_minute = 150  # a little slower than espeak's default: calm, clear

    def speak(self, text: str) -> np.ndarray:
        import numpy as np

        from . import dsp

        pcm, rate = _ESPEAK.synthesize(text, self.voice, self.words_per_minute)
        return dsp.resample(pcm.astype(np.float32) / 32768.0, rate)


def make_engine(name: str, cache_dir: Path | None = None) -> Engine:
    if name == "gtts":
        return GttsEngine(cache_dir=cache_dir)
    if name == "offline":
        return OfflineEngine()
    raise EngineError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
