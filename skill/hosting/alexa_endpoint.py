"""``POST /alexa``, the one route Alexa calls, as a plain WSGI app in front of Flask.

It checks the HTTP request, parses the body once, runs the verifiers
(skill.hosting.verification) through the SDK's WebserviceSkillHandler (fed the parsed body),
hands the envelope to the skill and answers in JSON, with one log line. Every refusal is a
4xx with a short JSON reason; no input can produce a 500 or a stack trace.

Why not a Flask view: this route is nearly all the traffic, and Flask's request context,
routing and response object cost about a fifth of a request's CPU here (see the README's
Performance section). The other routes stay in Flask (skill.hosting.webhook).
"""

from __future__ import annotations

# verification imports skill.hosting.compat, which must run before the SDK's webservice module.
from . import verification

# isort: split

import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_model import RequestEnvelope
from ask_sdk_runtime.exceptions import AskSdkException
from ask_sdk_webservice_support.webservice_handler import WebserviceSkillHandler
from werkzeug.exceptions import ClientDisconnected, RequestEntityTooLarge
from werkzeug.http import HTTP_STATUS_CODES
from werkzeug.wsgi import get_content_length, get_input_stream

from ..conversation.serializer import ModelSerializer
from .read_deadline import READ_DEADLINES
from .request_arrival import ARRIVAL_SECONDS, MAX_BODY_BYTES, WHOLE_ENVIRON_KEY
from .request_log import LOGGED_ENVIRON_KEY, UNKNOWN, describe, log_bug, log_request

log = logging.getLogger(__name__)

ALEXA_PATH = "/alexa"
JSON_MIMETYPE = "application/json"
StartResponse = Callable[..., Any]


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


def read_envelope(environ: dict[str, Any]) -> tuple[str, Any]:
    """The raw body (as text, byte-exact) and its parsed JSON, or Refused."""
    content_length = get_content_length(environ)  # None when chunked
    if content_length is not None and content_length > MAX_BODY_BYTES:
        raise Refused(413, "body too large")
    # Spaces and tabs only, as werkzeug strips them: "application/json\xa0" is not JSON's type.
    mimetype = environ.get("CONTENT_TYPE", "").partition(";")[0].strip(" \t").lower()
    if mimetype != JSON_MIMETYPE:
        raise Refused(400, "content type must be application/json")
    try:
        if environ.get(WHOLE_ENVIRON_KEY) and content_length is not None:
            raw = environ["wsgi.input"].read(content_length)  # in memory: our web worker's
        elif environ.get(WHOLE_ENVIRON_KEY):
            raw = _read_body(environ)
        else:  # a body still arriving after this is refused (skill.hosting.read_deadline)
            with READ_DEADLINES.watch(environ.get("gunicorn.socket"), ARRIVAL_SECONDS):
                raw = _read_body(environ)
    except RequestEntityTooLarge:
        raise Refused(413, "body too large") from None
    except (ClientDisconnected, OSError):
        raise Refused(408, "body not received in time") from None
    if content_length is not None and len(raw) < content_length:
        raise Refused(408, "body not received in time")
    if content_length is None and len(raw) >= MAX_BODY_BYTES:
        # A chunked body is cut off at the limit rather than refused; refuse it here.
        raise Refused(413, "body too large")
    try:
        text = raw.decode("utf-8")
        return text, json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Refused(400, "body is not JSON") from None


def _read_body(environ: dict[str, Any]) -> bytes:
    """The body, read no further than its length or the limit (werkzeug's safe stream)."""
    return get_input_stream(environ, max_content_length=MAX_BODY_BYTES).read()


_CONTENT_HEADERS = (("CONTENT_TYPE", "Content-Type"), ("CONTENT_LENGTH", "Content-Length"))
_NOT_HEADERS = frozenset({"HTTP_CONTENT_TYPE", "HTTP_CONTENT_LENGTH"})


