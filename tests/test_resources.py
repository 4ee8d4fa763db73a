"""The resource library: listing, filters, the resource page, its admin form."""

import datetime
import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from movement.demo import DemoSite
from movement.models import Fundamental
from resources.choices import Audience, ResourceType
from resources.demo import library as demo_resources
from resources.models import ResourceIndexPage, ResourcePage
from tests.budgets import warm_query_count
from tests.factories import ImageFactory
from tests.resource_factories import (
    PackDocumentFactory,
    ResourceDocumentFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    assert_headings_in_order,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home_page):
    return ResourceIndexPageFactory(parent=home_page)


@pytest.fixture
def fundamental():
    return Fundamental.objects.get(locale=Locale.get_default(), slug="co-production")


def titles(response):
    return [resource.title for resource in response.context["resources"]]


def make_resources(library, count, image=None, first=0):
    """`count` schools teacher packs with a cover; every other one also has a card image."""
    image = image or ImageFactory()
    return [
        ResourcePageFactory(
            parent=library,
            title=f"Pack {number}",
            resource_type=ResourceType.TEACHER_PACK,
            cover_image=image,
            listing_image=image if number % 2 else None,
            audiences=[Audience.SCHOOLS, Audience.YOUNG_PEOPLE],
        )
        for number in range(first, first + count)
    ]


# Listing


def test_index_lists_live_resources_as_cards(client, library):
    image = ImageFactory()
    ResourcePageFactory(
        parent=library,
        title="Bounce pack",
        resource_type=ResourceType.TEACHER_PACK,
        cover_image=image,
        audiences=[Audience.YOUNG_PEOPLE, Audience.SCHOOLS],
    )
    ResourcePageFactory(parent=library, title="Hidden draft", live=False)
    response = client.get(library.url)
    html = response.content.decode()
    assert titles(response) == ["Bounce pack"]
    assert "Hidden draft" not in html
    assert "Teacher pack · Young people, Schools" in html
    assert re.search(r'<img[^>]+class="card__image"', html)
    assert "1 resource<" in html


def test_index_paginates_newest_first(client, library):
    make_resources(library, 14)
    first = client.get(library.url)
    assert len(titles(first)) == 12
    assert titles(first)[0] == "Pack 13"
    assert titles(client.get(library.url + "?page=2")) == ["Pack 1", "Pack 0"]


def test_index_lists_only_resources_in_its_own_language(client, library):
    polish = Locale.objects.get(language_code="pl")
    ResourcePageFactory(parent=library, title="English pack")
    ResourcePageFactory(parent=library, title="Polish pack", locale=polish)
    assert titles(client.get(library.url)) == ["English pack"]


def test_translated_library_lists_its_own_translations(client, library):
    polish = Locale.objects.get(language_code="pl")
    english = ResourcePageFactory(parent=library, title="English pack")
    # The demo's Polish home page is the Polish library's parent.
    library_pl = library.copy_for_translation(polish)
    library_pl.save_revision().publish()
    pack_pl = english.copy_for_translation(polish)
    pack_pl.title = "Polska paczka"
    pack_pl.save_revision().publish()
    assert titles(client.get(library_pl.url)) == ["Polska paczka"]
    assert titles(client.get(library.url)) == ["English pack"]


# Filters


@pytest.fixture
def mixed_library(library, fundamental):
    schools_pack = ResourcePageFactory(
        parent=library,
        title="Schools pack",
        resource_type=ResourceType.TEACHER_PACK,
        audiences=[Audience.SCHOOLS],
    )
    schools_pack.fundamentals = [fundamental]
    schools_pack.save()
    ResourcePageFactory(
        parent=library,
        title="Schools guide",
        resource_type=ResourceType.GUIDE,
        audiences=[Audience.SCHOOLS, Audience.PARENTS_AND_CARERS],
    )
    ResourcePageFactory(
        parent=library,
        title="Parents guide",
        resource_type=ResourceType.GUIDE,
        audiences=[Audience.PARENTS_AND_CARERS],
    )
    return library


@pytest.mark.parametrize(
    "query, expected",
    [
        ("audience=schools", {"Schools pack", "Schools guide"}),
        ("type=guide", {"Schools guide", "Parents guide"}),
        ("fundamental=co-production", {"Schools pack"}),
        ("audience=schools&type=guide", {"Schools guide"}),
        ("audience=parents-and-carers&type=guide", {"Schools guide", "Parents guide"}),
        (
            "audience=&type=&fundamental=",
            {"Schools pack", "Schools guide", "Parents guide"},
        ),
    ],
)
def test_filters_narrow_the_list(client, mixed_library, query, expected):
    assert set(titles(client.get(f"{mixed_library.url}?{query}"))) == expected


@pytest.fixture
def polish_fundamental(fundamental):
    """The fundamental's Polish translation (the demo translates all seven)."""
    return fundamental.get_translation(Locale.objects.get(language_code="pl"))


