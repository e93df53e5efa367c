"""Session attributes that hold what the skill waits for, and reading it back from a reply."""

from __future__ import annotations

from typing import Any

from skill.conversation import state


def pending_attributes(asked: state.Asked | None = None,
                       stretch: tuple[str, int, int] | None = None) -> dict[str, Any]:
    """Session attributes in which ``asked`` is pending (over a stretch at (id, side, step))."""
    step = state.GuideStep(*stretch) if stretch else None
    encoded = state.encode_pending(state.Pending(asked=asked, stretch=step))
    return {state.PENDING: encoded} if encoded else {}


def offer_of(action: str) -> dict[str, Any]:
    """Session attributes with the content's declared follow-up (``"stretch:calf"``) offered."""
    offer = state.Offer.from_action(action)
    assert offer is not None, action
    return pending_attributes(offer)


def pending_in(reply: dict[str, Any]) -> state.Pending:
    return state.parse_pending(reply.get("sessionAttributes") or {})


def offered(reply: dict[str, Any]) -> str:
    """The reply's pending offer as the content declares follow-ups ("stretch:calf"), or ""."""
    offer = pending_in(reply).asked
    return f"{offer.action}:{offer.target}" if isinstance(offer, state.Offer) else ""


def stretch_in(reply_or_attributes: dict[str, Any]) -> dict[str, Any] | None:
    """The stretch in progress as {"id", "side", "step"}, or None."""
    attributes = reply_or_attributes.get("sessionAttributes", reply_or_attributes)
    step = state.parse_pending(attributes or {}).stretch
    return {"id": step.stretch, "side": step.side, "step": step.step} if step else None
