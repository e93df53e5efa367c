// Speeds up virtual-alexa's matcher (virtual-core 0.1.1) without changing what it hears.
//
// For every utterance, virtual-core tries each of the model's ~36,000 samples in order: it
// strips punctuation from the utterance again, builds the sample's RegExp again, and matches.
// Here the stripped utterance is computed once per utterance, each sample's RegExp once (no g
// or y flag: it keeps no state between matches), and a sample whose RegExp cannot match is
// answered with a plain "no match" before the RegExp runs, by two exact tests: the literal words
// before its first slot must open the utterance, and those after its last slot must end it
// (its RegExp is ^words(.*)...(.*)words$ with the i flag, and words of ASCII letters, digits,
// spaces and apostrophes only match the same ASCII characters in any case). Samples are still
// tried in their order, and every possible match still goes through virtual-core's own
// SamplePhraseTest, so scores and ties come out as before. tests/e2e/test_virtual_alexa_speedup.py
// holds the sped-up matcher to virtual-core's own answers.
"use strict";
const path = require("path");

// The copy virtual-alexa itself loads.
const core = path.dirname(require.resolve("virtual-core/package.json", {
  paths: [path.dirname(require.resolve("virtual-alexa/package.json"))],
}));
const { SamplePhrase, SamplePhraseTest } = require(path.join(core, "lib/src/SampleUtterances"));

const PUNCTUATION = /[\!\"\¿\?|\#\$\%\/\(\)\=\+\-\_\<\>\*\{\}\·\¡\[\]\.\,\;\:]/g; // SamplePhraseTest's
const SLOT = "(.*)";
const PLAIN = /^[A-Za-z0-9 ']*$/;
const NO_MATCH = Object.freeze({ matches: () => false });

let lastUtterance = null;
let clean = "";
let cleanLower = "";

function literalEnds(sample) {
  const source = sample._regex;
  const first = source.indexOf(SLOT);
  if (first === -1) {
    return PLAIN.test(source) ? { exact: source.toLowerCase() } : {};
  }
  const head = source.slice(0, first);
  const tail = source.slice(source.lastIndexOf(SLOT) + SLOT.length);
  return {
    head: PLAIN.test(head) ? head.toLowerCase() : "",
    tail: PLAIN.test(tail) ? tail.toLowerCase() : "",
  };
}

function install() {
  if (SamplePhrase.prototype._fastMatch) return;
  const buildRegex = SamplePhrase.prototype.regex;
  SamplePhrase.prototype._fastMatch = true;
  SamplePhrase.prototype.regex = function () {
    if (this._compiled === undefined) this._compiled = buildRegex.call(this);
    return this._compiled;
  };
  SamplePhrase.prototype.matchesUtterance = function (utterance) {
    if (utterance !== lastUtterance) {
      lastUtterance = utterance;
      clean = utterance.replace(PUNCTUATION, "");
      cleanLower = clean.toLowerCase();
    }
    if (this._ends === undefined) this._ends = literalEnds(this);
    const ends = this._ends;
    if (ends.exact !== undefined) {
      if (clean.length !== ends.exact.length || cleanLower !== ends.exact) return NO_MATCH;
    } else {
      if (ends.head && clean.slice(0, ends.head.length).toLowerCase() !== ends.head) return NO_MATCH;
      if (ends.tail && clean.slice(clean.length - ends.tail.length).toLowerCase() !== ends.tail) {
        return NO_MATCH;
      }
    }
    if (!this.regex().test(clean)) return NO_MATCH;
    return new SamplePhraseTest(this, utterance);
  };
}

module.exports = { install };
