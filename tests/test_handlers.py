"""Unit tests per core handler: what the person hears, the cards, and the session."""

from __future__ import annotations

from skill import content
from skill.conversation.state import DISCLAIMER_GIVEN, LAST_SPEECH
from tests.support.envelopes import intent, launch, speech_of
from tests.support.pending import offer_of, offered

P = content.PROMPTS


def _body(response):
    return response["response"]


def test_launch_greets_with_disclaimer_once(ask):
    first = ask(launch())
    assert P.launch_greeting in speech_of(first)
    assert "not medical advice" in speech_of(first)
    assert "In an emergency, call your local emergency number." in speech_of(first)
    again = ask(launch(session_attributes=first["sessionAttributes"]))
    assert "not medical advice" not in speech_of(again)
    assert _body(first)["shouldEndSession"] is False


def test_relief_first_sentence_is_the_first_action(ask):
    response = ask(intent("CrampReliefIntent", {"bodyPart": "calf"},
                          session_attributes={DISCLAIMER_GIVEN: True}))
    calf = content.relief_for("calf")
    assert speech_of(response).startswith(f"<speak>{calf.steps[0]}")
    assert speech_of(response).endswith(f"{calf.offer}</speak>")
    assert offered(response) == f"stretch:{calf.stretch}"
    card = _body(response)["card"]
    assert card["type"] == "Simple" and content.plain_text(calf.steps[0]) in card["content"]


def test_relief_for_an_unknown_body_part_says_so_then_helps(ask):
    response = ask(intent("CrampReliefIntent", {"bodyPart": "earlobe"}))
    general = content.relief_for(None)
    assert speech_of(response).startswith(f"<speak>{P.unknown_body_part}")
    assert general.steps[0] in speech_of(response)


def test_relief_with_no_body_part_gives_the_general_steps(ask):
    response = ask(intent("CrampReliefIntent"))
    assert speech_of(response).startswith(f"<speak>{content.relief_for(None).steps[0]}")


def test_relief_with_a_symptom_escalates_instead(ask):
    response = ask(intent("CrampReliefIntent", {"bodyPart": "calf", "symptom": "can't breathe"}))
    assert speech_of(response).startswith("<speak>Call <say-as interpret-as='digits'>911</say-as>")
    assert _body(response)["shouldEndSession"] is True


def test_answer_intent_speaks_answer_and_offer_with_card(ask):
    night = content.answer_by_id("night_cramps")
    response = ask(intent(night.intent, session_attributes={DISCLAIMER_GIVEN: True}))
    assert speech_of(response) == f"<speak>{night.speech} {night.follow_up}</speak>"
    assert _body(response)["card"]["title"] == night.title
    assert offered(response) == night.yes_action


def test_topic_question_resolves_by_synonym(ask):
    night = content.answer_by_id("night_cramps")
    response = ask(intent("QuestionIntent", {"topic": night.topics[-1]}))
    assert night.speech in speech_of(response)


def test_unknown_topic_gets_a_helpful_answer(ask):
    response = ask(intent("QuestionIntent", {"topic": "quantum physics"}))
    assert content.fill_locale(P.unknown_topic, "en-US") in speech_of(response)
    assert _body(response)["shouldEndSession"] is False


def test_emergency_red_flag_uses_the_locale_number_and_ends(ask):
    for locale in content.LOCALES:
        response = ask(intent("RedFlagIntent", {"symptom": "can't breathe"}, locale=locale.code))
        assert locale.spoken_emergency_number in speech_of(response)
        assert _body(response)["shouldEndSession"] is True
        card = _body(response)["card"]["content"]
        assert locale.emergency_number in card and "{emergency_number}" not in card


def test_non_emergency_red_flag_keeps_the_conversation(ask):
    flag = content.long_cramp_flag()
    response = ask(intent("RedFlagIntent", {"symptom": flag.synonyms[0]}))
    spoken = content.plain_text(content.fill_locale(flag.speech, "en-US"))
    assert spoken in content.plain_text(speech_of(response))
    assert _body(response)["shouldEndSession"] is False
    # The card keeps the advice, not the spoken follow-up question.
    assert P.anything_else not in _body(response)["card"]["content"]


