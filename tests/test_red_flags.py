"""Red flags: the tier table, the wording, the second net, and what never escalates."""

from __future__ import annotations

import re
from typing import Any

import pytest

from skill import content
from skill.content import red_flags
from skill.content.red_flags import RED_FLAGS, flag_in_words
from skill.content.schema import Tier
from tests.support.envelopes import intent, speech_of

NUMBERS = {loc.code: loc.emergency_number for loc in content.LOCALES}
E, U, D = Tier.EMERGENCY, Tier.URGENT, Tier.DOCTOR

# The reviewed tier table, pinned: a change here is a medical decision, made on purpose.
TIERS = {
    "trouble_breathing": E, "chest_pain": E, "slurred_speech": E, "stroke_signs": E,
    "fainting": E, "seizure": E, "throat_swelling": E, "emergency_call": E, "dark_urine": E,
    "wound_stiffness": E, "hot_swollen_calf": U, "cold_pale_limb": U, "recent_wound": U,
    "swelling": U, "long_cramp": D, "daily_cramps": D, "weakness_numbness": D,
    "skin_changes": D, "locked_jaw": D, "face_or_mouth": D, "medication_change": D,
}
# The articles' own flags and the lowest tier they allow.
ARTICLE_TIERS = {
    "trouble_breathing": E, "slurred_speech": E, "dark_urine": E, "wound_stiffness": E,
    "swelling": D, "long_cramp": D, "daily_cramps": D, "weakness_numbness": D,
    "skin_changes": D, "face_or_mouth": D, "medication_change": D,
}
ORDER = list(Tier)


def _words(ssml: str) -> list[str]:
    return content.plain_text(ssml).split()


def _plain(ssml: str) -> str:
    """What is heard, as text: tags gone, no space before a full stop."""
    return re.sub(r"\s+([.,?!])", r"\1", content.plain_text(ssml))


def _said(response: dict[str, Any]) -> str:
    return _plain(speech_of(response))


def _reprompt(response: dict[str, Any]) -> str:
    reprompt = (response["response"].get("reprompt") or {}).get("outputSpeech") or {}
    return _plain(reprompt.get("ssml", ""))


def _ends(response: dict[str, Any]) -> bool:
    return bool(response["response"].get("shouldEndSession"))


# --- the table ---------------------------------------------------------------------------


def test_the_tier_table_is_pinned():
    assert {f.id: f.tier for f in RED_FLAGS} == TIERS


def test_every_row_gives_a_one_line_reason():
    for flag in RED_FLAGS:
        assert flag.reason.strip() and "\n" not in flag.reason, flag.id


def test_the_articles_flags_keep_their_tier_or_higher():
    tiers = {f.id: f.tier for f in RED_FLAGS}
    for flag_id, lowest in ARTICLE_TIERS.items():
        assert ORDER.index(tiers[flag_id]) <= ORDER.index(lowest), flag_id


@pytest.mark.parametrize(("said", "flag_id"), [
    ("i suddenly went weak on one side", "stroke_signs"),
    ("i can't move my leg", "stroke_signs"),
    ("my foot has turned blue", "cold_pale_limb"),
    ("my toes have gone pale", "cold_pale_limb"),
    ("my jaw locked after i stepped on a nail", "wound_stiffness"),
    ("my jaw is locked", "locked_jaw"),
    ("my calf is swollen and hot and red", "hot_swollen_calf"),
    ("she passed out", "fainting"),
    ("he's having a seizure", "seizure"),
    ("my throat is closing up", "throat_swelling"),
    ("call an ambulance", "emergency_call"),
    ("i've got chest pain", "chest_pain"),
])
def test_the_issue_rows_land_at_their_tier(said, flag_id):
    flag = flag_in_words(said)
    assert flag is not None and flag.id == flag_id


# --- wording -----------------------------------------------------------------------------


