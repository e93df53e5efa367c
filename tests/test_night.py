"""Night mode: the device's time zone from a local fake Settings API; shorter, softer speech
from 22:00 to 07:00; day mode whenever the time zone can't be had."""

from __future__ import annotations

import pytest

from skill import content
from skill.config import Config
from skill.content import guide as guide_content
from skill.conversation import night
from skill.conversation.skill_builder import build_skill
from skill.conversation.ssml import soft
from skill.conversation.state import DISCLAIMER_GIVEN
from tests.support.envelopes import DEVICE_ID, intent, invoke, launch, speech_of
from tests.support.fake_settings_api import FakeSettingsApi
from tests.support.limits import assert_within_limits
from tests.support.night import DAY_ZONE, NIGHT_ZONE, at, handler_input_for, known_zone

SOFT_OPEN = '<speak><prosody rate="90%" volume="soft">'
P = content.PROMPTS


@pytest.fixture
def settings_api(tmp_path, monkeypatch):
    with FakeSettingsApi(tmp_path / "settings-api") as api:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(api.ca_bundle))
        yield api


def _launch(api, **kwargs):
    return at(launch(api_endpoint=api.url, **kwargs))


def test_night_time_zone_makes_speech_soft(ask, settings_api):
    settings_api.time_zone = NIGHT_ZONE  # 08:00 UTC is 03:00 in New York
    response = ask(_launch(settings_api))
    assert speech_of(response).startswith(SOFT_OPEN)
    assert speech_of(response).endswith("</prosody></speak>")
    reprompt = response["response"]["reprompt"]["outputSpeech"]["ssml"]
    assert reprompt.startswith(SOFT_OPEN)
    assert_within_limits(response)
    # Read through the SDK's service client: the device id, and the request's own token.
    assert settings_api.calls == [(DEVICE_ID, "Bearer test-access-token")]


def test_day_time_zone_keeps_normal_speech(ask, settings_api):
    settings_api.time_zone = DAY_ZONE  # 08:00 in London
    response = ask(_launch(settings_api))
    assert "<prosody" not in speech_of(response)
    assert P.launch_greeting in speech_of(response)
    assert len(settings_api.calls) == 1


def test_time_zone_is_read_once_per_session(ask, settings_api):
    settings_api.time_zone = NIGHT_ZONE
    first = ask(_launch(settings_api))
    assert first["sessionAttributes"][night.TIME_ZONE] == NIGHT_ZONE
    second = ask(at(intent("AMAZON.HelpIntent", api_endpoint=settings_api.url,
                           session_attributes=first["sessionAttributes"])))
    assert speech_of(second).startswith(SOFT_OPEN)
    assert len(settings_api.calls) == 1


@pytest.mark.parametrize(
    ("utc", "zone", "is_night"),
    [
        ("2025-01-15T22:00:00Z", "Etc/UTC", True),
        ("2025-01-15T21:59:00Z", "Etc/UTC", False),
        ("2025-01-15T06:59:00Z", "Etc/UTC", True),
        ("2025-01-15T07:00:00Z", "Etc/UTC", False),
        ("2025-01-15T03:00:00Z", "Asia/Kolkata", False),  # 08:30 in India
        ("2025-07-15T05:30:00Z", "Europe/London", True),  # 06:30 BST: summer time counts
    ],
)
def test_night_is_22_to_7_on_the_device_clock(ask, settings_api, utc, zone, is_night):
    settings_api.time_zone = zone
    response = ask(at(launch(api_endpoint=settings_api.url), utc))
    assert speech_of(response).startswith(SOFT_OPEN) is is_night


@pytest.mark.parametrize(
    ("label", "status", "body"),
    [
        ("server error", 500, None),
        ("forbidden", 403, None),
        ("throttled", 429, None),
        ("not json", 200, "<html>oops</html>"),
        ("no content", 204, ""),
        ("unknown zone", 200, '"Mars/Olympus_Mons"'),
        ("path in zone", 200, '"../../etc/passwd"'),
        ("not a string", 200, '{"zone": "America/New_York"}'),
    ],
)
def test_api_errors_fall_back_to_day_mode(ask, settings_api, label, status, body):
    settings_api.status, settings_api.body = status, body
    response = ask(_launch(settings_api))
    assert P.launch_greeting in speech_of(response), label
    assert "<prosody" not in speech_of(response), label
    assert len(settings_api.calls) == 1
    # The failure is remembered for the session: no second slow call.
    again = ask(at(intent("AMAZON.HelpIntent", api_endpoint=settings_api.url,
                          session_attributes=response["sessionAttributes"])))
    assert P.help in speech_of(again)
    assert len(settings_api.calls) == 1


def test_timeout_falls_back_to_day_mode(settings_api):
    # The fake answers "night" only after 5 s; the client gives up long before.
    settings_api.time_zone, settings_api.delay = NIGHT_ZONE, 5
    skill = build_skill(Config(verify_requests=False, settings_api_timeout=0.4))
    response = invoke(skill, _launch(settings_api))
    assert P.launch_greeting in speech_of(response)
    assert "<prosody" not in speech_of(response)
    assert len(settings_api.calls) == 1


def test_no_token_means_day_mode_without_a_call(ask, settings_api):
    settings_api.time_zone = NIGHT_ZONE
    response = ask(_launch(settings_api, api_access_token=None))
    assert "<prosody" not in speech_of(response)
    assert settings_api.calls == []


