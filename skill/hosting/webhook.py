"""The web app: ``POST /alexa``, ``GET /healthz``, ``GET /audio/<file>``, ``/privacy``, ``/terms``.

Kept apart from the skill logic: this module only checks the HTTP request, parses the body
once, runs the verifiers (skill.hosting.verification) through the SDK's WebserviceSkillHandler
(fed the parsed body) and hands the envelope to the skill built by ``build_skill``. Every
refusal is a 4xx with a short JSON reason; no input can produce a 500 or a stack trace.
"""

from __future__ import annotations

# verification imports skill.hosting.compat, which must run before the SDK's webservice module.
from . import verification

# isort: split

import json
import logging
import time
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_model import RequestEnvelope
from ask_sdk_runtime.exceptions import AskSdkException
from ask_sdk_webservice_support.webservice_handler import WebserviceSkillHandler
from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import ClientDisconnected, HTTPException, RequestEntityTooLarge

from ..audio.serving import register_audio_routes
from ..config import Config
from ..conversation.serializer import ModelSerializer
from ..conversation.skill_builder import build_skill
from .legal_pages import legal_blueprint
from .read_deadline import READ_DEADLINES
from .request_arrival import ARRIVAL_SECONDS, MAX_BODY_BYTES, WHOLE_ENVIRON_KEY
from .request_log import LOGGED_ENVIRON_KEY, configure_logging, describe, log_bug, log_request

log = logging.getLogger(__name__)

JSON_MIMETYPE = "application/json"


