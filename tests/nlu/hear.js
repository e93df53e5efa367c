// What virtual-alexa (our independent Alexa client) hears in each utterance, against a built model.
// Reads {"model": path, "utterances": [...]} on stdin; prints one JSON line per utterance:
// {"intent": name|null, "slots": {...}} - null where no sample matches (Alexa would send Fallback),
// "LaunchRequest" where virtual-alexa reads the words as opening the skill.
"use strict";
const { InteractionModel } = require("virtual-alexa/lib/src/model/InteractionModel");
const { Utterance } = require("virtual-core");
require("../support/virtual_alexa_speedup").install();

const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const model = InteractionModel.fromFile(input.model);
const launchWords = /(ask|open|launch|talk to|tell).*/i; // as VirtualAlexa.utter decides
const out = [];
for (const said of input.utterances) {
  if (launchWords.test(said)) { out.push({ intent: "LaunchRequest", slots: {} }); continue; }
  const heard = new Utterance(model, said);
  out.push(heard.matched() ? { intent: heard.intent(), slots: heard.toJSON() } : { intent: null, slots: {} });
}
process.stdout.write(out.map((o) => JSON.stringify(o)).join("\n") + "\n");
