"""Guided stretches in conversation: every navigation path, the holds, cards, state and limits."""

from __future__ import annotations

import json
import re

import pytest

from skill import content
from skill.content import guide as guide_content
from skill.conversation import activity, guidance
from skill.conversation.handlers import guide
from skill.conversation.state import DISCLAIMER_GIVEN, Offer
from tests.support.envelopes import envelope, intent, speech_of
from tests.support.limits import assert_within_limits, break_millis
from tests.support.night import DAY_ZONE, NIGHT_ZONE, at, handler_input_for, known_zone
from tests.support.pending import offer_of, offered, pending_attributes, stretch_in

DAY = guide_content.DAY
P = content.PROMPTS
CALF = content.stretch_by_id("calf")
MAX_SEGMENT_SECONDS = guide_content.SEGMENT_BUDGET_SECONDS


def _attrs(**extra):
    """A day-time session that has had its disclaimer: what's left is the guide's own speech."""
    return known_zone(DAY_ZONE, **{DISCLAIMER_GIVEN: True}, **extra)


def _at(position: tuple[str, int, int], **extra):
    stretch_id, side, step = position
    return _attrs(**pending_attributes(stretch=(stretch_id, side, step)), **extra)


def _say(ask, name, slots=None, attrs=None, **kwargs):
    return ask(at(intent(name, slots, session_attributes=attrs or _attrs(), **kwargs)))


def _plain(response) -> str:
    return content.plain_text(speech_of(response))


def _holds(response) -> int:
    """Seconds of pause in a response."""
    return sum(break_millis(speech_of(response))) // 1000


def _guide_state(response):
    return stretch_in(response)


def _card(response):
    return response["response"].get("card")


def _reprompt(response) -> str:
    return content.plain_text(response["response"]["reprompt"]["outputSpeech"]["ssml"])


def _instruction(stretch, index) -> str:
    return content.plain_text(stretch.steps[index].instruction)


# --- starting ------------------------------------------------------------------------------

def test_calf_stretch_speaks_steps_then_the_hold_then_one_question(ask):
    response = _say(ask, "StretchIntent", {"stretch": "calf"})
    spoken = _plain(response)
    positions = [spoken.index(_instruction(CALF, i)) for i in range(len(CALF.steps))]
    assert positions == sorted(positions), "steps in order"
    hold_step = max(i for i, s in enumerate(CALF.steps) if s.hold_seconds)
    after = spoken[spoken.index(_instruction(CALF, hold_step)):]
    assert after.index(DAY.hold_start) < after.index("20 more seconds.") \
        < after.index("10 more seconds.") < after.index(DAY.release)
    assert _holds(response) == sum(s.hold_seconds for s in CALF.steps)
    assert spoken.endswith(CALF.switch_prompt)
    assert _reprompt(response).startswith(CALF.switch_prompt)
    assert response["response"]["shouldEndSession"] is False
    assert _guide_state(response) == {"id": "calf", "side": 0, "step": len(CALF.steps) - 1}


def test_each_stretch_sends_a_card_listing_its_steps(ask):
    for stretch in content.STRETCHES:
        card = _card(_say(ask, "StretchIntent", {"stretch": stretch.synonyms[0]}))
        assert card["title"] == stretch.name.capitalize()
        lines = card["content"].splitlines()
        for number, step in enumerate(stretch.steps, start=1):
            assert lines[number - 1].startswith(f"{number}. {content.plain_text(step.instruction)}")
            if step.hold_seconds:
                assert f"Hold {step.hold_seconds} seconds." in lines[number - 1]
        for side in stretch.sides[1:]:
            assert side in card["content"]


def test_yes_to_the_stretch_offer_starts_the_guide(ask):
    response = _say(ask, "AMAZON.YesIntent", attrs=_attrs(**offer_of("stretch:calf")))
    assert _instruction(CALF, 0) in _plain(response)
    assert _guide_state(response)["id"] == "calf"
    assert offered(response) == ""


