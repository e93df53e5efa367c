"""The one templating path: every ``{placeholder}`` in the content is filled here.

A content text names its values in braces: its own (``{seconds}``, ``{name}``), filled with
``fill`` where the text is used, and the locale's (``{emergency_number}``, ``{doctor}``),
filled by ``content.fill_locale`` as the last step of every response. A placeholder nobody
fills stays as written, so a typo shows in the text and never crashes a reply.
"""

from __future__ import annotations

import re
from collections.abc import Callable

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def substitute(text: str, value_of: Callable[[str], str | None]) -> str:
    """Each ``{name}`` that ``value_of`` knows (not None) replaced, in one pass."""
    if "{" not in text:
        return text

    def one(found: re.Match[str]) -> str:
        value = value_of(found.group(1))
        return found.group(0) if value is None else value

    return PLACEHOLDER.sub(one, text)


def fill(template: str, /, **values: object) -> str:
    """A template's own placeholders filled; the locale's stay for ``fill_locale``."""
    return substitute(template, lambda name: str(values[name]) if name in values else None)


def placeholders(template: str) -> set[str]:
    """The names a template asks for."""
    return set(PLACEHOLDER.findall(template))
