"""The representative request mix: one of each thing people do with Cramp Coach.

Slot values come from the content, so the mix follows it. No envelope carries an API
access token: the device time zone is then "unknown" (day mode) and no request reaches
out to the Alexa Settings API, so everything measured is our own work on 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from skill import content
from skill.audio.playback import TOKEN_PREFIX
from skill.content import diary as diary_content
from skill.content import routines
from skill.conversation.state import PENDING, GuideStep, Pending, encode_pending
from tests.support.envelopes import envelope, intent, launch
from tests.support.signing import Signer

Envelope = dict[str, Any]


def bench_user(number: int) -> str:
    return f"amzn1.ask.account.BENCH{number:05d}"


def _launch(user: str) -> Envelope:
    return launch(user_id=user, api_access_token=None)


def _relief(user: str) -> Envelope:
    return intent(content.RELIEF_INTENT, {"bodyPart": content.RELIEFS[0].body_part},
                  user_id=user, api_access_token=None)


def _question(user: str) -> Envelope:
    return intent(content.QUESTION_INTENT, {"topic": content.ANSWERS[0].topics[0]},
                  user_id=user, api_access_token=None)


def _red_flag(user: str) -> Envelope:
    return intent(content.RED_FLAG_INTENT, {"symptom": content.RED_FLAGS[0].synonyms[0]},
                  user_id=user, api_access_token=None)


def _stretch_step(user: str) -> Envelope:
    stretch = content.STRETCHES[0]
    return intent("AMAZON.NextIntent",
                  session_attributes={
                      PENDING: encode_pending(Pending(stretch=GuideStep(stretch.id, 0, 0)))},
                  user_id=user, api_access_token=None)


def _diary_log(user: str) -> Envelope:
    return intent(diary_content.LOG_INTENT, {"bodyPart": content.RELIEFS[0].body_part},
                  user_id=user, api_access_token=None)


def _audio_event(user: str) -> Envelope:
    token = f"{TOKEN_PREFIX}{routines.ROUTINES[0].id}:0"
    return envelope(
        {"type": "AudioPlayer.PlaybackNearlyFinished", "token": token,
         "offsetInMilliseconds": 20_000},
        with_session=False, user_id=user, api_access_token=None,
        interfaces={"AudioPlayer": {}},
        audio_player={"token": token, "offsetInMilliseconds": 20_000,
                      "playerActivity": "PLAYING"},
    )


MIX: dict[str, Callable[[str], Envelope]] = {
    "launch": _launch,
    "relief": _relief,
    "question": _question,
    "red flag": _red_flag,
    "stretch step": _stretch_step,
    "diary log": _diary_log,
    "audio event": _audio_event,
}
DIARY_LOG = "diary log"


def mix_bodies(user: str) -> dict[str, str]:
    """Each kind of request for ``user``, serialised as Alexa sends it."""
    return {kind: json.dumps(make(user)) for kind, make in MIX.items()}


def signed_pool(signer: Signer, size: int, users: int) -> list[dict[str, Any]]:
    """``size`` requests of the mix in turn, spread over ``users`` users, each signed as
    Alexa signs it. Sign right before use: the timestamps are checked within 150 s."""
    kinds = list(MIX)
    pool = []
    for index in range(size):
        kind = kinds[index % len(kinds)]
        user = bench_user(index // len(kinds) % users)
        body = json.dumps(MIX[kind](user)).encode()
        pool.append({"kind": kind, "body": body.decode(), "headers": signer.headers(body)})
    return pool
