"""The event rules, read from the declarative files in a data folder and validated on load.

    lex = load_lexicon()                  # the shipped rules (flashpoint/events/data)
    lex = load_lexicon(Path("my-rules"))  # another folder with the same files (a second language, a test)

Files: triggers.yaml (words that name acts), words.yaml (word and type classes, each defined once and
referred to elsewhere as "$name"), arguments.yaml (which dependents give source and target), rewrites.yaml
(what a negated or reported act really is), patterns.yaml (dependency patterns for phrasings), modes.yaml
(the PLOVER modes of each type), acled.yaml (how ACLED's categories are decided) and codes.yaml (PLOVER
contexts). Every reference is checked when the files are read, so a typo fails at load time with the file and
the entry named.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from flashpoint.data import cached, parse_yaml
from flashpoint.model import EVENT_TYPES, SECTORS, STATUSES

EMBEDS = {None, "subsume", "claim", "negate", "adopt", "end"}
CASUALTIES = {None, "killed", "injured"}
_CLASS_REF = re.compile(r"^\$([a-z][a-z0-9_]*)$")


class LexiconError(ValueError):
    """A rule file is malformed: the message names the file and the entry."""


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger word and the conditions under which it applies."""

    type: str | None  # None: a reading that is explicitly not an event ("strike a deal")
    mode: str | None = None
    cameo: str | None = None
    obj: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    mod: frozenset[str] = frozenset()
    not_mod: frozenset[str] = frozenset()
    mutual: bool = False
    embed: str | None = None
    casualty: str | None = None  # "killed" / "injured": the verb reports a toll
    victim_subject: bool = False  # "100 soldiers died": the subject is the victim, not the source
    weak: bool = False  # needs support (an actor) before it counts as an event
    background: bool = False  # a noun that often names past wars: never dated by the publication date
    requires_embedded: frozenset[str] = frozenset()
    comp_modal: bool = False  # a verb that is an event only with a modal complement ("warned it would strike")
    needs_verb: bool = False  # a noun that is an event only with a verb that makes it one ("signed a deal")
    reverse: bool = False  # the object acts on the subject ("received the visiting minister": the visitor)
    obj_named: bool = False  # a participle needs a named object: "visiting Kyiv" (not "soldiers visiting a market")
    with_obj: bool = False  # the verb must name whom it acts on: "warned Islamabad against" (not "warned against")
    direct: bool = False  # `obj` must be the direct object: "called a strike" (not "called for a strike")
    judged: bool = False  # the verb carries an object predicate: "called the minister nasty"
    obj_entity: frozenset[str] = frozenset()  # the object is a name of one of these kinds: "called Lavrov" (PERSON)


