"""The benchmark corpus: its sentence data is complete, and reports are varied and reproducible."""

from __future__ import annotations

from flashpoint.scale.corpus import PARTS, build_corpus, load_parts, slots, word_count


def test_every_part_has_sentences_and_every_slot_a_filler() -> None:
    parts = load_parts()
    fillers = parts["fillers"]
    for part in PARTS:
        assert parts[part], part
        for sentence in parts[part]:
            for name in slots(sentence):
                assert name in {"n", "m"} or name.rstrip("2") in fillers, (part, sentence, name)
    assert all(len(values) >= 2 and len(set(values)) == len(values) for values in fillers.values())


def test_reports_are_reproducible_varied_and_news_sized() -> None:
    first, again = list(build_corpus(200, seed=1)), list(build_corpus(200, seed=1))
    assert [a.text for a in first] == [a.text for a in again]
    assert len({a.text for a in first}) == 200
    assert all(60 <= word_count(a.text) <= 400 and a.published is not None for a in first)
    assert "{" not in "".join(a.text for a in first)  # every slot filled
    assert list(build_corpus(5, seed=2))[0].text != first[0].text
