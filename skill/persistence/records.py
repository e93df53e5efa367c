"""The stored shape of a user's data, shared by every store.

Handlers see one plain dict of persistent attributes (the ASK SDK's model). Inside it,
``DIARY_KEY`` maps entry ids to small diary records. The stores treat that key specially:

* A diary entry is written once and never changed. Saving *adds* the entries a store has
  not seen; an entry missing from the saved dict is NOT deleted, because another request
  (another gunicorn worker) may have logged it a moment ago. That is what keeps 500
  concurrent "log a cramp" requests for one user at exactly 500 entries.
* Entries leave only by the retention rule below (applied on every save and read) or when
  the user's data is deleted.
* A store may hand out the diary as a ``LazyDiary``: read on first use, so a request that
  never looks at the diary (a stretch step, the disclaimer flag) does not pay for its size,
  and saving it writes only the entries added since it was handed out.
* Every other key is small per-user state (disclaimer given, last stretch position...):
  the last writer wins, as with the stock ASK SDK adapters.

Only the fields the diary needs are kept: time, body part, trigger, minutes. Anything else
in a record is dropped before it reaches a store.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ask_sdk_dynamodb.partition_keygen import user_id_partition_keygen
from ask_sdk_model import RequestEnvelope

DIARY_KEY = "cramp_diary"

# What a record may hold, and nothing else (privacy: store only what the diary needs).
AT, BODY_PART, TRIGGER, MINUTES = "at", "body_part", "trigger", "minutes"
MAX_TEXT_FIELD = 40  # ids like "calf" or "new_medication"; longer text is not an id
MAX_MINUTES = 24 * 60.0

DAY_SECONDS = 24 * 60 * 60


class UserKeys:
    """Partition keys for users: HMAC-SHA256 of the Alexa user id under a secret from the
    configuration (``USER_KEY_SECRET``), so a copy of the store, without the secret, cannot
    be linked to Alexa accounts. Same key on every store. ``legacy`` is the unsalted
    ``sha256(userId)`` key of earlier versions, for migrating their rows."""

    def __init__(self, secret: bytes | Callable[[], bytes]) -> None:
        """``secret``, or a function giving it: called on first use, so nothing is read or
        made before the store is used."""
        self._secret = secret
        # Read and save in one request key the same id.
        self._key = lru_cache(maxsize=4096)(self._hmac)

    @property
    def secret(self) -> bytes:
        if callable(self._secret):
            self._secret = self._secret()
        if not self._secret:
            raise ValueError("the user key secret is empty")
        return self._secret

    def __call__(self, request_envelope: RequestEnvelope) -> str:
        return self._key(user_id_partition_keygen(request_envelope))

    def _hmac(self, user_id: str) -> str:
        return "user-" + hmac.new(self.secret, user_id.encode("utf-8"), "sha256").hexdigest()

    @staticmethod
    def legacy(request_envelope: RequestEnvelope) -> str:
        user_id = user_id_partition_keygen(request_envelope)
        return "user-" + hashlib.sha256(user_id.encode("utf-8")).hexdigest()


def new_entry_id(at: float) -> str:
    """Unique and time-ordered: milliseconds, then randomness for same-millisecond logs."""
    return f"{int(at * 1000):013d}-{secrets.token_hex(6)}"


def _text(value: Any) -> str | None:
    if isinstance(value, str) and 0 < len(value) <= MAX_TEXT_FIELD:
        return value
    return None


def clean_record(record: Any) -> dict[str, Any] | None:
    """A record with only the diary's fields, in plain types; None if it is unusable."""
    if not isinstance(record, Mapping):
        return None
    try:
        at = int(record[AT])
    except (KeyError, TypeError, ValueError):
        return None
    body_part = _text(record.get(BODY_PART))
    if at <= 0 or body_part is None:
        return None
    clean: dict[str, Any] = {AT: at, BODY_PART: body_part}
    trigger = _text(record.get(TRIGGER))
    if trigger is not None:
        clean[TRIGGER] = trigger
    minutes = record.get(MINUTES)
    if minutes is not None:
        try:
            value = float(minutes)
        except (TypeError, ValueError):
            value = math.nan
        if math.isfinite(value) and 0 <= value <= MAX_MINUTES:
            clean[MINUTES] = round(value, 2)
    return clean