@pytest.mark.parametrize("utterance_slot", ["calf", "calves", "lower leg"])
def test_stretch_slot_synonyms_resolve(ask, utterance_slot):
    response = _say(ask, "StretchIntent", {"stretch": utterance_slot})
    assert _guide_state(response)["id"] == "calf"


def test_unknown_stretch_says_so_and_lists_the_ones_it_knows(ask):
    response = _say(ask, "StretchIntent", {"stretch": "earlobe"})
    spoken = _plain(response)
    assert spoken.startswith(DAY.unknown_stretch)
    for stretch in content.STRETCHES:
        assert stretch.name in spoken
    assert response["response"]["shouldEndSession"] is False
    assert CALF.name in _reprompt(response)
    assert _guide_state(response) is None


def test_stretch_request_without_a_stretch_asks_which(ask):
    response = _say(ask, "StretchIntent")
    assert not _plain(response).startswith(DAY.unknown_stretch)
    assert _plain(response).startswith(DAY.which_stretch.split("{")[0].strip())
    assert response["response"]["shouldEndSession"] is False


def test_first_use_disclaimer_comes_before_the_question(ask):
    response = _say(ask, "StretchIntent", {"stretch": "calf"}, attrs=known_zone(DAY_ZONE))
    spoken = _plain(response)
    assert "not medical advice" in spoken
    assert spoken.endswith(CALF.switch_prompt)


# --- walking a whole stretch ---------------------------------------------------------------

def _walk(ask, stretch, zone=DAY_ZONE):
    """Start the stretch, then say "next" until the guide asks to go again."""
    responses = [ask(at(intent("StretchIntent", {"stretch": stretch.synonyms[0]},
                               session_attributes=known_zone(zone, **{DISCLAIMER_GIVEN: True}))))]
    for _ in range(len(stretch.steps) * max(1, len(stretch.sides)) + 1):
        state = _guide_state(responses[-1])
        if guidance.Position(stretch, state["side"], state["step"]).finished:
            return responses
        responses.append(ask(at(intent("AMAZON.NextIntent",
                                        session_attributes=responses[-1]["sessionAttributes"]))))
    raise AssertionError("the guide never finished")


@pytest.mark.parametrize("zone", [DAY_ZONE, NIGHT_ZONE])
@pytest.mark.parametrize("stretch", content.STRETCHES, ids=[s.id for s in content.STRETCHES])
def test_every_stretch_walks_through_with_its_holds_and_limits(ask, stretch, zone):
    responses = _walk(ask, stretch, zone)
    texts = guide_content.texts(zone == NIGHT_ZONE)
    sides = max(1, len(stretch.sides))
    # Every step of every side is spoken, in order, and the holds add up to the seed's times.
    spoken = " ".join(_plain(r) for r in responses)
    cursor = 0
    for _side in range(sides):
        for index in range(len(stretch.steps)):
            cursor = spoken.index(_instruction(stretch, index), cursor) + 1
    assert sum(_holds(r) for r in responses) == sides * sum(s.hold_seconds for s in stretch.steps)
    for response in responses:
        assert_within_limits(response)
        ssml = speech_of(response)
        assert guidance.estimated_seconds(ssml) < MAX_SEGMENT_SECONDS + 15, "response too long"
        assert all(millis <= 10_000 for millis in break_millis(ssml))
        # Small state: an id and two numbers, never text.
        assert len(json.dumps(_guide_state(response))) < 60
    # Between sides, the switch question; at the end, "again?".
    if stretch.sides:
        assert any(_plain(r).endswith(stretch.switch_prompt) for r in responses)
        for side in stretch.sides[1:]:
            assert texts.side_intro.format(side=side) in spoken
    assert _plain(responses[-1]).endswith(texts.again)


NAVIGATION = (
    "AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.RepeatIntent", "AMAZON.StartOverIntent",
    "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.PauseIntent", "AMAZON.ResumeIntent",
    "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "WaitIntent",
)


