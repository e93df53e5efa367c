"""Night-mode helpers for tests: fixed request times, and session attributes that already
know the device's time zone (so no Settings API call is made)."""

from __future__ import annotations

import json
from typing import Any

from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope

from skill.conversation.night import TIME_ZONE

# 08:00 UTC: 03:00 in New York (night), 08:00 in London (day).
FIXED_UTC = "2025-01-15T08:00:00Z"
NIGHT_ZONE = "America/New_York"
DAY_ZONE = "Europe/London"


def at(body: dict[str, Any], timestamp: str = FIXED_UTC) -> dict[str, Any]:
    """The envelope with its request sent at ``timestamp`` (UTC, ISO 8601)."""
    body["request"]["timestamp"] = timestamp
    return body


def known_zone(zone: str, **attributes: Any) -> dict[str, Any]:
    """Session attributes for a session that has already read the device's time zone."""
    return {TIME_ZONE: zone, **attributes}


def handler_input_for(skill: CustomSkill, body: dict[str, Any]) -> HandlerInput:
    """A HandlerInput for an envelope, for calling skill helpers directly."""
    request = skill.serializer.deserialize(json.dumps(body), RequestEnvelope)
    return HandlerInput(request, AttributesManager(request))
