"""The cramp diary by voice, on BOTH stores: a SQLite file, and DynamoDB on a local
DynamoDB-protocol server (moto in server mode). Every test runs once per store and checks
what the person hears and what is really stored."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import pytest

from skill import content
from skill.content import diary as texts
from skill.conversation.handlers import diary as diary_handlers
from skill.conversation.skill_builder import build_skill
from skill.conversation.state import PENDING
from skill.persistence import SqliteAdapter, diary
from tests.support.diary_stores import Store, make_store, new_user_id
from tests.support.diary_talk import Talk, record, records, skill_disabled_event
from tests.support.envelopes import invoke, speech_of
from tests.support.pending import stretch_in

T = texts.DIARY
P = content.PROMPTS




@pytest.fixture
def talk(store: Store, user: str) -> Talk:
    return Talk(build_skill(store.config), user)


def _entries(store: Store, user: str) -> list[dict]:
    return sorted(store.diary_rows(user), key=lambda r: (r["at"], r["entry_id"]))


# --- logging ----------------------------------------------------------------------------


def test_log_a_cramp_with_part_trigger_and_duration(talk, store, user):
    said = talk.say("LogCrampIntent", {"bodyPart": "calf", "trigger": "running",
                                       "duration": "PT5M"})
    assert said == "Logged a calf cramp after running, lasting 5 minutes."
    assert talk.ends_session
    assert talk.card["title"] == T.card_title
    [row] = store.diary_rows(user)
    assert (row["body_part"], row["trigger"], float(row["minutes"])) == ("calf", "running", 5.0)
    assert abs(float(row["at"]) - time.time()) < 60


def test_i_just_had_a_cramp_logs_an_unspecified_one(talk, store, user):
    assert talk.say("LogCrampIntent") == "Logged a cramp."
    [row] = store.diary_rows(user)
    assert row["body_part"] == texts.UNSPECIFIED_BODY_PART
    assert row.get("trigger") is None and row.get("minutes") is None


def test_a_trigger_synonym_is_stored_as_its_id(talk, store, user):
    said = talk.say("LogCrampIntent", {"trigger": "working out"})
    assert said == "Logged a cramp after exercise."
    assert store.diary_rows(user)[0]["trigger"] == "exercise"


def test_a_named_sport_is_stored_and_summed_up_by_its_own_name(talk, store, user):
    # "hockey", not "exercise": the summary names what the person said, from our own ids.
    assert talk.say("LogCrampIntent", {"trigger": "playing hockey"}) == (
        "Logged a cramp after hockey.")
    assert store.diary_rows(user)[0]["trigger"] == "hockey"
    assert "hockey, once" in talk.say("TriggerSummaryIntent")


def test_an_unknown_body_part_is_stored_as_unspecified_and_said_so(talk, store, user):
    said = talk.say("LogCrampIntent", {"bodyPart": "earlobe"})
    assert said == f"{T.unknown_body_part} Logged a cramp."
    assert store.diary_rows(user)[0]["body_part"] == "unspecified"


def test_an_unknown_trigger_is_stored_as_other_never_as_said(talk, store, user):
    said = talk.say("LogCrampIntent", {"bodyPart": "calf", "trigger": "my secret hobby"})
    assert said == f"Logged a calf cramp. {T.unknown_trigger}"
    assert store.diary_rows(user)[0]["trigger"] == texts.OTHER_TRIGGER
    assert "secret hobby" not in store.raw_dump()


def test_an_unreadable_duration_is_asked_again_then_logged(talk, store, user):
    said = talk.say("LogCrampIntent", {"bodyPart": "calf", "trigger": "sleep",
                                       "duration": "a really long time"})
    assert said == T.ask_duration
    assert not talk.ends_session
    assert store.diary_rows(user) == []  # nothing stored until we know
    said = talk.say("DiaryDurationIntent", {"duration": "PT2M"})
    assert said == "Logged a calf cramp during sleep, lasting 2 minutes."
    [row] = store.diary_rows(user)
    assert (row["body_part"], row["trigger"], float(row["minutes"])) == ("calf", "sleep", 2.0)


def test_the_answer_can_also_be_a_full_log_request(talk, store, user):
    talk.say("LogCrampIntent", {"bodyPart": "calf", "duration": "ages"})
    said = talk.say("LogCrampIntent", {"duration": "three minutes"})
    assert said == "Logged a calf cramp, lasting 3 minutes."
    assert len(store.diary_rows(user)) == 1


def test_a_second_unreadable_duration_logs_without_one(talk, store, user):
    talk.say("LogCrampIntent", {"bodyPart": "calf", "duration": "ages"})
    said = talk.say("DiaryDurationIntent", {"duration": "forever"})
    net = content.fill_locale(content.PROMPTS.safety_net, "en-US")
    assert said == f"{T.duration_dropped} {net} Logged a calf cramp."
    [row] = store.diary_rows(user)
    assert row.get("minutes") is None


def test_the_duration_question_is_answerable_on_the_next_turn_only(talk, store, user):
    talk.say("LogCrampIntent", {"bodyPart": "calf", "duration": "ages"})
    talk.say("AMAZON.HelpIntent")
    said = talk.say("DiaryDurationIntent", {"duration": "PT2M"})
    assert said.startswith(P.duration_within_limit)  # the core's answer about a cramp now
    assert store.diary_rows(user) == []


def test_a_duration_with_no_question_pending_is_the_core_duration_answer(talk, store, user):
    said = talk.say("DiaryDurationIntent", {"duration": "PT20M"})
    assert said.startswith(content.fill_locale(content.long_cramp_flag().speech, "en-US"))
    assert store.diary_rows(user) == []


def test_first_log_ever_carries_the_disclaimer_once(store, user):
    talk = Talk(build_skill(store.config), user, session={})
    assert P.disclaimer.split(",")[0] in talk.say("LogCrampIntent")
    assert P.disclaimer.split(",")[0] not in Talk(build_skill(store.config), user,
                                                  session={}).say("LogCrampIntent")


# --- queries ----------------------------------------------------------------------------


def test_count_this_week(talk, store, user):
    store.seed(user, records(record(0.1), record(0.2), record(2.5), record(8)))
    assert talk.say("CrampCountIntent") == (
        "You've logged 3 cramps in the last seven days, on 2 different days."
    )
    assert not talk.ends_session and talk.card["title"] == T.card_title


@pytest.mark.parametrize(("ages", "expected"), [
    ((), T.count_none),
    ((1.5,), T.count_one),
    ((0.1, 0.3), "You've logged 2 cramps in the last seven days, all on one day."),
])
def test_count_wording(talk, store, user, ages, expected):
    store.seed(user, records(*(record(a) for a in ages)))
    assert talk.say("CrampCountIntent") == expected


def test_last_cramp(talk, store, user):
    store.seed(user, records(record(3), record(2 / 24, "calf", "running")))
    assert talk.say("LastCrampIntent") == (
        "Your last logged cramp was about 2 hours ago, in your calf, after running."
    )


def test_last_cramp_of_an_unspecified_part_without_trigger(talk, store, user):
    store.seed(user, records(record(3, "unspecified")))
    assert talk.say("LastCrampIntent") == "Your last logged cramp was 3 days ago."


def test_empty_diary(talk):
    assert talk.say("LastCrampIntent") == T.empty
    assert talk.say("TriggerSummaryIntent") == T.empty


def test_trigger_summary_counts_and_never_diagnoses(talk, store, user):
    store.seed(user, records(
        record(1, trigger="running"), record(9, trigger="running"), record(10, trigger="other"),
        record(11, trigger="sleep"), record(12), record(13),
    ))
    said = talk.say("TriggerSummaryIntent")
    assert said == (
        "Here's what you noted before your cramps: running, 2 times; sleep, once; "
        f"something else, once. 2 cramps had no trigger noted. {T.triggers_not_a_cause}"
    )
    assert "cause" in T.triggers_not_a_cause and "doctor can check" in T.triggers_not_a_cause


def test_trigger_summary_with_no_trigger_logged(talk, store, user):
    store.seed(user, records(record(1)))
    assert talk.say("TriggerSummaryIntent") == T.triggers_none


# --- the frequency red flag ---------------------------------------------------------------


def test_cramps_on_five_of_seven_days_bring_the_advice_once(talk, store, user):
    store.seed(user, records(record(1.2), record(2.2), record(3.2), record(4.2)))
    first = talk.say("LogCrampIntent", {"bodyPart": "calf"})
    assert first == f"Logged a calf cramp. {T.advice_frequent.format(days=5)}"
    again = talk.say("LogCrampIntent", {"bodyPart": "calf"})
    assert again == "Logged a calf cramp."  # spoken once, not on every log
    assert T.advice_frequent.format(days=5) not in talk.say("CrampCountIntent")


def test_four_days_are_not_a_pattern(talk, store, user):
    store.seed(user, records(record(1.2), record(2.2), record(3.2), record(9)))
    assert talk.say("LogCrampIntent") == "Logged a cramp."


def test_the_advice_comes_back_after_a_week_not_before(talk, store, user):
    days = [record(d) for d in (0.1, 1.2, 2.2, 3.2, 4.2)]
    store.seed(user, records(*days), **{diary.ADVISED_AT: int(time.time() - 6 * 86400)})
    assert T.advice_frequent.format(days=5) not in talk.say("CrampCountIntent")
    store.seed(user, {}, **{diary.ADVISED_AT: int(time.time() - 8 * 86400)})
    said = talk.say("CrampCountIntent")
    assert said.endswith(T.advice_frequent.format(days=5))


def test_a_logged_cramp_over_ten_minutes_brings_the_advice(talk, store, user):
    said = talk.say("LogCrampIntent", {"bodyPart": "calf", "duration": "PT15M"})
    assert said == f"Logged a calf cramp, lasting 15 minutes. {T.advice_long}"
    assert talk.say("LogCrampIntent", {"duration": "PT12M"}) == (
        "Logged a cramp, lasting 12 minutes."
    )


def test_the_pattern_is_spoken_when_asking_too(talk, store, user):
    store.seed(user, records(*(record(d) for d in (0.1, 1.2, 2.2, 3.2, 4.2))))
    assert talk.say("LastCrampIntent").endswith(T.advice_frequent.format(days=5))


# --- delete and skill disabled ------------------------------------------------------------


def test_delete_asks_then_yes_erases_every_row(talk, store, user):
    other = new_user_id()
    store.seed(other, records(record(1)))
    talk.say("LogCrampIntent", {"bodyPart": "calf"})
    assert store.rows_for(user) >= 1
    assert talk.say("DeleteDiaryIntent") == T.delete_question
    assert not talk.ends_session
    assert store.rows_for(user) >= 1  # nothing gone before the yes
    assert talk.say("AMAZON.YesIntent") == T.deleted
    assert store.rows_for(user) == 0
    assert store.diary_rows(user) == []
    assert len(store.diary_rows(other)) == 1  # another user's diary is untouched
    assert talk.say("CrampCountIntent") == T.count_none


def test_no_keeps_the_diary(talk, store, user):
    talk.say("LogCrampIntent")
    talk.say("DeleteDiaryIntent")
    assert talk.say("AMAZON.NoIntent") == T.delete_kept
    assert len(store.diary_rows(user)) == 1


def test_repeat_asks_the_delete_question_again(talk, store, user):
    talk.say("LogCrampIntent")
    talk.say("DeleteDiaryIntent")
    assert talk.say("AMAZON.RepeatIntent") == T.delete_question
    assert talk.say("AMAZON.YesIntent") == T.deleted
    assert store.rows_for(user) == 0


def test_a_later_yes_to_something_else_never_deletes(talk, store, user):
    talk.say("LogCrampIntent")
    talk.say("DeleteDiaryIntent")
    talk.say("CrampReliefIntent", {"bodyPart": "calf"})  # offers a stretch
    said = talk.say("AMAZON.YesIntent")
    assert said != T.deleted
    assert len(store.diary_rows(user)) == 1


def test_yes_and_no_without_the_question_are_not_the_diarys(talk, store, user):
    talk.say("LogCrampIntent")
    assert talk.say("AMAZON.YesIntent") == P.help
    assert talk.say("AMAZON.NoIntent").startswith(P.no_thanks)
    assert len(store.diary_rows(user)) == 1


def test_skill_disabled_erases_the_users_data(talk, store, user):
    talk.say("LogCrampIntent", {"bodyPart": "calf", "trigger": "running"})
    other = new_user_id()
    store.seed(other, records(record(1)))
    response = invoke(build_skill(store.config), skill_disabled_event(user))
    assert speech_of(response) == ""
    assert store.rows_for(user) == 0
    assert len(store.diary_rows(other)) == 1


# --- survives a restart --------------------------------------------------------------------


def test_the_diary_survives_a_restart(store, user):
    Talk(build_skill(store.config), user).say("LogCrampIntent", {"bodyPart": "calf"})
    restarted = Talk(build_skill(store.config), user)  # a new skill, a new adapter
    assert restarted.say("CrampCountIntent") == T.count_one
    assert restarted.say("LastCrampIntent") == "Your last logged cramp was just now, in your calf."


# --- resume --------------------------------------------------------------------------------


def test_resume_my_stretch_within_thirty_minutes_in_a_new_session(talk, store, user):
    stretch = next(s for s in content.STRETCHES if len(s.steps) > 1)
    position = {"kind": "stretch", "id": stretch.id, "step": 1, "at": int(time.time() - 600)}
    store.seed(user, {}, last_position=position)
    said = content.plain_text(talk.say("ResumeStretchIntent"))
    assert said.startswith(T.resume_lead)
    assert content.plain_text(stretch.steps[1].instruction) in said  # the stored step
    assert content.plain_text(stretch.steps[0].instruction) not in said  # not from the top
    assert stretch_in(talk.session)["id"] == stretch.id  # the guide carries on from here


def test_nothing_to_resume_after_thirty_minutes(talk, store, user):
    stretch = content.STRETCHES[0]
    position = {"kind": "stretch", "id": stretch.id, "step": 0, "at": int(time.time() - 3600)}
    store.seed(user, {}, last_position=position)
    assert talk.say("ResumeStretchIntent") == T.resume_nothing


# --- privacy ----------------------------------------------------------------------------------


def test_stored_data_never_reaches_the_logs(talk, store, user, caplog):
    caplog.set_level(logging.DEBUG)
    talk.say("LogCrampIntent", {"bodyPart": "calf", "trigger": "new medication",
                                "duration": "PT3M"})
    talk.say("TriggerSummaryIntent")
    talk.say("LastCrampIntent")
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("skill"))
    for private in (user, "new_medication", "new medication", "calf"):
        assert private not in logged


def test_only_the_diary_fields_are_stored_and_no_raw_user_id(talk, store, user):
    talk.say("LogCrampIntent", {"bodyPart": "calf", "trigger": "running", "duration": "PT3M"})
    [row] = store.diary_rows(user)
    assert set(row) - {"entry_id"} <= {"at", "body_part", "trigger", "minutes"}
    assert user not in store.raw_dump()


# --- the store is down ----------------------------------------------------------------------


@pytest.fixture
def broken_talk(store: Store, user: str, tmp_path: Path) -> Talk:
    """The same skill, with its store out of reach."""
    if store.kind == "sqlite":
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("a file where the data folder should be")
        config = store.config.with_overrides(sqlite_path=blocker / "diary.sqlite3")
    else:
        from tests.support.diary_stores import free_port

        config = store.config.with_overrides(
            dynamodb_endpoint_url=f"http://127.0.0.1:{free_port()}", dynamodb_create_table=False
        )
    return Talk(build_skill(config), user)


@pytest.mark.parametrize(("intent_name", "slots", "apology"), [
    ("LogCrampIntent", {"bodyPart": "calf"}, T.unavailable_save),
    ("CrampCountIntent", None, T.unavailable_read),
    ("LastCrampIntent", None, T.unavailable_read),
    ("TriggerSummaryIntent", None, T.unavailable_read),
])
def test_an_unreachable_store_gets_an_apology_and_the_talk_goes_on(
    broken_talk, intent_name, slots, apology, caplog
):
    caplog.set_level(logging.ERROR)
    assert broken_talk.say(intent_name, slots) == apology
    assert not broken_talk.ends_session
    assert "nothing was saved" in T.unavailable_save
    errors = [r for r in caplog.records if r.name == diary_handlers.__name__]
    assert errors and all(r.levelno == logging.ERROR for r in errors)
    assert broken_talk.user_id not in caplog.text
    assert broken_talk.say("AMAZON.HelpIntent") == P.help  # the conversation goes on


def test_a_store_failing_on_the_diary_read_gets_the_apology(tmp_path, monkeypatch, caplog):
    """SQLite reads the diary only when a handler first touches it: a failure at that
    moment still gets the spoken apology, not the generic error."""
    store = make_store("sqlite", tmp_path, monkeypatch)
    user = new_user_id()
    store.seed(user, records(record(1)))

    def failing_diary(adapter: SqliteAdapter, key: str) -> dict:
        raise adapter._failure(sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(SqliteAdapter, "_diary", failing_diary)
    caplog.set_level(logging.ERROR)
    talk = Talk(build_skill(store.config), user)
    assert talk.say("LastCrampIntent") == T.unavailable_read
    assert any(r.name == diary_handlers.__name__ for r in caplog.records)
    assert user not in caplog.text


def test_an_unreachable_store_on_delete_says_nothing_was_deleted(broken_talk):
    broken_talk.say("DeleteDiaryIntent")
    assert broken_talk.say("AMAZON.YesIntent") == T.unavailable_delete


def test_an_unreachable_store_on_skill_disabled_is_logged_not_raised(broken_talk, caplog):
    response = invoke(broken_talk.skill, skill_disabled_event(broken_talk.user_id))
    assert speech_of(response) == ""
    assert any(r.name == diary_handlers.__name__ for r in caplog.records)


def test_a_forged_pending_question_cannot_store_free_text(talk, store, user):
    talk.session[PENDING] = {"asked": {
        "kind": "diary_question", "body_part": "my neighbour's name", "trigger": "a secret",
        "unknown_part": False, "unknown_trigger": False, "tries": 0,
    }}
    said = talk.say("DiaryDurationIntent", {"duration": "PT2M"})
    assert said == "Logged a cramp, lasting 2 minutes."
    assert "neighbour" not in store.raw_dump() and "secret" not in store.raw_dump()
