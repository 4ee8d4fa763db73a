"""Wagtail's database search backend, tuned for this site.

Settings (``WAGTAILSEARCH_BACKENDS["default"]``, movement/settings/search.py)::

    "BACKEND": "search.backends",
    "SEARCH_CONFIGS": {"en": "english", "ar": "arabic"},  # PostgreSQL only
    "SEARCH_CONFIG": "simple",  # languages without their own configuration

- PostgreSQL (search.backends.postgres): each language indexed and searched with its
  own text-search configuration, and a page of results ranked in one narrow query.
- SQLite with FTS5 (search.backends.sqlite): a word also finds longer words it begins,
  so "campaign" finds "campaigns".
- Anything else: Wagtail's own database backend, unchanged.

Both tuned backends give their results a ``ranking(limit)``: the first ``limit``
results as (page id, content type id) pairs, best first, in one query
(search/cached.py counts and pages through it).
"""

from django.db import connection
from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802 (modelsearch looks up a module's ``SearchBackend``)
    """The backend for the database in use (modelsearch chooses it the same way)."""
    if connection.vendor == "postgresql":
        from .postgres import MultilingualPostgresSearchBackend

        return MultilingualPostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        # Without FTS5 modelsearch falls back to a LIKE backend: keep that as it is.
        if type(backend) is SQLiteSearchBackend:
            from .sqlite import PrefixSQLiteSearchBackend

            return PrefixSQLiteSearchBackend(params)
    return backend