@dataclass(frozen=True)
class Words:
    """The word classes the rule code reads (words.yaml `words`); `classes` also holds any other class."""

    territory: frozenset[str]
    weapons: frozenset[str]
    definite: frozenset[str]
    indefinite: frozenset[str]
    first_person: frozenset[str]
    release_nouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    initiative_adverbs: frozenset[str]
    onset_verbs: frozenset[str]
    onset_marks: frozenset[str]
    possessive_pronouns: frozenset[str]
    relative_owners: frozenset[str]
    relative_pronouns: frozenset[str]
    reciprocal_pronouns: frozenset[str]
    naming_verbs: frozenset[str]
    judging_predicates: frozenset[str]
    named_speech_acts: frozenset[str]
    seeming_verbs: frozenset[str]
    clause_target_preps: frozenset[str]
    amount_preps: frozenset[str]
    crowd_verbs: frozenset[str]
    order_nouns: frozenset[str]
    order_preps: frozenset[str]
    crowd_pronouns: frozenset[str]
    interception_verbs: frozenset[str]
    free_relatives: frozenset[str]
    act_pronouns: frozenset[str]
    pressings: frozenset[str]
    yielding_verbs: frozenset[str]
    own_clause_deps: frozenset[str]
    infinitive_marks: frozenset[str]
    group_nouns: frozenset[str]
    force_modifiers: frozenset[str]
    accusation_verbs: frozenset[str]
    owner_preps: frozenset[str]
    agent_marks: frozenset[str]
    blame_adjectives: frozenset[str]
    adjunct_preps: frozenset[str]
    means_preps: frozenset[str]
    shared_nouns: frozenset[str]
    shared_noun_preps: frozenset[str]
    supplying_preps: frozenset[str]
    owner_participles: frozenset[str]
    occupant_participles: frozenset[str]
    copulas: frozenset[str]
    noun_light_preps: frozenset[str]
    trend_verbs: frozenset[str]
    act_doers: frozenset[str]
    new_deed_modes: frozenset[str]
    count_bounds: frozenset[str]
    stretch_preps: frozenset[str]
    stretch_nouns: frozenset[str]
    stretch_marks: frozenset[str]
    object_control_verbs: frozenset[str]
    quantity_nouns: frozenset[str]
    meeting_light_verbs: frozenset[str]
    meetings: frozenset[str]
    light_verb_preps: frozenset[str]
    adopt_preps: frozenset[str]
    object_prep_verbs: frozenset[str]
    object_preps: frozenset[str]
    hyphens: frozenset[str]
    planned_aux: frozenset[str]
    going: frozenset[str]
    hypothetical_aux: frozenset[str]
    reported_future: frozenset[str]
    negators: frozenset[str]
    never: frozenset[str]
    lapsed: frozenset[str]
    no: frozenset[str]
    nobody: frozenset[str]
    happen_verbs: frozenset[str]
    expectation_verbs: frozenset[str]
    still_to_come: frozenset[str]
    conditional_marks: frozenset[str]
    condition_limits: frozenset[str]
    topic_preps: frozenset[str]
    of_preps: frozenset[str]
    perfect_aux: frozenset[str]
    counterfactual_modals: frozenset[str]
    planned_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    hypothetical_nouns: frozenset[str]
    report_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    hedges: frozenset[str]
    call_preps: frozenset[str]
    reaction_topic_preps: frozenset[str]
    freeing_nouns: frozenset[str]
    offer_nouns: frozenset[str]
    offer_preps: frozenset[str]
    speech_owner_preps: frozenset[str]
    negated_nouns: frozenset[str]
    preventing_verbs: frozenset[str]
    from_preps: frozenset[str]
    occasion_preps: frozenset[str]
    multitudes: frozenset[str]
    object_planned_verbs: frozenset[str]
    object_cancelled_verbs: frozenset[str]
    approving_verbs: frozenset[str]
    pending_marks: frozenset[str]
    agreements: frozenset[str]
    intent_nouns: frozenset[str]
    promise_nouns: frozenset[str]
    keeping_verbs: frozenset[str]
    consequence_verbs: frozenset[str]
    scheme_nouns: frozenset[str]
    venture_preps: frozenset[str]
    manner_preps: frozenset[str]
    never_nouns: frozenset[str]
    bare_asking_words: frozenset[str]
    documents: frozenset[str]
    victim_verbs: frozenset[str]
    losing_verbs: frozenset[str]
    lives: frozenset[str]
    victim_preps: frozenset[str]
    enacting_verbs: frozenset[str]
    absent_preps: frozenset[str]
    instrument_nouns: frozenset[str]
    irrealis_marks: frozenset[str]
    proximity_words: frozenset[str]
    proximity_preps: frozenset[str]
    brink_words: frozenset[str]
    brink_preps: frozenset[str]
    awaiting_verbs: frozenset[str]
    proposal_verbs: frozenset[str]
    draft_modifiers: frozenset[str]
    question_marks: frozenset[str]
    sentence_end_marks: frozenset[str]
    clause_breaks: frozenset[str]
    closing_marks: frozenset[str]
    question_words: frozenset[str]
    command_verbs: frozenset[str]
    frequency_adverbs: frozenset[str]
    premise_modals: frozenset[str]
    recurrence_marks: frozenset[str]
    class_determiners: frozenset[str]
    persistence_verbs: frozenset[str]
    persistence_adverbs: frozenset[str]
    progressive_aux: frozenset[str]
    question_complementisers: frozenset[str]
    question_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    achievement_words: frozenset[str]
    allowance_nouns: frozenset[str]
    auxiliary_haves: frozenset[str]
    shortfall_words: frozenset[str]
    alternative_phrases: frozenset[str]
    condition_phrases: frozenset[str]
    abstaining_verbs: frozenset[str]
    providing_verbs: frozenset[str]
    baseless: frozenset[str]
    debunking_verbs: frozenset[str]
    supposition_nouns: frozenset[str]
    supposition_preps: frozenset[str]
    deliberation_nouns: frozenset[str]
    stance_preps: frozenset[str]
    vetoing_verbs: frozenset[str]
    dropped_phrases: frozenset[str]
    scant_words: frozenset[str]
    labelling_verbs: frozenset[str]
    exposure_verbs: frozenset[str]
    liability_nouns: frozenset[str]
    weighed_phrases: frozenset[str]
    pending_nouns: frozenset[str]
    prior_marks: frozenset[str]
    excess_adverbs: frozenset[str]
    ultimatum_verbs: frozenset[str]
    sequence_marks: frozenset[str]
    pressures: frozenset[str]
    aim_preps: frozenset[str]
    ahead_phrases: frozenset[str]
    instructing_verbs: frozenset[str]
    deliberation_verbs: frozenset[str]
    not_any: frozenset[str]
    nor: frozenset[str]
    object_hypothetical_verbs: frozenset[str]
    answering_verbs: frozenset[str]
    judging_verbs: frozenset[str]
    articles: frozenset[str]
    maker_preps: frozenset[str]
    responsibility_verbs: frozenset[str]
    responsibility_nouns: frozenset[str]
    conviction_words: frozenset[str]
    punished_preps: frozenset[str]
    involvement_nouns: frozenset[str]
    unrelated_phrases: frozenset[str]
    intent_preps: frozenset[str]
    commitment_preps: frozenset[str]
    asking_object_verbs: frozenset[str]
    preparation_nouns: frozenset[str]
    preparation_preps: frozenset[str]
    choice_phrases: frozenset[str]
    task_preps: frozenset[str]
    hindrance_nouns: frozenset[str]
    hesitating_verbs: frozenset[str]
    lying_verbs: frozenset[str]
    obligation_verbs: frozenset[str]
    duty_nouns: frozenset[str]
    directive_nouns: frozenset[str]
    directive_preps: frozenset[str]
    futility_nouns: frozenset[str]
    futility_preps: frozenset[str]
    availability_words: frozenset[str]
    force_units: frozenset[str]
    intent_adjectives: frozenset[str]
    timing_nouns: frozenset[str]
    licence_adjectives: frozenset[str]
    generic_determiners: frozenset[str]
    generic_pronouns: frozenset[str]
    further_marks: frozenset[str]
    ending_nouns: frozenset[str]
    ending_preps: frozenset[str]
    breaching_words: frozenset[str]
    according: frozenset[str]
    quote_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    earlier_marks: frozenset[str]
    blog_entries: frozenset[str]
    rejecting_verbs: frozenset[str]
    told_nouns: frozenset[str]
    killed: frozenset[str]
    injured: frozenset[str]
    toll_nouns: frozenset[str]
    death: frozenset[str]
    toll_preps: frozenset[str]
    count_preps: frozenset[str]
    cause_preps: frozenset[str]
    year_named: frozenset[str]
    approximate: frozenset[str]
    disaster_nouns: frozenset[str]
    disaster_verbs: frozenset[str]
    munitions: frozenset[str]
    not_investigated: frozenset[str]
    illness_words: frozenset[str]
    calamity_nouns: frozenset[str]
    calamity_verbs: frozenset[str]
    auspice_preps: frozenset[str]
    auspice_nouns: frozenset[str]
    animals: frozenset[str]
    civilian_nouns: frozenset[str]
    combatant_nouns: frozenset[str]
    arresting_forces: frozenset[str]
    speech_verbs: frozenset[str]
    light_verbs: frozenset[str]
    staging_verbs: frozenset[str]
    cancelling_phrasals: frozenset[str]
    near_miss: frozenset[str]
    false_claim_adverbs: frozenset[str]
    fearing_verbs: frozenset[str]
    leave_awaiting_verbs: frozenset[str]
    leave_nouns: frozenset[str]
    taken_back_verbs: frozenset[str]
    warrant_nouns: frozenset[str]
    warrant_preps: frozenset[str]
    document_nouns: frozenset[str]
    document_medium_preps: frozenset[str]
    addressed_preps: frozenset[str]
    mediation_verbs: frozenset[str]
    partitives: frozenset[str]
    partitive_preps: frozenset[str]
    quantity_heads: frozenset[str]
    travel_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    travel_preps: frozenset[str]
    receiving_verbs: frozenset[str]
    receiving_preps: frozenset[str]
    planned_verbs: frozenset[str]
    commitment_verbs: frozenset[str]
    relative_intent_verbs: frozenset[str]
    allegiances: frozenset[str]
    deciding_verbs: frozenset[str]
    offer_words: frozenset[str]
    hypothetical_verbs: frozenset[str]
    negated_verbs: frozenset[str]
    particle_negated: frozenset[str]
    subsume_verbs: frozenset[str]
    complement_verbs: frozenset[str]
    result_marks: frozenset[str]
    # ACLED coding (acled.py) and its facts
    mob_nouns: frozenset[str]
    demonstrator_nouns: frozenset[str]
    imposing_verbs: frozenset[str]
    crowd_heads: frozenset[str]
    remembrance_nouns: frozenset[str]
    acled_target_preps: frozenset[str]
    direction_nouns: frozenset[str]
    concurrent_marks: frozenset[str]
    occasion_marks: frozenset[str]
    comparison_marks: frozenset[str]
    elaboration_marks: frozenset[str]
    speech_frame_preps: frozenset[str]
    content_occasion_preps: frozenset[str]
    owed_nouns: frozenset[str]
    demand_nouns: frozenset[str]
    emergency_rule: frozenset[str]  # curfews and states of emergency: a rule over people, never a party acted on
    qualifier_opens: frozenset[str]
    troops: frozenset[str]
    one_person_marks: frozenset[str]
    person_nouns: frozenset[str]
    blast_nouns: frozenset[str]
    civil_blasts: frozenset[str]
    accident_causes: frozenset[str]
    sports_words: frozenset[str]
    sports_violence: frozenset[str]
    separate_openers: frozenset[str]
    named_place_kinds: frozenset[str]
    label_marks: frozenset[str]
    compelled_verbs: frozenset[str]
    reprisal_verbs: frozenset[str]
    paying_back: frozenset[str]
    purpose_preps: frozenset[str]
    answered_preps: frozenset[str]
    flag_participles: frozenset[str]
    comitative_marks: frozenset[str]
    comitative_preps: frozenset[str]
    companion_preps: frozenset[str]
    summoning_verbs: frozenset[str]
    repetition_marks: frozenset[str]
    utilities: frozenset[str]
    sentence_ends: frozenset[str]
    delivered_protests: frozenset[str]
    vowed_against: frozenset[str]
    related_parties: frozenset[str]
    party_kinds: frozenset[str]
    example_preps: frozenset[str]
    classes: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def governing_verbs(self) -> frozenset[str]:
        """Verbs whose to-infinitive is their complement (a plan, a demand, a claim, an aspect), not a purpose."""
        return (self.planned_verbs | self.hypothetical_verbs | self.negated_verbs | self.subsume_verbs
                | self.speech_verbs | self.claim_verbs | self.commitment_verbs | self.copulas | self.auxiliary_haves
                | self.expectation_verbs | self.proposal_verbs | self.complement_verbs)

    def status_verbs(self) -> dict[str, frozenset[str]]:
        """Governing verbs by the status they give what they govern, strongest first."""
        return {"negated": self.negated_verbs, "hypothetical": self.hypothetical_verbs,
                "planned": self.planned_verbs}  # fmt: skip


