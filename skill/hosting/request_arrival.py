"""Whether the bytes of one HTTP/1.1 request have all arrived, read without a thread.

The worker's event loop gathers each request's bytes as they come, and hands a connection
to a thread only once its request is whole: a client that stalls or drips its head or body
holds a buffer in the loop, never a thread (skill.hosting.gunicorn_worker). Anything this
check cannot judge goes on to gunicorn's own parser, which refuses it in the usual way.
"""

from __future__ import annotations

import enum
import re

# Alexa's request heads are well under 2 KB. A head that has not ended by this size is
# refused (431) without a thread ever reading it.
MAX_HEAD_BYTES = 32 * 1024
# Alexa's bodies are a few KB; a body announced larger is refused (413) unread.
MAX_BODY_BYTES = 128 * 1024
# Alexa sends a request at once: one whose head and body are not all in this long after its
# first byte (a new connection: after it is accepted) is refused (408).
ARRIVAL_SECONDS = 2.0
_END_OF_HEAD = b"\r\n\r\n"
_CONTENT_LENGTH = re.compile(rb"^content-length[ \t]*:[ \t]*(\d{1,12})[ \t]*\r?$", re.I | re.M)
_TRANSFER_ENCODING = re.compile(rb"^transfer-encoding[ \t]*:", re.I | re.M)
_EXPECT_CONTINUE = re.compile(rb"^expect[ \t]*:[ \t]*100-continue[ \t]*\r?$", re.I | re.M)
_LAST_CHUNK = re.compile(rb"(?:^|\r\n)0+(?:;[^\r\n]*)?\r\n\r\n$")


class Arrival(enum.Enum):
    WAITING = "waiting"  # more bytes are due
    WHOLE = "whole"  # hand it on: the request is all here, or the parser must judge it
    HEAD_TOO_LARGE = "head too large"


def arrival_of(data: bytes, max_body: int = MAX_BODY_BYTES) -> Arrival:
    """Where the request at the start of ``data`` stands. A body announced larger than
    ``max_body`` counts as whole: the app refuses it (413) without reading it."""
    end = data.find(_END_OF_HEAD)
    if end < 0:
        return Arrival.HEAD_TOO_LARGE if len(data) > MAX_HEAD_BYTES else Arrival.WAITING
    head, body = data[:end], data[end + len(_END_OF_HEAD):]
    if _TRANSFER_ENCODING.search(head):
        # Chunked: whole at its last chunk (no trailers), or once it outgrows the limit.
        done = _LAST_CHUNK.search(body) is not None or len(body) > max_body
        return Arrival.WHOLE if done else Arrival.WAITING
    lengths = {int(value) for value in _CONTENT_LENGTH.findall(head)}
    if len(lengths) != 1:
        return Arrival.WHOLE  # no body (or conflicting lengths, which gunicorn refuses)
    [length] = lengths
    return Arrival.WHOLE if length > max_body or len(body) >= length else Arrival.WAITING


def awaits_continue(data: bytes) -> bool:
    """The head is in and asks for "100 Continue" before its body (curl does, for bodies
    over 1 KB): the body comes only once it is sent."""
    end = data.find(_END_OF_HEAD)
    return end >= 0 and _EXPECT_CONTINUE.search(data[:end]) is not None
