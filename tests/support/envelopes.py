"""Alexa request envelopes for tests, shaped like the real ones."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope

APPLICATION_ID = "amzn1.ask.skill.test-cramp-coach"
USER_ID = "amzn1.ask.account.TESTUSER"
DEVICE_ID = "amzn1.ask.device.TESTDEVICE"


def now_timestamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def envelope(
    request: dict[str, Any],
    *,
    locale: str = "en-US",
    session_attributes: dict[str, Any] | None = None,
    new_session: bool = False,
    with_session: bool = True,
    interfaces: dict[str, Any] | None = None,
    audio_player: dict[str, Any] | None = None,
    user_id: str = USER_ID,
    application_id: str = APPLICATION_ID,
    # A closed local port: no test ever reaches Amazon. Night-mode tests pass their fake server.
    api_endpoint: str = "http://127.0.0.1:9",
    api_access_token: str | None = "test-access-token",
) -> dict[str, Any]:
    request = {
        "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "timestamp": now_timestamp(),
        "locale": locale,
        **request,
    }
    system = {
        "application": {"applicationId": application_id},
        "user": {"userId": user_id},
        "device": {"deviceId": DEVICE_ID, "supportedInterfaces": interfaces or {}},
        "apiEndpoint": api_endpoint,
    }
    if api_access_token:
        system["apiAccessToken"] = api_access_token
    body: dict[str, Any] = {"version": "1.0", "context": {"System": system}, "request": request}
    if audio_player is not None:
        body["context"]["AudioPlayer"] = audio_player
    if with_session:
        body["session"] = {
            "new": new_session,
            "sessionId": "amzn1.echo-api.session.test",
            "application": {"applicationId": application_id},
            "attributes": session_attributes or {},
            "user": {"userId": user_id},
        }
    return body


def launch(**kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("new_session", True)
    return envelope({"type": "LaunchRequest"}, **kwargs)


def intent(name: str, slots: dict[str, str] | None = None, **kwargs: Any) -> dict[str, Any]:
    slot_json = {k: {"name": k, "value": v, "confirmationStatus": "NONE"}
                 for k, v in (slots or {}).items()}
    return envelope(
        {"type": "IntentRequest", "dialogState": "STARTED",
         "intent": {"name": name, "confirmationStatus": "NONE", "slots": slot_json}},
        **kwargs,
    )


def invoke(skill: CustomSkill, body: dict[str, Any]) -> dict[str, Any]:
    """Run one envelope through the skill in-process; return the response as JSON."""
    request_envelope = skill.serializer.deserialize(json.dumps(body), RequestEnvelope)
    response = skill.invoke(request_envelope=request_envelope, context=None)
    return skill.serializer.serialize(response)


def speech_of(response: dict[str, Any]) -> str:
    return (response.get("response", {}).get("outputSpeech") or {}).get("ssml", "")