@dataclass(frozen=True)
class TypeClasses:
    """Classes of PLOVER types (and TYPE/mode keys) the rule code reads (words.yaml `types`)."""

    verbal: frozenset[str]
    commanded: frozenset[str]
    toll_carriers: frozenset[str]
    one_act_in_parts: frozenset[str]
    harms_of_their_own: frozenset[str]
    violent: frozenset[str]
    disaster_lookalikes: frozenset[str]
    clause_only_embedders: frozenset[str]
    topic_holders: frozenset[str]
    domestic: frozenset[str]
    domestic_with_target: frozenset[str]
    protest: frozenset[str]
    placed_by_report: frozenset[str]
    placeless: frozenset[str]
    travelling: frozenset[str]
    scheduled: frozenset[str]
    denying: frozenset[str]
    accusing: frozenset[str]
    acts_on_protest: frozenset[str]
    arrest_acts: frozenset[str]
    crowd_control_acts: frozenset[str]
    lethal_acts: frozenset[str]
    riot_acts: frozenset[str]
    riot_parts: frozenset[str]
    visits: frozenset[str]
    speech_occasions: frozenset[str]
    protest_cries: frozenset[str]
    crowd_violence: frozenset[str]
    imposed: frozenset[str]
    told_in_steps: frozenset[str]
    classes: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class ArgumentRules:
    """Which dependents and prepositions fill the source and target of one type (arguments.yaml)."""

    subject_deps: frozenset[str]
    object_deps: frozenset[str]
    objects_are_targets: bool
    target_preps: frozenset[str]
    object_preps: frozenset[str]
    agent_preps: frozenset[str]
    shared_preps: frozenset[str]
    partner_preps: frozenset[str]
    source_sectors: tuple[frozenset[str | None], str] | None = None
    content_roles: tuple[str, ...] = ("target", "source")
    reaction: bool = False
    mediator: bool = False  # the act is done between others: aimed at every party of the act it is about, never itself
    implied_objects: frozenset[str] = frozenset()  # the objects `implied_target_sector` is limited to
    reaction_to_triggers: bool = True  # a reaction's trigger noun points back too, not only `references` nouns
    agent_from: frozenset[str] = frozenset()
    agent_sectors: frozenset[str] = frozenset()  # who may do an agentless act, found outside its paragraph
    speaker_agents: frozenset[str] = frozenset()  # a speaker of these sectors telling an agentless act did it
    implied_target_sector: str | None = None
    implied_source_sector: str | None = None  # an agentless act no party told before did: this sector of the place's
    implied_source_frames: frozenset[str] = frozenset()  # ... when told in one of these operations ("in raids")
    reciprocal: bool = False
    place_target: bool = False
    crowd_from: frozenset[str] = frozenset()
    owner_from: frozenset[str] = frozenset()
    parties_from: frozenset[str] = frozenset()  # an accord naming no party binds the two sides of such an act
    weapon_from: frozenset[str] = frozenset()
    captor_from: frozenset[str] = frozenset()  # a call for people's release: whoever did such acts holds them
    foe_from: frozenset[str] = frozenset()  # a state's deployment aimed at nobody: the one armed group of such acts
    foe_sectors: frozenset[str] = frozenset()
    reprisal_from: frozenset[str] = frozenset()  # a vow of reprisal: whoever did such an act to the speaker's side
    state_sectors: frozenset[str | None] = frozenset()  # a state's side: its government, forces, people (None: itself)
    people_objects: frozenset[str] = frozenset()
    purpose_verbs: frozenset[str] = frozenset()
    clause_target: bool = False
    mediated_mode: str | None = None
    place_preps: frozenset[str] = frozenset()  # "withdrew FROM Jenin": the place's country is the target
    theme_preps: frozenset[str] = frozenset()  # "Spain's recognition OF Palestine": a noun's object, once it has a doer
    doer_preps: frozenset[str] = frozenset()  # "the visit OF Japan's foreign minister": a noun's doer
    against_preps: frozenset[str] = frozenset()  # "a complaint AGAINST Sudan": whom the act is against, which ...
    addressee_preps: frozenset[str] = frozenset()  # ... leaves "WITH the AU" only where it was lodged
    expeller_preps: frozenset[str] = frozenset()  # "were expelled FROM Venezuela": the state sending them out
    moves_own: bool = False  # "withdrew ITS troops": an object the doer's own is what moves, no target
    clause_doer: bool = False  # "alleged that Uganda HAD ARMED ...": the doer of the clause it governs is the target


