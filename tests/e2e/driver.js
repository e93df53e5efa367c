// Drives one conversation with the running skill through virtual-alexa, an independent Alexa client.
// Reads a JSON script on stdin, prints {"turns": [...]} on stdout. One process per conversation.
//
// Script: {skillURL, model, locale, userId?, deviceId?, interfaces?: [..], set?: {"json.path": value},
//          steps: [{utter}|{launch: true}|{intent, slots?}|{audio: "playbackNearlyFinished"|...}|
//                  {endSession: reason}|{set: {...}}]}
"use strict";
const _ = require("lodash");
const va = require("virtual-alexa");
require("../support/virtual_alexa_speedup").install();
const { AudioPlayerActivity } = require("virtual-alexa/lib/src/audioPlayer/AudioPlayer");

async function main() {
  const script = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const alexa = va.VirtualAlexa.Builder()
    .skillURL(script.skillURL)
    .interactionModelFile(script.model)
    .locale(script.locale || "en-US")
    .create();
  if (script.userId) alexa.context().user().setID(script.userId);
  if (script.deviceId) alexa.context().device().setID(script.deviceId);
  for (const name of script.interfaces || []) alexa.context().device().supportedInterface(name, true);
  let overrides = script.set || {};
  let lastRequest = null;
  alexa.filter((request) => {
    for (const [path, value] of Object.entries(overrides)) _.set(request, path, value);
    lastRequest = JSON.parse(JSON.stringify(request));
  });

  const turns = [];
  for (const step of script.steps) {
    if (step.set) { overrides = { ...overrides, ...step.set }; }
    let response = null;
    let error = null;
    lastRequest = null;
    try {
      if (step.utter !== undefined) response = await alexa.utter(step.utter);
      else if (step.launch) response = await alexa.launch();
      else if (step.intent) response = await alexa.intend(step.intent, step.slots || {});
      else if (step.audio) response = await alexa.audioPlayer()[step.audio]();
      else if (step.endSession) response = await alexa.endSession(step.endSession);
      else if (step.set) { turns.push({ step }); continue; }
      else throw new Error("unknown step " + JSON.stringify(step));
    } catch (e) {
      error = String(e && e.message ? e.message : e);
    }
    const player = alexa.audioPlayer();
    const playing = player.playing();
    turns.push({
      step,
      request: lastRequest,
      response: response && response.response !== undefined ? _.pick(response, ["version", "response", "sessionAttributes"]) : response,
      error,
      player: {
        activity: AudioPlayerActivity[player.playerActivity()] || null,
        token: playing ? playing.stream.token : null,
        url: playing ? playing.stream.url : null,
        offsetInMilliseconds: playing ? playing.stream.offsetInMilliseconds : null,
      },
      sessionActive: alexa.context().activeSession(),
    });
  }
  process.stdout.write(JSON.stringify({ turns }));
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