def diary_records(attributes: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The clean diary records in an attributes dict, by entry id."""
    return clean_records(attributes.get(DIARY_KEY))


def clean_records(raw: Any) -> dict[str, dict[str, Any]]:
    """Clean records by entry id from a stored map; unusable ones are skipped."""
    if not isinstance(raw, Mapping):
        return {}
    records: dict[str, dict[str, Any]] = {}
    for entry_id, record in raw.items():
        clean = clean_record(record)
        if isinstance(entry_id, str) and entry_id and clean is not None:
            records[entry_id] = clean
    return records


def split_attributes(
    attributes: Mapping[str, Any], source: object
) -> tuple[dict[str, Any], dict[str, dict[str, Any]], LazyDiary | None]:
    """(the other attributes, the diary records to write, the LazyDiary to mark saved).

    A diary the store handed out for this user (``source``) writes only the entries added
    to it: the store has the rest, and a stale copy must not bring back entries deleted
    meanwhile. Any other mapping is written whole (the store skips what it holds)."""
    other = {k: v for k, v in attributes.items() if k != DIARY_KEY}
    diary = attributes.get(DIARY_KEY)
    if isinstance(diary, LazyDiary) and diary.source == source:
        return other, clean_records(diary.added), diary
    return other, clean_records(diary), None


@dataclass(frozen=True)
class Retention:
    """How long diary entries are kept: long enough for patterns, no longer."""

    max_age_days: int = 180
    max_entries: int = 1000  # well under DynamoDB's 400 KB item limit

    def cutoff(self, now: float) -> int:
        return int(now - self.max_age_days * DAY_SECONDS)

    def expired(self, records: Mapping[str, Mapping[str, Any]], now: float) -> set[str]:
        """Ids to drop: older than the cutoff, or beyond the newest ``max_entries``."""
        cutoff = self.cutoff(now)
        too_old = {eid for eid, r in records.items() if int(r[AT]) < cutoff}
        kept = sorted(
            (eid for eid in records if eid not in too_old),
            key=lambda eid: (int(records[eid][AT]), eid),
            reverse=True,
        )
        return too_old | set(kept[self.max_entries:])

    def keep(self, records: Mapping[str, dict[str, Any]], now: float) -> dict[str, dict[str, Any]]:
        gone = self.expired(records, now)
        return {eid: r for eid, r in records.items() if eid not in gone}


class LazyDiary(MutableMapping[str, dict[str, Any]]):
    """A user's diary entries by id, as the store holds them, read on first access.

    ``added`` holds what was set since it was handed out: a save writes those alone (the
    store already has the rest) and then calls ``mark_saved``. Deleting here changes only
    this copy, as with a plain dict: entries leave the store by retention or deletion."""

    def __init__(self, load: Callable[[], dict[str, dict[str, Any]]], source: object) -> None:
        self._load = load
        self._entries: dict[str, dict[str, Any]] | None = None
        self.source = source  # which store and user it came from
        self.added: dict[str, dict[str, Any]] = {}

    def _all(self) -> dict[str, dict[str, Any]]:
        if self._entries is None:
            entries = self._load()
            entries.update(self.added)
            self._entries = entries
        return self._entries

    @property
    def loaded(self) -> bool:
        return self._entries is not None

    def mark_saved(self) -> None:
        self.added.clear()

    def __getitem__(self, entry_id: str) -> dict[str, Any]:
        return self._all()[entry_id]

    def __setitem__(self, entry_id: str, record: dict[str, Any]) -> None:
        self.added[entry_id] = record
        if self._entries is not None:
            self._entries[entry_id] = record

    def __delitem__(self, entry_id: str) -> None:
        del self._all()[entry_id]
        self.added.pop(entry_id, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def __repr__(self) -> str:
        return f"LazyDiary({self._all()!r})"