@pytest.mark.parametrize("zone", [DAY_ZONE, NIGHT_ZONE])
@pytest.mark.parametrize("stretch", content.STRETCHES, ids=[s.id for s in content.STRETCHES])
def test_every_navigation_response_at_every_step_is_within_limits(ask, stretch, zone):
    position = guidance.start(stretch)
    while position is not None:
        state = pending_attributes(stretch=(stretch.id, position.side, position.step))
        for name in NAVIGATION:
            attrs = known_zone(zone, **{DISCLAIMER_GIVEN: True}, **state)
            response = ask(at(intent(name, session_attributes=attrs)))
            assert_within_limits(response)
            assert response["response"]["shouldEndSession"] is False, (name, position)
            assert response["response"]["reprompt"], (name, position)
        position = position.next()


def test_every_hold_is_the_seed_time_split_into_breaks_of_ten_or_less():
    for stretch in content.STRETCHES:
        for step in stretch.steps:
            ssml = f"<speak>{guidance.hold(step.hold_seconds, DAY)}</speak>"
            if not step.hold_seconds:
                assert ssml == "<speak></speak>"
                continue
            breaks = break_millis(ssml)
            assert sum(breaks) == step.hold_seconds * 1000
            assert max(breaks) <= 10_000
            low, high = stretch.seed_hold_range
            assert low <= step.hold_seconds <= high


def test_hold_cues_count_down_in_tens():
    ssml = guidance.hold(25, DAY)
    assert re.findall(r'<break time="(\d+)s"/>', ssml) == ["5", "10", "10"]
    assert "20 more seconds." in ssml and "10 more seconds." in ssml
    assert ssml.index("20 more") < ssml.index("10 more") < ssml.index(DAY.release)


def test_a_long_stretch_is_split_into_short_responses():
    long = content.Stretch(
        id="long", name="long stretch", synonyms=("long",), seed_hold_range=(30, 30),
        steps=tuple(content.StretchStep(f"Step {n}.", 30) for n in range(5)),
    )
    first = guidance.segment(guidance.start(long), DAY)
    assert 0 < first.end.step < 4
    assert guidance.estimated_seconds(first.speech) <= MAX_SEGMENT_SECONDS
    assert guidance.question(first.end, DAY) == DAY.ready_next


# --- navigation ----------------------------------------------------------------------------

LAST = len(CALF.steps) - 1


def test_yes_at_the_switch_goes_to_the_other_leg(ask):
    response = _say(ask, "AMAZON.YesIntent", attrs=_at(("calf", 0, LAST)))
    spoken = _plain(response)
    assert spoken.startswith(DAY.side_intro.format(side=CALF.sides[1]))
    assert _instruction(CALF, 0) in spoken
    assert _holds(response) == sum(s.hold_seconds for s in CALF.steps)
    assert _guide_state(response) == {"id": "calf", "side": 1, "step": LAST}
    assert spoken.endswith(DAY.again)


def test_next_and_skip_move_on_like_yes(ask):
    response = _say(ask, "AMAZON.NextIntent", attrs=_at(("calf", 0, LAST)))
    assert _guide_state(response) == {"id": "calf", "side": 1, "step": LAST}


def test_resume_continues(ask):
    response = _say(ask, "AMAZON.ResumeIntent", attrs=_at(("calf", 0, 0)))
    assert _instruction(CALF, 1) in _plain(response)
    assert _instruction(CALF, 0) not in _plain(response)


def test_no_at_the_switch_gives_time_then_asks_again(ask):
    response = _say(ask, "AMAZON.NoIntent", attrs=_at(("calf", 0, LAST)))
    spoken = _plain(response)
    assert spoken.startswith(DAY.not_ready)
    assert _holds(response) == guide_content.NOT_READY_SECONDS
    assert spoken.endswith(f"{CALF.switch_prompt} {DAY.or_stop}")
    assert _guide_state(response) == {"id": "calf", "side": 0, "step": LAST}
    assert response["response"]["shouldEndSession"] is False


