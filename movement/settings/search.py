"""Search: which backend indexes and ranks pages, how long rankings are kept, and when
the popular-searches counts are written."""

from django.core.exceptions import ImproperlyConfigured

from .env import env_int, env_list, env_str

# Search: Wagtail's database backend, tuned in search/backends/ (FTS5 on SQLite, where a
# word also finds the longer words it begins). On PostgreSQL each language is indexed and
# queried with its own text-search configuration (`SELECT cfgname FROM pg_ts_config`).
# Polish has none in PostgreSQL (15 ships no Polish dictionary or stemmer), so it uses
# "simple": whole words, lower-cased, no stemming. After changing this mapping, run
# `manage.py update_index`.
# A large site sets WAGTAILSEARCH_BACKEND=search.backends.opensearch (OpenSearch with each
# language's analyzer, search/backends/opensearch.py) and WAGTAILSEARCH_URLS instead, then
# runs `manage.py update_index` (docs/deployment.md, "Search at scale").
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "SEARCH_CONFIGS": {"en": "english", "es": "spanish", "ar": "arabic"},
        "SEARCH_CONFIG": "simple",
    },
}
if env_str("WAGTAILSEARCH_BACKEND"):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": env_str("WAGTAILSEARCH_BACKEND"),
        "URLS": env_list("WAGTAILSEARCH_URLS", ["http://localhost:9200"]),
        "INDEX_PREFIX": env_str("WAGTAILSEARCH_INDEX_PREFIX") or "movement_",
    }


def _analyzers_from(pairs):
    malformed = [pair for pair in pairs if "=" not in pair]
    if malformed:
        raise ImproperlyConfigured(
            f"SEARCH_LANGUAGE_ANALYZERS: {', '.join(malformed)} is not language=analyzer "
            "(e.g. pl=polish)."
        )
    return {
        code.strip(): name.strip() for code, name in (p.split("=", 1) for p in pairs)
    }


# The analyzer OpenSearch reads each language with (search/backends/opensearch.py):
# SEARCH_LANGUAGE_ANALYZERS=pl=polish (comma-separated) changes some, e.g. once the
# analysis-stempel plugin gives OpenSearch a Polish stemmer.
SEARCH_LANGUAGE_ANALYZERS = {
    "en": "english",
    "es": "spanish",
    "ar": "arabic",
    "pl": "standard",
    **_analyzers_from(env_list("SEARCH_LANGUAGE_ANALYZERS")),
}
# Ranked search results (page ids, and so the count) are cached this long, or until
# content changes (search/cached.py); 0 ranks every search afresh.
SEARCH_RESULTS_CACHE_SECONDS = env_int("SEARCH_RESULTS_CACHE_SECONDS", 300)
# Searches are counted in the cache and written to the popular-searches report in
# batches (search/query_log.py): by `manage.py flush_search_log` on a timer, and after
# the response of a search that finds this many hits, or hits this old, pending.
SEARCH_LOG_FLUSH_HITS = env_int("SEARCH_LOG_FLUSH_HITS", 100)
SEARCH_LOG_FLUSH_SECONDS = env_int("SEARCH_LOG_FLUSH_SECONDS", 300)
