"""The local tools: `cramp-coach say`, `cramp-coach intent` and `cramp-coach build-model`."""

from __future__ import annotations

from skill import content
from skill.cli import main


def test_say_prints_what_the_skill_would_say(capsys):
    assert main(["say", "help, calf cramp"]) == 0
    out = capsys.readouterr().out
    assert "intent: CrampReliefIntent {'bodyPart': 'calf'}" in out
    assert f"says:   {content.plain_text(content.relief_for('calf').steps[0])}" in out


def test_say_reports_when_nothing_matches(capsys):
    assert main(["say", "zebra", "crossing", "lights"]) == 0
    captured = capsys.readouterr()
    assert "no sample in the model matches 'zebra crossing lights'" in captured.err
    assert content.PROMPTS.fallback.split(".")[0] in captured.out


def test_intent_runs_a_named_intent_with_slots(capsys):
    assert main(["intent", "RedFlagIntent", "symptom=can't breathe", "--locale", "en-AU"]) == 0
    out = capsys.readouterr().out
    assert "says:   Call 000 now." in out
    assert "ends:   True" in out


def test_intent_rejects_malformed_slots(capsys):
    assert main(["intent", "CrampReliefIntent", "calf"]) == 2
    assert "slots are name=value" in capsys.readouterr().err


def test_build_model_check_reports_fresh_and_stale(tmp_path, capsys):
    assert main(["build-model", "--out", str(tmp_path)]) == 0
    assert main(["build-model", "--out", str(tmp_path), "--check"]) == 0
    (tmp_path / "interactionModels" / "custom" / "en-US.json").write_text("{}")
    assert main(["build-model", "--out", str(tmp_path), "--check"]) == 1
    assert "stale: interactionModels/custom/en-US.json" in capsys.readouterr().err


def test_nlu_eval_measures_another_set(tmp_path, capsys):
    header = ("utterance,referenceTimestamp,intent,slot[bodyPart],slot[symptom],slot[person],"
              "slot[stretch],slot[routine],slot[trigger],slot[duration]\n")
    (tmp_path / "en-US.csv").write_text(
        header + "ow my calf,,CrampReliefIntent,calf,,,,,,\n"
        "zebra crossing lights,,CrampReliefIntent,,,,,,,\n")
    assert main(["nlu-eval", "--set", str(tmp_path), "--quiet"]) == 1  # one of two: below 95%
    out = capsys.readouterr().out
    assert "relief                1 / 2" in out