def test_yes_once_finished_goes_again_from_the_top(ask):
    response = _say(ask, "AMAZON.YesIntent", attrs=_at(("calf", 1, LAST)))
    assert _plain(response).startswith(f"{DAY.start_over} {_instruction(CALF, 0)}")
    assert _guide_state(response) == {"id": "calf", "side": 0, "step": LAST}


def test_no_once_finished_ends_the_stretch_and_offers_more(ask):
    response = _say(ask, "AMAZON.NoIntent", attrs=_at(("calf", 1, LAST)))
    assert P.anything_else in speech_of(response)
    assert _guide_state(response) is None
    assert response["response"]["shouldEndSession"] is False


def test_next_once_finished_says_so_and_asks_again(ask):
    response = _say(ask, "AMAZON.NextIntent", attrs=_at(("calf", 1, LAST)))
    assert _plain(response).startswith(DAY.finished_already)
    assert DAY.again in _plain(response)
    assert _holds(response) == 0


def test_previous_goes_back_one_step_alone(ask):
    response = _say(ask, "AMAZON.PreviousIntent", attrs=_at(("calf", 0, LAST)))
    spoken = _plain(response)
    assert spoken.startswith(_instruction(CALF, LAST - 1))
    assert _instruction(CALF, LAST) not in spoken
    assert spoken.endswith(DAY.ready_next)
    assert _guide_state(response)["step"] == LAST - 1


def test_previous_at_the_first_step_says_so_and_repeats_it(ask):
    response = _say(ask, "AMAZON.PreviousIntent", attrs=_at(("calf", 0, 0)))
    spoken = _plain(response)
    assert spoken.startswith(f"{DAY.first_step} {_instruction(CALF, 0)}")
    assert _instruction(CALF, 1) not in spoken
    assert _guide_state(response) == {"id": "calf", "side": 0, "step": 0}


def test_previous_at_the_start_of_the_other_leg_goes_back_to_the_first_leg(ask):
    response = _say(ask, "AMAZON.PreviousIntent", attrs=_at(("calf", 1, 0)))
    assert _plain(response).startswith(_instruction(CALF, LAST))
    assert _guide_state(response) == {"id": "calf", "side": 0, "step": LAST}


def test_repeat_says_the_current_step_and_its_hold_again(ask):
    response = _say(ask, "AMAZON.RepeatIntent", attrs=_at(("calf", 0, LAST)))
    spoken = _plain(response)
    assert spoken.startswith(_instruction(CALF, LAST))
    assert _holds(response) == CALF.steps[LAST].hold_seconds
    assert spoken.endswith(CALF.switch_prompt)


def test_start_over_goes_back_to_the_first_step(ask):
    response = _say(ask, "AMAZON.StartOverIntent", attrs=_at(("calf", 1, LAST)))
    assert _plain(response).startswith(f"{DAY.start_over} {_instruction(CALF, 0)}")
    assert _guide_state(response)["side"] == 0


def test_wait_extends_the_current_hold(ask):
    response = _say(ask, "WaitIntent", attrs=_at(("calf", 0, LAST)))
    spoken = _plain(response)
    assert spoken.startswith(DAY.wait_hold)
    assert _holds(response) == guide_content.WAIT_EXTRA_SECONDS
    assert "10 more seconds." in spoken and DAY.release in spoken
    assert spoken.endswith(CALF.switch_prompt)
    assert _guide_state(response) == {"id": "calf", "side": 0, "step": LAST}
    assert_within_limits(response)


def test_wait_without_a_hold_just_gives_time(ask):
    response = _say(ask, "WaitIntent", attrs=_at(("calf", 0, 0)))
    assert _plain(response).startswith(DAY.wait_plain)
    assert DAY.release not in _plain(response)
    assert _holds(response) == guide_content.WAIT_EXTRA_SECONDS
    assert _plain(response).endswith(DAY.ready_next)


def test_wait_outside_a_stretch_is_still_an_answer(ask):
    response = _say(ask, "WaitIntent")
    assert _plain(response) == DAY.wait_outside
    assert response["response"]["shouldEndSession"] is False


