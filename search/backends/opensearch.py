"""OpenSearch with each language's own analyzer, for a site too large for the database.

Settings (movement/settings/search.py, from the environment)::

    WAGTAILSEARCH_BACKEND=search.backends.opensearch
    WAGTAILSEARCH_URLS=https://user:password@search.example.org:9200

modelsearch's OpenSearch backend analyzes every text with one analyzer, so an
English search for "campaigns" misses "campaign", and Arabic words are never
reduced to their stems. As the PostgreSQL backend does (postgres.py), this one
picks the language per object when indexing and per query when searching:

- each document also carries its searchable text in a field of its language
  (its locale's; a pack document's own), ``_text_<language>``, analyzed by that
  language's analyzer
  (``SEARCH_LANGUAGE_ANALYZERS``: english, spanish, arabic; standard for Polish,
  which needs OpenSearch's analysis-stempel plugin for its "polish" analyzer);
- a search also matches the active language's field (the language the views
  filter pages on), beside modelsearch's language-neutral ``_all_text``.

One index per model still holds every language, so rebuilding, aliases and the
admin's searches (which span languages) work as modelsearch made them.
"""

import contextlib
import functools
import logging

from django.conf import settings
from django.utils import translation
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.backends.opensearch2 import (
    OpenSearch2AutocompleteQueryCompiler,
    OpenSearch2Mapping,
    OpenSearch2SearchBackend,
    OpenSearch2SearchQueryCompiler,
    OpenSearch2SearchResults,
)
from modelsearch.index import RelatedFields, SearchField
from opensearchpy.exceptions import ConnectionError as OpenSearchUnreachable
from opensearchpy.exceptions import TransportError
from wagtail.models import Locale

from movement.outages import ServiceUnavailable

logger = logging.getLogger(__name__)

# How much a match on the language's stemmed words counts beside an exact one.
LANGUAGE_FIELD_BOOST = 1.0


def language_analyzers():
    """{language code: analyzer}, from SEARCH_LANGUAGE_ANALYZERS."""
    return settings.SEARCH_LANGUAGE_ANALYZERS


def language_field(language_code):
    return f"_text_{language_code}"


def language_of(obj):
    """The object's language: its locale's, a document's own (`language`), or
    the site's. Locales are read once per process, not once per object."""
    locale_id = getattr(obj, "locale_id", None)
    code = _locale_languages().get(locale_id) if locale_id else None
    if code is None and locale_id:
        _locale_languages.cache_clear()  # a locale added since
        code = _locale_languages().get(locale_id)
    code = code or getattr(obj, "language", None) or settings.LANGUAGE_CODE
    return str(code).lower().split("-")[0]


@functools.cache
def _locale_languages():
    return dict(Locale.objects.values_list("pk", "language_code"))


def _texts(value):
    """Every string in an indexed value (a string, a list, a nested document)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)


class LanguageMapping(OpenSearch2Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        for language, analyzer in language_analyzers().items():
            mapping["properties"][language_field(language)] = {
                "type": "text",
                "analyzer": analyzer,
            }
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        language = language_of(obj)
        if language in language_analyzers():
            document[language_field(language)] = [
                text
                for field in self.model.get_search_fields()
                if isinstance(field, (SearchField, RelatedFields))
                for text in _texts(document.get(self.get_field_column_name(field)))
                if text
            ]
        return document


class LanguageQueryCompiler(OpenSearch2SearchQueryCompiler):
    mapping_class = LanguageMapping

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
        if not fields and language in language_analyzers():
            remapped.append(Field(language_field(language), LANGUAGE_FIELD_BOOST))
        return remapped


class LanguageAutocompleteQueryCompiler(OpenSearch2AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class SearchUnavailable(ServiceUnavailable):
    """OpenSearch did not answer a visitor's search: the 503 page, not a 500."""


class OutageAwareSearchResults(OpenSearch2SearchResults):
    """Results that say SearchUnavailable when OpenSearch does not answer."""

    def _do_search(self):  # a generator: the search runs as it is read
        with _outage_as_unavailable():
            yield from super()._do_search()

    def _do_count(self):
        with _outage_as_unavailable():
            return super()._do_count()

    def facet(self, field_name):
        with _outage_as_unavailable():
            return super().facet(field_name)


def _is_outage(error):
    """Unreachable, timed out, overloaded or failing: not a query it refused
    (a 400 is a bug here, and stays a 500 that someone will look at)."""
    if isinstance(error, OpenSearchUnreachable):  # timeouts too
        return True
    status = getattr(error, "status_code", None)
    return status == 429 or (isinstance(status, int) and status >= 500)


@contextlib.contextmanager
def _outage_as_unavailable():
    try:
        yield
    except TransportError as error:
        if not _is_outage(error):
            raise
        logger.error("OpenSearch did not answer a search: %s", error)
        raise SearchUnavailable(str(error)) from error


class MultilingualOpenSearchBackend(OpenSearch2SearchBackend):
    # Indexing errors are logged, never raised (modelsearch's catch_indexing_errors):
    # a publish succeeds while OpenSearch is away; `update_index` catches up.
    results_class = OutageAwareSearchResults
    mapping_class = LanguageMapping
    query_compiler_class = LanguageQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler


SearchBackend = MultilingualOpenSearchBackend
