"""Whether the bytes of one HTTP/1.1 request have all arrived, read without a thread.

The worker's event loop gathers each request's bytes as they come, and hands a connection
to a thread only once its request is whole: a client that stalls or drips its head or body
holds a buffer in the loop, never a thread (skill.hosting.gunicorn_worker). Each new piece
is looked at once: the head's end is searched for in the new bytes only, and after the head
a request is whole when its length is reached. Anything this cannot judge goes on to
gunicorn's own parser, which refuses it in the usual way.
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
# first byte is refused (408).
ARRIVAL_SECONDS = 2.0
# Set in a request's WSGI environ by the web worker: the body is all in memory already.
WHOLE_ENVIRON_KEY = "cramp_coach.request_whole"
_END_OF_HEAD = b"\r\n\r\n"
_CONTENT_LENGTH = re.compile(rb"^content-length[ \t]*:[ \t]*(\d+)[ \t]*\r?$", re.I | re.M)
_TRANSFER_ENCODING = re.compile(rb"^transfer-encoding[ \t]*:", re.I | re.M)
_EXPECT_CONTINUE = re.compile(rb"^expect[ \t]*:[ \t]*100-continue[ \t]*\r?$", re.I | re.M)
_HTTP_11 = re.compile(rb"^[^\r\n]* HTTP/1\.1\r?$", re.M)


class Arrival(enum.Enum):
    WAITING = "waiting"  # more bytes are due
    WHOLE = "whole"  # hand it on: the request is all here, or the parser must judge it
    HEAD_TOO_LARGE = "head too large"  # 431
    BODY_TOO_LARGE = "body too large"  # 413, announced by its Content-Length
    CHUNKED = "chunked"  # 411: Alexa always sends a Content-Length; we need one


class ArrivingRequest:
    """One request's bytes as they arrive."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.asks_to_continue = False  # an HTTP/1.1 head with "Expect: 100-continue"
        self._whole_at: int | None = None  # the request's length, once its head is in

    @property
    def head_in(self) -> bool:
        """The head has arrived (with a length to wait for)."""
        return self._whole_at is not None

    def add(self, chunk: bytes) -> Arrival:
        searched = max(0, len(self.data) - len(_END_OF_HEAD) + 1)
        self.data += chunk
        if self._whole_at is None:
            end = self.data.find(_END_OF_HEAD, searched)
            if end < 0 or end > MAX_HEAD_BYTES:
                too_large = end > MAX_HEAD_BYTES or len(self.data) > MAX_HEAD_BYTES
                return Arrival.HEAD_TOO_LARGE if too_large else Arrival.WAITING
            head = bytes(self.data[:end])
            if _TRANSFER_ENCODING.search(head):
                return Arrival.CHUNKED
            lengths = {int(value) for value in _CONTENT_LENGTH.findall(head)}
            if len(lengths) != 1:
                return Arrival.WHOLE  # no body (or conflicting lengths, which gunicorn refuses)
            [length] = lengths
            if length > MAX_BODY_BYTES:
                return Arrival.BODY_TOO_LARGE
            self._whole_at = end + len(_END_OF_HEAD) + length
            self.asks_to_continue = bool(_EXPECT_CONTINUE.search(head) and _HTTP_11.match(head))
        return Arrival.WHOLE if len(self.data) >= self._whole_at else Arrival.WAITING


def arrival_of(data: bytes) -> Arrival:
    """Where the request at the start of ``data`` stands, all of it looked at at once."""
    return ArrivingRequest().add(data)
