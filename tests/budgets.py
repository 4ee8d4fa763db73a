"""Query budgets: what a visitor's request costs once the site is warm."""

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

PAGE_QUERY_BUDGET = 20
# Wagtail routes /pl/... from the English home page: it looks up the active
# Locale and the home page's translation on every request (Page.route_for_request,
# `site.root_page.localized`), two queries English pages never pay.
OTHER_LANGUAGE_ROUTING_QUERIES = 2


def budget_for(page):
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return PAGE_QUERY_BUDGET
    return PAGE_QUERY_BUDGET + OTHER_LANGUAGE_ROUTING_QUERIES


def warm_query_count(
    client, url, django_assert_max_num_queries, limit=PAGE_QUERY_BUDGET
):
    """Queries for `url` after one earlier request, asserted within `limit`.

    The first request after a publish also builds the cached header and footer
    and any missing image renditions; every later visitor pays only this.
    """
    assert client.get(url).status_code == 200
    with (
        django_assert_max_num_queries(limit),
        CaptureQueriesContext(connection) as queries,
    ):
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)
