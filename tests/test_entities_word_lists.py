"""A list of words the entity rules share is written once, in lexicon.py, and read by each module that needs it: the
verbs of speech that make a name a speaker's, the calendar's words that are no name. (Before, the Cyrillic namer, the
gazetteer and the English person rules each had a copy, and the copies had drifted: one knew "admitted".)"""

from __future__ import annotations

import pytest

from searchsvc.entities import cyrillic, extract, lexicon as lx, places, shapes


@pytest.mark.parametrize("verb", sorted(lx.SPEECH_VERBS_CYRILLIC))
def test_every_russian_and_belarusian_speech_verb_makes_a_speaker_for_the_namer_and_the_gazetteer(verb):
    assert cyrillic._SPEECH_AFTER.match(f", {verb} что")  # "Иван Петров, отметил ..."
    assert cyrillic._SPEECH_BEFORE.search(f"— {verb} ")  # "— сказал Иван Петров"
    assert verb in places._SPEECH_VERBS  # "Бобрик рассказала": a surname that speaks, no village


def test_the_english_speech_verbs_and_the_calendar_are_one_list_each():
    assert shapes.SPEECH == lx.SPEECH_VERBS <= places._SPEECH_VERBS
    assert extract._CALENDAR == lx.CALENDAR <= lx.NON_NAME and {"may", "friday"} <= lx.CALENDAR