@dataclass(frozen=True)
class Condition:
    """The `when` of a rewrite; None means "any"."""

    types: frozenset[str] | None = None
    statuses: frozenset[str] | None = None
    noun: bool | None = None
    tags: frozenset[str] | None = None
    future: bool | None = None
    claimant_in_source: bool | None = None
    told: bool | None = None  # a speaker carries the act ("X said it would"); false: told in the writer's voice
    content_types: frozenset[str] | None = None  # the type of the act a speech act is about
    content_negated: bool | None = None  # that act is negated in its own clause ("agreed NOT to use force")
    committed: bool | None = None  # a commitment word ("offered", "ready to") makes the act planned
    enacted: bool | None = None  # a past decision of its doer governs it ("decided to close its airspace")
    expected: bool | None = None  # others expect or schedule it ("is expected to release"): no one's commitment
    content_clause: bool | None = None  # the act a speech act is about is told in a clause
    source_sectors: frozenset[str] | None = None  # one of the sources has one of these sectors
    target_sectors: frozenset[str] | None = None  # one of the targets has one of these sectors
    modes: frozenset[str | None] | None = None  # the act's mode is one of these (null: no mode)
    conditional: bool | None = None  # an "if"/"unless" clause says when the act would be done
    staged: bool | None = None  # a noun act under a verb that stages it ("will hold joint exercises")
    foreign_target: bool | None = None  # a target of a country no source (nor the speaker) is of
    compelled: bool | None = None  # the act is one its doer says would be forced on it ("may have to suspend aid")
    offered: bool | None = None  # an offer word governs the act ("ready to send", "offered to deploy")
    modal: bool | None = None  # the act's own verb carries a modal ("will not send"; not "does not intend to send")
    triggers: frozenset[str] | None = None  # the trigger's lemma is one of these ("exercise", "drill")
    joint: bool | None = None  # the sources are of two countries or more ("Egyptian and Greek forces")
    any_of: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class Rewrite:
    id: str
    when: Condition
    type: str | None = None
    cameo: str | dict[str, str] | None = None
    status: str | None = None
    mode: str | dict[str, str] | None = None
    sets_mode: bool = False  # `mode: null` in the file clears the mode; no `mode` key keeps it
    source_from_claimant: bool = False
    keep_as_content: bool = False  # the coding before the rule becomes the content of the new one


@dataclass(frozen=True)
class Pattern:
    """A dependency pattern that names an act (patterns.yaml)."""

    id: str
    pattern: list[dict[str, Any]]
    trigger: str
    sense: Sense
    roles: dict[str, tuple[str, ...]]  # role -> node names


@dataclass(frozen=True)
class AcledCondition:
    """The `when` of an ACLED rule (acled.yaml); None or empty means "any"."""

    types: frozenset[str] | None = None
    cues: frozenset[str] = frozenset()  # all named in the clause
    no_cues: frozenset[str] = frozenset()
    act: frozenset[str] = frozenset()  # one named by the act itself
    doer: frozenset[str] = frozenset()  # one named by the phrase of who did it
    no_doer: frozenset[str] = frozenset()
    source: frozenset[str] = frozenset()  # some source carries one of these labels
    no_source: frozenset[str] = frozenset()
    target: frozenset[str] = frozenset()
    targets_only: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()  # one of these facts holds in the paragraph
    no_target: bool | None = None
    mutual: bool | None = None
    lethal: bool | None = None
    topic: bool | None = None
    intervenes: bool | None = None
    government: bool | None = None


@dataclass(frozen=True)
class AcledRule:
    when: AcledCondition
    sub_event_type: str | None  # None: ACLED would not code the act


@dataclass(frozen=True)
class AcledRules:
    """How ACLED's category, actors and precision are decided (acled.yaml)."""

    statuses: frozenset[str]
    categories: dict[str, tuple[str, str, str]]  # sub-event type -> (event type, short code, disorder type)
    labels: dict[str, frozenset[str]]  # a sector group -> the sectors and phrase labels in it
    cues: dict[str, tuple[tuple[str, ...], ...]]  # a cue -> its words, each a sequence of lower-case lemmas
    cue_index: dict[tuple[str, ...], frozenset[str]]  # a word (sequence of lemmas) -> the cues it is in
    doer_index: dict[tuple[str, ...], frozenset[str]]  # the same for what the doer's phrase names
    rules: tuple[AcledRule, ...]
    inter: dict[str, Any]  # ACLED's inter codes: `sectors` (by sector) and those the act decides (INTER_KEYS)
    actor_names: dict[str, str]  # by sector, and for rioters and civilians
    period_offices: frozenset[str]  # offices whose holders date a state's forces ("(2018-)")
    geo_precision: dict[str, int]
    rioters_in: frozenset[str]  # event types whose unarmed sources are rioters
    protesters_in: frozenset[str]  # event types whose unarmed actors are protesters
    civilians_in: frozenset[str]  # event types whose targets are civilians
    joiner: str  # between associated actors
    lethal_cues: frozenset[str]  # cues that make an act lethal force
    riot_cues: frozenset[str]  # cues that make a protest violent
    attempt_statuses: frozenset[str]  # statuses of acts that count as the state acting on a protest
    civilian_targeting: str  # the value of ACLED's civilian_targeting column


# Names acled.py reads from acled.yaml, checked here when the file is read.
PROTEST, INTERVENTION, LETHAL_INTERVENTION, VIOLENT_PROTEST = (
    "protest", "intervention", "lethal_intervention", "violent_protest")  # fmt: skip
ACLED_CONTEXTS = frozenset({PROTEST, INTERVENTION, LETHAL_INTERVENTION, VIOLENT_PROTEST})
MOB, DEMONSTRATORS = "mob", "demonstrators"  # what a source's phrase says it is, beside its sector
PHRASE_LABELS = frozenset({MOB, DEMONSTRATORS})
ARMED, STATE, CIVILIANS, PROTESTERS, REBELS = "armed", "state", "civilians", "protesters", "rebels"
SECTOR_GROUPS = (ARMED, STATE, CIVILIANS, PROTESTERS, REBELS, MOB, DEMONSTRATORS)
RIOTERS, FOREIGN_STATE, BY_SECTOR = "rioters", "foreign_state", "sectors"  # keys of `inter` and `actor_names`
ORGANISATION = "organisation"  # `inter` of an organisation of no known sector
INTER_KEYS = frozenset({BY_SECTOR, FOREIGN_STATE, RIOTERS, CIVILIANS, ORGANISATION})
REPORT_TOWN_PRECISION = "report_town"  # `geo_precision` of a place the act does not name itself
POLITICAL_VIOLENCE = "Political violence"  # the disorder type whose civilian targets ACLED flags


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    words: Words
    types: TypeClasses
    arguments: dict[str, ArgumentRules]
    rewrites: tuple[Rewrite, ...]
    content_status: dict[str, str]  # speech act type -> status of the act it is about
    content_modes: dict[str, dict[str, str]]  # speech act type -> {TYPE or TYPE/mode of its content: its mode}
    references: dict[str, frozenset[str]]  # nouns that point back to an act -> the types it may be
    patterns: tuple[Pattern, ...]
    modes: dict[str, frozenset[str]]
    acled: AcledRules
    context: dict[str, tuple[str, ...]]
    folder: str = ""

    def arguments_for(self, type_: str, mode: str | None) -> ArgumentRules:
        return self.arguments.get(f"{type_}/{mode}") or self.arguments.get(type_) or self.arguments["default"]

    @cached_property
    def violence_lemmas(self) -> frozenset[str]:
        """Trigger words whose plain reading is violence that is not a bare toll ("attack", "shell", "clash";
        not "die"): what tells a report about an illness or a calamity from one about a war."""
        return frozenset(lemma for table in (self.verbs, self.nouns) for lemma, senses in table.items()
                         if senses and senses[-1].type in self.types.violent and not senses[-1].casualty)