@pytest.mark.parametrize("locale", sorted(NUMBERS))
def test_emergency_lines_lead_with_the_number_in_twenty_words(locale):
    for flag in RED_FLAGS:
        if flag.tier is not E:
            continue
        for text in (flag.speech, flag.helper_speech):
            spoken = content.plain_text(content.fill_locale(text, locale))
            first_sentence = spoken.split(".")[0]
            assert NUMBERS[locale] in first_sentence, (flag.id, spoken)
            assert len(spoken.split()) <= 20, (flag.id, spoken)
        assert "for them" in flag.helper_speech, flag.id


def test_doctor_replies_never_diagnose():
    for flag in RED_FLAGS:
        if flag.tier is D:
            assert content.red_flags.SEVERAL_CAUSES in flag.speech or "{doctor}" in flag.speech


@pytest.mark.parametrize("flag", RED_FLAGS, ids=lambda f: f.id)
@pytest.mark.parametrize("locale", sorted(NUMBERS))
def test_each_flag_is_said_in_each_locale(ask, flag, locale):
    response = ask(intent("RedFlagIntent", {"symptom": flag.synonyms[0]}, locale=locale))
    said = _said(response)
    assert _plain(content.fill_locale(flag.speech, locale)) in said
    assert response["response"]["card"]["title"] == content.PROMPTS.red_flag_card_title
    if flag.tier is E:
        assert said.startswith(f"Call {NUMBERS[locale]}") and _ends(response)
    else:
        assert not _ends(response)
        assert "Anything else" not in said and "log a cramp" in said


def test_someone_elses_emergency_is_worded_for_the_helper(ask):
    for slots in ({"theirSymptom": "can't breathe"},
                  {"symptom": "trouble breathing", "person": "dad"}):
        said = _said(ask(intent("RedFlagIntent", slots)))
        assert said.startswith("Call 911 for them now"), said


# --- compound requests -------------------------------------------------------------------


def test_a_relief_request_with_an_emergency_gets_the_emergency_only(ask):
    response = ask(intent("CrampReliefIntent", {"bodyPart": "calf", "symptom": "can't breathe"}))
    assert _said(response).startswith("Call 911 now") and _ends(response)
    assert "heel" not in _said(response)


def test_a_relief_request_below_the_emergency_tier_gets_the_advice_then_relief(ask):
    response = ask(intent("CrampReliefIntent",
                          {"bodyPart": "calf", "symptom": "swollen and hot"}))
    said = _said(response)
    calf = content.relief_for("calf")
    assert said.startswith("Get medical help today")
    assert said.index("urgent care") < said.index(content.plain_text(calf.steps[0]))
    assert not _ends(response)


# --- what never escalates ----------------------------------------------------------------

NOT_EMERGENCIES = [
    "my leg's cramping but i can breathe fine",
    "my calf is cramping but i can breathe",
    "no numbness or anything",
    "there's no swelling",
    "i'm not short of breath",
    "it's not an emergency just a cramp",
    "what if i have trouble breathing",
    "what if i can't breathe",
    "what if my pee is dark",
    "is slurred speech dangerous",
    "should i worry about chest pain",
    "when is a cramp dangerous",
]


@pytest.mark.parametrize("said", NOT_EMERGENCIES)
def test_negations_and_questions_name_no_emergency(said):
    flag = flag_in_words(said)
    assert flag is None or flag.tier is not E


def test_a_question_about_a_sign_gets_the_dangerous_signs_answer(ask):
    response = ask(intent(red_flags.DANGEROUS_SIGNS_INTENT, {"sign": "trouble breathing"}))
    assert response["response"]["card"]["title"] == content.answer_by_id("dangerous_signs").title
    assert not _ends(response)


def test_a_cramp_with_the_symptom_denied_gets_relief(ask):
    response = ask(intent("CrampReliefIntent", {"bodyPart": "calf"}))
    assert content.plain_text(content.relief_for("calf").steps[0]) in _said(response)


# --- the second net ----------------------------------------------------------------------


