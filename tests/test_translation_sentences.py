"""Sentence splitting for translation: what ends a sentence in English news and what does not."""

import pytest

from searchsvc.translation.sentences import MAX_SENTENCE_CHARS, join_text, split_sentences, split_text


@pytest.mark.parametrize("text, expected", [
    ("Mr. A. Ivanov met Dr. Lee. Prices rose 3.5%.", ["Mr. A. Ivanov met Dr. Lee.", "Prices rose 3.5%."]),
    ("St. Petersburg is big. A. Lukashenko and J. R. R. Tolkien met.",
     ["St. Petersburg is big.", "A. Lukashenko and J. R. R. Tolkien met."]),
    ("The U.S. President arrived on Jan. 5. It rained.", ["The U.S. President arrived on Jan. 5.", "It rained."]),
    ('He said: "We will win." Then he left!', ['He said: "We will win."', "Then he left!"]),
    ("Is it? Yes... Maybe.", ["Is it?", "Yes...", "Maybe."]),
    ("Output grew 2.5 times, approx. five plants.", ["Output grew 2.5 times, approx. five plants."]),
    ("(See above.) New sentence.", ["(See above.)", "New sentence."]),
    ("No full stop at the end", ["No full stop at the end"]),
    ("Talks resumed in the U.S. The delegation left.", ["Talks resumed in the U.S.", "The delegation left."]),
    ("Both Kim and U.S. President Trump want a summit.", ["Both Kim and U.S. President Trump want a summit."]),
    ("They are inquisitive ... they aren't out to hurt you.", ["They are inquisitive ... they aren't out to hurt you."]),
    ("He called Sens. Lindsey Graham and Mike Lee. Det. Dennis McCarthy wrote.",
     ["He called Sens. Lindsey Graham and Mike Lee.", "Det. Dennis McCarthy wrote."]),
    ("Turnout was low by 1 p.m. However, it rose.", ["Turnout was low by 1 p.m.", "However, it rose."]),
    ("  spaced   out\ttext.  ", ["spaced out text."]),
])
def test_sentences(text, expected):
    assert split_sentences(text) == expected


def test_paragraphs_and_line_breaks_are_kept_for_the_translation():
    parts = split_text("Title line\nSecond line. Third.\n\nPara two.  With  spaces.")
    assert parts == [("Title line", "\n"), ("Second line.", " "), ("Third.", "\n\n"),
                     ("Para two.", " "), ("With spaces.", "")]
    assert join_text([(s.upper(), sep) for s, sep in parts]) == "TITLE LINE\nSECOND LINE. THIRD.\n\nPARA TWO. WITH SPACES."


def test_a_run_on_sentence_is_cut_at_a_clause_boundary():
    text = ", ".join(["the delegation visited the plant"] * 30) + "."
    parts = split_sentences(text)
    assert len(parts) > 1 and all(len(p) <= MAX_SENTENCE_CHARS for p in parts)
    assert parts[0].endswith(",") and " ".join(parts) == text


def test_the_module_docstring_example_is_true():
    import doctest

    from searchsvc.translation import sentences

    result = doctest.testmod(sentences)
    assert result.attempted > 0 and result.failed == 0
