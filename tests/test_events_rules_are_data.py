"""The event rules are data: the Python of the events stage names no English word and no event type.

A new phrasing, word class, mode or type rewrite is a change to flashpoint/events/data/*.yaml; these tests
keep it that way (every string the code compares a token with must be a spaCy label or an internal name),
and show that a phrasing and a mode added through data files alone are extracted.
"""

from __future__ import annotations

import ast
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from flashpoint.events.lexicon import LexiconError, default_folder, load_lexicon
from flashpoint.model import EVENT_TYPES, SECTORS, STATUSES, Article
from flashpoint.nlp import CONFIG, get_nlp, load_pipeline, process

EVENTS = Path(default_folder()).parent
LOADER = {"lexicon.py"}  # the data loader validates types and statuses by name
# Names the code uses that are neither words of the text nor event types: notes and Doc extension keys.
INTERNAL = {"casualty_trigger", "casualty_cause", "background_noun", "anaphoric", "mutual", "distinct_acts", "date",
            "location",
            "source", "target", "yes", "", "-", "claimed", "occurred", "planned", "hypothetical", "negated",
            "killed", "injured", "subsume", "negate", "claim", "adopt", "end", "by_claimant", "events",
            "flashpoint_events",
            "data", "Events", "extract_batch", "default", "event_type", "sub_event_type",
            "RIGHT_ID", "RIGHT_ATTRS", "LEMMA", "LOWER", "IN",  # keys of spaCy's pattern format
            # place precisions of the data model, and the language labels a report may carry
            "place", "admin1", "country", "en", "eng", "english", "_", "flashpoint.events",
            # ACLED coding: notes, the keys of the `acled` field, spaCy's alignment mode
            "acled", "acled_cues", "acled_act", "acled_doer", "location_from", "report", "expand", "disorder_type",
            "civilian_targeting", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "geo_precision",
            "status", "responsibility",  # notes keys: why a status changed, a claim of responsibility
            "purpose",  # a fold mark: an act named as what another act was for (merge.PURPOSE)
            "reacted",  # a fold mark: an act a reaction names by a noun that points back (merge.REACTED)
            "toll_only",  # a fold mark: a toll noun that tells no act of its own (merge.TOLL_ONLY)
            "claimant_tells", "by_subject",  # fold marks: merge.CLAIMANT_TELLS, merge.BY_SUBJECT
            "by_object", "claim_dated",  # fold marks: merge.BY_OBJECT, merge.CLAIM_DATED
            "headline_first",  # a fold mark: the headline that first told the act (merge.HEADLINE)
            "propose", "propose_threshold",  # the switch of the optional type proposer (flashpoint/proposer)
            "role",  # an actor kind of the data model (Actor.kind)
            "report_nature",  # a Doc.user_data key: whether a report is about an illness or a calamity
            "report_game",  # a Doc.user_data key: whether a report is a match report
            "trigger_roots",  # a Doc.user_data key: the root token of each trigger span, looked up once
            "lemma_sets"}  # a Doc.user_data key: the lemmas of each sentence, read once (merge._sentence_lemmas)


def _labels() -> set[str]:
    nlp = get_nlp()
    labels = {label for name in ("tagger", "parser", "ner") for label in nlp.get_pipe(name).labels}
    pos = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
           "SCONJ", "SYM", "VERB", "X", "SPACE"}
    return labels | pos | {"ROOT"}


def _compared_strings(tree: ast.AST) -> list[str]:
    """String constants in the code, leaving out docstrings and messages."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    messages = {id(c) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for c in ast.walk(node)}
    exported = {id(c) for node in ast.walk(tree) if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets) for c in ast.walk(node)}
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings | messages | exported
            and node.value.strip(" .\n") != "" and not any(ch.isspace() for ch in node.value.strip())]


def test_no_english_word_or_event_type_in_the_events_code() -> None:
    allowed = _labels() | INTERNAL | set(SECTORS)
    found = {}
    for path in sorted(EVENTS.glob("*.py")):
        if path.name in LOADER:
            continue
        strings = _compared_strings(ast.parse(path.read_text("utf-8")))
        bad = sorted({s for s in strings if s not in allowed or s in EVENT_TYPES})
        if bad:
            found[path.name] = bad
    assert not found, f"words or types in code (move them to events/data/*.yaml): {found}"


def test_statuses_the_code_names_are_the_model_statuses() -> None:
    assert {"claimed", "occurred", "planned", "hypothetical", "negated"} <= set(STATUSES)


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A copy of the shipped rules to change."""
    folder = tmp_path / "rules"
    shutil.copytree(default_folder(), folder)
    return folder


def _edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")


