"""Wagtail's database search backend, with PostgreSQL full-text configured per language.

modelsearch's PostgreSQL backend takes one ``SEARCH_CONFIG`` for the whole site and applies
it twice: when a row of the shared index table is written (``to_tsvector(config, text)``) and
when a query is compiled (``to_tsquery(config, terms)``). Both sides must use the same
configuration or stems do not meet ("campaigns" becomes ``campaign`` only under ``english``).

The index is one table for every backend, one row per object, so "one backend per language"
would have each backend overwrite the others' rows. Instead this backend picks the
configuration per object when indexing (from the object's locale) and per query when
searching (from the active language, which is the locale the views filter on).

Settings (``WAGTAILSEARCH_BACKENDS["default"]``)::

    "BACKEND": "search.backends",
    "SEARCH_CONFIGS": {"en": "english", "es": "spanish"},  # language code -> PostgreSQL config
    "SEARCH_CONFIG": "simple",  # languages without their own configuration

On any other database ``SearchBackend`` returns Wagtail's own database backend unchanged
(FTS5 on SQLite). Autocomplete keeps modelsearch's ``simple`` configuration on both sides.
"""

import copy

from django.conf import settings
from django.db import connection
from django.utils import translation
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from wagtail.models import Locale

FALLBACK_CONFIG = "simple"


def config_for_language(language_code, configs, fallback=FALLBACK_CONFIG):
    """The configuration for ``language_code`` ("es-419" falls back to "es"), else ``fallback``."""
    if not language_code:
        return fallback
    code = language_code.lower()
    return configs.get(code) or configs.get(code.split("-")[0]) or fallback


class MultilingualPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with that language's configuration.

        modelsearch reads the configuration from ``backend.config`` when it builds the vectors,
        so each language's group is written through a copy of the backend set to its config.
        Objects without a locale (documents, people) are indexed in the default language.
        """
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups = {}
        for obj in objs:
            language = languages.get(
                getattr(obj, "locale_id", None), settings.LANGUAGE_CODE
            )
            groups.setdefault(self.backend.config_for(language), []).append(obj)
        for config, group in groups.items():
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class MultilingualPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for(translation.get_language())


class CountingPostgresSearchResults(PostgresSearchResults):
    def count_up_to(self, limit):
        """How many results there are, counting no further than ``limit``.

        A word on every page matches every entry, and counting them all costs as much
        as the search itself; Django counts a sliced queryset in a subquery, so
        PostgreSQL stops at ``limit`` rows.
        """
        matches = self.get_queryset().order_by().values("pk")
        return matches[:limit].count()


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = MultilingualPostgresSearchQueryCompiler
    index_class = MultilingualPostgresIndex
    results_class = CountingPostgresSearchResults

    def __init__(self, params):
        super().__init__(params)
        configs = params.get("SEARCH_CONFIGS") or {}
        self.configs = {code.lower(): config for code, config in configs.items()}
        self.config = params.get("SEARCH_CONFIG") or FALLBACK_CONFIG

    def config_for(self, language_code):
        return config_for_language(language_code, self.configs, self.config)


def SearchBackend(params):  # noqa: N802 (modelsearch looks up a module's ``SearchBackend``)
    """The multilingual backend on PostgreSQL; Wagtail's own database backend elsewhere."""
    if connection.vendor == "postgresql":
        return MultilingualPostgresSearchBackend(params)
    return database.SearchBackend(params)