def request_headers(environ: dict[str, Any]) -> dict[str, Any]:
    """The request's headers, named as werkzeug's ``EnvironHeaders`` names them, in a plain
    dict (a third of the time; the verifiers look names up without regard to case)."""
    headers = {key[5:].replace("_", "-").title(): value for key, value in environ.items()
               if key[:5] == "HTTP_" and key not in _NOT_HEADERS}
    for key, name in _CONTENT_HEADERS:
        value = environ.get(key)
        if value:
            headers[name] = value
    return headers


# Refusals that leave (some of) the body unread: the connection is not reused after them.
UNREAD_BODY_STATUSES = (408, 413)


class OneParseSkillHandler(WebserviceSkillHandler):
    """The SDK's web-service handler, fed the body the endpoint has already parsed: the same
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


def json_bytes(payload: Any) -> bytes:
    """``payload`` as compact ASCII JSON and a newline, keys in the order given (Flask's
    ``jsonify`` sorted them; the SDK writes a response's keys in its model's order)."""
    return (json.dumps(payload, separators=(",", ":")) + "\n").encode()


def json_reply(start_response: StartResponse, status: int, data: bytes,
               extra_headers: Iterable[tuple[str, str]] = ()) -> list[bytes]:
    """Answer with ``data``, JSON from ``json_bytes``."""
    headers = [("Content-Type", JSON_MIMETYPE), ("Content-Length", str(len(data))),
               *extra_headers]
    start_response(f"{status} {HTTP_STATUS_CODES.get(status, 'Error')}", headers)
    return [data]


class AlexaEndpoint:
    """The WSGI app for ``ALEXA_PATH``: POST is answered, any other method gets a 405."""

    def __init__(self, handler: OneParseSkillHandler) -> None:
        self._handler = handler

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":  # no line of ours: the access log has it
            reply = json_reply(start_response, 405, json_bytes({"error": "method not allowed"}),
                               [("Allow", "POST")])
            return [] if environ.get("REQUEST_METHOD") == "HEAD" else reply
        started = time.perf_counter()
        request_type = intent = UNKNOWN
        try:
            text, body = read_envelope(environ)
            request_type, intent = describe(body)
            data = json_bytes(self._dispatch(environ, text, body))
            status, outcome, reason, detail = 200, "ok", None, None
        except Refused as refused:
            status, data = refused.status, json_bytes({"error": refused.reason})
            outcome, reason, detail = "rejected", refused.reason, refused.detail
        except Exception as error:  # a bug; the caller still gets a short answer, not a 500
            log_bug(log, "request could not be handled", error)
            status, data = 400, json_bytes({"error": "request could not be handled"})
            outcome, reason, detail = "failed", "request could not be handled", None
        log_request(
            request_type=request_type, intent=intent,
            latency_ms=(time.perf_counter() - started) * 1000,
            outcome=outcome, status=status, reason=reason, detail=detail,
        )
        environ[LOGGED_ENVIRON_KEY] = True
        # honoured by skill.hosting.gunicorn_worker
        closing = [("Connection", "close")] if status in UNREAD_BODY_STATUSES else []
        return json_reply(start_response, status, data, closing)

    def _dispatch(self, environ: dict[str, Any], text: str, body: Any) -> Any:
        problem = envelope_problem(body)
        if problem:
            raise Refused(400, "not an Alexa request", problem)
        try:
            return self._handler.dispatch_parsed(request_headers(environ), text, body)
        except verification.RequestRejected as rejected:
            raise Refused(rejected.status, rejected.reason, rejected.detail) from None
        except SerializationException as error:  # its message quotes the request: type only
            raise Refused(400, "not an Alexa request", type(error).__name__) from None
        except AskSdkException as error:
            if "Skill ID" in str(error):  # the SDK's own check, when skill_id is on the builder
                raise Refused(400, "foreign skill id", str(error)) from None
            raise


def alexa_first(endpoint: AlexaEndpoint, rest: Callable[..., Any]) -> Callable[..., Any]:
    """WSGI app: ``ALEXA_PATH`` goes to ``endpoint``, every other path to ``rest``."""

    def route(environ: dict[str, Any], start_response: StartResponse) -> Any:
        if environ.get("PATH_INFO") == ALEXA_PATH:
            return endpoint(environ, start_response)
        return rest(environ, start_response)

    return route
