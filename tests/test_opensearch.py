"""OpenSearch with each language's analyzer (search/backends/opensearch.py).

What is sent to OpenSearch is checked without a server: the mapping, each
document and each query. Searching a real OpenSearch runs only where one is
reachable (OPENSEARCH_URL, default http://127.0.0.1:9200), and is skipped with
that reason otherwise: none can be installed here from the package registries.
"""

import json
import os
import urllib.request
import uuid
from unittest import mock

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Page

from home.models import BlogPostPage
from search.backends.opensearch import MultilingualOpenSearchBackend
from tests.factories import BlogPostPageFactory

pytestmark = pytest.mark.django_db

OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "http://127.0.0.1:9200")


def backend(url="http://127.0.0.1:9", prefix="movement_test_"):
    """The backend as settings make it; it connects only when first asked."""
    return MultilingualOpenSearchBackend({"URLS": [url], "INDEX_PREFIX": prefix})


def test_each_language_has_a_field_with_its_analyzer():
    mapping = backend().mapping_class(BlogPostPage).get_mapping()["properties"]
    assert mapping["_text_en"] == {"type": "text", "analyzer": "english"}
    assert mapping["_text_ar"] == {"type": "text", "analyzer": "arabic"}
    assert mapping["_text_es"] == {"type": "text", "analyzer": "spanish"}
    assert mapping["_text_pl"] == {"type": "text", "analyzer": "standard"}


@override_settings(SEARCH_LANGUAGE_ANALYZERS={"en": "english", "pl": "polish"})
def test_an_analyzer_can_be_changed_by_setting():
    mapping = backend().mapping_class(BlogPostPage).get_mapping()["properties"]
    assert mapping["_text_pl"]["analyzer"] == "polish"
    assert "_text_ar" not in mapping


def test_a_page_is_analyzed_in_its_own_language_only(home_page):
    polish_home = Page.objects.get(
        locale=Locale.objects.get(language_code="pl"), depth=home_page.depth
    )
    post = BlogPostPageFactory(parent=polish_home, title="Kampanie młodzieży")
    document = backend().mapping_class(BlogPostPage).get_document(post.specific)
    assert "Kampanie młodzieży" in document["_text_pl"]
    assert not any(key.startswith("_text_") and key != "_text_pl" for key in document)


def test_a_document_is_analyzed_in_its_own_language():
    from tests.resource_factories import PackDocumentFactory

    pack = PackDocumentFactory(title="Pakiet dla nauczycieli", language="pl")
    document = backend().mapping_class(type(pack)).get_document(pack)
    assert "Pakiet dla nauczycieli" in document["_text_pl"]
    assert "_text_en" not in document


def test_a_search_reads_the_active_languages_field():
    with translation.override("ar"):
        query = _query_sent("حملات")
    assert "_text_ar" in query and "_text_en" not in query
    with translation.override("en"):
        query = _query_sent("campaigns")
    assert "_text_en" in query and "_text_ar" not in query


def test_a_search_in_named_fields_stays_in_them():
    with translation.override("en"):
        query = _query_sent("campaigns", fields=["title"])
    assert "_text_en" not in query


def _query_sent(terms, fields=None):
    results = backend().search(terms, BlogPostPage.objects.live(), fields=fields)
    return json.dumps(results.query_compiler.get_query(), ensure_ascii=False)


# Against a real server


def _opensearch_answers():
    try:
        with urllib.request.urlopen(OPENSEARCH_URL, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


needs_opensearch = pytest.mark.skipif(
    not _opensearch_answers(),
    reason=f"no OpenSearch answers at {OPENSEARCH_URL} (set OPENSEARCH_URL to "
    "test against one; none can be installed from the package registries here)",
)


@needs_opensearch
def test_an_english_search_finds_other_forms_of_its_words(home_page):
    search = backend(OPENSEARCH_URL, prefix=f"movement_test_{uuid.uuid4().hex[:8]}_")
    post = BlogPostPageFactory(parent=home_page, title="The campaign for fair pay")
    index = search.get_index_for_model(BlogPostPage)
    try:
        index.reset()
        index.add_model(BlogPostPage)
        index.add_item(post.specific)
        index.refresh()
        with translation.override("en"):
            found = list(search.search("campaigns", BlogPostPage.objects.all()))
        assert post.specific in found
    finally:
        index.delete()


def test_the_environment_chooses_it_without_a_code_change():
    from tests.servers import manage

    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "movement.settings.base",
        "WAGTAILSEARCH_BACKEND": "search.backends.opensearch",
        "WAGTAILSEARCH_URLS": "https://search.example.org:9200",
    }
    shown = (
        manage(
            environment,
            "shell",
            "-c",
            "from wagtail.search.backends import get_search_backend as get; "
            "b = get(); print(type(b).__name__, b.hosts[0]['host'], b.index_prefix)",
        )
        .stdout.splitlines()[-1]
        .split()
    )
    assert shown == ["MultilingualOpenSearchBackend", "search.example.org", "movement_"]


AWAY = {
    "default": {
        "BACKEND": "search.backends.opensearch",
        "URLS": ["http://127.0.0.1:9"],
        "TIMEOUT": 1,
    }
}


@override_settings(WAGTAILSEARCH_BACKENDS=AWAY)
def test_a_search_while_opensearch_is_away_is_a_503_to_come_back_to(client):
    client.raise_request_exception = False
    response = client.get("/en/search/?q=campaigns")
    assert response.status_code == 503
    assert response["Retry-After"]


def test_a_query_opensearch_refuses_is_a_bug_not_an_outage():
    from opensearchpy.exceptions import RequestError

    search = backend()
    refused = RequestError(400, "search_phase_execution_exception", {})
    with mock.patch.object(search.es, "search", side_effect=refused):
        results = search.search("campaigns", BlogPostPage.objects.live())
        with pytest.raises(RequestError):
            list(results)


@override_settings(WAGTAILSEARCH_BACKENDS=AWAY)
def test_publishing_while_opensearch_is_away_still_publishes(home_page):
    post = BlogPostPageFactory(parent=home_page, title="Published anyway", live=False)
    post.save_revision().publish()
    post.refresh_from_db()
    assert post.live
