"""Full-text search in each language's own PostgreSQL configuration (search/backends.py).

The PostgreSQL tests need DATABASE_URL=postgres://...; on SQLite they are skipped and the
backend is Wagtail's own (FTS5), which the last test checks.
"""

import importlib

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from home.models import HomePage, StandardPage
from search.backends import config_for_language
from tests.factories import StandardPageFactory

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="per-language text-search configurations exist only on PostgreSQL "
    "(run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/<name>)",
)


def page_in(language_code, title):
    locale = Locale.objects.get(language_code=language_code)
    home = HomePage.objects.get(locale=locale, depth=2)
    return StandardPageFactory(parent=home, locale=locale, title=title)


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
    assert config_for_language("ar", configs) == "simple"
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
def test_arabic_uses_simple():
    # PostgreSQL's "arabic" configuration would store "حملا".
    page = page_in("ar", "حملات التضامن")
    assert "حملات" in title_lexemes(page)
    assert page.pk in search("ar", "حملات")


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
        assert type(backend).__module__.startswith(
            "modelsearch.backends.database.sqlite"
        )


def test_backend_is_chosen_by_environment(monkeypatch):
    """A large site moves to OpenSearch with environment variables, not code."""
    from movement.settings import base

    monkeypatch.setenv("WAGTAILSEARCH_BACKEND", "wagtail.search.backends.opensearch3")
    monkeypatch.setenv(
        "WAGTAILSEARCH_URLS", "https://search-1:9200,https://search-2:9200"
    )
    try:
        importlib.reload(base)
        assert base.WAGTAILSEARCH_BACKENDS["default"] == {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": ["https://search-1:9200", "https://search-2:9200"],
            "INDEX_PREFIX": "movement_",
        }
    finally:
        monkeypatch.delenv("WAGTAILSEARCH_BACKEND")
        importlib.reload(base)
    assert base.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.backends"


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
    for number in range(4):
        page_in("en", f"Campaign number {number}")
    with translation.override("en"):
        results = StandardPage.objects.live().search("campaigns")
        assert results.count_up_to(2) == 2
        assert results.count_up_to(10) == 4
