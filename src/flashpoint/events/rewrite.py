"""Apply the rewrites of rewrites.yaml: what a negated or reported act really is."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from flashpoint.events.lexicon import Condition, Lexicon, Rewrite
from flashpoint.model import Actor

_STATE = frozenset({"GOV", "MIL", "COP"})


@dataclass
class Coding:
    """The coding of one act while it is being decided."""

    type: str
    mode: str | None
    cameo: str | None
    status: str
    is_noun: bool
    tag: str
    future: bool
    claimant: Actor | None
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    content_type: str | None = None  # the type of the act a speech act is about
    content_negated: bool = False  # that act is negated in its own clause ("agreed not to use force")
    committed: bool = False  # a commitment word of its subject makes it planned ("offered to mediate")
    enacted: bool = False  # its doer's past decision governs it ("decided to close its airspace to Mali")
    expected: bool = False  # planned only as others expect or schedule it ("is expected to release")
    content_clause: bool = False  # the act it is about is told in a clause, not named by a noun
    conditional: bool = False  # an "if"/"unless" clause says when it would be done ("would strike if attacked")
    staged: bool = False  # a noun act under a verb that stages it ("will hold joint exercises")
    compelled: bool = False  # its doer says it would be forced on it ("may have to suspend aid")
    offered: bool = False  # an offer word governs it ("ready to send", "offered to deploy", "willing to host")
    modal: bool = False  # its own verb carries a modal auxiliary ("will not send", "would never deploy")
    lemma: str = ""  # the trigger's lemma ("exercise")
    content: Coding | None = None  # set by a rule that keeps the coding before it as content

    def claimant_in_source(self) -> bool:
        c = self.claimant
        if c is None:
            return False
        if any(a.key() == c.key() or a.country == c.country for a in self.source):
            return True
        # "the rebels will not free the pilots, a rebel spokesman said": a spokesman of no stated country speaks for
        # the side of his own sector that the act names (cbclass16)
        if c.country is None and c.org is None and c.sector is not None and c.sector not in _STATE \
                and any(a.sector == c.sector for a in self.source):
            return True
        # "the defence minister said the army will pursue them": a state's unnamed forces, told of by one of its
        # officials, are that state's own (their nationality is set later, from the same report)
        return c.sector in _STATE and bool(self.source) and all(
            a.country is None and a.org is None and a.sector in _STATE for a in self.source)


    def joint(self) -> bool:
        """ "drills staged by Egyptian and Greek forces": the sources are of two countries (or bodies) or more."""
        return len({a.org or a.country for a in self.source if a.org or a.country}) >= 2

    def foreign_target(self) -> bool:
        """ "said Manila would impose tariffs on Chinese steel": aimed at a country other than the speaker's side."""
        own = {a.country for a in self.source} | {self.claimant.country if self.claimant else None}
        return any(a.country is not None and a.country not in own for a in self.target)

    def claim_owner(self) -> Actor | None:
        """Whose claim the act is. A statement that is itself the act ("Germany said it would deliver",
        "Beijing ... accused Manila") carries no one's claim: its speaker is its source."""
        return None if self.status == "occurred" and self.claimant_in_source() else self.claimant


def _holds(cond: Condition, c: Coding) -> bool:
    checks = (
        cond.types is None or c.type in cond.types,
        cond.statuses is None or c.status in cond.statuses,
        cond.noun is None or cond.noun == c.is_noun,
        cond.tags is None or c.tag in cond.tags,
        cond.future is None or cond.future == c.future,
        cond.claimant_in_source is None or cond.claimant_in_source == c.claimant_in_source(),
        cond.told is None or cond.told == (c.claimant is not None),
        cond.content_types is None or c.content_type in cond.content_types,
        cond.content_negated is None or cond.content_negated == c.content_negated,
        cond.committed is None or cond.committed == c.committed,
        cond.enacted is None or cond.enacted == c.enacted,
        cond.expected is None or cond.expected == c.expected,
        cond.content_clause is None or cond.content_clause == c.content_clause,
        cond.source_sectors is None or any(a.sector in cond.source_sectors for a in c.source),
        cond.target_sectors is None or any(a.sector in cond.target_sectors for a in c.target),
        cond.modes is None or c.mode in cond.modes,
        cond.conditional is None or cond.conditional == c.conditional,
        cond.staged is None or cond.staged == c.staged,
        cond.foreign_target is None or cond.foreign_target == c.foreign_target(),
        cond.compelled is None or cond.compelled == c.compelled,
        cond.offered is None or cond.offered == c.offered,
        cond.modal is None or cond.modal == c.modal,
        cond.triggers is None or c.lemma in cond.triggers,
        cond.joint is None or cond.joint == c.joint(),
        not cond.any_of or any(_holds(alt, c) for alt in cond.any_of),
    )
    return all(checks)


def _apply(rule: Rewrite, c: Coding) -> None:
    old_type = c.type
    if rule.keep_as_content:
        c.content = replace(c, content=None)
        c.content_type = old_type
    if rule.sets_mode:
        c.mode = rule.mode.get(old_type) if isinstance(rule.mode, dict) else rule.mode
    c.type = rule.type or c.type
    c.cameo = (rule.cameo.get(old_type) if isinstance(rule.cameo, dict) else rule.cameo) or c.cameo
    if rule.status == "by_claimant":
        c.status = "claimed" if c.claimant is not None else "occurred"
    elif rule.status is not None:
        c.status = rule.status
    if rule.source_from_claimant and not c.source and c.claimant is not None:
        c.source = [c.claimant]


def rewrite(c: Coding, lex: Lexicon) -> Coding:
    """Every rule whose conditions hold, in file order, each on the result of the ones before."""
    for rule in lex.rewrites:
        if _holds(rule.when, c):
            _apply(rule, c)
    return c
