"""Locales the skill ships in, with each one's emergency number."""

from .schema import Locale


def _digits(number: str) -> str:
    return f"<say-as interpret-as='digits'>{number}</say-as>"


LOCALES: tuple[Locale, ...] = (
    Locale("en-US", "911", _digits("911")),
    Locale("en-CA", "911", _digits("911")),
    Locale("en-GB", "999", _digits("999")),
    Locale("en-AU", "000", _digits("000")),
    Locale("en-IN", "112", _digits("112")),
)
DEFAULT_LOCALE = "en-US"
