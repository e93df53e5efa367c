"""The base every handler shares: one small class per intent, as in the ASK SDK samples.

A handler declares what it answers: the intents (or request types), and the pending kinds
(``state.Offer``, ``state.GuideStep``, ...) it answers them in. ``state.Anything`` is the
intent's fallback, for whatever is pending. The routing table (``skill.conversation.routing``)
is built from these declarations; no handler decides in code whether a request is its own.
"""

from __future__ import annotations

from typing import ClassVar

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput

from ..state import Anything, PendingKind


class DeclaredHandler(AbstractRequestHandler):
    pending: ClassVar[tuple[PendingKind, ...]] = (Anything,)
    # Asked about every intent before the table (red flags): see pre_empts_request.
    pre_empts: ClassVar[bool] = False

    def pre_empts_request(self, handler_input: HandlerInput) -> bool:
        """For a handler that ``pre_empts``: whether it takes this intent, whatever it is."""
        return False

    @property
    def keys(self) -> tuple[str, ...]:
        """The intent names or request types this handler answers."""
        raise NotImplementedError

    def can_handle(self, handler_input: HandlerInput) -> bool:
        """The SDK's question, answered by the routing table (the mapper asks it directly)."""
        from ..routing import default_table  # the table is built from these classes

        return type(default_table().handler_for(handler_input)) is type(self)


class IntentHandler(DeclaredHandler):
    """Handles the intents named in ``intents``, in the ``pending`` kinds. Subclasses
    implement ``handle``."""

    intents: ClassVar[tuple[str, ...]] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return self.intents


class RequestTypeHandler(DeclaredHandler):
    """Handles the request types named in ``request_types``, in the ``pending`` kinds."""

    request_types: ClassVar[tuple[str, ...]] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return self.request_types
