"""``build_skill(config)``: the one place the skill is assembled."""

from __future__ import annotations

from ask_sdk_core.api_client import DefaultApiClient
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder

from .config import Config
from .handlers import ordered_request_handlers
from .handlers.errors import CatchAllExceptionHandler
from .interceptors import RememberLastSpeech


def build_skill(config: Config | None = None) -> CustomSkill:
    config = config or Config.from_env()
    builder = CustomSkillBuilder(
        persistence_adapter=None,
        api_client=DefaultApiClient(),
    )
    if config.skill_id:
        builder.skill_id = config.skill_id
    for handler in ordered_request_handlers():
        builder.add_request_handler(handler)
    builder.add_exception_handler(CatchAllExceptionHandler())
    builder.add_global_response_interceptor(RememberLastSpeech())
    return builder.create()
