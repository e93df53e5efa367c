"""``build_skill(config)``: the one place the skill is assembled."""

from __future__ import annotations

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder

from ..audio import playback as audio_playback
from ..config import Config
from ..persistence import persistence_adapter_for
from .alexa_api import TimeoutApiClient
from .apl import CardOnScreenInterceptor
from .handlers import request_handlers
from .handlers.errors import CatchAllExceptionHandler
from .interceptors import RememberLastSpeech
from .night import NightModeInterceptor
from .routing import RoutingMapper
from .state import PendingScope


def build_skill(config: Config | None = None) -> CustomSkill:
    config = config or Config.from_env()
    audio_playback.configure(config)  # routine clips: where they are, which URL serves them
    builder = CustomSkillBuilder(
        persistence_adapter=persistence_adapter_for(config),
        api_client=TimeoutApiClient(config.settings_api_timeout),
    )
    if config.skill_id:
        builder.skill_id = config.skill_id
    for handler in request_handlers():
        builder.add_request_handler(handler)
    builder.add_global_request_interceptor(PendingScope())  # what is pending, read once
    builder.add_exception_handler(CatchAllExceptionHandler())
    builder.add_global_response_interceptor(RememberLastSpeech())
    # After RememberLastSpeech: "repeat" re-speaks the plain text, softened again if still night.
    builder.add_global_response_interceptor(NightModeInterceptor())
    builder.add_global_response_interceptor(CardOnScreenInterceptor())
    configuration = builder.skill_configuration
    [sdk_mapper] = configuration.request_mappers
    configuration.request_mappers = [RoutingMapper(sdk_mapper.request_handler_chains)]
    return CustomSkill(skill_configuration=configuration)