def test_fundamental_filter_matches_tags_made_in_another_language(
    library, fundamental, polish_fundamental
):
    """A translated page keeps its English tags; the filter matches by translation_key."""
    pack = ResourcePageFactory(parent=library, title="Tagged")
    pack.fundamentals = [fundamental]
    pack.save()
    tagged = ResourcePage.objects.child_of(library).putting_into_practice(
        polish_fundamental
    )
    assert [page.title for page in tagged] == ["Tagged"]


def test_fundamental_links_lead_to_the_pages_own_language(
    library, fundamental, polish_fundamental
):
    english_page = ResourcePageFactory(parent=library)
    polish_page = ResourcePageFactory(parent=library, locale=polish_fundamental.locale)
    for page in (english_page, polish_page):
        page.fundamentals = [fundamental]
        page.save()
    assert english_page.fundamentals_in_page_language() == [fundamental]
    assert polish_page.fundamentals_in_page_language() == [polish_fundamental]


def test_filter_that_matches_nothing_says_so(client, mixed_library):
    response = client.get(f"{mixed_library.url}?audience=researchers")
    assert response.status_code == 200
    assert "No resources match these filters" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "audience=nonsense",
        "type=%3Cscript%3Ealert(1)%3C/script%3E",
        "fundamental=not-a-fundamental",
        "audience=schools&type=leaflet",
    ],
)
def test_unknown_filter_values_are_404(client, mixed_library, query):
    response = client.get(f"{mixed_library.url}?{query}")
    assert response.status_code == 404
    assert "<script>alert" not in response.content.decode()


def test_active_filters_are_shown_and_removable(client, mixed_library):
    html = client.get(
        f"{mixed_library.url}?audience=schools&type=guide"
    ).content.decode()
    assert 'aria-label="Active filters"' in html
    assert f'href="{mixed_library.url}?type=guide"' in html  # drops "Schools"
    assert f'href="{mixed_library.url}?audience=schools"' in html  # drops "Guide"
    assert '<option value="schools" selected>' in html


def test_pagination_links_keep_the_filters(client, library):
    make_resources(library, 13)
    html = client.get(f"{library.url}?audience=schools").content.decode()
    assert 'href="?audience=schools&amp;page=2"' in html


def test_filter_form_works_without_javascript(client, library):
    html = client.get(library.url).content.decode()
    form = re.search(r'<form class="resource-filters" method="get"[^>]*>', html)
    assert form and f'action="{library.url}"' in form.group(0)
    for name in ("audience", "type", "fundamental"):
        assert f'<label for="filter-{name}">' in html
        assert f'<select name="{name}" id="filter-{name}">' in html
    assert "csrfmiddlewaretoken" not in html


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999999", "1.5"])
def test_bad_page_numbers_are_404_not_500(client, library, page):
    make_resources(library, 2)
    assert client.get(f"{library.url}?page={page}").status_code == 404


def test_unknown_query_parameters_are_ignored(client, library):
    make_resources(library, 2)
    assert client.get(f"{library.url}?colour=blue&sort=<script>").status_code == 200


@pytest.mark.parametrize("query", ["", "?audience=schools&type=teacher-pack"])
def test_index_query_count_does_not_grow_with_resources(
    client, library, django_assert_max_num_queries, query
):
    image = ImageFactory()
    make_resources(library, 20, image)
    with_20 = warm_query_count(
        client, library.url + query, django_assert_max_num_queries
    )
    make_resources(library, 180, image, first=20)
    with_200 = warm_query_count(
        client, library.url + query, django_assert_max_num_queries
    )
    assert with_200 == with_20


# The resource page


@pytest.fixture
def full_resource(library, fundamental):
    page = ResourcePageFactory(
        parent=library,
        title="Bounce pack",
        listing_summary="Ten weeks of resilience.",
        resource_type=ResourceType.TEACHER_PACK,
        year=2019,
        last_reviewed=datetime.date(2025, 1, 20),
        cover_image=ImageFactory(title="Cover", description="The pack's cover"),
        summary="<p>Ten session plans.</p>",
        how_to_use="<p>One session a week.</p>",
        body='[{"type": "paragraph", "value": "<p>Extra notes.</p>"}]',
        audiences=[Audience.SCHOOLS, Audience.YOUNG_PEOPLE],
    )
    page.fundamentals = [fundamental]
    page.save()
    ResourceDocumentFactory(
        page=page,
        title="Print version",
        description="For A4.",
        document__language="pl",
    )
    ResourceDocumentFactory(
        page=page, document=PackDocumentFactory(title="Slides", language="pl")
    )
    ResourceDocumentFactory(page=page, document__language="pl")
    return page


