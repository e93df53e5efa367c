"""AMAZON.DURATION values: ISO 8601 through isodate (weeks included), or spoken words."""

from __future__ import annotations

import pytest

from skill.conversation.duration import parse_duration_minutes


@pytest.mark.parametrize(("said", "minutes"), [
    ("PT20M", 20.0), ("PT1H30M", 90.0), ("P1D", 1440.0), ("P1W", 7 * 1440.0),
    ("P1DT2H", 26 * 60.0), ("PT0.5M", 0.5), ("PT90S", 1.5), ("pt5m", 5.0), ("PT0S", 0.0),
    ("P1M", 31 * 1440.0),  # counted from a fixed day (January): always the same answer
    ("twenty minutes", 20.0), ("half an hour", 30.0), ("about five minutes", 5.0),
])
def test_durations_alexa_and_people_send(said, minutes):
    assert parse_duration_minutes(said) == pytest.approx(minutes)


@pytest.mark.parametrize("said", [None, "", "P", "PT", "PTM", "PT?M", "-PT5M", "garbage",
                                  "P1X", "forever"])
def test_unreadable_durations_are_none(said):
    assert parse_duration_minutes(said) is None
