"""What the skill waits for: one typed value, one parser, one writer, round trips, and
sessions written by the previous version (or forged) read as nothing pending."""

from __future__ import annotations

from typing import Any

import pytest

from skill import content
from skill.content import diary as diary_content
from skill.content import routines
from skill.conversation import state
from skill.conversation.state import (
    NOTHING,
    Confirmation,
    DiaryQuestion,
    GuideStep,
    Offer,
    Pending,
    RoutinePart,
    encode_pending,
    parse_pending,
)
from tests.support.envelopes import intent
from tests.support.night import handler_input_for


def _every_guide_step() -> list[GuideStep]:
    steps = []
    for stretch in content.STRETCHES:
        for side in range(max(1, len(stretch.sides))):
            steps += [GuideStep(stretch.id, side, step) for step in range(len(stretch.steps))]
    return steps


def _every_asked() -> list[state.Asked]:
    asked: list[state.Asked] = [Confirmation()]
    asked += [Offer("stretch", stretch.id) for stretch in content.STRETCHES]
    asked += [Offer("answer", answer.id) for answer in content.ANSWERS]
    asked += [RoutinePart(routine.id, part) for routine in routines.ROUTINES for part in (0, 1, 7)]
    asked += [DiaryQuestion(body_part=relief.body_part, trigger=trigger.id, tries=1)
              for relief in content.RELIEFS for trigger in diary_content.TRIGGERS[:2]]
    asked += [DiaryQuestion(), DiaryQuestion(trigger=diary_content.OTHER_TRIGGER,
                                             unknown_part=True, unknown_trigger=True)]
    return asked


ROUND_TRIPS = (
    [Pending(asked=asked) for asked in _every_asked()]
    + [Pending(stretch=step) for step in _every_guide_step()]
    + [Pending(asked=asked, stretch=GuideStep("calf", 1, 0)) for asked in _every_asked()]
)


def test_every_pending_value_survives_the_session_round_trip():
    for pending in ROUND_TRIPS:
        encoded = encode_pending(pending)
        assert encoded is not None
        assert parse_pending({state.PENDING: encoded}) == pending, encoded


def test_nothing_pending_is_no_attribute_at_all():
    assert encode_pending(NOTHING) is None
    assert parse_pending({}) == NOTHING


def test_the_routing_order_is_player_then_question_then_stretch_then_fallback():
    track = state.RoutineTrack(state.RoutinePosition("night_cramp", 1))
    pending = Pending(asked=Confirmation(), stretch=GuideStep("calf", 0, 0), track=track)
    assert pending.kinds == (state.RoutineTrack, Confirmation, GuideStep, state.Anything)
    assert NOTHING.kinds == (state.Anything,)


def test_every_follow_up_the_content_declares_is_an_offer_the_skill_can_make():
    for answer in content.ANSWERS:
        if answer.yes_action:
            offer = Offer.from_action(answer.yes_action)
            assert offer is not None, (answer.id, answer.yes_action)
            assert f"{offer.action}:{offer.target}" == answer.yes_action


@pytest.mark.parametrize("attributes", [
    # The previous version's channels, in sessions still in flight.
    {"offer": "stretch:calf"}, {"offer": "routine:night_cramp:1"},
    {"guide": {"id": "calf", "side": 0, "step": 1}},
    {"diary_question": {"ask": "delete"}},
    # Forged or broken.
    {state.PENDING: "stretch:calf"}, {state.PENDING: ["asked"]}, {state.PENDING: {"asked": "x"}},
    {state.PENDING: {"asked": {"kind": "relief", "target": "calf"}}},
    {state.PENDING: {"asked": {"kind": "offer", "action": "relief", "target": "calf"}}},
    {state.PENDING: {"asked": {"kind": "offer", "action": "stretch", "target": "earlobe"}}},
    {state.PENDING: {"asked": {"kind": "offer", "action": "answer", "target": ["causes"]}}},
    {state.PENDING: {"asked": {"kind": "routine_part", "routine": "night_cramp", "part": -1}}},
    {state.PENDING: {"asked": {"kind": "routine_part", "routine": "nope", "part": 0}}},
    {state.PENDING: {"asked": {"kind": "confirmation", "action": "delete_everything"}}},
    {state.PENDING: {"stretch": {"stretch": "calf", "side": 0, "step": 99}}},
    {state.PENDING: {"stretch": {"stretch": "calf", "side": False, "step": 0}}},
    {state.PENDING: {"stretch": "calf"}},
])
def test_old_or_forged_shapes_are_nothing_pending(attributes: dict[str, Any]):
    assert parse_pending(attributes) == NOTHING


def test_a_forged_diary_question_still_stands_but_carries_nothing():
    forged = {"kind": "diary_question", "body_part": "my neighbour's name", "trigger": None,
              "unknown_part": False, "unknown_trigger": False, "tries": 0}
    assert parse_pending({state.PENDING: {"asked": forged}}).asked == DiaryQuestion()


def _handler_input(skill, attributes: dict[str, Any]):
    return handler_input_for(skill, intent("AMAZON.HelpIntent", session_attributes=attributes))


def test_a_question_asked_mid_stretch_sits_over_it_and_the_guide_takes_over_again(skill):
    handler_input = _handler_input(skill, {})
    attributes = handler_input.attributes_manager.session_attributes
    state.guide_at(handler_input, GuideStep("calf", 0, 1))
    state.ask(handler_input, Offer("answer", "causes"))
    assert parse_pending(attributes) == Pending(Offer("answer", "causes"), GuideStep("calf", 0, 1))
    state.ask(handler_input, None)
    assert parse_pending(attributes) == Pending(stretch=GuideStep("calf", 0, 1))
    state.ask(handler_input, Confirmation())
    state.guide_at(handler_input, GuideStep("calf", 0, 2))
    assert parse_pending(attributes) == Pending(stretch=GuideStep("calf", 0, 2))
    state.ask(handler_input, Confirmation())
    state.end_stretch(handler_input)
    assert parse_pending(attributes) == Pending(asked=Confirmation())


def test_the_request_sees_what_was_pending_when_it_arrived(skill):
    offered = {state.PENDING: encode_pending(Pending(asked=Offer("stretch", "calf")))}
    handler_input = _handler_input(skill, offered)
    assert state.take_offer(handler_input) == Offer("stretch", "calf")
    assert state.PENDING not in handler_input.attributes_manager.session_attributes
    assert state.pending(handler_input).asked == Offer("stretch", "calf")  # read once


@pytest.mark.parametrize(("asked", "lasts"), [
    (Offer("stretch", "calf"), True), (RoutinePart("night_cramp", 1), True),
    (DiaryQuestion(), False), (Confirmation(), False),
])
def test_the_scope_keeps_offers_and_drops_one_turn_questions_and_old_keys(skill, asked, lasts):
    stretch = GuideStep("calf", 0, 0)
    attributes = {state.PENDING: encode_pending(Pending(asked, stretch)), "offer": "stretch:calf",
                  "guide": {"id": "calf", "side": 0, "step": 0}}
    handler_input = _handler_input(skill, attributes)
    state.PendingScope().process(handler_input)
    session = handler_input.attributes_manager.session_attributes
    assert parse_pending(session) == Pending(asked if lasts else None, stretch)
    assert "offer" not in session and "guide" not in session
    assert state.pending(handler_input) == Pending(asked, stretch)  # this request answers it