def test_pause_then_resume(ask):
    paused = _say(ask, "AMAZON.PauseIntent", attrs=_at(("calf", 0, LAST)))
    assert _plain(paused) == DAY.paused
    assert _guide_state(paused) == {"id": "calf", "side": 0, "step": LAST}
    resumed = _say(ask, "AMAZON.ResumeIntent", attrs=paused["sessionAttributes"])
    assert _guide_state(resumed) == {"id": "calf", "side": 1, "step": LAST}


@pytest.mark.parametrize("name", ["AMAZON.StopIntent", "AMAZON.CancelIntent"])
def test_stop_ends_the_stretch_and_the_session(ask, name):
    response = _say(ask, name, attrs=_at(("calf", 0, LAST)))
    assert _plain(response) == DAY.stopped
    assert response["response"]["shouldEndSession"] is True


def test_help_during_a_stretch_lists_the_commands_and_asks_again(ask):
    response = _say(ask, "AMAZON.HelpIntent", attrs=_at(("calf", 0, LAST)))
    assert _plain(response).startswith(DAY.help.format(name=CALF.name))
    assert _plain(response).endswith(f"{CALF.switch_prompt} {DAY.or_stop}")


def test_unclear_answer_during_a_stretch_gets_a_reprompt(ask):
    response = _say(ask, "AMAZON.FallbackIntent", attrs=_at(("calf", 0, LAST)))
    net = "If this is an emergency, call 911 ."  # the safety net ends it (digits in SSML)
    assert _plain(response) == f"{DAY.unclear} {CALF.switch_prompt} {DAY.or_stop} {net}"
    assert response["response"]["shouldEndSession"] is False
    assert _reprompt(response)


@pytest.mark.parametrize(
    "name",
    ["AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.StartOverIntent",
     "AMAZON.PauseIntent", "AMAZON.ResumeIntent"],
)
def test_navigation_without_a_stretch_is_left_to_the_core(ask, name):
    response = _say(ask, name)
    assert P.navigation_outside_guide in speech_of(response)


@pytest.mark.parametrize(
    "forged",
    [{"stretch": "calf", "side": 7, "step": 0}, {"stretch": "calf", "side": 0, "step": -1},
     {"stretch": "nope", "side": 0, "step": 0}, {"stretch": "calf", "side": "0", "step": 0},
     {"stretch": "calf", "side": True, "step": 0}, "calf", [1, 2]],
)
def test_forged_or_stale_state_means_no_stretch(ask, forged):
    forged_state = {"pending": {"stretch": forged}}
    response = _say(ask, "AMAZON.NextIntent", attrs=_attrs(**forged_state))
    assert P.navigation_outside_guide in speech_of(response)
    # The previous version's session key, as a session in flight may still carry it.
    response = _say(ask, "AMAZON.NextIntent", attrs=_attrs(guide={"id": "calf", "side": 0,
                                                                  "step": 0}))
    assert P.navigation_outside_guide in speech_of(response)


def test_yes_with_a_newer_offer_answers_the_offer_not_the_guide(ask):
    attrs = _attrs(**pending_attributes(Offer("answer", "night_cramps"), ("calf", 0, LAST)))
    response = _say(ask, "AMAZON.YesIntent", attrs=attrs)
    assert content.answer_by_id("night_cramps").speech in speech_of(response)


def test_stretch_request_during_a_stretch_starts_the_new_one(ask):
    other = content.STRETCHES[-1]
    response = _say(ask, "StretchIntent", {"stretch": other.synonyms[0]},
                    attrs=_at(("calf", 1, LAST)))
    assert _guide_state(response)["id"] == other.id
    assert _guide_state(response)["side"] == 0


# --- red flags win -------------------------------------------------------------------------