def _pipeline_with(rules: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    cfg = tmp_path / "test.cfg"
    text = CONFIG.read_text("utf-8").replace('data = ""', f'data = "{rules}"')
    cfg.write_text(text, "utf-8")
    return load_pipeline(cfg)


def test_a_new_phrasing_and_a_new_mode_through_data_files_alone(rules: Path, tmp_path: Path) -> None:
    text = "Russian military hackers spoofed the website of the Estonian parliament on Monday."
    article = Article(id="cyber", text=text, published=date(2024, 5, 8))
    (doc,) = process([article])
    assert not [e for e in doc._.events if e.type == "COERCE"]  # the shipped rules do not know the phrasing

    _edit(rules / "modes.yaml", lambda d: d["COERCE"].append("spoof"))
    _edit(rules / "triggers.yaml", lambda d: d["verbs"].update(spoof=[{"type": "COERCE", "mode": "spoof",
                                                                      "cameo": "1724"}]))
    nlp = _pipeline_with(rules, tmp_path)
    (doc,) = process([article], nlp)
    (event,) = [e for e in doc._.events if e.type == "COERCE"]
    assert event.mode == "spoof"
    assert event.trigger is not None and event.trigger.text == "spoofed"
    assert event.date is not None and event.date.start == "2024-05-06"


@pytest.mark.parametrize("text", [
    "Poland declared two Belarusian diplomats persona non grata on Friday.",
    "Poland declared a Belarusian diplomat persona non grata on Friday.",
    "Poland has declared the Belarusian ambassador persona non grata.",
])
def test_a_dependency_pattern_names_the_act_and_its_target(text: str) -> None:
    (doc,) = process([Article(id="png", text=text, published=date(2024, 5, 11))])
    (event,) = doc._.events
    assert (event.type, event.mode) == ("SANCTION", "expel")
    assert [a.country for a in event.source] == ["POL"]
    assert [a.country for a in event.target] == ["BLR"]


def test_a_dependency_pattern_finds_every_sentence_of_a_long_report() -> None:
    """Past a few sentences the pattern runs once over the whole report (linear cost); it finds the same acts."""
    countries = ["Belarusian", "Russian", "Iranian", "Chinese", "Syrian", "Cuban", "Venezuelan"]
    text = "\n\n".join(f"Poland declared a {c} diplomat persona non grata on Friday." for c in countries)
    (doc,) = process([Article(id="png-many", text=text, published=date(2024, 5, 11))])
    expelled = [e for e in doc._.events if (e.type, e.mode) == ("SANCTION", "expel")]
    assert [a.country for e in expelled for a in e.target] == ["BLR", "RUS", "IRN", "CHN", "SYR", "CUB", "VEN"]


def test_an_undeclared_mode_is_refused_with_the_file_and_entry_named(rules: Path) -> None:
    _edit(rules / "triggers.yaml", lambda d: d["verbs"].update(hack=[{"type": "COERCE", "mode": "hack"}]))
    load_lexicon.cache_clear()
    with pytest.raises(LexiconError, match=r"triggers.yaml verbs.hack\[0\].*mode 'hack' is not declared"):
        load_lexicon(rules)


def test_an_unknown_word_class_is_refused(rules: Path) -> None:
    _edit(rules / "triggers.yaml", lambda d: d["verbs"].update(hack=[{"type": "COERCE", "obj": ["$nothing"]}]))
    with pytest.raises(LexiconError, match=r"unknown class \$nothing"):
        load_lexicon(rules)


def test_each_word_class_is_used_and_no_list_is_repeated() -> None:
    lex = load_lexicon()
    text = "\n".join(p.read_text("utf-8") for p in default_folder().glob("*.yaml"))
    unused = [name for name in lex.words.classes if f"${name}" not in text and name not in
              {f for f in lex.words.__dataclass_fields__}]  # fmt: skip
    assert not unused, f"word classes nobody refers to: {unused}"
    triggers = yaml.safe_load((default_folder() / "triggers.yaml").read_text("utf-8"))
    lists = [tuple(sorted(map(str, s.get("obj", [])))) for senses in triggers["verbs"].values() for s in senses]
    repeated = {lst for lst in lists if len(lst) > 8 and lists.count(lst) > 1}
    assert not repeated, f"a long word list written twice: make it a class in words.yaml: {repeated}"


def test_a_trigger_written_twice_is_refused(rules: Path) -> None:
    path = rules / "triggers.yaml"
    path.write_text(path.read_text("utf-8").replace("\nnouns:\n", '\n  attack: [{type: ASSAULT}]\nnouns:\n'), "utf-8")
    load_lexicon.cache_clear()
    with pytest.raises(LexiconError, match="'attack' is written twice"):
        load_lexicon(rules)


def test_the_worked_example_of_contributing_md_a_particle_phrasing() -> None:
    (doc,) = process([Article(id="kick", text="Kenya kicked out two Somali diplomats on Tuesday.",
                              published=date(2024, 5, 9))])
    (event,) = doc._.events
    assert (event.type, event.mode, event.cameo) == ("SANCTION", "expel", "1663")
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["KEN"], ["SOM"])


def test_two_patterns_under_one_id_are_refused(tmp_path: Path) -> None:
    # traces and error reports name a phrasing by its id, so each id must name one pattern
    folder = tmp_path / "rules"
    shutil.copytree(default_folder(), folder)
    patterns = folder / "patterns.yaml"
    data = yaml.safe_load(patterns.read_text(encoding="utf-8"))
    first = data["patterns"][0]
    data["patterns"].append({**first})
    patterns.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(LexiconError, match=f"{first['id']}: the id is used by an earlier pattern"):
        load_lexicon(folder)
