"""Small SSML helpers. Texts stay bare fragments: the ASK SDK adds <speak>."""

from __future__ import annotations

MAX_BREAK_SECONDS = 10  # Alexa's limit for one <break>


def pause(seconds: float) -> str:
    """A pause of any length, as a chain of <break>s of at most 10 s each."""
    parts: list[str] = []
    remaining = round(seconds * 1000)
    while remaining > 0:
        chunk = min(remaining, MAX_BREAK_SECONDS * 1000)
        time = f"{chunk}ms" if chunk % 1000 else f"{chunk // 1000}s"
        parts.append(f'<break time="{time}"/>')
        remaining -= chunk
    return "".join(parts)


def join(*fragments: str) -> str:
    """Join SSML fragments with single spaces, skipping empty ones."""
    return " ".join(f.strip() for f in fragments if f and f.strip())


def soft(fragment: str) -> str:
    """Quieter, slower speech for night mode."""
    return f'<prosody rate="90%" volume="soft">{fragment}</prosody>' if fragment else ""


def escape(text: str) -> str:
    """Escape user-supplied text before it goes into SSML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
