"""Full-text search in each language's own PostgreSQL configuration, one-query rankings,
and SQLite's word prefixes (search/backends/).

The PostgreSQL tests need DATABASE_URL=postgres://...; the SQLite tests are skipped there.
"""

import importlib
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from home.models import HomePage, StandardPage
from search.backends.postgres import (
    Compacting,
    CompactingRebuilder,
    config_for_language,
)
from tests.factories import StandardPageFactory

on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the FTS5 backend runs on SQLite only"
)
on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="per-language text-search configurations exist only on PostgreSQL "
    "(run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/<name>)",
)


def page_in(language_code, title, **fields):
    locale = Locale.objects.get(language_code=language_code)
    home = HomePage.objects.get(locale=locale, depth=2)
    return StandardPageFactory(parent=home, locale=locale, title=title, **fields)


def search(language_code, query):
    """The live standard pages of one locale matching ``query``, searched in that language."""
    with translation.override(language_code):
        locale = Locale.objects.get(language_code=language_code)
        pages = StandardPage.objects.live().filter(locale=locale)
        return {page.pk for page in pages.search(query)}


def title_lexemes(page):
    """The lexemes stored in the page's index entry for its title, e.g. {"campaign"}."""
    vector = page.index_entries.get().title
    return {item.split(":")[0].strip("'") for item in vector.split()}


def test_languages_map_to_their_configuration():
    configs = {"en": "english", "es": "spanish"}
    assert config_for_language("en", configs) == "english"
    assert config_for_language("es-419", configs) == "spanish"
    assert config_for_language("pl", configs) == "simple"
    assert config_for_language("ar", {**configs, "ar": "arabic"}) == "arabic"
    assert config_for_language(None, configs) == "simple"


@on_postgres
@pytest.mark.django_db
def test_english_plural_finds_singular_title():
    page = page_in("en", "Campaign for safer streets")
    assert page.pk in search("en", "campaigns")
    assert title_lexemes(page) >= {"campaign", "safer", "street"}


@on_postgres
@pytest.mark.django_db
def test_spanish_is_stemmed_in_spanish():
    # "cambian" and "cambiar" share the Spanish stem "cambi"; English and simple keep them apart.
    page = page_in("es", "Jóvenes que cambian su barrio")
    assert page.pk in search("es", "cambiar")
    assert "cambi" in title_lexemes(page)


@on_postgres
@pytest.mark.django_db
def test_polish_uses_simple():
    # English and Spanish would both stem "kampanie" to "kampani".
    page = page_in("pl", "Kampanie społeczne")
    assert "kampanie" in title_lexemes(page)
    assert page.pk in search("pl", "kampanie")
    assert page.pk not in search("pl", "kampania")


@on_postgres
@pytest.mark.django_db
def test_arabic_is_stemmed_in_arabic():
    # PostgreSQL's "arabic" stems "المعلمون" (the teachers) and "معلم" (teacher) to
    # one lexeme, and "المدرسة" (the school) and "مدرسة" (school) to another;
    # "simple" keeps the article and the plural, so neither query found the page.
    page = page_in("ar", "المعلمون في المدرسة")
    assert {"معلم", "مدرس"} <= title_lexemes(page)
    assert page.pk in search("ar", "معلم")
    assert page.pk in search("ar", "مدرسة")
    assert page.pk in search("ar", "المعلمون")


@on_postgres
@pytest.mark.django_db
def test_the_configured_languages_exist_in_postgresql():
    configs = settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIGS"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        available = {row[0] for row in cursor.fetchall()}
    assert set(configs.values()) <= available
    assert "polish" not in available  # so Polish uses "simple" (settings/search.py)


@on_postgres
@pytest.mark.django_db
def test_query_uses_the_active_language():
    # Searched in Polish (simple), "campaigns" no longer reaches the English stem.
    page = page_in("en", "Campaign for safer streets")
    with translation.override("pl"):
        pages = StandardPage.objects.live().filter(pk=page.pk)
        assert list(pages.search("campaigns")) == []


@on_postgres
@pytest.mark.django_db
def test_update_index_keeps_each_language_configuration():
    english = page_in("en", "Campaign for safer streets")
    spanish = page_in("es", "Jóvenes que cambian su barrio")
    polish = page_in("pl", "Kampanie społeczne")
    call_command("update_index", verbosity=0)
    assert "campaign" in title_lexemes(english)
    assert "cambi" in title_lexemes(spanish)
    assert "kampanie" in title_lexemes(polish)
    assert english.pk in search("en", "campaigns")


@pytest.mark.django_db
def test_backend_matches_the_database():
    backend = get_search_backend()
    if connection.vendor == "postgresql":
        assert type(backend).__name__ == "MultilingualPostgresSearchBackend"
    else:
        assert type(backend).__name__ == "PrefixSQLiteSearchBackend"


def test_backend_is_chosen_by_environment(monkeypatch):
    """A large site moves to OpenSearch with environment variables, not code."""
    from movement.settings import search as search_settings

    monkeypatch.setenv("WAGTAILSEARCH_BACKEND", "wagtail.search.backends.opensearch3")
    monkeypatch.setenv(
        "WAGTAILSEARCH_URLS", "https://search-1:9200,https://search-2:9200"
    )
    try:
        importlib.reload(search_settings)
        assert search_settings.WAGTAILSEARCH_BACKENDS["default"] == {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": ["https://search-1:9200", "https://search-2:9200"],
            "INDEX_PREFIX": "movement_",
        }
    finally:
        monkeypatch.delenv("WAGTAILSEARCH_BACKEND")
        importlib.reload(search_settings)
    assert (
        search_settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
        == "search.backends"
    )


