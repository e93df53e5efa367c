"""Content for diary: filled in by its feature (see the README's architecture section)."""

from .schema import IntentSpec, SlotType

INTENTS: tuple[IntentSpec, ...] = ()
SLOT_TYPES: tuple[SlotType, ...] = ()