class Refused(Exception):
    """Ends a request with a 4xx and a short reason."""

    def __init__(self, status: int, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.detail = detail


# Alexa always sends a session with these (only AudioPlayer, PlaybackController and skill
# events come without one).
SESSION_REQUEST_TYPES = ("LaunchRequest", "IntentRequest", "SessionEndedRequest")


def envelope_problem(body: Any) -> str | None:
    """Why a parsed body is not a request envelope we can hand to the skill, or None.

    Alexa always sends these parts, and the SDK reaches for context.System before any
    handler runs; the SDK's deserializer checks everything else.
    """
    if not isinstance(body, dict):
        return "envelope is not an object"
    if not isinstance(body.get("version"), str):
        return "no version"
    req = body.get("request")
    if not isinstance(req, dict):
        return "no request"
    if not isinstance(req.get("type"), str) or not req["type"]:
        return "no request type"
    if not isinstance(req.get("requestId"), str):
        return "no request id"
    if not isinstance(req.get("timestamp"), str):
        return "no timestamp"
    context = body.get("context")
    system = context.get("System") if isinstance(context, dict) else None
    if not isinstance(system, dict):
        return "no context.System"
    application = system.get("application")
    if not isinstance(application, dict) or not isinstance(application.get("applicationId"), str):
        return "no application id"
    session = body.get("session")
    if session is not None and not isinstance(session, dict):
        return "session is not an object"
    if session is None and req["type"] in SESSION_REQUEST_TYPES:
        return "no session"
    if req["type"] == "IntentRequest":
        intent = req.get("intent")
        if not isinstance(intent, dict) or not isinstance(intent.get("name"), str):
            return "no intent"
    return None


def _read_envelope() -> tuple[str, Any]:
    """The raw body (as text, byte-exact) and its parsed JSON, or Refused."""
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise Refused(413, "body too large")
    if request.mimetype != JSON_MIMETYPE:
        raise Refused(400, "content type must be application/json")
    try:
        if request.environ.get(WHOLE_ENVIRON_KEY):  # our web worker read it all already
            raw = request.get_data(cache=True)
        else:  # a body still arriving after this is refused (skill.hosting.read_deadline)
            with READ_DEADLINES.watch(request.environ.get("gunicorn.socket"), ARRIVAL_SECONDS):
                raw = request.get_data(cache=True)
    except RequestEntityTooLarge:
        raise Refused(413, "body too large") from None
    except (ClientDisconnected, OSError):
        raise Refused(408, "body not received in time") from None
    if request.content_length is not None and len(raw) < request.content_length:
        raise Refused(408, "body not received in time")
    if request.content_length is None and len(raw) >= MAX_BODY_BYTES:
        # A chunked body is cut off at the limit rather than refused; refuse it here.
        raise Refused(413, "body too large")
    try:
        text = raw.decode("utf-8")
        return text, json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Refused(400, "body is not JSON") from None


# Refusals that leave (some of) the body unread: the connection is not reused after them.
UNREAD_BODY_STATUSES = (408, 413)


class OneParseSkillHandler(WebserviceSkillHandler):
    """The SDK's web-service handler, fed the body the webhook has already parsed: the same
    verifiers, ``invoke`` and serialization as ``verify_request_and_dispatch``, without
    parsing the JSON a second time."""

    def dispatch_parsed(self, headers: dict[str, Any], text: str, body: Any) -> Any:
        envelope = envelope_from(self._skill.serializer, body, text)
        for verifier in self._verifiers:
            verifier.verify(headers=headers, serialized_request_env=text,
                            deserialized_request_env=envelope)
        response = self._skill.invoke(request_envelope=envelope, context=None)
        return self._skill.serializer.serialize(response)


def envelope_from(serializer: Any, body: Any, text: str) -> RequestEnvelope:
    """The request envelope of an already-parsed body. Our skill's ``ModelSerializer`` takes
    the parsed body; any other serializer (the SDK's only take text) gets the text."""
    if isinstance(serializer, ModelSerializer):
        return serializer.from_parsed(body, RequestEnvelope)
    return serializer.deserialize(payload=text, obj_type=RequestEnvelope)


def _dispatch(handler: OneParseSkillHandler, text: str, body: Any) -> Any:
    problem = envelope_problem(body)
    if problem:
        raise Refused(400, "not an Alexa request", problem)
    try:
        return handler.dispatch_parsed(dict(request.headers), text, body)
    except verification.RequestRejected as rejected:
        raise Refused(rejected.status, rejected.reason, rejected.detail) from None
    except SerializationException as error:  # its message quotes the request: type only
        raise Refused(400, "not an Alexa request", type(error).__name__) from None
    except AskSdkException as error:
        if "Skill ID" in str(error):  # the SDK's own check, when skill_id is on the builder
            raise Refused(400, "foreign skill id", str(error)) from None
        raise


def create_app(config: Config | None = None) -> Flask:
    """The Flask app serving the skill. Configuration defaults to the environment."""
    config = config or Config.from_env()
    configure_logging(config.log_level)
    if not config.verify_requests:
        log.warning(
            "VERIFY_REQUESTS is off: Alexa request signatures and timestamps are NOT checked. "
            "Use this for local development only."
        )
    elif not config.skill_id:
        log.warning("SKILL_ID is not set: signed requests for ANY skill will be answered.")

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    skill = build_skill(config)
    handler = OneParseSkillHandler(
        skill,
        verify_signature=False,  # the SDK's stock verifier relies on certvalidator/oscrypto
        verify_timestamp=False,  # ours gives a reason and reads naive timestamps as UTC
        verifiers=verification.build_verifiers(config),
    )

    @app.post("/alexa", provide_automatic_options=False)
    def alexa() -> tuple[Response, int]:
        started = time.perf_counter()
        request_type = intent = "-"
        try:
            text, body = _read_envelope()
            request_type, intent = describe(body)
            result = _dispatch(handler, text, body)
            status, payload, outcome, reason, detail = 200, result, "ok", None, None
        except Refused as refused:
            status, payload = refused.status, {"error": refused.reason}
            outcome, reason, detail = "rejected", refused.reason, refused.detail
        except Exception as error:  # a bug; the caller still gets a short answer, not a 500
            log_bug(log, "request could not be handled", error)
            status, payload = 400, {"error": "request could not be handled"}
            outcome, reason, detail = "failed", "request could not be handled", None
        log_request(
            request_type=request_type, intent=intent,
            latency_ms=(time.perf_counter() - started) * 1000,
            outcome=outcome, status=status, reason=reason, detail=detail,
        )
        request.environ[LOGGED_ENVIRON_KEY] = True
        reply = jsonify(payload)
        if status in UNREAD_BODY_STATUSES:
            reply.headers["Connection"] = "close"  # honoured by skill.hosting.gunicorn_worker
        return reply, status

    @app.get("/healthz")
    def healthz() -> tuple[Response, int]:
        """ok only when the store can be used: a deleted file is recreated, a corrupt one
        fails this check (503) so the platform takes the service out of rotation."""
        adapter = skill.persistence_adapter
        problem = adapter.health() if hasattr(adapter, "health") else None
        if problem:
            return jsonify(status="unavailable", store=problem), 503
        return jsonify(status="ok"), 200

    register_audio_routes(app, skill.services.audio)  # the clips the skill plays, served
    app.register_blueprint(legal_blueprint())
    _register_error_handlers(app)
    return app


def _register_error_handlers(app: Flask) -> None:
    @app.errorhandler(Exception)
    def json_error(error: Exception) -> tuple[Response, int]:
        if isinstance(error, HTTPException):
            code = error.code or 400
            reason = "body too large" if code == 413 else (error.name or "error").lower()
            return jsonify(error=reason), code
        log_bug(log, "unhandled error", error)
        return jsonify(error="internal error"), 500
