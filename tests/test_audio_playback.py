"""Routines from the content, the stream token format, step logic and the spoken scripts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill import content
from skill.audio import scripts
from skill.audio.playback import TOKEN_PREFIX, RoutinePosition, fallback_parts
from skill.content import routines
from skill.conversation.ssml import MAX_BREAK_SECONDS

NIGHT = routines.routine_by_id("night_cramp")
BEDTIME = routines.routine_by_id("bedtime_legs")


# --- the routines come from the content ------------------------------------------------

def test_night_cramp_routine_stretches_each_calf_with_the_seeds_hold() -> None:
    steps = routines.routine_steps(NIGHT)
    assert [s.stretch.id for s in steps] == ["calf"] * 4
    assert [s.side for s in steps] == ["first leg", "other leg"] * 2
    for step in steps:
        holds = [s.hold_seconds for s in step.stretch.steps if s.hold_seconds]
        low, high = step.stretch.seed_hold_range
        assert holds and all(low <= h <= high for h in holds)


def test_bedtime_routine_covers_the_whole_leg_on_both_sides() -> None:
    steps = routines.routine_steps(BEDTIME)
    assert {s.stretch.id for s in steps} >= {"calf", "hamstring", "quadriceps"}
    for stretch_id in {s.stretch.id for s in steps}:
        sides = [s.side for s in steps if s.stretch.id == stretch_id]
        assert sides == list(content.stretch_by_id(stretch_id).sides)


def test_lead_ins_say_what_happens_next() -> None:
    steps = routines.routine_steps(BEDTIME)
    assert steps[0].lead_in == BEDTIME.intro
    assert steps[1].lead_in == routines.CUES.switch_side.format(side="other leg")
    assert steps[2].lead_in == routines.CUES.next_stretch.format(stretch=steps[2].stretch.name)
    night = routines.routine_steps(NIGHT)
    assert night[2].lead_in == routines.CUES.next_round
    assert [s.is_last for s in night] == [False, False, False, True]


def test_counts_fall_inside_the_hold() -> None:
    assert routines.count_cues(30) == ((10, "Ten."), (20, "Twenty."))
    assert routines.count_cues(20) == ((10, "Ten."),)
    assert routines.count_cues(5) == ()


def test_manifest_declares_the_audio_player_and_the_model_has_the_built_ins() -> None:
    assert routines.MANIFEST_INTERFACES == ("AUDIO_PLAYER",)
    names = {spec.name for spec in content.all_intents()}
    for built_in in ("LoopOn", "LoopOff", "ShuffleOn", "ShuffleOff", "Pause", "Resume", "Next",
                     "Previous", "StartOver", "Repeat", "Cancel", "Stop"):
        assert f"AMAZON.{built_in}Intent" in names
    assert routines.ROUTINE_INTENT in names


def test_routine_slot_values_resolve_to_routines() -> None:
    (slot_type,) = routines.SLOT_TYPES
    assert {v.id for v in slot_type.values} == {r.id for r in routines.ROUTINES}


# --- tokens --------------------------------------------------------------------------

def test_token_names_the_routine_and_step() -> None:
    position = RoutinePosition("night_cramp", 2)
    assert position.token == "cramp-coach:routine:night_cramp:2"
    assert RoutinePosition.from_token(position.token) == position


@pytest.mark.parametrize("token", [
    None, 42, "", "cramp-coach:routine:night_cramp", "cramp-coach:routine:night_cramp:",
    "cramp-coach:routine:night_cramp:4",  # past the last step
    "cramp-coach:routine:night_cramp:-1", "cramp-coach:routine:night_cramp:01",
    "cramp-coach:routine:night_cramp:1:extra", "cramp-coach:routine:no_such_routine:0",
    "someone-else:routine:night_cramp:0", "cramp-coach:routine:NIGHT_CRAMP:0",
    "cramp-coach:routine:night_cramp:1\n", "cramp-coach:routine:night_cramp:+1",
    "cramp-coach:routine:night_cramp:" + "9" * 40,
])
def test_foreign_forged_or_stale_tokens_are_not_ours(token: object) -> None:
    assert RoutinePosition.from_token(token) is None


@given(st.text(max_size=80))
def test_any_string_parses_to_a_valid_position_or_none(token: str) -> None:
    position = RoutinePosition.from_token(token)
    if position is not None:
        assert position.token == token
        assert 0 <= position.step < len(position.steps)


# --- step logic ----------------------------------------------------------------------

def test_next_walks_every_step_then_stops() -> None:
    position = RoutinePosition.start(BEDTIME)
    seen = [position.step]
    while (position := position.next()) is not None:
        seen.append(position.step)
    assert seen == list(range(len(routines.routine_steps(BEDTIME))))


def test_previous_stops_at_the_first_step_and_first_goes_back_to_it() -> None:
    assert RoutinePosition("night_cramp", 2).previous() == RoutinePosition("night_cramp", 1)
    assert RoutinePosition("night_cramp", 0).previous() == RoutinePosition("night_cramp", 0)
    assert RoutinePosition("night_cramp", 3).first() == RoutinePosition("night_cramp", 0)
    assert RoutinePosition("night_cramp", 3).is_last


def test_each_step_has_its_own_clip() -> None:
    ids = [RoutinePosition(r.id, s.index).clip_id
           for r in routines.ROUTINES for s in routines.routine_steps(r)]
    assert len(set(ids)) == len(ids)
    declared = {u.id for u in scripts.declared_units()}
    assert set(ids) <= declared


def test_fallback_parts_keep_both_sides_of_a_stretch_together() -> None:
    assert fallback_parts(NIGHT) == ((0, 1), (2, 3))
    assert fallback_parts(BEDTIME) == ((0, 1), (2, 3), (4, 5))


# --- scripts -------------------------------------------------------------------------

def test_a_track_says_the_lead_in_every_instruction_and_the_timed_hold() -> None:
    step = routines.routine_steps(NIGHT)[1]
    track = scripts.routine_track(NIGHT, step)
    said = track.texts
    assert said[0] == step.lead_in
    for instruction in step.stretch.steps:
        assert instruction.instruction in said
    holds = [s for s in track.segments if isinstance(s, scripts.Hold)]
    seeds = [s.hold_seconds for s in step.stretch.steps if s.hold_seconds]
    assert [h.seconds for h in holds] == seeds
    assert routines.CUES.hold in said and routines.CUES.release in said


def test_only_the_last_track_says_the_outro() -> None:
    tracks = scripts.routine_tracks(NIGHT)
    assert [NIGHT.outro in t.texts for t in tracks] == [False, False, False, True]


def test_source_hash_changes_with_text_and_timing_only() -> None:
    unit = scripts.hold_clip(30)
    same = scripts.AudioUnit(unit.id, unit.segments)
    assert same.source_hash == unit.source_hash
    reworded = scripts.AudioUnit(unit.id, (scripts.Speech("Hold still."),) + unit.segments[1:])
    longer = scripts.AudioUnit(unit.id, unit.segments + (scripts.Pause(1.0),))
    assert len({unit.source_hash, reworded.source_hash, longer.source_hash}) == 3


def test_spoken_script_holds_with_breaks_of_at_most_ten_seconds() -> None:
    track = scripts.routine_tracks(NIGHT)[0]
    ssml = scripts.to_ssml(track.segments)
    breaks = [int(ms) if unit == "ms" else int(ms) * 1000
              for ms, unit in re.findall(r'<break time="(\d+)(ms|s)"/>', ssml)]
    assert breaks and max(breaks) <= MAX_BREAK_SECONDS * 1000
    hold = next(s for s in track.segments if isinstance(s, scripts.Hold))
    # The counts are said between the breaks, so the breaks add up to the whole hold.
    counted = ssml[ssml.index(routines.CUES.hold):ssml.index(routines.CUES.release)]
    hold_ms = sum(int(ms) if unit == "ms" else int(ms) * 1000
                  for ms, unit in re.findall(r'<break time="(\d+)(ms|s)"/>', counted))
    assert hold_ms == hold.seconds * 1000
    assert "Ten." in counted and "Twenty." in counted


def test_token_prefix_marks_our_streams() -> None:
    assert RoutinePosition("bedtime_legs", 5).token.startswith(TOKEN_PREFIX)
