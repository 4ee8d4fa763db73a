"""Issue 20: the site's share image, in the <head> of every page without one of
its own, held to the query budgets (tests/budgets.py).

Warm, the cached <head> costs nothing. After a publish it costs two queries (the
image and its rendition), once per content generation: they are remembered for
every other page.
"""

import pytest

from movement.models import SiteSettings
from tests.budgets import budget_for, first_request_query_count, warm_query_count
from tests.factories import ImageFactory
from tests.test_query_budgets import one_page_of_each_type

pytestmark = pytest.mark.django_db


def test_the_sites_share_image_keeps_every_page_within_its_budgets(
    client, live_pages, django_assert_max_num_queries
):
    pages = [
        page
        # Arabic: the dearest language, translations and aliases of English both
        for page in one_page_of_each_type(live_pages, ("ar",))
        if page.share_image is None
    ]
    assert len(pages) >= 8

    def warm_counts():
        return {
            page.url: warm_query_count(
                client, page.url, django_assert_max_num_queries, budget_for(page)
            )
            for page in pages
        }

    before = warm_counts()
    site_settings = SiteSettings.objects.get()
    site_settings.share_image = ImageFactory(file__width=2400, file__height=1400)
    site_settings.save()

    assert warm_counts() == before
    for page in pages:
        first_request_query_count(client, page.url, django_assert_max_num_queries)
    assert 'property="og:image"' in client.get(pages[0].url).content.decode()