def read_yaml(path: Path) -> Any:
    """A rule file, with words that YAML 1.1 would read as booleans kept as words."""
    try:
        return parse_yaml(path.read_text("utf-8"), words=True)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: {exc}") from exc


def default_folder() -> Path:
    return Path(str(resources.files("flashpoint.events").joinpath("data")))


class _Reader:
    """Reads one data folder, expanding "$class" references and naming the entry of any error."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        raw = self.file("words.yaml")
        self.word_classes = self._classes(raw.get("words", {}), "words.yaml words", {})
        self.type_classes = self._classes(raw.get("types", {}), "words.yaml types", {})
        for key in (k for members in self.type_classes.values() for k in members):
            self._check_type_key(key, "words.yaml types")
        shared = sorted(set(self.word_classes) & set(self.type_classes))
        if shared:  # "$name" would mean either
            raise LexiconError(f"{folder}/words.yaml: {shared} name both a word class and a type class")

    def file(self, name: str) -> Any:
        path = self.folder / name
        if not path.is_file():
            raise LexiconError(f"{path}: missing (a rules folder needs {name})")
        return read_yaml(path) or {}

    def _classes(self, table: dict[str, Any], where: str, known: dict[str, frozenset[str]]
                 ) -> dict[str, frozenset[str]]:
        out: dict[str, frozenset[str]] = {}
        for name, members in table.items():
            if not isinstance(members, list):
                raise LexiconError(f"{self.folder}/{where}.{name}: a class is a list")
            out[name] = frozenset(self.expand(members, f"{where}.{name}", {**known, **out}))
        return out

    def expand(self, values: Any, where: str, classes: dict[str, frozenset[str]] | None = None) -> list[str]:
        """A list with its "$class" members spliced in (word classes, then type classes)."""
        if not isinstance(values, list):
            values = [values]
        pool = classes if classes is not None else {**self.word_classes, **self.type_classes}
        out: list[str] = []
        for value in values:
            m = _CLASS_REF.match(str(value))
            if m is None:
                out.append(str(value))
                continue
            if m.group(1) not in pool:
                raise LexiconError(f"{self.folder}/{where}: unknown class ${m.group(1)}")
            out.extend(sorted(pool[m.group(1)]))
        return out

    def _check_type_key(self, key: str, where: str) -> None:
        if key.split("/")[0] not in EVENT_TYPES:
            raise LexiconError(f"{self.folder}/{where}: {key!r} is not a PLOVER type")

    def types(self, values: Any, where: str) -> frozenset[str]:
        found = frozenset(self.expand(values, where, self.type_classes))
        for key in found:
            self._check_type_key(key, where)
        return found


def _fixed(cls: type, table: dict[str, frozenset[str]], where: str) -> Any:
    names = {f.name for f in fields(cls)} - {"classes"}
    missing = names - set(table)
    if missing:
        raise LexiconError(f"{where}: missing classes {sorted(missing)}")
    return cls(**{n: table[n] for n in names}, classes=dict(table))


def _sense(reader: _Reader, raw: dict[str, Any], where: str, modes: dict[str, frozenset[str]]) -> Sense:
    known = {f.name for f in fields(Sense)}
    unknown = set(raw) - known - {"id", "pattern", "trigger", "source", "target"}
    if unknown:
        raise LexiconError(f"{reader.folder}/{where}: unknown keys {sorted(unknown)}")
    etype = raw.get("type")
    if etype is not None and etype not in EVENT_TYPES:
        raise LexiconError(f"{reader.folder}/{where}: {etype!r} is not a PLOVER type")
    mode = raw.get("mode")
    if etype is not None and mode is not None and mode not in modes.get(etype, frozenset()):
        raise LexiconError(f"{reader.folder}/{where}: mode {mode!r} is not declared for {etype} in modes.yaml")
    if raw.get("embed") not in EMBEDS:
        raise LexiconError(f"{reader.folder}/{where}: embed must be one of {sorted(e for e in EMBEDS if e)}")
    if raw.get("casualty") not in CASUALTIES:
        raise LexiconError(f"{reader.folder}/{where}: casualty must be killed or injured")
    sets = {k: frozenset(w.lower() for w in reader.expand(raw.get(k, []), f"{where}.{k}"))
            for k in ("obj", "prep", "mod", "not_mod")}  # fmt: skip
    return Sense(
        type=etype,
        mode=mode,
        cameo=str(raw["cameo"]) if raw.get("cameo") is not None else None,
        mutual=bool(raw.get("mutual", False)),
        embed=raw.get("embed"),
        casualty=raw.get("casualty"),
        victim_subject=bool(raw.get("victim_subject", False)),
        weak=bool(raw.get("weak", False)),
        background=bool(raw.get("background", False)),
        comp_modal=bool(raw.get("comp_modal", False)),
        needs_verb=bool(raw.get("needs_verb", False)),
        reverse=bool(raw.get("reverse", False)),
        obj_named=bool(raw.get("obj_named", False)),
        with_obj=bool(raw.get("with_obj", False)),
        direct=bool(raw.get("direct", False)),
        judged=bool(raw.get("judged", False)),
        obj_entity=frozenset(str(label) for label in raw.get("obj_entity", [])),
        requires_embedded=reader.types(raw.get("requires_embedded", []), f"{where}.requires_embedded"),
        **sets,
    )


def _senses(reader: _Reader, table: dict[str, list[dict[str, Any]]], kind: str,
            modes: dict[str, frozenset[str]]) -> dict[str, tuple[Sense, ...]]:
    return {
        str(lemma).lower(): tuple(_sense(reader, s, f"triggers.yaml {kind}.{lemma}[{i}]", modes)
                                  for i, s in enumerate(senses))
        for lemma, senses in table.items()
    }  # fmt: skip


def _argument_rules(reader: _Reader, modes: dict[str, frozenset[str]]) -> dict[str, ArgumentRules]:
    raw = reader.file("arguments.yaml")
    default = raw.get("default") or {}
    out: dict[str, ArgumentRules] = {}
    for key, entry in {"default": {}, **(raw.get("types") or {})}.items():
        where = f"arguments.yaml {key}"
        if key != "default":
            reader._check_type_key(key, where)
        parent = (raw.get("types") or {}).get(key.split("/")[0], {}) if "/" in key else {}
        merged = {**default, **parent, **entry}  # TYPE/mode refines TYPE, which refines the default
        unknown = set(merged) - {f.name for f in fields(ArgumentRules)}
        if unknown:
            raise LexiconError(f"{reader.folder}/{where}: unknown keys {sorted(unknown)}")
        sectors = merged.get("source_sectors")
        rewrite = None
        if sectors is not None:
            sources = frozenset(s for s in sectors.get("from", []))
            if not sources <= set(SECTORS) | {None} or sectors.get("to") not in SECTORS:
                raise LexiconError(f"{reader.folder}/{where}: source_sectors names an unknown sector")
            rewrite = (sources, str(sectors["to"]))
        lists = {k: frozenset(reader.expand(merged.get(k, []), f"{where}.{k}")) for k in
                 ("subject_deps", "object_deps", "target_preps", "object_preps", "agent_preps", "shared_preps",
                  "partner_preps", "people_objects", "purpose_verbs", "place_preps", "implied_objects",
                  "implied_source_frames",
                  "theme_preps", "doer_preps", "against_preps", "addressee_preps", "expeller_preps")}  # fmt: skip
        roles = tuple(merged.get("content_roles", ["target", "source"]))
        if not set(roles) <= {"source", "target"}:
            raise LexiconError(f"{reader.folder}/{where}: content_roles names source and target only")
        implied = merged.get("implied_target_sector")
        implied_source = merged.get("implied_source_sector")
        for name, value in (("implied_target_sector", implied), ("implied_source_sector", implied_source)):
            if value is not None and value not in SECTORS:
                raise LexiconError(f"{reader.folder}/{where}: {name} {value!r} is not a sector")
        state = frozenset(merged.get("state_sectors", []))
        if not state - {None} <= set(SECTORS):
            raise LexiconError(f"{reader.folder}/{where}: state_sectors names an unknown sector")
        agents = frozenset(merged.get("agent_sectors", []))
        foes = frozenset(merged.get("foe_sectors", []))
        speakers = frozenset(merged.get("speaker_agents", []))
        if not agents | foes | speakers <= set(SECTORS):
            raise LexiconError(f"{reader.folder}/{where}: agent_sectors, foe_sectors or speaker_agents names an "
                               "unknown sector")
        mediated = merged.get("mediated_mode")
        if mediated is not None and mediated not in modes.get(key.split("/")[0], frozenset()):
            raise LexiconError(f"{reader.folder}/{where}: mediated_mode {mediated!r} is not a mode of {key}")
        out[key] = ArgumentRules(objects_are_targets=bool(merged.get("objects_are_targets", True)),
                                 source_sectors=rewrite, content_roles=roles, reaction=bool(merged.get("reaction")),
                                 mediator=bool(merged.get("mediator")),
                                 reaction_to_triggers=bool(merged.get("reaction_to_triggers", True)),
                                 agent_from=reader.types(merged.get("agent_from", []), f"{where}.agent_from"),
                                 agent_sectors=agents, speaker_agents=speakers,
                                 implied_target_sector=implied, implied_source_sector=implied_source,
                                 reciprocal=bool(merged.get("reciprocal")), moves_own=bool(merged.get("moves_own")),
                                 place_target=bool(merged.get("place_target")),
                                 clause_target=bool(merged.get("clause_target")),
                                 clause_doer=bool(merged.get("clause_doer")),
                                 weapon_from=reader.types(merged.get("weapon_from", []), f"{where}.weapon_from"),
                                 crowd_from=reader.types(merged.get("crowd_from", []), f"{where}.crowd_from"),
                                 captor_from=reader.types(merged.get("captor_from", []), f"{where}.captor_from"),
                                 owner_from=reader.types(merged.get("owner_from", []), f"{where}.owner_from"),
                                 foe_from=reader.types(merged.get("foe_from", []), f"{where}.foe_from"),
                                 foe_sectors=foes,
                                 reprisal_from=reader.types(merged.get("reprisal_from", []), f"{where}.reprisal_from"),
                                 state_sectors=state,
                                 parties_from=reader.types(merged.get("parties_from", []), f"{where}.parties_from"),
                                 mediated_mode=mediated, **lists)  # fmt: skip
    return out


def _references(reader: _Reader) -> dict[str, frozenset[str]]:
    raw = reader.file("arguments.yaml").get("references") or {}
    return {str(noun).lower(): reader.types(types or [], f"arguments.yaml references.{noun}")
            for noun, types in raw.items()}  # fmt: skip


def _condition(reader: _Reader, raw: dict[str, Any], where: str) -> Condition:
    allowed = {"type", "status", "noun", "tag", "future", "claimant_in_source", "told", "content", "content_negated",
               "committed",
               "expected", "content_clause", "source_sector", "target_sector", "mode", "conditional", "staged",
               "foreign_target", "compelled", "offered", "enacted", "modal", "trigger", "joint", "any"}
    if set(raw) - allowed:
        raise LexiconError(f"{reader.folder}/{where}: unknown conditions {sorted(set(raw) - allowed)}")
    statuses = frozenset(raw["status"]) if "status" in raw else None
    if statuses is not None and not statuses <= set(STATUSES):
        raise LexiconError(f"{reader.folder}/{where}: unknown status in {sorted(statuses)}")
    return Condition(
        types=reader.types(raw["type"], f"{where}.type") if "type" in raw else None,
        statuses=statuses,
        noun=raw.get("noun"),
        tags=frozenset(raw["tag"]) if "tag" in raw else None,
        future=raw.get("future"),
        claimant_in_source=raw.get("claimant_in_source"),
        told=raw.get("told"),
        content_types=reader.types(raw["content"], f"{where}.content") if "content" in raw else None,
        content_negated=raw.get("content_negated"),
        committed=raw.get("committed"),
        enacted=raw.get("enacted"),
        expected=raw.get("expected"),
        content_clause=raw.get("content_clause"),
        source_sectors=frozenset(raw["source_sector"]) if "source_sector" in raw else None,
        target_sectors=frozenset(raw["target_sector"]) if "target_sector" in raw else None,
        modes=frozenset(raw["mode"]) if "mode" in raw else None,
        conditional=raw.get("conditional"),
        staged=raw.get("staged"),
        foreign_target=raw.get("foreign_target"),
        compelled=raw.get("compelled"),
        offered=raw.get("offered"),
        modal=raw.get("modal"),
        triggers=frozenset(w.lower() for w in reader.expand(raw["trigger"], f"{where}.trigger")) if "trigger" in raw
        else None,
        joint=raw.get("joint"),
        any_of=tuple(_condition(reader, c, f"{where}.any[{i}]") for i, c in enumerate(raw.get("any", []))),
    )


def _rewrites(reader: _Reader, modes: dict[str, frozenset[str]]) -> tuple[Rewrite, ...]:
    out = []
    for i, raw in enumerate(reader.file("rewrites.yaml").get("rewrites") or []):
        where = f"rewrites.yaml [{i}] {raw.get('id', '')}"
        new = raw.get("set") or {}
        if set(new) - {"type", "mode", "cameo", "status"}:
            raise LexiconError(f"{reader.folder}/{where}: `set` takes type, mode, cameo, status")
        if new.get("type") is not None and new["type"] not in EVENT_TYPES:
            raise LexiconError(f"{reader.folder}/{where}: {new['type']!r} is not a PLOVER type")
        if new.get("status") not in {None, "by_claimant", *STATUSES}:
            raise LexiconError(f"{reader.folder}/{where}: unknown status {new['status']!r}")
        mode = new.get("mode")
        target_type = new.get("type")
        for m in (mode.values() if isinstance(mode, dict) else [mode]):
            if m is not None and target_type is not None and m not in modes.get(target_type, frozenset()):
                raise LexiconError(f"{reader.folder}/{where}: mode {m!r} is not declared for {target_type}")
        cameo = new.get("cameo")
        cameo = {k: str(v) for k, v in cameo.items()} if isinstance(cameo, dict) else str(cameo) if cameo else None
        out.append(Rewrite(id=str(raw.get("id", i)), when=_condition(reader, raw.get("when") or {}, where),
                           type=target_type, cameo=cameo, status=new.get("status"), mode=mode,
                           sets_mode="mode" in new, source_from_claimant=bool(raw.get("source_from_claimant", False)),
                           keep_as_content=bool(raw.get("keep_as_content", False))))  # fmt: skip
    return tuple(out)


def _content_status(reader: _Reader) -> dict[str, str]:
    """What status the act a speech act is about takes (rewrites.yaml `content_status`)."""
    raw = reader.file("rewrites.yaml").get("content_status") or {}
    for etype, status in raw.items():
        reader._check_type_key(str(etype), "rewrites.yaml content_status")
        if status not in STATUSES:
            raise LexiconError(f"{reader.folder}/rewrites.yaml content_status.{etype}: unknown status {status!r}")
    return {str(k): str(v) for k, v in raw.items()}


def _content_modes(reader: _Reader, modes: dict[str, frozenset[str]]) -> dict[str, dict[str, str]]:
    """The mode a speech act takes from the act it is about (rewrites.yaml `content_modes`)."""
    raw = reader.file("rewrites.yaml").get("content_modes") or {}
    found: dict[str, dict[str, str]] = {}
    for etype, table in raw.items():
        reader._check_type_key(str(etype), "rewrites.yaml content_modes")
        for about, mode in (table or {}).items():
            where = f"rewrites.yaml content_modes.{etype}.{about}"
            about_type, _, about_mode = str(about).partition("/")
            reader._check_type_key(about_type, where)
            if about_mode and about_mode not in modes.get(about_type, frozenset()):
                raise LexiconError(f"{reader.folder}/{where}: mode {about_mode!r} is not declared for {about_type}")
            if mode not in modes.get(str(etype), frozenset()):
                raise LexiconError(f"{reader.folder}/{where}: mode {mode!r} is not declared for {etype}")
        found[str(etype)] = {str(k): str(v) for k, v in (table or {}).items()}
    return found


def _expand_attrs(reader: _Reader, attrs: Any, where: str) -> Any:
    """Splice word classes into a pattern's attribute values ({"LEMMA": {"IN": ["$diplomats"]}})."""
    if isinstance(attrs, dict):
        return {k: _expand_attrs(reader, v, where) for k, v in attrs.items()}
    if isinstance(attrs, list):
        return reader.expand(attrs, where)
    return attrs


