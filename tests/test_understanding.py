"""What the new understanding does for a person: name-free requests, answers to our own
questions, free words, locale words, and a model build that refuses a broken grammar."""

from __future__ import annotations

import pytest

from skill import content
from skill.content import grammar as phrasing
from skill.content import schema
from skill.content.followups import FOLLOW_UPS
from skill.content.scope import SCOPE
from skill.conversation.state import DISCLAIMER_GIVEN
from skill.language import limits, model, words
from tests.support.envelopes import envelope, intent, speech_of
from tests.support.pending import offered, stretch_in


def _can_fulfill(name: str, slots: dict[str, str] | None = None) -> dict:
    slot_json = {k: {"name": k, "value": v} for k, v in (slots or {}).items()}
    return envelope({"type": "CanFulfillIntentRequest",
                     "intent": {"name": name, "slots": slot_json}}, with_session=False)


def _verdict(response: dict) -> dict:
    return response["response"]["canFulfillIntent"]


# --- name-free requests --------------------------------------------------------------------

def test_can_fulfill_a_calf_cramp_without_saying_anything(ask):
    response = ask(_can_fulfill("CrampReliefIntent", {"bodyPart": "calf"}))
    assert _verdict(response) == {
        "canFulfill": "YES",
        "slots": {"bodyPart": {"canUnderstand": "YES", "canFulfill": "YES"}},
    }
    assert "outputSpeech" not in response["response"]


def test_can_fulfill_an_unknown_body_part_with_the_general_relief(ask):
    verdict = _verdict(ask(_can_fulfill("CrampReliefIntent", {"bodyPart": "earlobe"})))
    assert verdict["canFulfill"] == "MAYBE"
    assert verdict["slots"]["bodyPart"] == {"canUnderstand": "MAYBE", "canFulfill": "YES"}


def test_can_fulfill_questions_we_answer_and_not_topics_we_dont(ask):
    assert _verdict(ask(_can_fulfill("NightCrampsIntent")))["canFulfill"] == "YES"
    unknown = _verdict(ask(_can_fulfill("QuestionIntent", {"topic": "quantum physics"})))
    assert unknown["canFulfill"] == "NO"


@pytest.mark.parametrize("name", ["AMAZON.StopIntent", "DeleteDiaryIntent", "StillCrampingIntent",
                                  "SomeoneElsesIntent"])
def test_cannot_fulfill_built_ins_deletions_or_other_skills_intents(ask, name):
    assert _verdict(ask(_can_fulfill(name)))["canFulfill"] == "NO"


# --- answers to our own questions ----------------------------------------------------------

def test_still_cramping_after_relief_offers_the_stretch_again(ask):
    relief = ask(intent("CrampReliefIntent", {"bodyPart": "calf"},
                        session_attributes={DISCLAIMER_GIVEN: True}))
    still = ask(intent("StillCrampingIntent", session_attributes=relief["sessionAttributes"]))
    said = speech_of(still)
    assert "Keep going" in said and "over ten minutes" in said
    assert offered(still) == "stretch:calf"
    assert still["response"]["shouldEndSession"] is False


def test_cramp_gone_says_what_to_do_next_and_keeps_listening(ask):
    gone = ask(intent("CrampGoneIntent", session_attributes={DISCLAIMER_GIVEN: True}))
    assert speech_of(gone) == f"<speak>{FOLLOW_UPS.gone}</speak>"
    assert gone["response"]["shouldEndSession"] is False


def test_the_other_leg_mid_stretch_moves_to_the_other_side(ask):
    start = ask(intent("StretchIntent", {"stretch": "calf"},
                       session_attributes={DISCLAIMER_GIVEN: True}))
    attributes = start["sessionAttributes"]
    for _ in range(10):  # on through the first leg, until the stretch asks about the other
        if stretch_in(attributes)["side"] == 1:
            break
        attributes = ask(intent("OtherSideIntent", session_attributes=attributes))[
            "sessionAttributes"]
    assert stretch_in(attributes)["side"] == 1


def test_the_other_leg_with_no_stretch_running_asks_which(ask):
    response = ask(intent("OtherSideIntent", session_attributes={DISCLAIMER_GIVEN: True}))
    assert FOLLOW_UPS.other_side_outside in speech_of(response)


# --- free words ---------------------------------------------------------------------------

def test_a_free_worded_question_gets_its_answer(ask):
    response = ask(intent("QuestionWordsIntent", {"question": "do my feet cramp on long flights"},
                          session_attributes={DISCLAIMER_GIVEN: True}))
    assert content.answer_by_id("poor_circulation").speech in speech_of(response)


def test_a_question_plainly_not_ours_says_what_we_do_without_crying_wolf(ask):
    response = ask(intent("QuestionWordsIntent", {"question": "is the capital of france"}))
    assert speech_of(response) == f"<speak>{SCOPE.out_of_scope}</speak>"
    assert response["response"]["shouldEndSession"] is False


