"""What one built skill serves from, handed to its handlers with each request.

``build_skill(config)`` makes one ``Services`` per skill: the configuration and the audio
library it names. The store is the SDK's persistence adapter on the same skill. Nothing of
it is kept in a module, so two skills (two apps) in one process never share any of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill, SkillConfiguration

from ..audio.library import AudioLibrary
from ..config import Config
from .serializer import ModelSerializer

_KEY = "services"  # request attributes


@dataclass(frozen=True)
class Services:
    config: Config
    audio: AudioLibrary  # the built clips: which exist, and the URL each is played from

    @classmethod
    def from_config(cls, config: Config) -> Services:
        return cls(config, AudioLibrary.from_config(config))


class CrampCoachSkill(CustomSkill):
    """The SDK's skill, holding the services its handlers are given."""

    def __init__(self, skill_configuration: SkillConfiguration, services: Services) -> None:
        super().__init__(skill_configuration=skill_configuration)
        self.serializer = ModelSerializer()  # the SDK's, with a fast request walk
        self.services = services


class ProvideServices(AbstractRequestInterceptor):
    """Hands the skill's services to every request (the first request interceptor)."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[_KEY] = self.services


def services(handler_input: HandlerInput) -> Services:
    """The services of the skill answering this request."""
    found = handler_input.attributes_manager.request_attributes.get(_KEY)
    if not isinstance(found, Services):
        raise LookupError("no services: the skill was not built by build_skill")
    return found
