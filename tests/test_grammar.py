"""The template expander: syntax, bounds, determinism, and the errors that name a template."""

import pytest

from skill.language.grammar import GrammarError, combinations, expand, slots_in

RELIEF = "[ow|ouch|ugh] my {bodyPart} (is cramping|has seized up|just locked up|went into a cramp)"


def test_full_product_within_budget():
    samples = expand(RELIEF)
    assert len(samples) == combinations(RELIEF) == 16
    assert "ugh my {bodyPart} just locked up" in samples
    assert "my {bodyPart} went into a cramp" in samples  # the optional group left out


def test_optional_words_leave_no_double_spaces():
    assert expand("my [just] {x} hurts") == ["my just {x} hurts", "my {x} hurts"]


def test_nested_groups_and_rules():
    rules = {"part": "(leg|calf)", "how": "[(really|so) (bad|much)]"}
    samples = expand("my <part> hurts <how>", rules)
    assert len(samples) == 2 * 5
    assert "my calf hurts so much" in samples and "my leg hurts" in samples


def test_over_budget_covers_every_alternative_and_stays_in_budget():
    template = "(a|b|c|d|e) (f|g|h) [(i|j) (k|l|m|n)] (o|p|q|r|s|t|u)"
    budget = 20
    samples = expand(template, budget=budget)
    assert combinations(template) > 500
    assert len(samples) <= budget
    words = {w for s in samples for w in s.split()}
    assert words == set("abcdefghijklmnopqrstu")


def test_expansion_is_deterministic():
    template = "(a|b|c|d) (e|f|g|h) (i|j|k|l) (m|n|o|p)"
    assert expand(template, budget=30) == expand(template, budget=30)


def test_slots_are_found_inside_groups_and_rules():
    assert slots_in("[my {bodyPart}] <who>", {"who": "(my {person}|he)"}) == {"bodyPart", "person"}


@pytest.mark.parametrize("bad", ["my (calf", "my calf]", "my <nope>", "my {calf", "a | b)"])
def test_broken_templates_name_themselves(bad):
    with pytest.raises(GrammarError) as error:
        expand(bad, {})
    assert repr(bad) in str(error.value)


def test_a_rule_cannot_refer_to_itself():
    with pytest.raises(GrammarError, match="refers to itself"):
        expand("<loop>", {"loop": "a <loop>"})


def test_over_budget_keeps_the_most_common_combinations():
    # Alternatives are written most common first; leaving an optional group out is commonest.
    template = ("[ow|ugh|argh|oof] my (calf|foot|leg|neck) "
                "(is cramping|cramped|locked up|hurts) [again|now]")
    samples = expand(template, budget=12)
    assert "my calf is cramping" in samples
    assert {"ow my calf is cramping", "my foot is cramping", "my calf cramped",
            "my calf is cramping again"} <= set(samples)
    assert len(samples) == 12


def test_a_template_shared_by_rule_sets_expands_by_its_own_rules():
    # Expansions are remembered per template and the rules it reaches, not per rule set.
    template = "my <part> [<how>] hurts"
    one = {"part": "(leg|calf)", "how": "(really|so)", "unused": "x"}
    other = {"part": "(leg|calf)", "how": "(very|truly)"}
    assert expand(template, one) == ["my leg really hurts", "my calf really hurts",
                                     "my leg so hurts", "my calf so hurts",
                                     "my leg hurts", "my calf hurts"]
    assert "my calf truly hurts" in expand(template, other)
    assert expand(template, {**one, "unused": "y"}) == expand(template, one)
    with pytest.raises(GrammarError, match="unknown rule"):
        expand(template, {"part": "(leg|calf)"})


def test_expansions_are_fresh_lists():
    samples = expand("my [just] {x} hurts")
    samples.append("changed")
    assert expand("my [just] {x} hurts") == ["my just {x} hurts", "my {x} hurts"]