def _patterns(reader: _Reader, modes: dict[str, frozenset[str]]) -> tuple[Pattern, ...]:
    out = []
    seen: set[str] = set()
    for i, raw in enumerate(reader.file("patterns.yaml").get("patterns") or []):
        where = f"patterns.yaml [{i}] {raw.get('id', '')}"
        # an id names one phrasing in traces and error reports: two patterns under one id cannot be told apart
        if raw.get("id") in seen:
            raise LexiconError(f"{reader.folder}/{where}: the id is used by an earlier pattern")
        seen.add(str(raw.get("id", i)))
        nodes = raw.get("pattern") or []
        names = {n.get("RIGHT_ID") for n in nodes}
        roles = {r: tuple(raw[r]) if isinstance(raw[r], list) else (raw[r],) for r in ("source", "target")
                 if r in raw}  # fmt: skip
        for node in [raw.get("trigger"), *(n for ns in roles.values() for n in ns)]:
            if node not in names:
                raise LexiconError(f"{reader.folder}/{where}: node {node!r} is not in the pattern")
        pattern = [{**n, "RIGHT_ATTRS": _expand_attrs(reader, n.get("RIGHT_ATTRS", {}), where)} for n in nodes]
        out.append(Pattern(id=str(raw.get("id", i)), pattern=pattern, trigger=str(raw["trigger"]),
                           sense=_sense(reader, raw, where, modes), roles=roles))
    return tuple(out)


