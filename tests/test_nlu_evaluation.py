"""Understanding, measured with our own evaluation set (tests/nlu/*.csv), written apart
from the samples: every utterance goes through virtual-alexa (an independent Alexa client)
against the built models, and the skill's free-word routing where a catch-all took it.

The set never feeds the grammar. Half of it (``Case.held_out``) is not even read while
templates are written; ``cramp-coach nlu-eval --split dev`` shows the other half's misses.
"""

from __future__ import annotations

import json
import os
import subprocess
from functools import cache

import pytest

from skill.config import PROJECT_ROOT
from skill.language import evaluation, nlu

HEAR_JS = PROJECT_ROOT / "tests" / "nlu" / "hear.js"
CASES = evaluation.load_cases()
LOCALES = sorted({case.locale for case in CASES})


def _model_file(locale: str) -> str:
    for path in (PROJECT_ROOT / "interaction_model" / "interactionModels" / "custom",
                 PROJECT_ROOT / "interaction_model"):
        if (path / f"{locale}.json").exists():
            return str(path / f"{locale}.json")
    raise FileNotFoundError(locale)


@cache
def _virtual_alexa(locale: str, utterances: tuple[str, ...]) -> list[nlu.Match | None]:
    done = subprocess.run(
        ["node", str(HEAR_JS)],
        input=json.dumps({"model": _model_file(locale), "utterances": list(utterances)}).encode(),
        capture_output=True, cwd=PROJECT_ROOT, timeout=300,
        env={**os.environ, "AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE": "1"},
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    heard = [json.loads(line) for line in done.stdout.decode().splitlines() if line.strip()]
    return [nlu.Match(h["intent"], h["slots"]) if h["intent"] else None for h in heard]


def virtual_alexa_hears(locale: str, utterances: list[str]) -> list[nlu.Match | None]:
    return _virtual_alexa(locale, tuple(utterances))


def test_the_set_is_big_enough_and_covers_every_locale_and_group():
    assert len(CASES) >= 1000
    assert set(LOCALES) == {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"}
    for locale in LOCALES:
        groups = {evaluation.group_of(c.intent) for c in CASES if c.locale == locale}
        assert {"relief", "redflag", "question", "stretch", "routine", "diary",
                "builtin"} <= groups, locale


@pytest.mark.parametrize("locale", LOCALES)
def test_say_hears_what_virtual_alexa_hears(locale):
    """`cramp-coach say` and the evaluation use our matcher: it must agree with virtual-alexa."""
    utterances = [c.utterance for c in CASES if c.locale == locale]
    theirs = virtual_alexa_hears(locale, utterances)
    differ = {
        said: (mine, heard)
        for said, heard in zip(utterances, theirs, strict=True)
        if (mine := nlu.match(said, locale)) != heard
    }
    assert not differ


# The goal is evaluation.PASS_MARK (95%) for every group. Until a group gets there, it may
# not fall below what it reached when last measured: raise these as understanding improves.
FLOORS = {
    "builtin": 0.95, "diary": 0.95, "question": 0.95, "redflag": 0.95, "relief": 0.95,
    "routine": 0.95, "stretch": 0.95,
}


def test_every_intent_group_is_understood():
    outcomes = evaluation.evaluate(CASES, hear=virtual_alexa_hears)
    report = "\n".join(evaluation.report(outcomes, show_misses=False))
    shares = {group: score.share for group, score in evaluation.scores(outcomes).items()}
    assert set(shares) == set(FLOORS), report
    below = {group: share for group, share in shares.items()
             if share < min(FLOORS[group], evaluation.PASS_MARK)}
    assert not below, report
