"""AWS Lambda entry point: ``skill.hosting.lambda_function.lambda_handler``.

The same skill as the web service (``build_skill``), invoked the way the SDK's own
``SkillBuilder.lambda_handler()`` does it: deserialize the event, invoke, serialize. On Lambda
Amazon checks the caller, so there is no signature check here; restrict the Alexa trigger
to your skill ID in the Lambda console. Each invocation logs the same one-line summary as
the web service.
"""

from __future__ import annotations

import json
import time
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope

from ..config import Config
from ..conversation.skill_builder import build_skill
from .request_log import configure_logging, describe, log_request

_skill: CustomSkill | None = None


def _the_skill() -> CustomSkill:
    """Built on the first invocation and kept for the life of the Lambda container."""
    global _skill
    if _skill is None:
        config = Config.from_env()
        configure_logging(config.log_level)
        _skill = build_skill(config)
    return _skill


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    started = time.perf_counter()
    request_type, intent = describe(event)
    outcome = "failed"
    try:
        skill = _the_skill()
        request_envelope = skill.serializer.deserialize(
            payload=json.dumps(event), obj_type=RequestEnvelope
        )
        response_envelope = skill.invoke(request_envelope=request_envelope, context=context)
        response = skill.serializer.serialize(response_envelope)
        outcome = "ok"
        return response
    finally:
        log_request(
            request_type=request_type, intent=intent,
            latency_ms=(time.perf_counter() - started) * 1000, outcome=outcome,
        )