def read_acled_categories(raw: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    """acled.yaml `categories`: sub-event type -> (event type, short code, disorder type), in codebook order."""
    out: dict[str, tuple[str, str, str]] = {}
    for etype, entry in raw.items():
        overrides = entry.get("disorder_of") or {}
        for sub, code in (entry.get("sub_events") or {}).items():
            out[str(sub)] = (str(etype), str(code), str(overrides.get(sub, entry["disorder"])))
    return out


ACLED_FLAGS = ("no_target", "mutual", "lethal", "topic", "intervenes", "government")
_ACLED_SETS = ("cues", "no_cues", "act", "doer", "no_doer", "source", "no_source", "target", "targets_only",
               "context")


def _acled_condition(reader: _Reader, raw: dict[str, Any], where: str, labels: dict[str, frozenset[str]],
                     cues: dict[str, Any], doers: dict[str, Any]) -> AcledCondition:
    unknown = set(raw) - {"type", *ACLED_FLAGS, *_ACLED_SETS}
    if unknown:
        raise LexiconError(f"{reader.folder}/{where}: unknown conditions {sorted(unknown)}")
    sets = {k: frozenset(str(v) for v in raw.get(k, [])) for k in _ACLED_SETS}
    known = {"cues": cues, "no_cues": cues, "act": cues, "doer": doers, "no_doer": doers, "context": ACLED_CONTEXTS}
    for key, values in sets.items():
        bad = values - set(known.get(key, labels))
        if bad:
            raise LexiconError(f"{reader.folder}/{where}.{key}: unknown {sorted(bad)}")
    for flag in ACLED_FLAGS:
        if flag in raw and not isinstance(raw[flag], bool):
            raise LexiconError(f"{reader.folder}/{where}.{flag}: true or false")
    types = reader.types(raw["type"], f"{where}.type") if "type" in raw else None
    flags: dict[str, Any] = {k: raw[k] for k in ACLED_FLAGS if k in raw}
    return AcledCondition(types=types, **{**sets, **flags})


def _word_forms(word: str) -> set[tuple[str, ...]]:
    """A cue word as lemma sequences: as written, and split at hyphens as the tokenizer splits them."""
    low = word.lower()
    return {tuple(low.split()), tuple(low.replace("-", " - ").split())}


def _cues(reader: _Reader, raw: dict[str, Any], key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    return {name: tuple(form for w in reader.expand(words, f"acled.yaml {key}.{name}") for form in _word_forms(w))
            for name, words in (raw.get(key) or {}).items()}  # fmt: skip


def _index(cues: dict[str, tuple[tuple[str, ...], ...]]) -> dict[tuple[str, ...], frozenset[str]]:
    """A word (sequence of lemmas) -> the cues it belongs to."""
    index: dict[tuple[str, ...], set[str]] = {}
    for name, words in cues.items():
        for word in words:
            index.setdefault(word, set()).add(name)
    return {w: frozenset(n) for w, n in index.items()}


def _acled_rules(reader: _Reader) -> AcledRules:
    raw = reader.file("acled.yaml")
    categories = read_acled_categories(raw.get("categories") or {})
    labels = {name: frozenset(reader.expand(members, f"acled.yaml sectors.{name}"))
              for name, members in (raw.get("sectors") or {}).items()}  # fmt: skip
    missing = set(SECTOR_GROUPS) - set(labels)
    if missing:
        raise LexiconError(f"{reader.folder}/acled.yaml sectors: missing groups {sorted(missing)}")
    for name, members in labels.items():
        if not members <= set(SECTORS) | PHRASE_LABELS:
            raise LexiconError(f"{reader.folder}/acled.yaml sectors.{name}: unknown {sorted(members - set(SECTORS))}")
    labels.update({s: frozenset({s}) for s in SECTORS})
    cues = _cues(reader, raw, "cues")
    doers = _cues(reader, raw, "doer_cues")
    rules = []
    for i, entry in enumerate(raw.get("rules") or []):
        where = f"acled.yaml rules[{i}]"
        sub = entry.get("acled")
        if sub is not None and sub not in categories:
            raise LexiconError(f"{reader.folder}/{where}: {sub!r} is not an ACLED sub-event type")
        rules.append(AcledRule(_acled_condition(reader, entry.get("when") or {}, where, labels, cues, doers), sub))
    statuses = frozenset(raw.get("statuses") or ())
    if not statuses <= set(STATUSES):
        raise LexiconError(f"{reader.folder}/acled.yaml statuses: unknown {sorted(statuses - set(STATUSES))}")
    actors = raw.get("actors") or {}
    event_types = {etype for etype, _, _ in categories.values()}
    roles = {k: frozenset(actors.get(k) or ()) for k in ("rioters_in", "protesters_in", "civilians_in")}
    for key, values in roles.items():
        if not values <= event_types:
            bad = sorted(values - event_types)
            raise LexiconError(f"{reader.folder}/acled.yaml actors.{key}: unknown event types {bad}")
    for etype, subs in (raw.get("generic") or {}).items():
        reader._check_type_key(etype, "acled.yaml generic")
        if not set(subs) <= set(categories):
            raise LexiconError(f"{reader.folder}/acled.yaml generic.{etype}: unknown sub-event types")
    inter, names = dict(raw.get("inter") or {}), dict(raw.get("actor_names") or {})
    _check_acled_actors(reader, inter, names)
    facts = raw.get("facts") or {}
    for key in ("lethal_cues", "riot_cues"):
        if not set(facts.get(key) or ()) <= set(cues):
            raise LexiconError(f"{reader.folder}/acled.yaml facts.{key}: unknown cues")
    return AcledRules(statuses=statuses, categories=categories, labels=labels, cues=cues, cue_index=_index(cues),
                      doer_index=_index(doers), rules=tuple(rules), joiner=str(actors.get("joiner", "; ")), **roles,
                      lethal_cues=frozenset(facts.get("lethal_cues") or ()),
                      riot_cues=frozenset(facts.get("riot_cues") or ()),
                      attempt_statuses=frozenset(facts.get("attempt_statuses") or ()),
                      civilian_targeting=str(facts.get("civilian_targeting", "")),
                      inter=inter, actor_names=names,
                      period_offices=frozenset(str(o).lower() for o in actors.get("period_offices") or ()),
                      geo_precision={str(k): int(v) for k, v in (raw.get("geo_precision") or {}).items()})


def _check_acled_actors(reader: _Reader, inter: dict[str, Any], names: dict[str, str]) -> None:
    """Every sector has an inter code (1-8), every code the act decides is there, names are for known keys."""
    where = f"{reader.folder}/acled.yaml"
    if set(inter) != INTER_KEYS:
        raise LexiconError(f"{where} inter: keys must be {sorted(INTER_KEYS)}")
    by_sector = inter[BY_SECTOR] or {}
    if set(by_sector) != set(SECTORS):
        raise LexiconError(f"{where} inter.sectors: every sector once, not {sorted(set(by_sector) ^ set(SECTORS))}")
    codes = [*by_sector.values(), *(v for k, v in inter.items() if k != BY_SECTOR)]
    if not all(isinstance(c, int) and 1 <= c <= 8 for c in codes):
        raise LexiconError(f"{where} inter: ACLED's codes are 1 to 8")
    unknown = set(names) - set(SECTORS) - {RIOTERS, CIVILIANS}
    if unknown or not {RIOTERS, CIVILIANS} <= set(names):
        raise LexiconError(f"{where} actor_names: unknown {sorted(unknown)} or rioters/civilians missing")


RULE_FILES = ("triggers.yaml", "words.yaml", "arguments.yaml", "rewrites.yaml", "patterns.yaml", "modes.yaml",
              "codes.yaml", "acled.yaml")


@lru_cache(maxsize=4)
def load_lexicon(folder: Path | None = None) -> Lexicon:
    """The rules of one data folder (default: the shipped English rules), read once per process and kept
    compiled in the cache folder until a file (or this loader) changes."""
    folder = folder or default_folder()
    sources = [folder / name for name in RULE_FILES if (folder / name).is_file()]
    return cached(f"events-lexicon-{len(sources)}", [*sources, Path(__file__)], lambda: _build(folder))


def _build(folder: Path) -> Lexicon:
    reader = _Reader(folder)
    modes = {t: frozenset(ms or []) for t, ms in reader.file("modes.yaml").items()}
    for t in modes:
        reader._check_type_key(t, "modes.yaml")
    triggers = reader.file("triggers.yaml")
    codes = reader.file("codes.yaml")
    return Lexicon(
        verbs=_senses(reader, triggers.get("verbs") or {}, "verbs", modes),
        nouns=_senses(reader, triggers.get("nouns") or {}, "nouns", modes),
        words=_fixed(Words, reader.word_classes, f"{folder}/words.yaml words"),
        types=_fixed(TypeClasses, reader.type_classes, f"{folder}/words.yaml types"),
        arguments=_argument_rules(reader, modes),
        references=_references(reader),
        rewrites=_rewrites(reader, modes),
        content_status=_content_status(reader),
        content_modes=_content_modes(reader, modes),
        patterns=_patterns(reader, modes),
        modes=modes,
        acled=_acled_rules(reader),
        context={k: tuple(v) for k, v in (codes.get("context") or {}).items()},
        folder=str(folder),
    )