def test_unreachable_api_means_day_mode(ask):
    body = at(launch(api_endpoint="https://127.0.0.1:9"))  # nothing listens on port 9
    response = ask(body)
    assert P.launch_greeting in speech_of(response)
    assert "<prosody" not in speech_of(response)


def test_plain_http_endpoint_is_refused(ask, settings_api):
    settings_api.time_zone = NIGHT_ZONE
    response = ask(at(launch(api_endpoint=settings_api.url.replace("https", "http"))))
    assert "<prosody" not in speech_of(response)
    assert settings_api.calls == []


# --- the disclaimer ------------------------------------------------------------------------

def test_first_night_request_carries_the_disclaimer(ask):
    response = ask(at(launch(session_attributes=known_zone(NIGHT_ZONE))))
    assert "not medical advice" in speech_of(response)
    assert response["sessionAttributes"][night.NIGHT_SEEN] is True


def test_disclaimer_not_repeated_after_the_first_night_request(ask):
    # A session that has had a night-time request, then lost its other attributes
    # (a red flag clears the session): still no second disclaimer tonight.
    attrs = known_zone(NIGHT_ZONE, **{night.NIGHT_SEEN: True})
    response = ask(at(intent("CrampReliefIntent", {"bodyPart": "calf"}, session_attributes=attrs)))
    assert content.relief_for("calf").steps[0] in speech_of(response)
    assert "not medical advice" not in speech_of(response)
    # By day the same session state does not hold the disclaimer back.
    day = ask(at(intent("CrampReliefIntent", {"bodyPart": "calf"},
                        session_attributes=known_zone(DAY_ZONE, **{night.NIGHT_SEEN: True}))))
    assert "not medical advice" in speech_of(day)


def test_red_flag_then_relief_at_night_gives_no_second_disclaimer(ask):
    flag = next((f for f in content.RED_FLAGS if f.tier is not content.Tier.EMERGENCY), None)
    if flag is None:
        pytest.skip("the content has no non-emergency red flag yet")
    first = ask(at(launch(session_attributes=known_zone(NIGHT_ZONE))))
    assert "not medical advice" in speech_of(first)
    escalation = ask(at(intent("RedFlagIntent", {"symptom": flag.synonyms[0]},
                               session_attributes=first["sessionAttributes"])))
    assert escalation["response"]["shouldEndSession"] is False
    relief = ask(at(intent("CrampReliefIntent", {"bodyPart": "calf"},
                           session_attributes=escalation["sessionAttributes"])))
    assert "not medical advice" not in speech_of(relief)


# --- what changes at night -----------------------------------------------------------------

def test_red_flag_escalation_keeps_full_volume_at_night(ask):
    flag = content.RED_FLAGS[0]
    response = ask(at(intent("RedFlagIntent", {"symptom": flag.synonyms[0]},
                             session_attributes=known_zone(NIGHT_ZONE))))
    assert "<prosody" not in speech_of(response)
    assert content.plain_text(flag.speech.split("{")[0]) in content.plain_text(speech_of(response))


def _stretch(ask, zone):
    return ask(at(intent("StretchIntent", {"stretch": "calf"},
                         session_attributes=known_zone(zone, **{DISCLAIMER_GIVEN: True}))))


def test_no_chimes_and_fewer_words_at_night(ask):
    day, late = _stretch(ask, DAY_ZONE), _stretch(ask, NIGHT_ZONE)
    assert "<audio" in speech_of(day)
    assert "<audio" not in speech_of(late)
    assert guide_content.DAY.intro.format(name="calf stretch") in speech_of(day)
    assert guide_content.NIGHT.intro.format(name="calf stretch") in speech_of(late)
    assert len(content.plain_text(speech_of(late)).split()) < len(
        content.plain_text(speech_of(day)).split())
    # The holds are the same length: night changes the words, not the stretch.
    assert speech_of(late).count('<break time="10s"/>') == speech_of(day).count(
        '<break time="10s"/>')
    assert_within_limits(late)


def test_chimes_allowed_follows_night(skill):
    """The helper other features (audio routines) ask before playing a chime."""
    def chimes(zone):
        body = at(launch(session_attributes=known_zone(zone)))
        return night.chimes_allowed(handler_input_for(skill, body))

    assert chimes(DAY_ZONE) is True
    assert chimes(NIGHT_ZONE) is False
    assert guide_content.NIGHT.chime == ""


# --- soften() ------------------------------------------------------------------------------

def test_soften_wraps_text_and_leaves_clips_outside():
    clip = "<audio src='https://example.com/a.mp3'/>"
    out = night.soften(f"<speak>Breathe. {clip} Now relax.</speak>")
    assert out == f"<speak>{soft('Breathe. ')}{clip}{soft(' Now relax.')}</speak>"


def test_soften_is_idempotent_and_keeps_nested_clips_valid():
    once = night.soften("<speak>Hello.</speak>")
    assert night.soften(once) == once
    nested = "<speak><p>Hi <audio src='https://example.com/a.mp3'/> there</p></speak>"
    out = night.soften(nested)
    assert_within_limits({"response": {"outputSpeech": {"ssml": out}}})
    assert out.startswith(SOFT_OPEN)
