"""The declared-intent mapper picks exactly the handler the SDK's own mapper would."""

from __future__ import annotations

import json

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import RequestEnvelope
from ask_sdk_runtime.dispatch_components import GenericRequestMapper

from skill import content
from skill.conversation.dispatch import DeclaredRequestMapper
from skill.conversation.handlers.diary import ASK_DELETE, QUESTION
from skill.conversation.handlers.guide import GUIDE
from skill.conversation.state import OFFER
from tests.support.envelopes import envelope, intent, launch


def _requests():
    # (session attributes, request attributes): nothing going on, an offer, a stretch
    # running, and the diary's delete question pending (its interceptor moves it per request).
    states = [
        ({}, {}),
        ({OFFER: "stretch:calf"}, {}),
        ({GUIDE: {"id": "calf", "side": 0, "step": 1}}, {}),
        ({}, {QUESTION: {"ask": ASK_DELETE}}),
    ]
    for spec in content.all_intents():
        slots = {slot.name: "calf" if slot.type == "BODY_PART" else "can't breathe"
                 for slot in spec.slots if slot.type in ("BODY_PART", "SYMPTOM")}
        for session_attributes, request_attributes in states:
            body = intent(spec.name, slots, session_attributes=dict(session_attributes))
            yield spec.name, (body, request_attributes)
    playing = {"playerActivity": "PLAYING", "token": "cramp-coach:routine:night_cramp:1",
               "offsetInMilliseconds": 1200}
    yield "launch", (launch(), {})
    for request_type in ("AudioPlayer.PlaybackNearlyFinished", "AudioPlayer.PlaybackStarted",
                         "AudioPlayer.PlaybackFailed", "PlaybackController.NextCommandIssued",
                         "AlexaSkillEvent.SkillDisabled", "SessionEndedRequest",
                         "Alexa.Presentation.APL.UserEvent", "System.ExceptionEncountered"):
        yield request_type, (envelope({"type": request_type, "token": playing["token"]},
                                      audio_player=playing), {})
    yield "unknown", (intent("NoSuchIntent"), {})


REQUESTS = list(_requests())


@pytest.mark.parametrize(("label", "request_"), REQUESTS, ids=[label for label, _ in REQUESTS])
def test_same_handler_as_the_sdk_mapper(skill, label, request_):
    body, request_attributes = request_
    [mapper] = skill.request_dispatcher.request_mappers
    assert isinstance(mapper, DeclaredRequestMapper)
    sdk_mapper = GenericRequestMapper(mapper.request_handler_chains)
    envelope_ = skill.serializer.deserialize(json.dumps(body), RequestEnvelope)
    attributes = AttributesManager(request_envelope=envelope_,
                                   persistence_adapter=skill.persistence_adapter)
    attributes.request_attributes = dict(request_attributes)
    handler_input = HandlerInput(request_envelope=envelope_, attributes_manager=attributes)
    ours = mapper.get_request_handler_chain(handler_input)
    theirs = sdk_mapper.get_request_handler_chain(handler_input)
    assert (ours and type(ours.request_handler)) == (theirs and type(theirs.request_handler))

