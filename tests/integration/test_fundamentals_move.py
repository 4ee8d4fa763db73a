"""A site made before the fundamentals moved to the core keeps everything on migrate.

movement 0010 moves Django's record of the fundamentals from `home` to `movement`
without touching their tables, and renames their content types in place. Here a
copy of the demo site is taken back to before the move (its content types named
`home.*` again, as on a site made then) and migrated forward, as an upgrade would.
"""

import json

import pytest

from tests.demo_site import copy_of_demo_site, site_environment
from tests.servers import manage

pytestmark = pytest.mark.integration

FACTS = """
import json
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page
from home.models import BlogPostPage
from movement.models import Fundamental
rows = ContentType.objects.filter(model__startswith="fundamental")
facts = {"content_types": sorted([t.app_label, t.model, t.pk] for t in rows)}
if all(t.app_label == "movement" for t in rows):  # else no model class to load
    page = Page.objects.get(slug="fundamentals", locale__language_code="en")
    facts["page"] = type(page.specific).__name__
    facts["fundamentals"] = Fundamental.objects.count()
    tagged = BlogPostPage.objects.filter(fundamentals__isnull=False).distinct()
    facts["tagged_posts"] = tagged.count()
print(json.dumps(facts))
"""


def facts(environment):
    return json.loads(manage(environment, "shell", "-c", FACTS).stdout.splitlines()[-1])


def test_an_older_site_keeps_its_fundamentals_and_their_ids(tmp_path_factory):
    site = copy_of_demo_site(tmp_path_factory, "fundamentals-move")
    environment = site_environment(site, "movement.settings.dev")
    after = facts(environment)

    manage(environment, "migrate", "movement", "0009", "-v0")
    before = facts(environment)
    manage(environment, "migrate", "-v0")
    upgraded = facts(environment)

    ids = {model: pk for _app, model, pk in after["content_types"]}
    assert before["content_types"] == [
        ["home", model, pk] for model, pk in sorted(ids.items())
    ]
    assert upgraded == after
    assert upgraded["page"] == "FundamentalsPage"
    assert upgraded["fundamentals"] == after["fundamentals"] > 0
    assert upgraded["tagged_posts"] == after["tagged_posts"] > 0