def test_red_flag_escalation_stops_audio_that_is_playing(ask):
    playing = {"playerActivity": "PLAYING", "token": "x", "offsetInMilliseconds": 5}
    body = intent("RedFlagIntent", {"symptom": "can't breathe"}, audio_player=playing)
    directives = _body(ask(body)).get("directives") or []
    assert {"type": "AudioPlayer.Stop"} in directives


def test_unknown_symptom_is_a_spoken_fallback(ask):
    response = ask(intent("RedFlagIntent", {"symptom": "purple elbows"}))
    assert "<say-as interpret-as='digits'>911</say-as>" in speech_of(response)
    assert _body(response)["shouldEndSession"] is False


def test_duration_over_ten_minutes_means_see_a_doctor(ask):
    for said in ("PT20M", "twenty minutes", "PT1H"):
        response = ask(intent("CrampDurationIntent", {"duration": said}))
        spoken = content.fill_locale(content.long_cramp_flag().speech, "en-US")
        assert content.plain_text(spoken) in content.plain_text(speech_of(response))


def test_short_duration_reassures_and_unclear_duration_asks_again(ask):
    short = ask(intent("CrampDurationIntent", {"duration": "PT2M"}))
    assert P.duration_within_limit in speech_of(short)
    unclear = ask(intent("CrampDurationIntent", {"duration": "a while"}))
    unclear_speech = content.fill_locale(P.duration_unclear, "en-US")
    assert speech_of(unclear) == f"<speak>{unclear_speech}</speak>"
    assert _body(unclear)["shouldEndSession"] is False


def test_yes_runs_the_offer_and_no_declines_it(ask):
    yes = ask(intent("AMAZON.YesIntent", session_attributes=offer_of("stretch:calf")))
    assert content.stretch_by_id("calf").steps[0].instruction in speech_of(yes)
    assert offered(yes) == ""
    no = ask(intent("AMAZON.NoIntent", session_attributes=offer_of("stretch:calf")))
    assert P.anything_else in speech_of(no)
    assert offered(no) == ""


def test_yes_with_nothing_offered_helps(ask):
    assert P.help in speech_of(ask(intent("AMAZON.YesIntent")))


def test_help_stop_cancel_fallback(ask):
    assert P.help in speech_of(ask(intent("AMAZON.HelpIntent")))
    for name in ("AMAZON.StopIntent", "AMAZON.CancelIntent"):
        response = ask(intent(name))
        assert P.goodbye in speech_of(response)
        assert _body(response)["shouldEndSession"] is True
    fallback = ask(intent("AMAZON.FallbackIntent"))
    assert content.fill_locale(P.fallback, "en-US") in speech_of(fallback)
    assert _body(fallback)["reprompt"]


def test_repeat_says_the_last_thing_again(ask):
    first = ask(intent("CrampReliefIntent", {"bodyPart": "calf"}))
    assert first["sessionAttributes"][LAST_SPEECH]
    again = ask(intent("AMAZON.RepeatIntent", session_attributes=first["sessionAttributes"]))
    assert speech_of(again) == speech_of(first)


def test_repeat_with_nothing_said_yet(ask):
    assert P.nothing_to_repeat in speech_of(ask(intent("AMAZON.RepeatIntent")))


def test_unknown_intent_gets_a_spoken_fallback(ask):
    response = ask(intent("SomethingNewIntent"))
    assert content.fill_locale(P.fallback, "en-US") in speech_of(response)


def test_session_ended_returns_an_empty_response(ask):
    from tests.support.envelopes import envelope

    response = ask(envelope({"type": "SessionEndedRequest", "reason": "ERROR",
                             "error": {"type": "INVALID_RESPONSE", "message": "x"}}))
    assert "outputSpeech" not in response["response"]


def test_a_failing_handler_apologises_aloud(ask, monkeypatch):
    from skill.conversation.handlers import relief

    def explode(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(relief.content, "relief_for", explode)
    response = ask(intent("CrampReliefIntent", {"bodyPart": "calf"}))
    assert content.fill_locale(P.error, "en-US") in speech_of(response)
    assert _body(response)["shouldEndSession"] is False
