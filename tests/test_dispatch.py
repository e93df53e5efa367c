"""The routing mapper picks exactly the handler the SDK's own mapper would (asking each
handler's can_handle in turn)."""

from __future__ import annotations

import json

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import RequestEnvelope
from ask_sdk_runtime.dispatch_components import GenericRequestMapper

from skill import content
from skill.conversation import state
from skill.conversation.routing import RoutingMapper
from tests.support.envelopes import envelope, intent, launch
from tests.support.pending import pending_attributes


def _requests():
    # (session attributes, request attributes): nothing going on, an offer, a stretch
    # running, an offer over it, the diary's questions, a routine's next spoken part, and
    # the previous version's keys.
    states = [
        ({}, {}),
        (pending_attributes(state.Offer("stretch", "calf")), {}),
        (pending_attributes(stretch=("calf", 0, 1)), {}),
        (pending_attributes(state.Offer("answer", "causes"), ("calf", 0, 1)), {}),
        (pending_attributes(state.Confirmation()), {}),
        (pending_attributes(state.DiaryQuestion(), ("calf", 0, 1)), {}),
        (pending_attributes(state.RoutinePart("night_cramp", 1)), {}),
        ({"offer": "stretch:calf", "guide": {"id": "calf", "side": 0, "step": 1}}, {}),
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
    assert isinstance(mapper, RoutingMapper)
    sdk_mapper = GenericRequestMapper(mapper.request_handler_chains)
    envelope_ = skill.serializer.deserialize(json.dumps(body), RequestEnvelope)
    attributes = AttributesManager(request_envelope=envelope_,
                                   persistence_adapter=skill.persistence_adapter)
    attributes.request_attributes = dict(request_attributes)
    handler_input = HandlerInput(request_envelope=envelope_, attributes_manager=attributes)
    ours = mapper.get_request_handler_chain(handler_input)
    theirs = sdk_mapper.get_request_handler_chain(handler_input)
    assert (ours and type(ours.request_handler)) == (theirs and type(theirs.request_handler))

