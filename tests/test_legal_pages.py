"""/privacy and /terms: served by the web app from the content, and true to what the stores do."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from skill.config import Config
from skill.content import legal
from skill.content.schema import LegalPage, Section
from skill.conversation import activity
from skill.hosting.webhook import create_app
from skill.persistence.records import Retention


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.parts.append(data)


@pytest.fixture
def client(config: Config):
    return create_app(config).test_client()


def _page_text(client, path: str) -> tuple[str, list[str]]:
    response = client.get(path)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    parser = _Text()
    parser.feed(response.get_data(as_text=True))
    return " ".join(" ".join(parser.parts).split()), parser.tags


def test_privacy_policy_says_what_is_stored_where_how_long_and_how_to_delete(client):
    text, tags = _page_text(client, "/privacy")
    assert "script" not in tags
    for said in ("the time, the body part", "never as your own words",
                 "one-way hash", "DynamoDB", "database file",
                 f"deleted after {Retention().max_age_days} days",
                 f"newest {Retention().max_entries} entries",
                 "delete my cramp diary", "Disabling the skill",
                 "not a substitute for professional medical advice"):
        assert said in text, said


def test_policy_figures_are_the_ones_the_stores_apply():
    assert legal.DIARY_KEEP_DAYS == Retention().max_age_days
    assert legal.DIARY_MAX_ENTRIES == Retention().max_entries
    assert legal.RESUME_WINDOW_MINUTES * 60 == activity.RESUME_WINDOW_SECONDS


def test_terms_carry_the_health_disclaimer_and_point_to_the_policy(client):
    text, _tags = _page_text(client, "/terms")
    assert "not a substitute for professional medical advice" in text
    assert "call your local emergency number" in text
    assert "/privacy" in text


def test_pages_escape_the_content():
    from skill.hosting.legal_pages import render_page

    page = LegalPage("a <b>", "2026-01-01", (Section("h & i", ("<script>x",)),))
    html = render_page(page)
    assert "<script>" not in html and "&lt;script&gt;x" in html and "h &amp; i" in html


def test_only_get_is_served(client):
    assert client.post("/privacy").status_code == 405
    assert client.get("/privacy/other").status_code == 404
