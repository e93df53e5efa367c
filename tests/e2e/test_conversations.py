"""Whole conversations through virtual-alexa against the real server (foundation scenarios)."""

from __future__ import annotations

import pytest

from skill import content
from tests.e2e.harness import speech


def test_launch_then_calf_cramp_then_stop(converse):
    launch, relief, stop = converse([
        {"launch": True}, {"utter": "help calf cramp"}, {"utter": "stop"},
    ])
    assert "Cramp Coach" in speech(launch)
    assert "not medical advice" in speech(launch)
    first_step = content.relief_for("calf").steps[0]
    # The first action is the first thing said: no preamble.
    assert speech(relief).startswith(f"<speak>{first_step}")
    assert "not medical advice" not in speech(relief), "the disclaimer is said once"
    assert relief["response"]["response"]["card"]["title"]
    assert relief["sessionActive"] is True
    assert content.PROMPTS.goodbye in speech(stop)
    assert stop["response"]["response"]["shouldEndSession"] is True


def test_three_am_one_shot_relief_puts_the_action_first(converse):
    (relief,) = converse([{"utter": "my charley horse is cramping"}])
    assert speech(relief).startswith(f"<speak>{content.relief_for('calf').steps[0]}")
    # First use: the disclaimer comes after the help, before the closing question.
    assert "not medical advice" in speech(relief)
    assert speech(relief).endswith(f"{content.relief_for('calf').offer}</speak>")


def test_question_then_follow_up(converse):
    answer, follow_up = converse([{"utter": "why do I cramp at night"}, {"utter": "yes"}])
    night = content.answer_by_id("night_cramps")
    assert night.speech in speech(answer)
    assert night.follow_up in speech(answer)
    assert answer["response"]["response"]["card"]["title"] == night.title
    stretch = content.stretch_by_id("calf")
    assert content.plain_text(stretch.steps[0].instruction) in content.plain_text(speech(follow_up))


def test_red_flag_in_the_middle_of_a_conversation(converse):
    turns = converse([
        {"launch": True}, {"utter": "help calf cramp"}, {"utter": "I can't breathe"},
    ])
    escalation = turns[-1]
    assert speech(escalation).startswith("<speak>Call <say-as interpret-as='digits'>911</say-as>")
    assert escalation["response"]["response"]["shouldEndSession"] is True
    assert escalation["sessionActive"] is False


def test_help_and_fallback(converse):
    help_turn, fallback = converse([
        {"utter": "help"}, {"intent": "AMAZON.FallbackIntent"},
    ])
    assert content.PROMPTS.help in speech(help_turn)
    assert content.fill_locale(content.PROMPTS.fallback, "en-US") in speech(fallback)
    for turn in (help_turn, fallback):
        reprompt = turn["response"]["response"]["reprompt"]["outputSpeech"]["ssml"]
        assert reprompt and turn["sessionActive"] is True


@pytest.mark.parametrize("locale", [loc.code for loc in content.LOCALES])
def test_every_locale_model_loads_and_says_its_number(converse, locale):
    launch, escalation = converse(
        [{"launch": True}, {"utter": "I can't breathe"}], locale=locale,
    )
    assert "Cramp Coach" in speech(launch)
    number = content.locale_for(locale).emergency_number
    assert f"<say-as interpret-as='digits'>{number}</say-as>" in speech(escalation)
    assert escalation["request"]["request"]["locale"] == locale
