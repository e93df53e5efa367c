"""Every red flag, in every locale, through virtual-alexa against the running server: at the
top level, for someone else, mid-stretch, mid-routine (AudioPlayer stopped) and after a
diary question. Each locale's situations run in one virtual-alexa process.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from skill import content
from skill.content.red_flags import RED_FLAGS
from skill.content.schema import Tier
from tests.e2e.harness import directives, run_conversation, speech
from tests.support.audio import routine_token

# What a person says for each flag: about themselves, and about someone else.
SAYINGS: dict[str, tuple[str, str]] = {
    "trouble_breathing": ("i can't breathe", "my dad can't breathe"),
    "chest_pain": ("i have chest pain", "she has chest pain"),
    "slurred_speech": ("i'm slurring my words", "he is slurring his words"),
    "stroke_signs": ("i think i'm having a stroke", "my mum is having a stroke"),
    "fainting": ("i'm about to faint", "my wife passed out"),
    "seizure": ("i'm having a seizure", "he's having a seizure"),
    "throat_swelling": ("my throat is closing", "she's having an allergic reaction"),
    "emergency_call": ("call an ambulance", "my son is having an emergency"),
    "dark_urine": ("my pee is dark", "my dad has dark urine"),
    "wound_stiffness": ("i have stiffness after a cut", "she has stiffness after a cut"),
    "hot_swollen_calf": ("my calf is swollen and hot", "his calf is swollen and hot"),
    "cold_pale_limb": ("my foot has turned blue", "her foot has turned blue"),
    "recent_wound": ("i stepped on a rusty nail", "he stepped on a rusty nail"),
    "swelling": ("my calf is swollen", "her calf is swollen"),
    "long_cramp": ("i have a cramp that won't stop", "my dad has a cramp that won't stop"),
    "daily_cramps": ("i get cramps every day", "my mum has cramps every day"),
    "weakness_numbness": ("my leg is numb", "my husband has numbness"),
    "skin_changes": ("i have a rash", "my son has a rash"),
    "locked_jaw": ("my jaw is locked", "she has lockjaw"),
    "face_or_mouth": ("my eyelid is twitching", "my daughter has eye twitching"),
    "medication_change": ("i started a new medication", "my dad started a new medication"),
}
LOCALES = [loc.code for loc in content.LOCALES]
# Alexa's context when a person speaks over a routine: the player reports STOPPED.
ROUTINE_STOPPED = {"context.AudioPlayer": {
    "token": routine_token("night_cramp", 1), "offsetInMilliseconds": 4000,
    "playerActivity": "STOPPED",
}}


def _plain(ssml: str) -> str:
    return re.sub(r"\s+([.,?!])", r"\1", content.plain_text(ssml))


def _expected(flag: content.RedFlag, locale: str, helper: bool) -> str:
    return _plain(content.fill_locale(flag.helper_speech if helper else flag.speech, locale))


def _check(turn: dict[str, Any], flag: content.RedFlag, locale: str, helper: bool) -> None:
    said = _plain(speech(turn))
    where = f"{locale} {flag.id} {turn['step']}"
    assert said.startswith(_expected(flag, locale, helper)), f"{where}: {said}"
    ends = bool(turn["response"]["response"].get("shouldEndSession"))
    assert ends is (flag.tier is Tier.EMERGENCY), where


def test_every_flag_is_covered():
    assert set(SAYINGS) == {f.id for f in RED_FLAGS}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_flag_in_every_situation(live_server, locale):
    steps: list[dict[str, Any]] = []
    expected: list[tuple[int, content.RedFlag, bool]] = []
    for flag in RED_FLAGS:
        own, theirs = SAYINGS[flag.id]
        for lead, said, helper in (
            (None, own, False),  # top level
            (None, theirs, True),  # someone else
            ("calf stretch", own, False),  # mid-stretch
            ("log a calf cramp that lasted a good while", own, False),  # after a diary question
        ):
            if lead:
                steps.append({"utter": lead})
            steps.append({"utter": said})
            expected.append((len(steps) - 1, flag, helper))
    turns = run_conversation(live_server.url, steps, locale=locale,
                             user_id=f"amzn1.ask.account.E2E-RED-FLAGS-{locale}")
    asked = [turns[i - 1] for i, _, _ in expected if "utter" in steps[i - 1]
             and steps[i - 1]["utter"].startswith("log a calf cramp")]
    diary_question = content.plain_text(content.diary.DIARY.ask_duration)
    assert all(_plain(speech(t)).startswith(diary_question) for t in asked)
    stretch = [turns[i - 1] for i, _, _ in expected if steps[i - 1].get("utter") == "calf stretch"]
    assert all(t["response"]["response"]["card"]["title"] == "Calf stretch" for t in stretch)
    for index, flag, helper in expected:
        _check(turns[index], flag, locale, helper)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_flag_mid_routine(live_server, locale):
    steps = [{"set": ROUTINE_STOPPED}] + [{"utter": SAYINGS[f.id][0]} for f in RED_FLAGS]
    turns = run_conversation(live_server.url, steps, locale=locale, interfaces=("AudioPlayer",))
    for turn, flag in zip(turns[1:], RED_FLAGS, strict=True):
        _check(turn, flag, locale, helper=False)
        assert "AudioPlayer.Stop" in [d["type"] for d in directives(turn)], flag.id


@pytest.mark.parametrize("locale", LOCALES)
def test_not_understood_ends_with_the_number(live_server, locale):
    number = content.emergency_number(locale)
    turns = run_conversation(live_server.url, [
        {"intent": "AMAZON.FallbackIntent"},
        {"utter": "calf stretch"}, {"intent": "AMAZON.FallbackIntent"},
        {"utter": "log a calf cramp that lasted a good while"}, {"intent": "AMAZON.FallbackIntent"},
        {"utter": "delete my cramp diary"}, {"intent": "AMAZON.FallbackIntent"},
    ], locale=locale)
    for turn in turns[0], turns[2], turns[4], turns[6]:
        said = _plain(speech(turn))
        reprompt = turn["response"]["response"]["reprompt"]["outputSpeech"]["ssml"]
        line = f"If this is an emergency, call {number}."
        assert said.endswith(line) and _plain(reprompt).endswith(line), said
