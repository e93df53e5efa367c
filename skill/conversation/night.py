"""Night mode: between 22:00 and 07:00 on the device's clock, speak shorter and softer.

The device's time zone comes from the Alexa Settings API, through the SDK's service client
(the request's apiEndpoint and apiAccessToken). It is read once per session and kept in the
session attributes. No token, an API error, a bad answer or a timeout all mean day mode:
night mode is a nicety and must never cost the response.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask_sdk_core.dispatch_components import AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from .. import content
from .ssml import soft

log = logging.getLogger(__name__)

NIGHT_STARTS = time(22, 0)
NIGHT_ENDS = time(7, 0)

TIME_ZONE = "time_zone"  # session: the device's IANA zone, or "" when it couldn't be read
NIGHT_SEEN = "night_seen"  # session: a night-time request was answered in this session
_NIGHT_MEMO = "night"  # request attributes: this request's answers, computed once
_ZONE_MEMO = "time_zone"

_AUDIO = re.compile(r"<audio\b[^>]*/>|<audio\b.*?</audio>", re.S)
_SOFT_OPEN = soft("x").removesuffix("x</prosody>")


def _session(handler_input: HandlerInput) -> dict | None:
    """The session attributes, or None for requests outside a session (AudioPlayer events)."""
    if handler_input.request_envelope.session is None:
        return None
    return handler_input.attributes_manager.session_attributes


def is_night(handler_input: HandlerInput) -> bool:
    """True between 22:00 and 07:00 on the device's clock. Day whenever the clock is unknown."""
    memo = handler_input.attributes_manager.request_attributes
    if _NIGHT_MEMO not in memo:
        local = local_time(handler_input)
        memo[_NIGHT_MEMO] = local is not None and (
            local.time() >= NIGHT_STARTS or local.time() < NIGHT_ENDS
        )
    return memo[_NIGHT_MEMO]


def local_time(handler_input: HandlerInput) -> datetime | None:
    """The request's time on the device's clock, or None when the time zone is unknown."""
    zone = _zone(time_zone(handler_input))
    if zone is None:
        return None
    stamp = getattr(handler_input.request_envelope.request, "timestamp", None)
    if not isinstance(stamp, datetime):
        stamp = datetime.now(UTC)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(zone)


def time_zone(handler_input: HandlerInput) -> str:
    """The device's time zone name, read once per session; "" when it can't be had."""
    memo = handler_input.attributes_manager.request_attributes
    if _ZONE_MEMO in memo:
        return memo[_ZONE_MEMO]
    attrs = _session(handler_input)
    if attrs is not None and isinstance(attrs.get(TIME_ZONE), str):
        zone_name = attrs[TIME_ZONE]
    else:
        zone_name = _read_time_zone(handler_input)
        if attrs is not None:
            attrs[TIME_ZONE] = zone_name  # a failure is kept too: one slow call per session
    memo[_ZONE_MEMO] = zone_name
    return zone_name


def _zone(name: str) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:  # OSError: name too long
        # The name may come from the request's session: its length only, not its text.
        log.warning("unknown time zone (%s, %d characters)", type(error).__name__, len(name))
        return None


def _read_time_zone(handler_input: HandlerInput) -> str:
    system = handler_input.request_envelope.context.system
    device = getattr(system, "device", None)
    device_id = getattr(device, "device_id", None)
    if not (system.api_access_token and system.api_endpoint and device_id):
        return ""
    try:
        ups = handler_input.service_client_factory.get_ups_service()
        name = ups.get_system_time_zone(device_id)
    except Exception as error:  # any failure at all means day mode, never a broken response
        log.warning("could not read the device time zone: %s", type(error).__name__)
        return ""
    if not isinstance(name, str) or _zone(name) is None:
        return ""
    return name


def disclaimer_allowed(handler_input: HandlerInput) -> bool:
    """At night, the disclaimer may come only with the session's first night-time request."""
    attrs = _session(handler_input) or {}
    return not (attrs.get(NIGHT_SEEN) and is_night(handler_input))


def chimes_allowed(handler_input: HandlerInput) -> bool:
    """No chimes at night."""
    return not is_night(handler_input)


def soften(ssml: str) -> str:
    """Wrap a spoken response in the night prosody, leaving <audio> clips outside it.

    ``ssml`` is the full document, ``<speak>...</speak>``. Already-soft speech is left alone.
    """
    inner = ssml.removeprefix("<speak>").removesuffix("</speak>")
    if not inner.strip() or inner.startswith(_SOFT_OPEN):
        return ssml
    parts = _AUDIO.split(inner)
    clips = _AUDIO.findall(inner)
    wrapped = [soft(part) if part.strip() else part for part in parts]
    if not all(_parses(part) for part in wrapped):
        # A clip sits inside other markup: wrap the whole thing rather than break the XML.
        return f"<speak>{soft(inner)}</speak>"
    pieces = [wrapped[0]]
    for clip, part in zip(clips, wrapped[1:], strict=True):
        pieces += [clip, part]
    return f"<speak>{''.join(pieces)}</speak>"


def _parses(fragment: str) -> bool:
    try:
        ET.fromstring(f"<speak>{fragment}</speak>")
    except ET.ParseError:
        return False
    return True


class NightModeInterceptor(AbstractResponseInterceptor):
    """At night, every spoken response is softer. A red-flag escalation keeps full volume:
    getting help must be heard."""

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        speech = getattr(response, "output_speech", None) if response is not None else None
        if getattr(speech, "ssml", None) is None:
            return
        night = is_night(handler_input)
        attrs = _session(handler_input)
        if attrs is not None:
            # Set after the handler, so a handler that clears the session can't lose them.
            attrs[TIME_ZONE] = time_zone(handler_input)
            if night:
                attrs[NIGHT_SEEN] = True
        if not night:
            return
        card = getattr(response, "card", None)
        if getattr(card, "title", None) == content.PROMPTS.red_flag_card_title:
            return
        speech.ssml = soften(speech.ssml)
        reprompt = getattr(getattr(response, "reprompt", None), "output_speech", None)
        if getattr(reprompt, "ssml", None):
            reprompt.ssml = soften(reprompt.ssml)
