"""Alexa's response limits, checked on a response JSON. Every feature's tests reuse this."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

MAX_SPEECH_CHARS = 8000
MAX_RESPONSE_BYTES = 24 * 1024
MAX_BREAK_MS = 10_000
_BREAK_TIME = re.compile(r"^(\d+(?:\.\d+)?)(ms|s)$")


def break_millis(ssml: str) -> list[int]:
    """Every <break time=...> in an SSML document, in milliseconds."""
    root = ET.fromstring(ssml)
    values = []
    for element in root.iter("break"):
        time = element.get("time")
        if time is None:
            continue
        found = _BREAK_TIME.match(time)
        assert found, f"unreadable break time {time!r}"
        amount, unit = float(found.group(1)), found.group(2)
        values.append(int(amount * 1000 if unit == "s" else amount))
    return values


def assert_within_limits(response: dict[str, Any]) -> None:
    """Speech < 8000 chars, SSML parses as XML, every break <= 10 s, JSON < 24 KB."""
    encoded = json.dumps(response, separators=(",", ":")).encode()
    assert len(encoded) < MAX_RESPONSE_BYTES, f"response is {len(encoded)} bytes"
    body = response.get("response", {})
    speeches = [(body.get("outputSpeech") or {}).get("ssml")]
    speeches.append(((body.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml"))
    for ssml in filter(None, speeches):
        assert len(ssml) < MAX_SPEECH_CHARS, f"speech is {len(ssml)} chars"
        try:
            ET.fromstring(ssml)
        except ET.ParseError as error:
            raise AssertionError(f"SSML does not parse ({error}): {ssml}") from error
        for millis in break_millis(ssml):
            assert millis <= MAX_BREAK_MS, f"a break of {millis} ms in {ssml}"
