"""Turning what Alexa heard for AMAZON.DURATION into minutes.

Alexa sends ISO 8601 ("PT20M", "P1W"), read by ``isodate``; test clients and odd devices may
send the words ("twenty minutes"), so both are understood. Anything else is None: ask again.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import isodate

# Months and years have no fixed length: they are counted from a fixed day, so the same
# words always give the same minutes.
_CALENDAR_START = datetime(2001, 1, 1)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "ninety": 90, "a few": 3, "few": 3, "several": 5, "a couple of": 2,
    "couple of": 2, "a couple": 2,
}
_UNIT_MINUTES = {"second": 1 / 60, "minute": 1.0, "min": 1.0, "hour": 60.0, "day": 1440.0}
_SPOKEN = re.compile(
    r"^(?:about |around |over |almost |nearly |more than )?"
    r"(?P<amount>[\w\s-]+?)\s+(?P<unit>seconds?|minutes?|mins?|hours?|days?)(?: now)?$"
)


def _amount(words: str) -> float | None:
    words = words.strip().replace("-", " ")
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words)
    if words in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[words])
    total = 0.0
    for word in words.split():
        if word not in _NUMBER_WORDS or word in ("a", "an"):
            return None
        total += _NUMBER_WORDS[word]
    return total or None


def _iso_minutes(text: str) -> float | None:
    if not text.startswith("P") or not any(ch.isdigit() for ch in text):
        return None
    try:
        duration = isodate.parse_duration(text)
    except (isodate.ISO8601Error, ValueError):
        return None
    if isinstance(duration, isodate.Duration):
        duration = duration.totimedelta(start=_CALENDAR_START)
    if not isinstance(duration, timedelta) or duration < timedelta(0):
        return None
    return duration.total_seconds() / 60


def parse_duration_minutes(said: str | None) -> float | None:
    """Minutes in an ISO 8601 duration or a spoken one; None when it can't be read."""
    if not said:
        return None
    text = said.strip()
    iso = _iso_minutes(text.upper())
    if iso is not None:
        return iso
    lowered = text.lower()
    if lowered in ("half an hour", "a half hour", "half hour"):
        return 30.0
    spoken = _SPOKEN.match(lowered)
    if not spoken:
        return None
    amount = _amount(spoken.group("amount"))
    if amount is None:
        return None
    unit = spoken.group("unit").rstrip("s") if spoken.group("unit") != "mins" else "min"
    return amount * _UNIT_MINUTES[unit]
