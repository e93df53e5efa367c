"""One routing table: every (intent, pending kind) has exactly one handler, red flags come
first by declaration, and `cramp-coach routes` prints it."""

from __future__ import annotations

import ast
import json
import random
from pathlib import Path

import pytest

from skill import content
from skill.cli import main
from skill.conversation import state
from skill.conversation.handlers import (
    audio_player,
    conversation,
    diary,
    guide,
    request_handlers,
    safety,
)
from skill.conversation.handlers.base import IntentHandler
from skill.conversation.routing import ANY_INTENT, RouteConflict, RoutingTable, default_table
from skill.language import interaction_model
from tests.support.envelopes import intent
from tests.support.night import handler_input_for
from tests.support.pending import pending_attributes

HANDLERS_DIR = Path(guide.__file__).parent
MODEL_INTENTS = sorted({
    i["name"]
    for locale in content.LOCALES
    for i in json.loads(interaction_model.model_path(locale.code).read_text())[
        "interactionModel"]["languageModel"]["intents"]
})
REQUEST_TYPES = [
    "LaunchRequest", "SessionEndedRequest", "CanFulfillIntentRequest",
    "AlexaSkillEvent.SkillDisabled", "Alexa.Presentation.APL.UserEvent",
    "System.ExceptionEncountered",
    "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackFinished", "AudioPlayer.PlaybackStopped",
    "AudioPlayer.PlaybackNearlyFinished", "AudioPlayer.PlaybackFailed",
    "PlaybackController.PlayCommandIssued", "PlaybackController.PauseCommandIssued",
    "PlaybackController.NextCommandIssued", "PlaybackController.PreviousCommandIssued",
]


def test_the_skill_table_builds_without_a_double_claim():
    RoutingTable(request_handlers())  # raises RouteConflict on a second claim


def test_a_second_claim_on_the_same_intent_and_pending_kind_is_refused():
    class AnotherYesToTheGuide(IntentHandler):
        intents = ("AMAZON.YesIntent",)
        pending = (state.GuideStep,)

    with pytest.raises(RouteConflict, match="AMAZON.YesIntent when guide_step"):
        RoutingTable([*request_handlers(), AnotherYesToTheGuide()])


@pytest.mark.parametrize("name", MODEL_INTENTS)
def test_every_model_intent_has_one_handler_for_every_pending_kind(name):
    table = default_table()
    for kind in state.KINDS:
        handler = table.route(name, kind)
        assert handler is not None, (name, kind.kind)
        assert not isinstance(handler, conversation.UnknownIntentHandler), name


def test_every_request_type_has_a_handler_and_unknown_intents_a_catch_all():
    table = default_table()
    for request_type in REQUEST_TYPES:
        assert table.route(request_type, state.Anything) is not None, request_type
    assert isinstance(table.route(ANY_INTENT, state.Anything), conversation.UnknownIntentHandler)


# Who answers what, as the conversation needs it (the table, read as the product).
EXPECTED = [
    ("AMAZON.YesIntent", state.Anything, conversation.YesHandler),
    ("AMAZON.YesIntent", state.Offer, conversation.YesToOfferHandler),
    ("AMAZON.YesIntent", state.GuideStep, guide.YesHandler),
    ("AMAZON.YesIntent", state.Confirmation, diary.ConfirmDeleteHandler),
    ("AMAZON.YesIntent", state.RoutinePart, audio_player.SpokenRoutineHandler),
    ("AMAZON.NoIntent", state.Offer, conversation.NoHandler),
    ("AMAZON.NoIntent", state.Confirmation, diary.KeepDiaryHandler),
    ("AMAZON.NextIntent", state.RoutineTrack, audio_player.NextRoutineStepHandler),
    ("AMAZON.NextIntent", state.GuideStep, guide.NextHandler),
    ("AMAZON.NextIntent", state.Anything, conversation.NavigationOutsideGuideHandler),
    ("AMAZON.RepeatIntent", state.Confirmation, diary.RepeatDeleteQuestionHandler),
    (diary.texts.LOG_DURATION_INTENT, state.DiaryQuestion, diary.DiaryDurationHandler),
    (diary.texts.LOG_DURATION_INTENT, state.Anything, safety.DurationHandler),
]


@pytest.mark.parametrize(("name", "kind", "handler"), EXPECTED,
                         ids=[f"{n}-{k.kind}" for n, k, _ in EXPECTED])
def test_the_table_says_who_answers(name, kind, handler):
    assert type(default_table().route(name, kind)) is handler


def _routed(table: RoutingTable, skill, name: str, slots=None, **pending) -> object:
    body = intent(name, slots, session_attributes=pending_attributes(**pending))
    return table.handler_for(handler_input_for(skill, body))


def test_a_question_over_a_stretch_takes_what_it_answers_and_leaves_the_rest_to_the_guide(skill):
    table = default_table()
    over = {"asked": state.Offer("answer", "causes"), "stretch": ("calf", 0, 0)}
    assert type(_routed(table, skill, "AMAZON.YesIntent", **over)) is conversation.YesToOfferHandler
    assert type(_routed(table, skill, "AMAZON.NoIntent", **over)) is conversation.NoHandler
    assert type(_routed(table, skill, "AMAZON.NextIntent", **over)) is guide.NextHandler
    assert type(_routed(table, skill, "AMAZON.RepeatIntent", **over)) is guide.RepeatHandler


def test_a_red_flag_wins_by_declaration_wherever_its_handler_stands(skill):
    handlers = request_handlers()
    random.Random(14).shuffle(handlers)
    table = RoutingTable(reversed(handlers))
    symptom = {"symptom": "can't breathe"}
    for name, pending in (("AMAZON.YesIntent", {"asked": state.Confirmation()}),
                          ("CrampReliefIntent", {"stretch": ("calf", 0, 0)}),
                          ("AMAZON.StopIntent", {})):
        assert type(_routed(table, skill, name, symptom, **pending)) is safety.RedFlagHandler
    assert type(_routed(table, skill, "AMAZON.YesIntent", asked=state.Confirmation())) is (
        diary.ConfirmDeleteHandler)


def test_no_handler_calls_another_handlers_handle():
    """Shared steps are functions: `SomeHandler().handle(...)` appears nowhere."""
    calls = []
    for path in HANDLERS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "handle" and isinstance(node.func.value, ast.Call)):
                calls.append(f"{path.name}:{node.lineno}")
    assert calls == []


def test_routes_prints_one_handler_per_intent_and_pending_kind(capsys):
    assert main(["routes"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert "safety.RedFlagHandler" in printed[1]  # the pre-empting handler, first
    rows, key = set(), ""
    for line in printed[2:]:
        columns = line.split()
        if len(columns) == 3:
            key = columns[0]
        rows.add((key, columns[-2], columns[-1]))
    for name in MODEL_INTENTS:
        assert any(row[0] == name for row in rows), name
    assert ("AMAZON.YesIntent", "confirmation", "diary.ConfirmDeleteHandler") in rows
    assert ("AMAZON.YesIntent", "*", "conversation.YesHandler") in rows
    assert len(rows) == len(default_table().routes())