def test_resource_page_renders_every_field(client, full_resource):
    html = client.get(full_resource.url).content.decode()
    assert html.count("<h1") == 1
    assert '<p class="page-header__kicker">Teacher pack</p>' in html
    assert "Ten weeks of resilience." in html
    assert 'alt="The pack&#x27;s cover"' in html
    assert "<dd>Young people, Schools</dd>" in html
    assert '<dd><span lang="pl">Polski</span></dd>' in html
    assert "<dd>2019</dd>" in html
    assert '<time datetime="2025-01-20">20 January 2025</time>' in html
    assert "Ten session plans." in html
    assert "One session a week." in html
    assert "Extra notes." in html
    assert "Print version" in html and "For A4." in html
    assert "Slides" in html
    assert "PDF, " in html and "4 pages" in html
    assert 'href="/en/fundamentals/co-production/"' in html


def test_resource_page_headings_do_not_skip_levels(client, full_resource):
    html = client.get(full_resource.url).content.decode()
    assert_headings_in_order(html)


def test_resource_page_query_budget(
    client, full_resource, django_assert_max_num_queries
):
    warm_query_count(client, full_resource.url, django_assert_max_num_queries)


def test_unknown_and_draft_resources_are_404(client, library):
    draft = ResourcePageFactory(parent=library, slug="draft-pack", live=False)
    assert client.get(f"{library.url}no-such-pack/").status_code == 404
    assert client.get(f"{library.url}{draft.slug}/").status_code == 404
    assert client.get(f"{library.url}{draft.slug}/deeper/").status_code == 404


def test_resource_cards_fall_back_to_the_cover():
    cover = ImageFactory.build()
    assert ResourcePage(cover_image=cover).card_image is cover


def test_unknown_pack_language_shows_its_name():
    document = PackDocumentFactory.build(language="xx")
    assert document.language_name == "xx"


def test_resources_only_live_in_the_library(home_page, library):
    assert ResourcePage.can_create_at(library)
    assert not ResourcePage.can_create_at(home_page)
    assert ResourceIndexPage.allowed_subpage_models() == [ResourcePage]


# The admin form


def resource_form_data(document, audiences):
    data = nested_form_data(
        {
            "title": "Form pack",
            "slug": "form-pack",
            "resource_type": "guide",
            "summary": rich_text("<p>Inside.</p>"),
            "documents": inline_formset([{"document": document.pk}]),
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    data["audience_choices"] = audiences  # several values under one name
    data["action-publish"] = "publish"
    return data


def test_editors_tick_audiences_and_each_is_stored_once(admin_client, library):
    document = PackDocumentFactory()
    add_url = reverse(
        "wagtailadmin_pages:add", args=("resources", "resourcepage", library.pk)
    )
    response = admin_client.post(
        add_url, resource_form_data(document, ["schools", "researchers"])
    )
    assert response.status_code == 302, response.context["form"].errors
    page = ResourcePage.objects.get(locale=library.locale, slug="form-pack")
    assert sorted(page.audiences.values_list("audience", flat=True)) == [
        "researchers",
        "schools",
    ]

    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    edit_form = admin_client.get(edit_url).context["form"]
    assert sorted(edit_form["audience_choices"].value()) == ["researchers", "schools"]
    data = resource_form_data(document, ["schools", "young-people"])
    assert admin_client.post(edit_url, data).status_code == 302
    assert sorted(page.audiences.values_list("audience", flat=True)) == [
        "schools",
        "young-people",
    ]
    compare_url = reverse(
        "wagtailadmin_pages:revisions_compare", args=(page.pk, "earliest", "latest")
    )
    assert admin_client.get(compare_url).status_code == 200


# Demo content


def test_demo_library_has_the_packs(client):
    english = Locale.get_default()
    library = ResourceIndexPage.objects.get(locale=english, slug="resources")
    assert library.show_in_menus
    bounce = ResourcePage.objects.get(
        locale=english, slug="bounce-forward-teacher-pack"
    )
    assert bounce.resource_type == ResourceType.TEACHER_PACK
    assert set(bounce.audiences.values_list("audience", flat=True)) == {
        "schools",
        "young-people",
    }
    assert bounce.fundamentals.exists()
    for slug in (
        "getting-your-head-around-conferences",
        "east-sussex-resilient-therapy-cop-executive-summary",
    ):
        assert library.get_children().filter(slug=slug).exists()
    for resource in ResourcePage.objects.child_of(library):
        assert resource.summary and resource.how_to_use
        for download in resource.documents.all():
            assert download.document.page_count >= 3
    assert client.get(bounce.url).status_code == 200


def test_demo_resources_load_twice_without_change(home_page):
    demo = DemoSite(home=home_page)
    demo.fundamentals = {
        fundamental.slug: fundamental
        for fundamental in Fundamental.objects.filter(locale=Locale.get_default())
    }
    before = (ResourcePage.objects.count(), ResourceIndexPage.objects.count())
    demo_resources.load(demo)
    assert (ResourcePage.objects.count(), ResourceIndexPage.objects.count()) == before
    assert (
        demo.pages["bounce-forward-teacher-pack"].slug == "bounce-forward-teacher-pack"
    )
