"""The test drivers' speed-up of virtual-alexa's matcher (tests/support/virtual_alexa_speedup.js)
must hear exactly what virtual-core hears unpatched: the same sample, intent and slot values.

Unpatched virtual-core takes a large fraction of a second per utterance on our model, so this
holds the two to the same answers on a spread of utterances, not on the whole evaluation set.
"""

from __future__ import annotations

import json
import os
import subprocess
from itertools import islice

from skill.config import PROJECT_ROOT
from skill.language import evaluation
from skill.language.interaction_model import model_path

COMPARE_JS = """
"use strict";
const { InteractionModel } = require("virtual-alexa/lib/src/model/InteractionModel");
const { Utterance } = require("virtual-core");
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const model = InteractionModel.fromFile(input.model);
const hear = () => input.utterances.map((said) => {
  const heard = new Utterance(model, said);
  return heard.matched()
    ? { sample: heard.matchedSample.phrase, intent: heard.intent(), slots: heard.toJSON() }
    : null;
});
const unpatched = hear();
require(input.speedup).install();
process.stdout.write(JSON.stringify({ unpatched, patched: hear() }));
"""

# What the evaluation set rarely has: case, punctuation, several slots, a slot first or last,
# words no sample holds, characters outside ASCII, and nothing at all.
EDGE_CASES = [
    "Help, Calf Cramp!", "MY CALF IS CRAMPING", "log a calf cramp that lasted ten minutes",
    "what about magnesium?", "calf", "hamstring cramp", "banana split sundae", "",
    "İ can't breathe", "my café is cramping", "stop", "next", "yes", "no",
    "I'm having a cramp in my foot", "why do I get leg cramps only at night",
]


def _spread(per_group: int = 2) -> list[str]:
    """A few en-US evaluation utterances from each intent group."""
    cases = [c for c in evaluation.load_cases(["en-US"])]
    groups = sorted({evaluation.group_of(c.intent) for c in cases})
    return [
        c.utterance for group in groups
        for c in islice((c for c in cases if evaluation.group_of(c.intent) == group), per_group)
    ]


def test_the_speedup_hears_what_virtual_core_hears():
    utterances = EDGE_CASES + _spread()
    script = {
        "model": str(model_path("en-US")), "utterances": utterances,
        "speedup": str(PROJECT_ROOT / "tests" / "support" / "virtual_alexa_speedup.js"),
    }
    done = subprocess.run(
        ["node", "-e", COMPARE_JS], input=json.dumps(script).encode(), capture_output=True,
        cwd=PROJECT_ROOT, timeout=300,
        env={**os.environ, "AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE": "1"},
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    heard = json.loads(done.stdout)
    assert sum(h is not None for h in heard["unpatched"]) >= len(utterances) // 2  # it matches
    differ = {
        said: (before, after)
        for said, before, after in zip(utterances, heard["unpatched"], heard["patched"],
                                       strict=True)
        if before != after
    }
    assert not differ
