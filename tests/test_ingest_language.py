"""The cheap language check, and the word lists it reads."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from flashpoint.ingest import guess_language, is_english
from flashpoint.ingest.language import function_words

SAMPLES = {
    "en": "The ministry said on Tuesday that troops had been deployed to the border after the attack.",
    "fr": "Le ministère a déclaré mardi que les troupes ont été déployées à la frontière après l'attaque.",
    "es": "El ministerio dijo el martes que las tropas fueron desplegadas en la frontera tras el ataque.",
    "de": "Das Ministerium sagte am Dienstag, dass die Truppen nach dem Angriff an die Grenze verlegt wurden.",
    "pt": "O ministério disse na terça-feira que as tropas foram enviadas para a fronteira após o ataque.",
    "it": "Il ministero ha detto martedì che le truppe sono state schierate al confine dopo l'attacco.",
    "ar": "قالت وزارة الدفاع إن القوات قصفت مواقع في المنطقة الحدودية صباح الثلاثاء",
    "fa": "وزارت دفاع روز سه‌شنبه گفت که نیروها پس از حمله به مرز اعزام شدند",
    "ru": "Министерство обороны заявило во вторник, что войска переброшены к границе после нападения.",
    "uk": "Міністерство оборони заявило у вівторок, що війська перекинуті до кордону після нападу.",
    "he": "משרד הביטחון הודיע ביום שלישי כי כוחות נפרסו לגבול לאחר המתקפה",
    "zh": "国防部周二表示，部队已在袭击发生后部署到边境地区，当地官员证实了这一消息。",
    "ja": "防衛省は火曜日、攻撃の後、部隊が国境に展開されたと発表した。",
}


@pytest.mark.parametrize(("lang", "text"), SAMPLES.items())
def test_news_sentences_are_recognised(lang: str, text: str) -> None:
    assert guess_language(text) == lang
    assert is_english(text) is (lang == "en")


def test_too_little_text_gives_no_guess_but_short_headlines_count_as_english() -> None:
    assert guess_language("Gaza ceasefire holds") is None
    assert is_english("Gaza ceasefire holds")
    assert not is_english("Взрыв в Киеве")
    assert guess_language("") is None and guess_language("12345 67890 !!! ---") is None


def test_english_with_foreign_names_stays_english() -> None:
    text = "Le Drian met Sheikh Abdullah bin Zayed in Abu Dhabi on Monday, the Élysée said in a statement."
    assert guess_language(text) == "en"


def test_the_word_lists_are_lowercase_strings_with_enough_distinctive_words() -> None:
    raw = yaml.safe_load(
        resources.files("flashpoint.ingest").joinpath("data/function_words.yaml").read_text("utf-8")
    )
    for lang, words in raw.items():
        assert len(lang) == 2 and lang.islower(), lang
        assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), lang
        assert len(words) == len(set(words)), f"{lang} lists a word twice"
    assert all(len(words) >= 20 for words in function_words().values())
