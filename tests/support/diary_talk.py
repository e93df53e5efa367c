"""Talking to the skill about the diary, in-process, the way Alexa would send it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from ask_sdk_core.skill import CustomSkill

from skill.conversation.state import DISCLAIMER_GIVEN
from skill.persistence.records import DAY_SECONDS, new_entry_id
from tests.support.envelopes import envelope, intent, invoke, speech_of


@dataclass
class Talk:
    """One user talking to one skill; the session carries over like on a device."""

    skill: CustomSkill
    user_id: str
    session: dict[str, Any] = field(default_factory=lambda: {DISCLAIMER_GIVEN: True})
    last: dict[str, Any] = field(default_factory=dict)

    def say(self, intent_name: str, slots: dict[str, str] | None = None) -> str:
        """Send one intent; return the speech (without <speak>) and keep the session."""
        # No API token: the night mode's time-zone lookup stays out of these tests (day mode).
        body = intent(intent_name, slots, user_id=self.user_id, session_attributes=self.session,
                      api_access_token=None)
        self.last = invoke(self.skill, body)
        if self.last.get("response", {}).get("shouldEndSession"):
            self.session = {DISCLAIMER_GIVEN: True}
        else:
            self.session = self.last.get("sessionAttributes") or {}
        return bare(speech_of(self.last))

    @property
    def ends_session(self) -> bool:
        return bool(self.last["response"].get("shouldEndSession"))

    @property
    def card(self) -> dict[str, Any] | None:
        return self.last["response"].get("card")


def bare(ssml: str) -> str:
    return ssml.removeprefix("<speak>").removesuffix("</speak>")


def skill_disabled_event(user_id: str) -> dict[str, Any]:
    """AlexaSkillEvent.SkillDisabled, as Alexa sends it: no session."""
    return envelope(
        {"type": "AlexaSkillEvent.SkillDisabled", "eventCreationTime": "2024-01-01T00:00:00Z",
         "eventPublishingTime": "2024-01-01T00:00:00Z",
         "body": {"userInformationPersistenceStatus": "NOT_PERSISTED"}},
        with_session=False, user_id=user_id, api_access_token=None,
    )


def record(
    days_ago: float, body_part: str = "calf", trigger: str | None = None,
    minutes: float | None = None, now: float | None = None,
) -> tuple[str, dict[str, Any]]:
    """One stored diary record from ``days_ago``, with its entry id."""
    at = (now or time.time()) - days_ago * DAY_SECONDS
    rec: dict[str, Any] = {"at": int(at), "body_part": body_part}
    if trigger:
        rec["trigger"] = trigger
    if minutes is not None:
        rec["minutes"] = minutes
    return new_entry_id(at), rec


def records(*items: tuple[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return dict(items)