def test_a_health_question_we_cant_place_keeps_the_safety_net(ask):
    response = ask(intent("QuestionWordsIntent", {"question": "do i feel so dizzy"}))
    assert "If this is an emergency, call <say-as interpret-as='digits'>911" in speech_of(response)


def test_an_assistant_request_gets_what_we_do_and_no_emergency_line(ask):
    response = ask(intent("OutOfScopeIntent", {"request": "some music"}))
    assert speech_of(response) == f"<speak>{SCOPE.out_of_scope}</speak>"


def test_an_assistant_request_with_a_red_flag_in_it_escalates(ask):
    response = ask(intent("OutOfScopeIntent", {"request": "my mum's collapsed and won't wake up"}))
    assert speech_of(response).startswith("<speak>Call <say-as interpret-as='digits'>911")


def test_a_free_worded_question_with_a_red_flag_escalates(ask):
    response = ask(intent("QuestionWordsIntent", {"question": "can't i breathe with this cramp"}))
    assert speech_of(response).startswith("<speak>Call <say-as interpret-as='digits'>911")


def test_a_free_worded_diary_note_is_logged_with_what_it_names(ask):
    response = ask(intent("LogWordsIntent", {"entry": "a calf cramp after a long flight"},
                          session_attributes={DISCLAIMER_GIVEN: True}))
    said = speech_of(response)
    assert "calf" in said and "flight" in said


def test_a_carrier_that_is_a_word_of_the_message_is_put_back_before_the_detector(ask):
    # "dark pee after a hard run": the model passes on only "pee after a hard run".
    response = ask(intent("SymptomWordsIntent", {"darkWords": "pee after a hard run"}))
    assert speech_of(response).startswith("<speak>Call <say-as interpret-as='digits'>911")
    assert response["response"]["shouldEndSession"] is True


def test_a_body_part_carrier_keeps_its_body_part_and_its_denial(ask):
    # "calf cramp, no trouble breathing": relief for the calf, never an escalation.
    response = ask(intent("SymptomWordsIntent",
                          {"calfWords": "cramp no trouble breathing or anything"},
                          session_attributes={DISCLAIMER_GIVEN: True}))
    assert content.relief_for('calf').steps[0] in speech_of(response)


def test_someone_elses_possessive_is_worded_for_the_helper(ask):
    response = ask(intent("SymptomWordsIntent", {"theirWords": "speech is all slurred"}))
    assert "for them" in speech_of(response)


def test_free_words_of_nothing_ours_with_nobody_named_are_out_of_scope(ask):
    response = ask(intent("SymptomWordsIntent", {"words": "car battery is dead"}))
    assert speech_of(response) == f"<speak>{SCOPE.out_of_scope}</speak>"


def test_free_words_naming_someone_keep_the_safety_net(ask):
    response = ask(intent("SymptomWordsIntent", {"words": "wife is just lying there"}))
    assert "If this is an emergency, call <say-as interpret-as='digits'>911" in speech_of(response)


def test_asking_what_to_do_about_a_cramp_gets_relief_not_a_fact(ask):
    response = ask(intent("QuestionWordsIntent", {"question": "should i do for a foot cramp now"},
                          session_attributes={DISCLAIMER_GIVEN: True}))
    assert content.relief_for('foot').steps[0] in speech_of(response)


def test_a_stretch_asked_for_without_a_name_asks_which_without_crying_wolf(ask):
    response = ask(intent("OutOfScopeIntent", {"request": "some stretches"},
                          session_attributes={DISCLAIMER_GIVEN: True}))
    said = speech_of(response)
    assert content.GUIDE_TEXTS.which_stretch.split("{")[0].strip() in said
    assert "emergency" not in said


def test_a_question_about_stretches_for_a_body_part_gets_the_answer_not_a_stretch(ask):
    response = ask(intent("QuestionWordsIntent", {"question": "stretches are good for leg cramps"},
                          session_attributes={DISCLAIMER_GIVEN: True}))
    assert content.answer_by_id("stretches").speech in speech_of(response)


# --- free words that answer as one of our intents ------------------------------------------

def _said_again_as(ask, free: dict, built_in: dict) -> tuple[str, str]:
    """What the skill says to the free words, and to the intent they mean, in the same state."""
    return speech_of(ask(free)), speech_of(ask(built_in))


