"""A plain-language reading score, and a verdict an editor can act on.

textstat (pinned at 0.7.4: later releases need NLTK data downloaded at run
time) measures what it can for each of our languages:

- English: Flesch reading ease, with the Flesch-Kincaid grade for the age;
- Spanish: Fernández Huerta, Flesch's formula refitted for Spanish;
- Polish: the Gunning fog index with Pisarek's FOG-PL rule (a hard word has
  four syllables or more), read as a school year;
- Arabic: nothing. textstat cannot split Arabic into syllables, so the page
  says there is no score rather than a wrong one.

Every page is scored: the site speaks to young people throughout, and no page
type has an audience field saying otherwise (only resources have audiences).
"""

import warnings
from dataclasses import dataclass

from django.utils.translation import gettext as _
from textstat.textstat import textstatistics

# Below this many words a score says more about the sample than the page.
MINIMUM_WORDS = 30
# Flesch reading ease (and Fernández Huerta) from 60 up is plain language.
PLAIN_EASE = 60
# The last school year a plain Polish text should need (FOG-PL).
PLAIN_GRADE = 9


@dataclass(frozen=True)
class ReadingScore:
    is_plain: bool
    verdict: str


def reading_score(text, language_code):
    """The score of `text` in `language_code`, or None when we cannot tell."""
    language = (language_code or "en").split("-")[0]
    scorer = _SCORERS.get(language)
    if scorer is None or len(text.split()) < MINIMUM_WORDS:
        return None
    # Our own instance, as textstat's module-level one keeps its language
    # in global state shared by every request.
    statistics = textstatistics()
    statistics.set_lang(language)
    return scorer(statistics, text)


def _verdict(is_plain, grade):
    """A verdict naming the reading age a school grade stands for."""
    age = max(round(grade) + 5, 8)
    if is_plain:
        return ReadingScore(True, _("Easy to read for ages %(age)s+") % {"age": age})
    return ReadingScore(
        False,
        _(
            "Hard: it needs a reading age of %(age)s+. Aim for shorter "
            "sentences and shorter words."
        )
        % {"age": age},
    )


def _english(statistics, text):
    is_plain = statistics.flesch_reading_ease(text) >= PLAIN_EASE
    return _verdict(is_plain, statistics.flesch_kincaid_grade(text))


def _spanish(statistics, text):
    ease = statistics.fernandez_huerta(text)
    if ease >= PLAIN_EASE:
        return ReadingScore(True, _("Easy to read (Fernández Huerta %d)") % ease)
    return ReadingScore(
        False,
        _(
            "Hard (Fernández Huerta %d, aim for 60 or more): use shorter "
            "sentences and shorter words."
        )
        % ease,
    )


def _polish(statistics, text):
    # textstat has no Polish list of easy words and warns that it uses the
    # English one; no Polish word of four syllables is on it, so the count
    # is Pisarek's all the same.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        grade = statistics.gunning_fog(text)
    return _verdict(grade <= PLAIN_GRADE, grade)


_SCORERS = {"en": _english, "es": _spanish, "pl": _polish}


def has_reading_score(language_code):
    return (language_code or "en").split("-")[0] in _SCORERS
