"""Every content item, spoken in every locale, stays within Alexa's response limits."""

from __future__ import annotations

import pytest

from skill import content
from tests.support.envelopes import intent, launch
from tests.support.limits import assert_within_limits, break_millis
from tests.support.pending import offer_of

LOCALES = [loc.code for loc in content.LOCALES]


def _requests():
    yield "launch", launch()
    for answer in content.ANSWERS:
        yield f"answer:{answer.id}", intent(answer.intent)
        if answer.yes_action:
            yield f"yes:{answer.id}", intent("AMAZON.YesIntent",
                                              session_attributes=offer_of(answer.yes_action))
    for relief in content.RELIEFS:
        yield f"relief:{relief.body_part}", intent("CrampReliefIntent", {"bodyPart": relief.name})
        if relief.stretch:
            yield f"stretch:{relief.stretch}", intent(
                "AMAZON.YesIntent", session_attributes=offer_of(f"stretch:{relief.stretch}"))
    for flag in content.RED_FLAGS:
        yield f"flag:{flag.id}", intent("RedFlagIntent", {"symptom": flag.synonyms[0]})
    for name in ("AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.StopIntent"):
        yield name, intent(name)


REQUESTS = list(_requests())


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("label", "body"), REQUESTS, ids=[label for label, _ in REQUESTS])
def test_response_within_limits(ask, locale, label, body):
    body["request"]["locale"] = locale
    response = ask(body)
    assert_within_limits(response)
    assert response["response"].get("outputSpeech"), f"{label} said nothing"


def test_answers_and_relief_carry_cards(ask):
    for label, body in REQUESTS:
        if label.startswith(("answer:", "relief:", "flag:")):
            assert ask(body)["response"].get("card"), f"{label} has no card"


def test_the_limit_checks_can_fail():
    with pytest.raises(AssertionError):
        assert_within_limits({"response": {"outputSpeech": {"ssml": "<speak>a <b></speak>"}}})
    with pytest.raises(AssertionError):
        assert_within_limits({"response": {"outputSpeech": {
            "ssml": '<speak>a <break time="11s"/></speak>'}}})
    assert break_millis('<speak><break time="10s"/><break time="500ms"/></speak>') == [10000, 500]
