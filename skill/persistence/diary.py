"""The cramp diary over a user's persistent attributes: log, query, spot patterns.

Works on the plain attributes dict the ASK SDK hands out, so it is the same on every
store. Times are epoch seconds; "the last seven days" is a rolling window back from now,
so no time zone is needed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .records import (
    AT,
    BODY_PART,
    DAY_SECONDS,
    DIARY_KEY,
    MINUTES,
    TRIGGER,
    diary_records,
    new_entry_id,
)

ADVISED_AT = "cramp_diary_advised_at"  # when the see-a-doctor advice was last spoken
WINDOW_DAYS = 7
FREQUENT_DAYS = 5  # cramps on this many of the last seven days: see a doctor
ADVICE_INTERVAL_SECONDS = 7 * DAY_SECONDS  # the advice is repeated at most once a week


@dataclass(frozen=True)
class DiaryEntry:
    entry_id: str
    at: int  # epoch seconds
    body_part: str  # a BODY_PART id, or "unspecified"
    trigger: str | None = None  # a TRIGGER id, "other", or None
    minutes: float | None = None


class Advice(StrEnum):
    FREQUENT = "frequent"  # cramps on 5 or more of the last 7 days
    LONG = "long"  # a logged cramp over the long-cramp limit in the last 7 days


def entries(attributes: Mapping[str, Any]) -> list[DiaryEntry]:
    """All diary entries, newest first."""
    found = [
        DiaryEntry(eid, r[AT], r[BODY_PART], r.get(TRIGGER), r.get(MINUTES))
        for eid, r in diary_records(attributes).items()
    ]
    return sorted(found, key=lambda e: (e.at, e.entry_id), reverse=True)


def log_cramp(
    attributes: MutableMapping[str, Any],
    *,
    body_part: str,
    trigger: str | None,
    minutes: float | None,
    now: float,
) -> DiaryEntry:
    """Add one entry to the attributes (saving them is the caller's job)."""
    entry = DiaryEntry(new_entry_id(now), int(now), body_part, trigger, minutes)
    record: dict[str, Any] = {AT: entry.at, BODY_PART: body_part}
    if trigger:
        record[TRIGGER] = trigger
    if minutes is not None:
        record[MINUTES] = round(float(minutes), 2)
    diary = attributes.get(DIARY_KEY)
    if not isinstance(diary, MutableMapping):  # a store's LazyDiary is added to, not read
        diary = attributes[DIARY_KEY] = {}
    diary[entry.entry_id] = record
    return entry


def recent(found: Iterable[DiaryEntry], now: float, days: int = WINDOW_DAYS) -> list[DiaryEntry]:
    """Entries of the last ``days`` days (a rolling window)."""
    start = now - days * DAY_SECONDS
    return [e for e in found if e.at > start]


def cramp_days(found: Iterable[DiaryEntry], now: float, days: int = WINDOW_DAYS) -> int:
    """On how many of the last ``days`` days (24-hour windows back from now) a cramp was logged."""
    return len({max(0, int((now - e.at) // DAY_SECONDS)) for e in recent(found, now, days)})


def trigger_counts(found: Iterable[DiaryEntry]) -> tuple[list[tuple[str, int]], int]:
    """([(trigger id, times)], most first; and how many entries had no trigger)."""
    found = list(found)
    counts = Counter(e.trigger for e in found if e.trigger)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked, sum(1 for e in found if not e.trigger)


def pattern(found: Iterable[DiaryEntry], now: float, long_minutes: float) -> Advice | None:
    """The see-a-doctor pattern in the last seven days, if there is one."""
    week = recent(found, now)
    if cramp_days(week, now) >= FREQUENT_DAYS:
        return Advice.FREQUENT
    if any(e.minutes is not None and e.minutes > long_minutes for e in week):
        return Advice.LONG
    return None


def advice_due(
    attributes: Mapping[str, Any], now: float, long_minutes: float
) -> Advice | None:
    """The advice to speak now: when a pattern is there and it was not spoken this week."""
    found = pattern(entries(attributes), now, long_minutes)
    if found is None:
        return None
    last = attributes.get(ADVISED_AT)
    if isinstance(last, (int, float)) and now - last < ADVICE_INTERVAL_SECONDS:
        return None
    return found


def mark_advised(attributes: MutableMapping[str, Any], now: float) -> None:
    attributes[ADVISED_AT] = int(now)
