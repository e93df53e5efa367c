"""Diary conversations through virtual-alexa against the real server (SQLite, the default)."""

from __future__ import annotations

from skill import content
from skill.content import diary as texts
from tests.e2e.harness import speech

T = texts.DIARY


def _said(turn: dict) -> str:
    return speech(turn).removeprefix("<speak>").removesuffix("</speak>")


def test_log_then_count_last_and_triggers_in_later_sessions(converse):
    logged, count, last, triggers = converse([
        {"utter": "log a cramp in my calf after running"},
        {"utter": "how many cramps have i had this week"},
        {"utter": "when was my last cramp"},
        {"utter": "what seems to trigger my cramps"},
    ])
    assert _said(logged).startswith("Logged a calf cramp after running.")
    assert "not medical advice" in _said(logged)  # first use ever: the disclaimer, once
    assert logged["sessionActive"] is False  # one sentence, done
    assert logged["response"]["response"]["card"]["title"] == T.card_title
    assert _said(count) == T.count_one
    assert _said(last) == "Your last logged cramp was just now, in your calf, after running."
    assert _said(triggers) == (
        f"Here's what you noted before your cramps: running, once. {T.triggers_not_a_cause}"
    )


def test_i_just_had_a_cramp(converse):
    plain, count = converse([{"utter": "i just had a cramp"}, {"utter": "cramp count"}])
    assert _said(plain).startswith("Logged a cramp.")
    assert _said(count) == T.count_one


def test_an_unreadable_duration_is_asked_again(converse):
    asked, logged, count = converse([
        {"utter": "log a calf cramp that lasted a good while"},
        {"utter": "it was five minutes"},
        {"utter": "how many cramps this week"},
    ])
    assert _said(asked) == T.ask_duration
    assert asked["sessionActive"] is True
    assert _said(logged).startswith("Logged a calf cramp, lasting 5 minutes.")
    assert _said(count) == T.count_one


def test_delete_my_diary_asks_then_erases(converse):
    turns = converse([
        {"utter": "log a cramp in my calf"},
        {"utter": "delete my cramp diary"},
        {"utter": "yes"},
        {"utter": "how many cramps have i had this week"},
    ])
    _, question, done, count = turns
    assert _said(question) == T.delete_question
    assert question["sessionActive"] is True
    assert _said(done) == T.deleted
    assert _said(count) == T.count_none


def test_no_keeps_the_diary(converse):
    _, _, kept, count = converse([
        {"utter": "log a cramp"},
        {"utter": "erase my diary"},
        {"utter": "no"},
        {"utter": "how many cramps this week"},
    ])
    assert _said(kept) == T.delete_kept
    assert _said(count) == T.count_one


def test_a_yes_after_another_topic_does_not_delete(converse):
    turns = converse([
        {"utter": "log a cramp in my calf"},
        {"utter": "delete my diary"},
        {"utter": "help calf cramp"},
        {"utter": "yes"},
        {"utter": "how many cramps this week"},
    ])
    assert _said(turns[-2]) != T.deleted
    assert content.plain_text(content.stretch_by_id("calf").steps[0].instruction) in (
        content.plain_text(speech(turns[-2]))
    )
    assert _said(turns[-1]) == T.count_one


def test_nothing_to_resume_for_a_new_user(converse):
    resume, = converse([{"utter": "resume my stretch"}])
    assert _said(resume) == T.resume_nothing


def test_resume_my_stretch_in_a_new_session(converse):
    started, stopped, resumed = converse([
        {"utter": "calf stretch"}, {"utter": "stop"}, {"utter": "resume my stretch"},
    ])
    assert started["sessionActive"] is True
    assert stopped["sessionActive"] is False
    assert _said(resumed).startswith(T.resume_lead)
    assert resumed["sessionActive"] is True
    calf = content.stretch_by_id("calf")
    assert resumed["response"]["response"]["card"]["title"] == calf.name.capitalize()
