"""The web app: ``POST /alexa``, ``GET /healthz``, ``GET /audio/<file>``, ``/privacy``, ``/terms``.

Kept apart from the skill logic: it builds the skill (``build_skill``) and puts the Alexa
endpoint (skill.hosting.alexa_endpoint) in front of a Flask app that serves the other
routes. Every refusal is a 4xx with a short JSON reason; no input can produce a 500 or a
stack trace.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

from ..audio.serving import register_audio_routes
from ..config import Config
from ..conversation.skill_builder import build_skill
from . import verification
from .alexa_endpoint import AlexaEndpoint, OneParseSkillHandler, alexa_first
from .legal_pages import legal_blueprint
from .request_arrival import MAX_BODY_BYTES
from .request_log import configure_logging, log_bug

log = logging.getLogger(__name__)


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
    # POST /alexa is answered ahead of Flask (skill.hosting.alexa_endpoint); Flask has the rest.
    app.wsgi_app = alexa_first(AlexaEndpoint(handler), app.wsgi_app)  # type: ignore[method-assign]
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