@on_postgres
@pytest.mark.django_db
def test_the_full_text_index_serves_the_search_query():
    # modelsearch matches (title || body) @@ query: the GIN index of migration
    # search 0001 must be on that very expression, or PostgreSQL reads every entry.
    page_in("en", "Campaign for safer streets")
    with translation.override("en"):
        results = StandardPage.objects.live().search("campaigns")
        sql, _params = results.get_queryset().query.sql_with_params()
    matched = (
        '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'
    )
    assert matched in sql
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ to_tsquery('english', 'campaign')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_indexentry_title_body_gin" in plan


@on_postgres
@pytest.mark.django_db
def test_counting_stops_at_the_limit():
    # A word no demo page uses, so only these four can match.
    for number in range(4):
        page_in("en", f"Quillwort campaign {number}")
    with translation.override("en"):
        results = StandardPage.objects.live().search("quillworts")
        assert results.count_up_to(2) == 2
        assert results.count_up_to(10) == 4


def garden_pages():
    """Pages matching "garden campaign" in different ways, and one that does not."""
    return {
        "in title": page_in("en", "Garden campaigns", listing_summary="Growing food"),
        "in summary": page_in(
            "en", "Allotments", listing_summary="A garden campaign for every street"
        ),
        "twice": page_in(
            "en", "Gardens", listing_summary="Campaigns for gardens, campaign gardens"
        ),
        # One word in the title and the other in the summary: only the vector of
        # both (title || body) matches.
        "split": page_in("en", "Garden news", listing_summary="Our campaign"),
        "same title 1": page_in("en", "Garden campaign", slug="same-1"),
        "same title 2": page_in("en", "Garden campaign", slug="same-2"),
        "one word": page_in("en", "Campaign news", listing_summary="No plants"),
    }


@on_postgres
@pytest.mark.django_db
def test_one_query_ranks_as_modelsearch_does(django_assert_num_queries):
    pages = garden_pages()
    with translation.override("en"):
        results = StandardPage.objects.live().search("garden campaign")
        modelsearch_order = [(page.pk, page.content_type_id) for page in results]
        with django_assert_num_queries(1):
            ranking = results.ranking(100)
        assert ranking == modelsearch_order
        assert results.ranking(2) == modelsearch_order[:2]
        # Narrowed to the same pages by `within` (as the search view does).
        within = StandardPage.objects.live().filter(locale__language_code="en")
        assert results.ranking(100, within=within) == modelsearch_order
    found = {pk for pk, _type in ranking}
    assert found == {page.pk for name, page in pages.items() if name != "one word"}


@on_sqlite
@pytest.mark.django_db
def test_a_word_finds_the_longer_words_it_begins():
    plural = page_in("en", "Campaigns for safer streets")
    assert plural.pk in search("en", "campaign")
    assert plural.pk in search("en", "campaigns")
    assert plural.pk in search("en", "safe streets")
    assert plural.pk not in search("en", "campaigners")


@on_sqlite
@pytest.mark.django_db
def test_the_word_itself_ranks_above_longer_words():
    longer = page_in("en", "Campaigning for streets")
    exact = page_in("en", "A campaign for streets")
    with translation.override("en"):
        # Among these two: the demo's own pages mention campaigns too.
        pages = StandardPage.objects.live().filter(pk__in=[exact.pk, longer.pk])
        results = pages.search("campaign")
        assert [pk for pk, _type in results.ranking(10)] == [exact.pk, longer.pk]


@on_sqlite
@pytest.mark.django_db
def test_autocomplete_still_takes_the_start_of_a_word():
    page = page_in("en", "Community gardens")
    with translation.override("en"):
        assert page in StandardPage.objects.live().autocomplete("communi")


@pytest.mark.django_db
def test_ranking_gives_ids_and_types_best_first(django_assert_max_num_queries):
    pages = garden_pages()
    with translation.override("en"):
        results = StandardPage.objects.live().search("garden campaign")
        with django_assert_max_num_queries(1):
            ranking = results.ranking(3)
    assert len(ranking) == 3
    by_pk = {page.pk: page for page in pages.values()}
    assert all(by_pk[pk].content_type_id == type_id for pk, type_id in ranking)


class FakeConnection:
    """A write connection that records what the rebuilder runs."""

    def __init__(self, vendor, in_atomic_block):
        self.vendor, self.in_atomic_block, self.ran = vendor, in_atomic_block, []

    @contextmanager
    def cursor(self):
        yield SimpleNamespace(execute=self.ran.append)


@pytest.mark.parametrize(
    "vendor, in_atomic_block, compacted",
    [
        ("postgresql", False, True),
        ("postgresql", True, False),
        ("sqlite", False, False),
    ],
)
def test_a_rebuilt_index_is_compacted_where_postgresql_can(
    vendor, in_atomic_block, compacted
):
    # A rebuild writes each entry three times; the table is rewritten at its size.
    connection = FakeConnection(vendor, in_atomic_block)
    index = SimpleNamespace(
        write_connection=connection, _refresh_title_norms=lambda full: None
    )
    CompactingRebuilder(index).finish()
    expected = ["VACUUM FULL ANALYZE wagtailsearch_indexentry"] if compacted else []
    assert connection.ran == expected


@on_postgres
def test_update_index_rebuilds_with_compaction():
    # modelsearch rebuilds in one transaction by default (ATOMIC_REBUILD): the
    # compaction comes once it is committed.
    assert issubclass(get_search_backend().rebuilder_class, Compacting)
