"""``GET /privacy`` and ``GET /terms``: the pages skill.json links to, laid out from the content."""

from __future__ import annotations

from html import escape

from flask import Blueprint, Response

from ..content.legal import LEGAL_PAGES
from ..content.schema import LegalPage

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.5;color:#263238}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.6rem}"
)
# No scripts and nothing from elsewhere: only the inline style above.
_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def render_page(page: LegalPage) -> str:
    """A small, self-contained HTML page (no scripts, no outside resources)."""
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(page.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(page.title)}</h1>",
        f"<p><small>Last updated {escape(page.updated)}</small></p>",
    ]
    for section in page.sections:
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        parts.extend(f"<p>{escape(text)}</p>" for text in section.paragraphs)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def legal_blueprint() -> Blueprint:
    blueprint = Blueprint("legal", __name__)
    for path, page in LEGAL_PAGES.items():
        html = render_page(page)

        def view(html: str = html) -> Response:
            response = Response(html, mimetype="text/html")
            response.headers["Cache-Control"] = "public, max-age=3600"
            response.headers["Content-Security-Policy"] = _CSP
            return response

        blueprint.add_url_rule(path, endpoint=path.strip("/"), view_func=view, methods=["GET"])
    return blueprint