@pytest.mark.parametrize(("said", "flag_id"), [
    ("my husband got a cramp and now he's gasping for air", "trouble_breathing"),
    ("after a long run my wee came out brown", "dark_urine"),
    ("i cut my thumb gardening and my neck has gone stiff", "wound_stiffness"),
    ("i started some new tablets and my legs keep cramping", "medication_change"),
    ("it's been going for half an hour", "long_cramp"),
    ("calf cramp, no trouble breathing, it just hurts", None),
    ("my breathing is fine, it's only my foot", None),
    # "Not able to" is "can't", not a denial; "not stopping" denies nothing after it.
    ("my son is not able to breathe properly", "trouble_breathing"),
    ("it's not stopping, going on twenty minutes now", "long_cramp"),
    # A cramp that won't let go is a cramp until it passes ten minutes.
    ("my foot is knotted and won't let go", None),
    ("so many cramps this month", "daily_cramps"),
    ("so many people get cramps", None),
])
def test_the_word_detector(said, flag_id):
    flag = flag_in_words(said)
    assert (flag.id if flag else None) == flag_id


def test_words_the_grammar_cannot_place_still_escalate(ask):
    response = ask(intent(red_flags.WORDS_INTENT,
                          {"words": "wife has been cramping all evening and now she collapsed"}))
    assert _said(response).startswith("Call 911 for them now")
    response = ask(intent(red_flags.WORDS_INTENT, {"theirWords": "can barely get a breath in"}))
    assert _said(response).startswith("Call 911 for them now")


def test_a_why_question_with_a_see_a_doctor_sign_gets_its_answer(ask):
    # "Why do I keep getting cramps at night?" asks; the answer names the doctor itself.
    response = ask(intent(content.QUESTION_WORDS_INTENT,
                          {"question": "do i keep getting cramps every night"}))
    assert _said(response).startswith(
        content.plain_text(content.answer_by_id("night_cramps").speech)[:40])


def test_a_question_with_an_emergency_in_it_still_escalates(ask):
    response = ask(intent(content.QUESTION_WORDS_INTENT,
                          {"question": "do my lips feel swollen and i can't breathe"}))
    assert _said(response).startswith("Call 911 now")


def test_a_duration_we_cannot_read_is_still_read_for_a_flag(ask):
    response = ask(intent(content.DURATION_INTENT,
                          {"duration": "it's not easing off, over twenty minutes"}))
    assert "over ten minutes" in _said(response)


def test_words_with_a_cramp_and_no_flag_get_relief(ask):
    response = ask(intent(red_flags.WORDS_INTENT, {"words": "calf is killing me no swelling"}))
    assert content.plain_text(content.relief_for("calf").steps[0]) in _said(response)


# --- the safety net ----------------------------------------------------------------------


def _ends_with_the_net(text: str, locale: str = "en-US") -> bool:
    return text.endswith(f"If this is an emergency, call {NUMBERS[locale]}.")


@pytest.mark.parametrize("locale", sorted(NUMBERS))
def test_not_understood_at_the_top_level_ends_with_the_number(ask, locale):
    response = ask(intent("AMAZON.FallbackIntent", locale=locale))
    assert _ends_with_the_net(_said(response), locale)
    assert _ends_with_the_net(_reprompt(response), locale)


def test_not_understood_mid_stretch_ends_with_the_number(ask):
    attrs = {"guide": {"id": "calf", "side": 0, "step": 1}}
    response = ask(intent("AMAZON.FallbackIntent", session_attributes=attrs))
    assert _ends_with_the_net(_said(response)) and _ends_with_the_net(_reprompt(response))


@pytest.mark.parametrize("question", [{"ask": "duration", "body_part": "calf"}, {"ask": "delete"}])
def test_not_understood_after_a_diary_question_ends_with_the_number(ask, question):
    response = ask(intent("AMAZON.FallbackIntent", session_attributes={"diary_question": question}))
    assert _ends_with_the_net(_said(response)) and _ends_with_the_net(_reprompt(response))


def test_an_unknown_symptom_and_an_unclear_duration_end_with_the_number(ask):
    for response in (ask(intent("RedFlagIntent", {"symptom": "feeling kind of off"})),
                     ask(intent("CrampDurationIntent", {"duration": "a while"}))):
        assert _ends_with_the_net(_said(response)) and _ends_with_the_net(_reprompt(response))