def test_red_flag_mid_stretch_escalates_at_once(ask):
    flag = next(f for f in content.RED_FLAGS if f.tier is content.Tier.EMERGENCY)
    response = _say(ask, "RedFlagIntent", {"symptom": flag.synonyms[0]},
                    attrs=_at(("calf", 0, LAST)))
    assert speech_of(response).startswith(f"<speak>{flag.speech.split('{')[0]}")
    assert _instruction(CALF, 0) not in _plain(response)
    assert response["response"]["shouldEndSession"] is True


def test_symptom_said_with_navigation_mid_stretch_escalates(ask):
    flag = content.RED_FLAGS[0]
    response = _say(ask, "CrampReliefIntent", {"bodyPart": "calf", "symptom": flag.synonyms[0]},
                    attrs=_at(("calf", 0, LAST)))
    assert flag.speech.split("{")[0] in speech_of(response)
    assert _guide_state(response) is None


# --- position for "resume my stretch", screens ---------------------------------------------

def test_each_step_response_remembers_the_position(ask, monkeypatch):
    calls = []
    monkeypatch.setattr(activity, "remember_position", lambda hi, *args: calls.append(args))
    _say(ask, "StretchIntent", {"stretch": "calf"})
    _say(ask, "AMAZON.NextIntent", attrs=_at(("calf", 0, LAST)))
    _say(ask, "AMAZON.PreviousIntent", attrs=_at(("calf", 0, 1)))
    steps = len(CALF.steps)
    assert calls == [("stretch", "calf", LAST), ("stretch", "calf", steps + LAST),
                     ("stretch", "calf", 0)]


def test_resume_stretch_picks_up_at_a_stored_linear_step(skill):
    steps = len(CALF.steps)
    assert guidance.from_linear(CALF, 999) == guidance.Position(CALF, 1, steps - 1)
    assert guidance.from_linear(CALF, -3) == guidance.Position(CALF, 0, 0)
    body = at(intent("ResumeStretchIntent", session_attributes=_attrs()))
    handler_input = handler_input_for(skill, body)
    response = skill.serializer.serialize(guide.resume_stretch(handler_input, "calf", steps))
    spoken = content.plain_text(response["outputSpeech"]["ssml"])
    assert spoken.startswith(DAY.side_intro.format(side=CALF.sides[1]))
    assert stretch_in(handler_input.attributes_manager.session_attributes)["side"] == 1


def test_apl_device_gets_the_step_on_screen(ask):
    response = _say(ask, "StretchIntent", {"stretch": "calf"},
                    interfaces={"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.3"}}})
    directives = response["response"]["directives"]
    assert [d["type"] for d in directives] == ["Alexa.Presentation.APL.RenderDocument"]
    data = directives[0]["datasources"]["guide"]
    assert data["step"] == _instruction(CALF, LAST)
    assert data["progress"] == f"Step {LAST + 1} of {len(CALF.steps)}"
    assert data["hold"] == f"Hold {CALF.steps[LAST].hold_seconds} seconds"


def test_voice_only_device_gets_no_apl(ask):
    response = _say(ask, "StretchIntent", {"stretch": "calf"})
    assert not response["response"].get("directives")


def _user_event(arguments, attrs):
    return at(envelope(
        {"type": "Alexa.Presentation.APL.UserEvent", "token": "guide-step",
         "arguments": arguments, "source": {"type": "TouchWrapper", "handler": "Press"}},
        session_attributes=attrs,
        interfaces={"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.3"}}},
    ))


def test_screen_next_and_repeat_buttons(ask):
    pressed_next = ask(_user_event(["guide", "next"], _at(("calf", 0, LAST))))
    assert _guide_state(pressed_next) == {"id": "calf", "side": 1, "step": LAST}
    pressed_repeat = ask(_user_event(["guide", "repeat"], _at(("calf", 0, LAST))))
    assert _plain(pressed_repeat).startswith(_instruction(CALF, LAST))
    assert pressed_repeat["response"]["directives"][0]["type"].endswith("RenderDocument")


def test_screen_button_with_no_stretch_running(ask):
    response = ask(_user_event(["guide", "next"], _attrs()))
    assert P.navigation_outside_guide in speech_of(response)