def test_yeah_go_on_then_after_an_offer_is_a_yes(ask):
    relief = ask(intent("CrampReliefIntent", {"bodyPart": "calf"},
                        session_attributes={DISCLAIMER_GIVEN: True}))
    attributes = relief["sessionAttributes"]
    assert offered(relief) == "stretch:calf"
    free, meant = _said_again_as(
        ask, intent("SymptomWordsIntent", {"leadYeahWords": "go on then"},
                    session_attributes=attributes),
        intent("AMAZON.YesIntent", session_attributes=attributes))
    assert free == meant
    assert content.stretch_by_id("calf").name.lower() in free.lower()


def test_hang_on_a_sec_mate_mid_stretch_is_a_wait(ask):
    start = ask(intent("StretchIntent", {"stretch": "calf"},
                       session_attributes={DISCLAIMER_GIVEN: True}))
    attributes = start["sessionAttributes"]
    free, meant = _said_again_as(
        ask, intent("SymptomWordsIntent", {"leadHangOnWords": "a sec mate"},
                    session_attributes=attributes),
        intent(content.WAIT_INTENT, session_attributes=attributes))
    assert free == meant


def test_wipe_the_whole_diary_asks_to_confirm_the_delete(ask):
    attributes = {DISCLAIMER_GIVEN: True}
    free, meant = _said_again_as(
        ask, intent("SymptomWordsIntent", {"leadWipeWords": "the whole diary"},
                    session_attributes=attributes),
        intent(content.DELETE_INTENT, session_attributes=attributes))
    assert free == meant


def test_free_words_are_routed_once_a_request(ask, monkeypatch):
    routed = []
    real = words.route_words
    monkeypatch.setattr(words, "route_words",  # every reading of free words goes through it
                        lambda said, *args, **kwargs: routed.append(said) or real(
                            said, *args, **kwargs))
    response = ask(intent("SymptomWordsIntent", {"words": "car battery is dead"}))
    assert speech_of(response) == f"<speak>{SCOPE.out_of_scope}</speak>"
    assert len(routed) == 1  # the interceptor's reading, and the handler answers from it


def test_a_body_part_alone_gets_its_relief(ask):
    # "calf": the carrier is the whole utterance, and its slot arrives empty.
    response = ask(intent("SymptomWordsIntent", {"calfWords": ""},
                          session_attributes={DISCLAIMER_GIVEN: True}))
    assert content.relief_for("calf").steps[0] in speech_of(response)


def test_a_question_that_starts_with_its_topic_gets_the_answer(ask):
    response = ask(intent(content.TOPIC_WORDS_INTENT, {"topicPotassiumWords": "dose"},
                          session_attributes={DISCLAIMER_GIVEN: True}))
    assert content.answer_by_id("potassium").speech.split(".")[0] in speech_of(response)


def test_a_question_at_the_end_of_a_statement_gets_its_answer(ask):
    words = "back spasmed after i moved the couch is that from overdoing it"
    response = ask(intent("SymptomWordsIntent", {"words": words},
                          session_attributes={DISCLAIMER_GIVEN: True}))
    assert content.answer_by_id("muscle_overuse").speech.split(".")[0] in speech_of(response)


def test_a_see_a_doctor_sign_said_with_nobody_knowing_why_stays_the_flag(ask):
    # "...and we don't know why" asks nothing: the daily-cramps flag answers, with its doctor.
    response = ask(intent("SymptomWordsIntent",
                          {"theirWords": "cramping every day and we don't know why"}))
    flag = content.red_flag_by_id("daily_cramps")
    assert flag.helper_speech.split(".")[0].split("{")[0] in speech_of(response)


@pytest.mark.parametrize(("said", "question", "answer"), [
    ("a runner how do i deal with cramps during races", False, "athletes"),
    ("is dark chocolate a good source of magnesium", False, "magnesium"),
    ("does pickle juice fix cramps", False, "pickle_juice"),
    ("cramp causes", False, "causes"),
    ("cramp prevention tips", False, "prevention"),
    ("what actually causes a charley horse", False, "causes"),  # a charley horse is a cramp
    ("a good stretch for neck cramps", True, "stretches"),  # which stretch, not a guided one
    ("symptoms with a cramp mean it's an emergency", True, "dangerous_signs"),
])
def test_everyday_questions_reach_their_answer(said, question, answer):
    found = words.route_words(said, "en-US", question=question).answer
    assert found is not None and found.id == answer


def test_asking_which_signs_mean_an_emergency_still_hears_a_sign_said_after_it():
    said = "symptoms with a cramp mean it's an emergency my dad can't breathe"
    found = words.route_words(said, "en-US", question=True).flag
    assert found is not None and found.id == "trouble_breathing"


