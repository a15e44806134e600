"""English: the source language of every article."""

from __future__ import annotations

from .language import Language
from .stemmers import stem_en

# The keys of the standard US layout, unshifted then shifted; lang.keyboard maps other layouts
# onto these positions.
QWERTY = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./" + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?'


def english() -> Language:
    return Language(
        code="en",
        name="English",
        english_name="English",
        script="Latn",
        alphabet="abcdefghijklmnopqrstuvwxyz",
        vowels="aeiouy",
        stopwords=frozenset("a an and are as at be by for from has have in is it its of on or that the this to was "
                            "were will with about".split()),
        stem=stem_en,
        months={
            "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
            "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
            "oct": 10, "nov": 11, "dec": 12,
        },
        month_names=tuple("January February March April May June July August September October November "
                          "December".split()),
        weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
                  "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                  "sun": 6},
        clock_words=("at",),
        date_words={"today": "today", "yesterday": "yesterday", "the day before yesterday": "day_before_yesterday",
                    "this week": "this_week", "last week": "last_week",
                    "this month": "this_month", "last month": "last_month", "this year": "this_year",
                    "last year": "last_year", "the year before last": "year_before_last",
                    "in": "in", "during": "in", "from": "from", "since": "from",
                    "between": "from", "to": "to", "until": "to", "and": "to"},
        keyboard=QWERTY,
        ui={
            "title": "Regional news search", "placeholder": "Search the news", "search": "Search",
            "take_away": "This search:", "feed": "Atom feed", "export_csv": "CSV table", "export_jsonl": "JSON Lines",
            "sort": "Order of results", "sort_relevance": "Most relevant", "sort_date": "Newest first",
            "facet_date": "Date", "facet_person": "People", "facet_organization": "Organizations",
            "facet_site": "Sites", "clear_dates": "All dates", "by_year": "years", "by_month": "months",
            "by_day": "days", "did_you_mean": "Did you mean", "prev": "Previous", "next": "Next",
            "found": "{n} results", "page": "Page {p} of {n}", "none": "Nothing found.",
            "error": "Search failed: ", "sources": "{n} sources", "repaired": "Showing results for",
            "via": {"source": "English text", "translation": "translation", "entity": "name",
                    "transliteration": "transliteration", "glossary": "glossary", "layout": "keyboard layout"},
            "kind": {"person": "person", "organization": "organization", "title": "article", "word": "word"},
            "show_results": "Show results", "results": "Results", "filters": "Filters",
            "more": "More", "fewer": "Fewer", "find_value": "Find in {facet}",
            "no_values": "No matching values.", "unknown_site": "Site not named",
            "timeline": "Articles per period", "suggestions": "Suggestions",
            "understood": "Read as a date:", "remove_date": "Remove the date “{text}”",
            "understood_unused": "nothing in those dates, so the words were searched as words",
            "error_bad_request": "This search cannot be run: change the query or the filters.",
            "error_server": "The search service is not answering right now. Try again in a minute.",
            "error_details": "Details",
            "english_no_model": "Some results are shown in English: no translation model for this language is "
                                "installed on this server.",
            "english_not_yet": "Some results are shown in English: they have not been translated yet.",
            "article": {"back": "Back to search", "published": "Published", "site": "Site",
                        "original": "English original", "translation": "Translation",
                        "no_model": "No translation into this language: the translation model is not installed "
                                    "on this server. The English text is shown.",
                        "not_yet": "This article has not been translated into this language yet.",
                        "translate_now": "Translate now", "pending": "The translation is under way: reload the "
                                    "page in a few seconds.", "too_long": "This article is too long to translate "
                                    "on request; it will be translated with the archive.",
                        "busy": "The translator is busy: try again in a minute.",
                        "persons": "People", "organizations": "Organizations", "places": "Places",
                        "sources": "Published on", "source_link": "original page", "not_found": "No such article."},
        },
    )
