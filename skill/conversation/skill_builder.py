"""``build_skill(config)``: the one place the skill is assembled.

Everything the skill serves from hangs off the skill it returns: the store (the SDK's
persistence adapter) and its ``Services`` (configuration, audio library), which each request
is handed. Nothing is kept in a module, so any number of skills can live in one process.
"""

from __future__ import annotations

from ask_sdk_core.skill_builder import CustomSkillBuilder

from ..config import Config
from ..persistence import persistence_adapter_for
from .alexa_api import TimeoutApiClient
from .handlers import request_handlers
from .handlers.errors import CatchAllExceptionHandler
from .routing import RoutingMapper
from .services import CrampCoachSkill, ProvideServices, Services
from .state import PendingScope
from .understood import UnderstoodWords


def build_skill(config: Config | None = None) -> CrampCoachSkill:
    config = config or Config.from_env()
    services = Services.from_config(config)
    builder = CustomSkillBuilder(
        persistence_adapter=persistence_adapter_for(config),
        api_client=TimeoutApiClient(config.settings_api_timeout),
    )
    for handler in request_handlers():
        builder.add_request_handler(handler)
    builder.add_global_request_interceptor(ProvideServices(services))
    builder.add_global_request_interceptor(PendingScope())  # what is pending, read once
    builder.add_global_request_interceptor(UnderstoodWords())  # "yeah go on then": a yes
    builder.add_exception_handler(CatchAllExceptionHandler())
    configuration = builder.skill_configuration
    if config.skill_id:  # requests for any other skill are refused by the SDK
        configuration.skill_id = config.skill_id
    [sdk_mapper] = configuration.request_mappers
    configuration.request_mappers = [RoutingMapper(sdk_mapper.request_handler_chains)]
    return CrampCoachSkill(configuration, services)
