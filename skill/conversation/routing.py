"""Who answers a request: one table of (intent or request type, pending kind) -> handler.

Each handler declares the intents (or request types) it answers and the pending kinds it
answers them in (``handlers.base``). The table holds exactly one handler per pair: a second
claim is an error when the table is built. For a request, the mapper looks the intent up
under each of ``state.pending(...).kinds`` in turn (the player being talked to, the last
question, the stretch under it) and then under ``state.Anything``, the intent's fallback.
An intent no handler names goes to the ``IntentRequest`` catch-all.

A red flag always wins: a handler that declares ``pre_empts`` is asked first about every
intent (``pre_empts_request``), wherever it stands in the list.

``cramp-coach routes`` prints the table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest
from ask_sdk_runtime.dispatch_components import GenericRequestHandlerChain, GenericRequestMapper

from . import state
from .handlers.base import DeclaredHandler
from .state import Anything, PendingKind

ANY_INTENT = "IntentRequest"  # the request type under which unnamed intents fall


class RouteConflict(ValueError):
    """Two handlers claim the same (intent, pending kind)."""


@dataclass(frozen=True)
class Route:
    key: str  # an intent name or a request type
    kind: PendingKind
    handler: DeclaredHandler


class RoutingTable:
    def __init__(self, handlers: Iterable[object]) -> None:
        self._routes: dict[tuple[str, PendingKind], DeclaredHandler] = {}
        self._kinds: dict[str, set[PendingKind]] = {}
        self.pre_empting: list[DeclaredHandler] = []
        for handler in handlers:
            if not isinstance(handler, DeclaredHandler):
                raise TypeError(f"{type(handler).__name__} declares no intents or requests")
            if handler.pre_empts:
                self.pre_empting.append(handler)
            for key in handler.keys:
                for kind in handler.pending:
                    taken = self._routes.get((key, kind))
                    if taken is not None:
                        raise RouteConflict(
                            f"{key} when {kind.kind}: claimed by {_name(taken)} and "
                            f"{_name(handler)}")
                    self._routes[(key, kind)] = handler
                    self._kinds.setdefault(key, set()).add(kind)

    def handler_for(self, handler_input: HandlerInput) -> DeclaredHandler | None:
        request = handler_input.request_envelope.request
        if isinstance(request, IntentRequest):
            for handler in self.pre_empting:
                if handler.pre_empts_request(handler_input):
                    return handler
            name = request.intent.name if request.intent else None
            key = name if name is not None and name in self._kinds else ANY_INTENT
        else:
            key = getattr(request, "object_type", None) or ""
        kinds = self._kinds.get(key)
        if not kinds:
            return None
        if kinds != {Anything}:  # only then does what is pending matter
            for kind in state.pending(handler_input).kinds:
                if kind in kinds:
                    return self._routes[(key, kind)]
        return self._routes.get((key, Anything))

    def route(self, key: str, kind: PendingKind) -> DeclaredHandler | None:
        """Who answers ``key`` when ``kind`` is the first pending kind that has a claim."""
        return self._routes.get((key, kind)) or self._routes.get((key, Anything))

    def routes(self) -> list[Route]:
        """Every declared route: by key, then in routing order of the kinds."""
        order = {kind: index for index, kind in enumerate(state.KINDS)}
        return [
            Route(key, kind, handler)
            for (key, kind), handler in sorted(
                self._routes.items(), key=lambda item: (item[0][0], order[item[0][1]]))
        ]


def _name(handler: object) -> str:
    module = type(handler).__module__.rpartition(".")[2]
    return f"{module}.{type(handler).__name__}"


def describe(table: RoutingTable) -> str:
    """The table as text: one line per (request, pending kind)."""
    rows = [("request", "pending", "handler")]
    rows += [(f"any intent, when {_name(h)}.pre_empts_request", "*", _name(h))
             for h in table.pre_empting]
    previous = None
    for route in table.routes():
        rows.append((route.key if route.key != previous else "", route.kind.kind,
                     _name(route.handler)))
        previous = route.key
    width = [max(len(row[i]) for row in rows) for i in range(2)]
    return "\n".join(f"{a:<{width[0]}}  {b:<{width[1]}}  {c}".rstrip() for a, b, c in rows)


@cache
def default_table() -> RoutingTable:
    """The table of the skill's own handlers (code, never configuration: built once)."""
    from .handlers import request_handlers

    return RoutingTable(request_handlers())


class RoutingMapper(GenericRequestMapper):
    """The SDK's request mapper, picking by the routing table instead of asking in turn."""

    def __init__(self, request_handler_chains: list[GenericRequestHandlerChain]) -> None:
        super().__init__(request_handler_chains)
        self.table = RoutingTable(chain.request_handler for chain in request_handler_chains)
        self._chains = {id(chain.request_handler): chain for chain in request_handler_chains}

    def get_request_handler_chain(self, handler_input: object) -> GenericRequestHandlerChain | None:
        assert isinstance(handler_input, HandlerInput)  # the SDK's mapper is generic in it
        handler = self.table.handler_for(handler_input)
        return self._chains[id(handler)] if handler is not None else None
