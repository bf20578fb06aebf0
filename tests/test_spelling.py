"""Spell checking in the six shipped languages: planted errors found, right words left alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from copeditor.spelling import DictionaryError, SpellingSession, utf16_offset
from copeditor.spelling.tokens import words_to_check

# Per language: a correct sentence, then one with planted errors and the errors planted.
SENTENCES = {
    "en-GB": (
        "The programme helps organisations protect children from cyberbullying and "
        "sextortion online; its helpline answers 24 hours a day.",
        "The programme helps organisatons protect childern from grooming.",
        ["organisatons", "childern"],
    ),
    "en-US": (
        "The program helps organizations protect children; its hotline and e-safety "
        "lessons reach schools.",
        "The programme helps organizations recieve reports.",
        ["programme", "recieve"],
    ),
    "fr-FR": (
        "L'association protège l'enfance contre l'exploitation sexuelle en ligne ; "
        "aujourd’hui, ses partenaires forment les éducateurs d’Afrique de l'Ouest.",
        "L'association protège l'enfanse contre l'expliotation sexuelle.",
        ["l'enfanse", "l'expliotation"],
    ),
    "es-ES": (
        "La organización protege a los niños y niñas contra la explotación sexual en "
        "internet y forma a los docentes.",
        "La organizasión protege a los niños contra la explotacion sexual.",
        ["organizasión", "explotacion"],
    ),
    "ru-RU": (
        "Организация защищает детей от сексуальной эксплуатации в интернете и обучает учителей.",
        "Арганизация защищает детеи от эксплуатации.",
        ["Арганизация", "детеи"],
    ),
    "ar": (
        "تعمل المنظمة على حماية الأطفال من الاستغلال الجنسي عبر الإنترنت وتدريب المعلمين.",
        "تعمل المنظمة على حمايه الاطفال من الاستغلال.",
        ["حمايه", "الاطفال"],
    ),
}


@pytest.fixture(scope="module")
def session() -> SpellingSession:
    return SpellingSession()


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_planted_errors_are_found_and_right_words_are_not(
    session: SpellingSession, language: str
) -> None:
    correct, wrong, planted = SENTENCES[language]
    checker = session.checker(language)
    assert checker.check(correct) == []
    found = checker.check(wrong)
    assert [m.word for m in found] == planted
    for misspelling in found:  # the offsets point at the word in the text
        assert wrong[misspelling.start : misspelling.end] == misspelling.word


@pytest.mark.parametrize(
    ("language", "word", "best"),
    [
        ("en-GB", "recieve", "receive"),
        ("en-GB", "organisatons", "organisations"),
        ("en-US", "recieve", "receive"),
        ("fr", "d'expliotation", "d'exploitation"),
        ("es", "explotacion", "explotación"),
        ("ru", "Арганизация", "Организация"),
        ("ar", "الاطفال", "الأطفال"),
    ],
)
def test_suggestions_come_best_first(
    session: SpellingSession, language: str, word: str, best: str
) -> None:
    suggestions = session.checker(language).suggest(word)
    assert suggestions[0] == best
    assert 1 <= len(suggestions) <= 5
    assert word not in suggestions


def test_suggestions_keep_the_writers_apostrophe(session: SpellingSession) -> None:
    checker = session.checker("fr")
    assert "l’enfance" in checker.suggest("l’enfanse")
    assert "l'enfance" in checker.suggest("l'enfanse")


def test_regions_fall_back_to_the_shipped_dictionary(session: SpellingSession) -> None:
    assert session.checker("fr-CA").check("la protection de l'enfance") == []
    # Plain "en" and other English regions write British English; en-US does not.
    assert session.checker("en").check("the programme") == []
    assert session.checker("en-AU").check("the programme") == []
    assert [m.word for m in session.checker("en-US").check("the programme")] == ["programme"]
    assert session.checker("ar-EG").check("حماية الأطفال") == []


def test_british_english_is_the_default_and_knows_the_cop_glossary(
    session: SpellingSession,
) -> None:
    checker = session.checker("en-GB")
    text = (
        "Our hotlines, helplines and e-safety webcams fight sextortion, sexting and "
        "deepfakes with Interpol, Europol, WeProtect, Childnet and Insafe."
    )
    assert checker.check(text) == []
    assert [m.word for m in checker.check("The color of the program")] == ["color"]


def test_words_like_libreoffice_leaves_alone() -> None:
    text = (
        "ECPAT's NGOs work with ITU on COVID-19 in 2010: see https://ecpat.org/report, "
        "www.itu.int/cop, write to info@ecpat.org or read report.pdf, then xyzzyq."
    )
    words = [token.word for token in words_to_check(text)]
    assert "xyzzyq" in words
    for skipped in ("ECPAT's", "NGOs", "ITU", "COVID-19", "2010", "ecpat", "itu", "info", "pdf"):
        assert skipped not in words


def test_apostrophes_and_hyphens_keep_a_word_whole() -> None:
    text = "l'enfance d’exploitation well‑being e-safety 'quoted'"
    assert [token.word for token in words_to_check(text)] == [
        "l'enfance",
        "d’exploitation",
        "well-being",  # the non-breaking hyphen is checked as the ASCII one
        "e-safety",
        "quoted",
    ]


def test_misspelt_part_of_a_hyphenated_word_is_found(session: SpellingSession) -> None:
    checker = session.checker("en-GB")
    assert checker.check("well-being") == []
    assert [m.word for m in checker.check("well-bieng")] == ["well-bieng"]


def test_spans_count_utf16_units_as_qt_does(session: SpellingSession) -> None:
    checker = session.checker("en-GB")
    text = "Emoji 😀 then a mistaek, 🎉🎉 and anothr."
    spans = checker.misspelled_spans(text)
    encoded = text.encode("utf-16-le")
    words = [
        encoded[2 * start : 2 * (start + length)].decode("utf-16-le") for start, length in spans
    ]
    assert words == ["mistaek", "anothr"]
    assert checker.misspelled_spans("a mistaek") == [(2, 7)]
    assert utf16_offset(text, text.index("mistaek")) == spans[0][0]
    assert utf16_offset(text, text.index("anothr")) == spans[1][0]


def test_ignore_all_lasts_for_the_session_only() -> None:
    session = SpellingSession()
    checker = session.checker("en-GB")
    assert [m.word for m in checker.check("Safernet runs it")] == ["Safernet"]
    session.ignore_all("Safernet")
    assert checker.check("Safernet runs it") == []
    assert [m.word for m in SpellingSession().checker("en-GB").check("Safernet")] == ["Safernet"]


def test_a_language_without_a_dictionary_is_one_clear_error(session: SpellingSession) -> None:
    with pytest.raises(DictionaryError, match="no spelling dictionary for the language zh-CN"):
        session.checker("zh-CN")


def copy_dictionaries(target: Path, names: tuple[str, ...] = ("en_GB",)) -> Path:
    from copeditor.spelling.dictionaries import GLOSSARY_FILE, dictionaries_dir

    target.mkdir()
    source = dictionaries_dir()
    for name in names:
        for suffix in (".aff", ".dic"):
            (target / f"{name}{suffix}").write_bytes((source / f"{name}{suffix}").read_bytes())
    (target / GLOSSARY_FILE).write_bytes((source / GLOSSARY_FILE).read_bytes())
    return target


def test_missing_dictionary_files_are_one_clear_error(tmp_path: Path) -> None:
    from copeditor.spelling.dictionaries import load_dictionary

    folder = copy_dictionaries(tmp_path / "dictionaries")
    (folder / "en_GB.dic").unlink()
    with pytest.raises(DictionaryError, match="en_GB spelling dictionary is missing") as caught:
        load_dictionary("en-GB", folder)
    assert caught.value.language == "en-GB"


@pytest.mark.parametrize(
    "damage",
    ["cut short", "empty", "garbage affix rules", "not text"],
)
def test_damaged_dictionaries_are_one_clear_error(tmp_path: Path, damage: str) -> None:
    from copeditor.spelling.dictionaries import load_dictionary

    folder = copy_dictionaries(tmp_path / "dictionaries")
    dic, aff = folder / "en_GB.dic", folder / "en_GB.aff"
    if damage == "cut short":
        dic.write_bytes(dic.read_bytes()[: dic.stat().st_size // 3])
    elif damage == "empty":
        dic.write_bytes(b"")
    elif damage == "garbage affix rules":
        aff.write_bytes(b"SET UTF-8\nthis is not an affix file\n")
    else:
        dic.write_bytes(bytes(range(256)) * 1000)
    with pytest.raises(DictionaryError, match="the en_GB spelling dictionary is damaged"):
        load_dictionary("en-GB", folder)


def test_hunspell_is_imported_on_first_use_only() -> None:
    code = (
        "import sys, copeditor.spelling, copeditor.cli; "
        "assert 'hunspell' not in sys.modules; "
        "copeditor.spelling.SpellingSession().checker('en-GB'); "
        "assert 'hunspell' in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_submission_is_checked_as_the_reader_sees_it(session: SpellingSession) -> None:
    from copeditor.model import Programme, Submission
    from copeditor.spelling import check_submission, field_plain_text

    submission = Submission()
    summary = (
        "**Bold** mistaek and a [lnk text](https://example.org/mistaek).\n\n"
        "- an itme\n- `code`\n\n> quoted wrod"
    )
    submission.areas[2].programmes.append(Programme(name="Nmae", summary=summary))
    submission.areas[2].programmes.append(
        Programme(website="https://exampel.org", additional_information="_Agian_")
    )
    problems = check_submission(submission, session.checker("en-GB"))
    assert [(p.programme_index, p.field, p.word) for p in problems] == [
        (0, "name", "Nmae"),
        (0, "summary", "mistaek"),
        (0, "summary", "lnk"),
        (0, "summary", "itme"),
        (0, "summary", "wrod"),
        (1, "additional_information", "Agian"),
    ]
    plain = field_plain_text("summary", summary)
    assert plain == "Bold mistaek and a lnk text.\nan itme\ncode\nquoted wrod"
    for problem in problems:
        text = field_plain_text(
            problem.field,
            getattr(submission.areas[2].programmes[problem.programme_index], problem.field),
        )
        assert text[problem.start : problem.end] == problem.word
    assert problems[0].where == "Area 3, programme 1, programme name"


def test_a_failed_dictionary_fails_fast_until_forgotten(tmp_path: Path) -> None:
    from copeditor.spelling.dictionaries import forget_loaded_dictionaries, load_dictionary

    folder = copy_dictionaries(tmp_path / "dictionaries")
    good = (folder / "en_GB.dic").read_bytes()
    (folder / "en_GB.dic").write_bytes(b"")
    with pytest.raises(DictionaryError):
        load_dictionary("en-GB", folder)
    (folder / "en_GB.dic").write_bytes(good)
    with pytest.raises(DictionaryError, match="damaged or cut short"):
        load_dictionary("en-GB", folder)  # not read again
    forget_loaded_dictionaries()
    assert load_dictionary("en-GB", folder).spell("programme")


def test_overlong_words_are_unknown_without_suggestions(session: SpellingSession) -> None:
    checker = session.checker("en-GB")
    word = "a" * 5000
    assert [m.word for m in checker.check(f"the {word} end")] == [word]
    assert checker.suggest(word) == []


def test_suggestions_in_a_worker_thread_while_text_is_checked(session: SpellingSession) -> None:
    from concurrent.futures import ThreadPoolExecutor

    checker = session.checker("en-GB")
    with ThreadPoolExecutor(max_workers=2) as pool:
        suggested = [pool.submit(checker.suggest, "recieve") for _ in range(3)]
        for _ in range(200):
            assert [m.word for m in checker.check("we recieve reports")] == ["recieve"]
        assert all(future.result()[0] == "receive" for future in suggested)
