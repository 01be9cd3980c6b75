"""Speech acts told in phrasings that gave no event on reports nobody tuned on (dev g274-g321): a side saying it
did not do an act of force (its denial), a denial joined to a reported act, vows to put an end to an armed foe.
PLOVER codes the speech act by whoever makes it; the act it is about keeps its own status (docs/gold-format.md).

Each test runs the real spaCy model and resolvers, on sentences written for it.
"""

from __future__ import annotations

from test_events import codes, extract, kinds, only


def test_a_side_saying_it_had_not_attacked_denies_it() -> None:
    """ "The Taliban said they had not attacked the border post": the Taliban's denial (REJECT), and the attack
    itself stays an event of its own, negated, never coded as having happened."""
    events = extract("The Taliban said they had not attacked the border post.")
    denial = only(events, "REJECT")
    assert codes(denial.source) == {"AFG"}
    assert denial.status == "occurred"
    attack = only(events, "ASSAULT")
    assert attack.status == "negated"


def test_saying_another_side_did_not_attack_or_will_not_is_no_denial() -> None:
    """Only the side that would have done the act denies it, and only a past act: "the UN said the army had not
    attacked" is the UN's account; "said it would not attack" is a statement about the future."""
    assert "REJECT" not in kinds(extract("The UN said the army had not attacked the camp."))
    assert "REJECT" not in kinds(extract("Russia said it would not attack Ukraine."))


def test_a_denial_joined_to_a_reported_act_is_the_speakers() -> None:
    """ "said the strike had targeted extremists and denied that civilians had been hit": the parser joins the
    denial to the reported strike; the one who denies is the government that spoke, not the strike."""
    events = extract("The Ethiopian government said the strike had targeted Fano extremists and denied that "
                     "civilians had been hit.")
    assert codes(only(events, "REJECT").source) == {"ETH"}


def test_a_vow_to_finish_an_armed_foe_is_a_threat() -> None:
    """ "vowed to finish al Shabaab", "said the government would wipe out the Maoists": an armed foe put an end
    to by force is a threat of force by the side that vows it (the force hypothetical, no attack that happened)."""
    vow = only(extract("Somalia's president vowed to finish al Shabaab by the end of next year."), "THREATEN")
    assert codes(vow.source) == {"SOM"}
    assert "ASSAULT" not in kinds(extract("Somalia's president vowed to finish al Shabaab by the end of next year."))
    assert "THREATEN" in kinds(extract("India's home minister said India would wipe out the Maoists by March 2027."))


def test_ending_poverty_or_finishing_the_job_is_no_threat() -> None:
    """What is eliminated or finished must be an armed foe: "eliminate poverty", "finish the job" name no force."""
    assert not kinds(extract("Somalia's president said Somalia would eliminate poverty by the end of next year."))
    assert not kinds(extract("India's home minister said India would finish the job by March 2027."))
    assert "ASSAULT" not in kinds(extract("Somali troops eliminated poverty in the district last year."))


def test_restraint_given_up_is_a_threat() -> None:
    """ "said the government would no longer show restraint": force held out against the other side (THREATEN by
    the side that gives up restraint); restraint not shown in the past is no threat."""
    threat = only(extract("Pakistan said it would no longer show restraint towards the marchers."), "THREATEN")
    assert codes(threat.source) == {"PAK"}
    assert threat.status == "occurred"
    assert "THREATEN" not in kinds(extract("India said it had not exercised restraint."))


def test_a_vow_is_a_threat_only_when_what_is_vowed_is_force_against_someone() -> None:
    """ "vowed to crush the rebels" threatens them; "vowed to reduce poverty" and "vowed to end corruption" are
    promises about a condition, no threat to anyone, though "reduce" and "end" have senses of their own (reducing
    ties, ending cooperation) that would fit another object."""
    assert kinds(extract("President Tinubu vowed to reduce poverty in the north.")) == set()
    assert kinds(extract("The minister vowed to end corruption by next year.")) == set()
    assert "THREATEN" in kinds(extract("The army vowed to crush the rebels in Kivu."))
    assert "THREATEN" in kinds(extract("The governor vowed to drive the militants out of the state."))
