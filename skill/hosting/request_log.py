"""Structured JSON logs: one line per Alexa request, bugs rate-limited, identifiers kept out.

Every record is written as one JSON object (python-json-logger) with ``timestamp``,
``level``, ``logger`` and ``message``; the request line's fields are top-level keys.

The request line holds only: request type, intent name, latency in ms, outcome, HTTP status
and, for refusals, the short reason. Names come from the (possibly hostile) request body, so
they are reduced to a safe charset. User IDs, device IDs and access tokens are never put in
the line, and ``RedactIdentifiers`` scrubs them from every other record (messages, arguments,
tracebacks) in case some other code logs them.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from pythonjsonlogger.json import JsonFormatter

REQUEST_LOGGER = "skill.requests"
# Set in a request's WSGI environ once its line is written: the web worker then writes no
# access line of its own for it (one line per request; ours says more).
LOGGED_ENVIRON_KEY = "cramp_coach.request_logged"
_request_log = logging.getLogger(REQUEST_LOGGER)

_SAFE_NAME = re.compile(r"[A-Za-z0-9._:-]{1,100}")
UNKNOWN = "-"

_IDENTIFIERS = (
    # userId, deviceId, personId (and the older amzn1.account.* form)
    (re.compile(r"amzn1\.(?:ask\.)?(account|device|person)\.[A-Za-z0-9._-]+"),
     r"amzn1.ask.\1.[redacted]"),
    # apiAccessToken and other JWTs
    (re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*"), "[redacted-token]"),
    # Login with Amazon access tokens (account linking)
    (re.compile(r"Atza\|[A-Za-z0-9_|+/=-]+"), "[redacted-token]"),
    (re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"), r"\1[redacted-token]"),
)


def redact(text: str) -> str:
    for pattern, replacement in _IDENTIFIERS:
        text = pattern.sub(replacement, text)
    return text


class RedactIdentifiers(logging.Filter):
    """Rewrites a record so no user ID, device ID or access token is written out."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_identifiers_redacted", False):  # log_request's line
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call: leave it to the handler's own error path
            return True
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text, record.exc_info = redact(text), None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def safe_name(value: Any) -> str:
    """A request type or intent name fit for a log line, or "-"."""
    if isinstance(value, str) and _SAFE_NAME.fullmatch(value):
        return value
    return UNKNOWN


def describe(body: Any) -> tuple[str, str]:
    """(request type, intent name) of a parsed envelope, each safe to log."""
    request = body.get("request") if isinstance(body, Mapping) else None
    if not isinstance(request, Mapping):
        return UNKNOWN, UNKNOWN
    intent = request.get("intent")
    intent_name = intent.get("name") if isinstance(intent, Mapping) else None
    return safe_name(request.get("type")), safe_name(intent_name)


def log_request(
    *,
    request_type: str,
    intent: str,
    latency_ms: float,
    outcome: str,
    status: int | None = None,
    reason: str | None = None,
    detail: str | None = None,
) -> None:
    """The one line per request. ``outcome``: "ok", "rejected" or "failed".

    ``detail`` says why a request was refused, for operators; it is redacted and cut short.
    """
    line: dict[str, Any] = {
        "event": "alexa_request",
        "request_type": request_type,
        "intent": intent,
        "latency_ms": round(latency_ms, 1),
        "outcome": outcome,
    }
    if status is not None:
        line["status"] = status
    if reason:
        line["reason"] = reason
    if detail:
        line["detail"] = redact(detail)[:200]
    level = logging.INFO if outcome == "ok" else logging.WARNING
    if _request_log.isEnabledFor(level):
        # Made here rather than by Logger.log: no caller lookup (no format names it), and
        # marked as holding no identifier, so RedactIdentifiers lets it pass unscanned.
        record = _request_log.makeRecord(REQUEST_LOGGER, level, "", 0, "alexa_request", (),
                                         None, extra=line)
        record._identifiers_redacted = True
        _request_log.handle(record)


REQUEST_FIELDS = ("event", "request_type", "intent", "latency_ms", "outcome", "status",
                  "reason", "detail")


def request_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The request line's fields of a record written by ``log_request``."""
    return {name: getattr(record, name) for name in REQUEST_FIELDS if hasattr(record, name)}


TRACEBACK_INTERVAL = 60.0  # seconds: one full traceback per kind of bug per minute
_tracebacks_logged: dict[tuple[str, str], float] = {}
_tracebacks_lock = threading.Lock()


def log_bug(logger: logging.Logger, what: str, error: BaseException) -> None:
    """A genuine bug, caught so the user still hears an answer: one line with the error
    type, with the full traceback at most once a minute per kind (type and where raised)."""
    frames = error.__traceback__
    while frames is not None and frames.tb_next is not None:
        frames = frames.tb_next
    where = (f"{frames.tb_frame.f_code.co_filename}:{frames.tb_lineno}"
             if frames is not None else "?")
    kind = (type(error).__name__, where)
    now = time.monotonic()
    with _tracebacks_lock:
        due = now - _tracebacks_logged.get(kind, -TRACEBACK_INTERVAL) >= TRACEBACK_INTERVAL
        if due:
            _tracebacks_logged[kind] = now
    logger.error("%s: %s", what, type(error).__name__, exc_info=error if due else None)


class LineFormatter(JsonFormatter):
    """python-json-logger's ``JsonFormatter`` as configured below, with a short path for
    the two lines every request writes (ours and gunicorn's access line): the same JSON,
    byte for byte, built directly. Records with a traceback, a stack or a dict message
    take the library's own path."""

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info or record.exc_text or record.stack_info or isinstance(
                record.msg, dict):
            return super().format(record)
        record.message = record.getMessage()
        data: dict[str, Any] = {"level": record.levelname, "logger": record.name,
                                "message": record.message}
        skip = self._skip_fields
        for key, value in record.__dict__.items():
            if key not in skip and not key.startswith("_"):
                data[key] = value
        data["timestamp"] = datetime.fromtimestamp(record.created, tz=UTC).isoformat()
        try:
            return json.dumps(data)
        except (TypeError, ValueError):  # an extra field plain JSON can't write
            return super().format(record)


def json_formatter() -> logging.Formatter:
    """The one log format: a JSON object per line (also used for gunicorn's own logs)."""
    return LineFormatter(
        "%(levelname)s %(name)s %(message)s",
        rename_fields={"levelname": "level", "name": "logger"},
        timestamp=True,
    )


# The root logger (ours, or a host's such as Lambda's) and gunicorn's own two.
REDACTED_LOGGERS = ("", "gunicorn.error", "gunicorn.access")


def install_redaction(logger_names: tuple[str, ...] = REDACTED_LOGGERS) -> None:
    """Add RedactIdentifiers to every handler of these loggers (idempotent)."""
    for name in logger_names:
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, RedactIdentifiers) for f in handler.filters):
                handler.addFilter(RedactIdentifiers())


def configure_logging(level: str) -> None:
    """Log our records at ``level`` to stderr (unless a host such as Lambda already set up
    the root logger), with identifiers redacted everywhere."""
    names = logging.getLevelNamesMapping()
    numeric = names.get(level.upper(), logging.INFO)
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(json_formatter())
        root.addHandler(handler)
    logging.getLogger("skill").setLevel(numeric)
    install_redaction()
    if level.upper() not in names:
        logging.getLogger(__name__).warning("unknown LOG_LEVEL %r; using INFO", level[:20])