@pytest.mark.parametrize(("said", "meant"), [
    ("yeah go on then", "AMAZON.YesIntent"),
    ("nah not right now", "AMAZON.NoIntent"),
    ("wait what did you say", "AMAZON.RepeatIntent"),
    ("go back a bit", "AMAZON.PreviousIntent"),
    ("now other leg", content.OTHER_SIDE_INTENT),
    ("brilliant it's stopped", content.CRAMP_GONE_INTENT),
    ("not yet it's still tight", content.STILL_CRAMPING_INTENT),
    ("get rid of everything in my diary", content.DELETE_INTENT),
])
def test_free_words_answer_as_the_intent_they_mean(said, meant):
    assert words.intent_in_words(said, "en-US") == meant


@pytest.mark.parametrize("said", [
    "is magnesium good",  # a question, not "it's gone, good"
    "hang on my calf is cramping again",  # a cramp, not a wait
    "wait what was the thing about magnesium",  # a question, not a wait
    "i'm not really sure what causes cramps",  # not "still cramping"
    "my calf has gone again",  # in en-GB, the cramp is back
])
def test_free_words_about_something_else_are_no_control(said):
    assert words.intent_in_words(said, "en-US") is None


@pytest.mark.parametrize(("said", "flag"), [
    ("daughter is getting fits", "seizure"),
    ("leg's really pale and cold", "cold_pale_limb"),
    ("old man's got a crushing feeling in his chest", "chest_pain"),
    ("throat feels like it's closing up", "throat_swelling"),
])
def test_signs_said_loosely_are_still_found(said, flag):
    found = words.route_words(said, "en-US").flag
    assert found is not None and found.id == flag


# --- locale words -------------------------------------------------------------------------

def test_locale_words_fill_in_one_pass_with_the_number():
    text = "Call {emergency_number}, then see {a_doctor} or {a_physio}. Keep {unknown}."
    assert content.fill_locale(text, "en-GB", spoken=False) == (
        "Call 999, then see a GP or a physio. Keep {unknown}.")
    assert content.fill_locale(text, "en-US", spoken=False) == (
        "Call 911, then see a doctor or a physical therapist. Keep {unknown}.")


def test_a_british_listener_hears_gp_in_an_answer(ask):
    answer = next(a for a in content.ANSWERS if "{doctor}" in a.speech or "{a_doctor}" in a.speech)
    response = ask(intent(answer.intent, locale="en-GB",
                          session_attributes={DISCLAIMER_GIVEN: True}))
    assert "GP" in speech_of(response) and "{" not in speech_of(response)


# --- the build refuses a broken grammar, naming the template --------------------------------

@pytest.fixture
def extra_relief(monkeypatch):
    """Add templates to CrampReliefIntent for one build."""
    def add(*templates: str) -> None:
        monkeypatch.setitem(phrasing.LOCALE_SAMPLES, "en-US",
                            {"CrampReliefIntent": tuple(templates)})
        model.expanded_intents.cache_clear()
        model.expanded_slot_types.cache_clear()
    yield add
    model.expanded_intents.cache_clear()
    model.expanded_slot_types.cache_clear()


def test_a_sample_in_two_intents_fails_naming_both_templates(extra_relief):
    extra_relief("[(what's|what is)] (the weather|a cramp)")
    with pytest.raises(model.ModelError) as error:
        model.language_model("en-US")
    assert "(the weather|a cramp)" in str(error.value) and "CrampReliefIntent" in str(error.value)


def test_an_undeclared_slot_fails_naming_the_template(extra_relief):
    extra_relief("my {elbow} hurts")
    with pytest.raises(model.ModelError, match="my \\{elbow\\} hurts.*undeclared"):
        model.language_model("en-US")


@pytest.mark.parametrize("bad", ["my calf hurts 2 much", "open the calf", "my calf, it hurts"])
def test_a_sample_breaking_alexas_rules_fails(extra_relief, bad):
    extra_relief(bad)
    with pytest.raises(model.ModelError, match=repr(bad).strip("'")[:10]):
        model.language_model("en-US")


def test_a_model_over_alexas_size_limit_fails(monkeypatch):
    monkeypatch.setattr(limits, "MAX_MODEL_BYTES", 1000)
    with pytest.raises(model.ModelError, match="over Alexa's 1,000"):
        model.language_model("en-US")


def test_the_built_models_are_within_alexas_limits():
    for locale in content.LOCALES:
        built = model.language_model(locale.code)
        assert len(model.render_json(built).encode()) <= limits.MAX_MODEL_BYTES
        language = built["interactionModel"]["languageModel"]
        assert len(language["intents"]) <= limits.MAX_INTENTS
        intents_and_types = len(language["intents"]) + len(language["types"])
        assert intents_and_types <= limits.MAX_INTENTS_AND_SLOT_TYPES


def test_wide_templates_keep_their_bounds():
    wide = schema.Wide("(a|b) (c|d)", 3, 10)
    assert phrasing.budget_for(wide) == 3 and phrasing.whole_for(wide) == 10
    assert phrasing.budget_for("(a|b)") == phrasing.whole_for("(a|b)")
