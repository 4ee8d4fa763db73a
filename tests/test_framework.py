"""The Resilience Framework: compartments, moves, versions, tagging and levels."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from movement.models import Compartment, FrameworkPage, ResilientMove
from tests.budgets import warm_query_count
from tests.factories import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    CompartmentFactory,
    FrameworkPageFactory,
    ResilientMoveFactory,
)

pytestmark = pytest.mark.django_db

FIVE = ["Basics", "Belonging", "Learning", "Coping", "Core self"]


@pytest.fixture
def framework(home_page):
    """The demo's English framework page: the young people's version."""
    return FrameworkPage.objects.get(locale=home_page.locale, slug="framework")


def move_url(page, slug):
    return page.url + page.reverse_subpage("move", args=[slug])


def level_url(page, level):
    return page.url + page.reverse_subpage("odds_level", args=[level])


def publish(page):
    page.save_revision().publish()
    return page


# The framework page


def test_demo_framework_has_five_compartments_and_42_moves(client, framework):
    response = client.get(framework.url)
    assert response.status_code == 200
    groups = response.context["compartments"]
    assert [group.compartment.title for group in groups] == FIVE
    assert sum(len(group.moves) for group in groups) == 42
    html = response.content.decode()
    for group in groups:  # a section and a heading per compartment, an anchor each
        slug = group.compartment.slug
        assert f'id="{slug}"' in html
        assert f'<h2 id="{slug}-heading"' in html
        for move in group.moves:
            assert f'href="{move_url(framework, move.slug)}"' in html
    assert html.count('<ol class="framework__moves">') == 5


def test_each_level_is_explained_and_linked(client, framework):
    html = client.get(framework.url).content.decode()
    for level in ("beat", "change", "supercharged"):
        assert f'href="{level_url(framework, level)}"' in html


@pytest.mark.parametrize(
    ("language", "basics"),
    [("pl", "Podstawy"), ("es", "Lo básico"), ("ar", "الأساسيات")],
)
def test_framework_is_translated_with_its_compartments(
    client, framework, language, basics
):
    locale = Locale.objects.get(language_code=language)
    translated = framework.get_translation(locale)
    assert translated.alias_of_id is None  # a real translation, not an alias
    response = client.get(translated.url)
    assert response.status_code == 200
    groups = response.context["compartments"]
    assert groups[0].compartment.title == basics
    assert sum(len(group.moves) for group in groups) == 42
    # The same link names in every language.
    english = {move.slug for move in framework.moves.all()}
    assert {move.slug for group in groups for move in group.moves} == english
    assert {group.compartment.slug for group in groups} == {
        "basics",
        "belonging",
        "learning",
        "coping",
        "core-self",
    }


def test_arabic_framework_reads_right_to_left(client, framework):
    arabic = framework.get_translation(Locale.objects.get(language_code="ar"))
    html = client.get(arabic.url).content.decode()
    assert 'dir="rtl"' in html


def test_editors_control_the_order_of_moves(client, framework):
    # Within one compartment, the editor's order is the order shown.
    basics = [
        move
        for move in framework.moves.order_by("sort_order")
        if move.compartment.slug == "basics"
    ]
    basics[-1].sort_order = -1
    basics[-1].save()
    publish(framework)  # a publish renders the page afresh
    groups = client.get(framework.url).context["compartments"]
    assert groups[0].moves[0].slug == basics[-1].slug


def test_compartments_follow_their_position(client, framework):
    Compartment.objects.filter(position__lt=3).update(position=10)
    coping = Compartment.objects.get(locale=framework.locale, slug="coping")
    coping.position = 0
    coping.save()  # a snippet save renders every page afresh
    groups = client.get(framework.url).context["compartments"]
    assert groups[0].compartment.slug == "coping"


def test_versions_link_to_each_other(client, home_page, framework):
    families = FrameworkPageFactory(
        parent=home_page, slug="framework-for-families", audience="For families"
    )
    ResilientMoveFactory(
        page=families, slug="family-meals", compartment=first_compartment()
    )
    publish(families)
    html = client.get(framework.url).content.decode()
    assert f'href="{families.url}"' in html
    assert "For families" in html
    response = client.get(families.url)
    assert [
        move.slug for g in response.context["compartments"] for move in g.moves
    ] == ["family-meals"]


def first_compartment():
    return (
        Compartment.objects.filter(locale=Locale.get_default())
        .order_by("position")
        .first()
    )


def test_framework_page_query_budget(client, framework, django_assert_max_num_queries):
    warm_query_count(client, framework.url, django_assert_max_num_queries)


# A move's page


def test_move_page_shows_what_it_means_and_what_is_tagged(client, framework):
    response = client.get(move_url(framework, "being-brave"))
    assert response.status_code == 200
    assert response.context["move"].title
    assert response.context["compartment"].slug == "coping"
    html = response.content.decode()
    assert "Ideas to try" in html
    slugs = {page.slug for page in response.context["tagged_pages"]}
    assert "bounce-forward-teacher-pack" in slugs
    types = {type(page).__name__ for page in response.context["tagged_pages"]}
    assert {"ResourcePage", "EventPage"} <= types


def test_polish_move_page_lists_polish_pages(client, framework):
    polish = framework.get_translation(Locale.objects.get(language_code="pl"))
    response = client.get(move_url(polish, "being-brave"))
    assert response.status_code == 200
    assert response.context["compartment"].title == "Radzenie sobie"
    assert response.context["tagged_pages"]
    for page in response.context["tagged_pages"]:
        assert page.locale.language_code == "pl"


@pytest.mark.parametrize("slug", ["no-such-move", "level", "ÜBER", "1' OR '1'='1"])
def test_unknown_move_is_404(client, framework, slug):
    assert client.get(move_url(framework, slug)).status_code == 404


@pytest.mark.parametrize("level", ["winning", "BEAT", "%00"])
def test_unknown_level_is_404(client, framework, level):
    assert client.get(framework.url + f"level/{level}/").status_code == 404


def test_move_page_costs_the_same_with_20_and_200_tagged_pages(
    client, home_page, django_assert_max_num_queries
):
    page = FrameworkPageFactory(parent=home_page, slug="budget-framework")
    move = ResilientMoveFactory(
        page=page, slug="budget-move", compartment=first_compartment()
    )
    publish(page)
    counts = []
    for size in (20, 200):
        blog = BlogIndexPageFactory(parent=home_page, slug=f"budget-blog-{size}")
        for number in range(size if not counts else size - 20):
            post = BlogPostPageFactory.build(title=f"Post {number}", slug=f"p-{number}")
            post.resilient_moves = [move]
            post.odds_level = "change"
            blog.add_child(instance=post)
        counts.append(
            warm_query_count(
                client, move_url(page, "budget-move"), django_assert_max_num_queries
            )
        )
        counts.append(
            warm_query_count(
                client, level_url(page, "change"), django_assert_max_num_queries
            )
        )
    assert counts[:2] == counts[2:]


# Tagging


def test_a_tagged_post_links_its_moves_and_level(client, framework):
    post = Page.objects.get(
        locale=framework.locale, slug="highlighting-achievements"
    ).specific
    html = client.get(post.url).content.decode()
    assert f'href="{move_url(framework, "noticing-what-youve-achieved")}"' in html
    assert f'href="{level_url(framework, "beat")}"' in html
    assert "Beating the odds" in html


def test_level_page_lists_everything_at_that_level(client, framework):
    response = client.get(level_url(framework, "supercharged"))
    assert response.status_code == 200
    tagged = list(response.context["tagged_pages"])
    assert tagged and all(page.odds_level == "supercharged" for page in tagged)
    assert "CampaignPage" in {type(page).__name__ for page in tagged}


def test_odds_comparison_block_links_into_the_levels(client, framework):
    campaign = Page.objects.get(
        locale=framework.locale, slug="same-pay-for-the-same-day"
    ).specific
    html = client.get(campaign.url).content.decode()
    assert 'class="odds-block"' in html
    assert f'<a href="{level_url(framework, "change")}">Changing the odds</a>' in html


def test_chooser_offers_the_moves_of_the_pages_language_by_compartment(
    staff_client, framework
):
    post = Page.objects.get(locale=framework.locale, slug="highlighting-achievements")
    response = staff_client("Editors").get(f"/admin/pages/{post.pk}/edit/")
    assert response.status_code == 200
    field = response.context["form"].fields["resilient_moves"]
    offered = set(field.queryset.values_list("locale__language_code", flat=True))
    assert offered == {"en"}
    groups = [label for label, _choices in field.widget.choices]
    assert groups == FIVE
    assert sum(len(choices) for _label, choices in field.widget.choices) == 42


def test_an_editor_tags_a_new_post_with_a_move_and_a_level(staff_client, framework):
    blog = Page.objects.get(locale=framework.locale, slug="blog")
    being_brave = framework.moves.get(slug="being-brave")
    form = nested_form_data(
        {
            "title": "Trying something new",
            "slug": "trying-something-new",
            "date": "2026-11-30",
            "introduction": rich_text("<p>A first go at something scary.</p>"),
            "body": streamfield([("paragraph", rich_text("<p>It went well.</p>"))]),
            "authors": inline_formset([]),
            "odds_level": "beat",
        }
    )
    form["resilient_moves"] = [str(being_brave.pk)]  # tick boxes: one value each
    client = staff_client("Editors")
    response = client.post(f"/admin/pages/add/home/blogpostpage/{blog.pk}/", form)
    assert response.status_code == 302, response.context["form"].errors
    added = Page.objects.get(locale=framework.locale, slug="trying-something-new")
    draft = added.get_latest_revision_as_object()
    assert [move.slug for move in draft.resilient_moves.all()] == ["being-brave"]
    assert draft.odds_level == "beat"


# Filters


@pytest.fixture
def blog(framework):
    return Page.objects.get(locale=framework.locale, slug="blog").specific


def test_blog_filters_by_move_compartment_and_level(client, blog):
    by_move = client.get(blog.url, {"move": "noticing-what-youve-achieved"})
    assert [post.slug for post in by_move.context["posts"]] == [
        "highlighting-achievements"
    ]
    by_compartment = client.get(blog.url, {"compartment": "belonging"})
    slugs = {post.slug for post in by_compartment.context["posts"]}
    assert "blackpool-schools-community-of-practice" in slugs
    assert "highlighting-achievements" not in slugs
    by_level = client.get(blog.url, {"level": "supercharged"})
    assert by_level.context["posts"]
    assert all(post.odds_level == "supercharged" for post in by_level.context["posts"])
    html = by_level.content.decode()
    assert "Supercharged" in html and "Remove filter:" in html


def test_blog_filter_that_matches_nothing_is_an_empty_listing(client, blog):
    response = client.get(blog.url, {"move": "having-a-laugh"})
    assert response.status_code == 200
    assert "No posts match these filters" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [{"move": "no-such-move"}, {"compartment": "nowhere"}, {"level": "winning"}],
)
def test_unknown_filter_values_are_404(client, blog, query):
    assert client.get(blog.url, query).status_code == 404
    resources = Page.objects.get(locale=blog.locale, slug="resources")
    assert client.get(resources.url, query).status_code == 404


def test_resource_library_filters_by_move_and_level(client, framework):
    resources = Page.objects.get(locale=framework.locale, slug="resources")
    response = client.get(resources.url, {"move": "being-brave", "level": "beat"})
    assert [page.slug for page in response.context["resources"]] == [
        "getting-your-head-around-conferences"
    ]


def test_filters_work_in_another_language(client, framework):
    blog = Page.objects.get(locale=framework.locale, slug="blog")
    polish = blog.get_translation(Locale.objects.get(language_code="pl"))
    response = client.get(polish.url, {"compartment": "belonging"})
    assert response.status_code == 200
    assert response.context["posts"]


def test_filtered_blog_costs_the_same_with_20_and_200_tagged_posts(
    client, home_page, django_assert_max_num_queries
):
    page = FrameworkPageFactory(parent=home_page, slug="filter-framework")
    move = ResilientMoveFactory(
        page=page, slug="filter-move", compartment=first_compartment()
    )
    publish(page)
    counts = []
    for size in (20, 200):
        blog = BlogIndexPageFactory(parent=home_page, slug=f"filter-blog-{size}")
        for number in range(size):
            post = BlogPostPageFactory.build(title=f"Post {number}", slug=f"p-{number}")
            post.resilient_moves = [move]
            blog.add_child(instance=post)
        counts.append(
            warm_query_count(
                client, blog.url + "?move=filter-move", django_assert_max_num_queries
            )
        )
    assert counts[0] == counts[1]


# Search


def test_search_ranks_a_move_first_for_its_exact_name(client, home_page, framework):
    page = FrameworkPageFactory(parent=home_page, slug="ranking")
    compartment = first_compartment()
    ResilientMoveFactory(
        page=page,
        compartment=compartment,
        title="Brave steps with friends",
        sort_order=0,
    )
    ResilientMoveFactory(
        page=page, compartment=compartment, title="Brave steps", sort_order=1
    )
    publish(page)
    response = client.get("/en/search/", {"q": "brave steps"})
    titles = [move["title"] for move in response.context["moves"]]
    assert titles[:2] == ["Brave steps", "Brave steps with friends"]
    # Shown above every other result: the first result card is a move's.
    html = response.content.decode()
    assert html.index("search-result--move") < html.index('class="card search-result"')


def test_search_links_a_move_to_its_page(client, framework):
    being_brave = framework.moves.get(slug="being-brave")
    moves = client.get("/en/search/", {"q": being_brave.title}).context["moves"]
    assert moves[0]["url"] == move_url(framework, "being-brave")


def test_search_finds_moves_by_part_of_their_name(client, framework):
    response = client.get("/en/search/", {"q": "brave"})
    assert "Being brave" in [move["title"] for move in response.context["moves"]]


def test_search_finds_moves_in_the_visitors_language(client, framework):
    polish = framework.get_translation(Locale.objects.get(language_code="pl"))
    move = polish.moves.get(slug="being-brave")
    response = client.get("/pl/search/", {"q": move.title})
    assert response.context["moves"][0]["url"] == move_url(polish, "being-brave")


# Deleting


def test_a_deleted_move_leaves_no_broken_link(client, home_page, framework):
    page = FrameworkPageFactory(parent=home_page, slug="short-lived")
    move = ResilientMoveFactory(
        page=page, slug="short-lived-move", compartment=first_compartment()
    )
    publish(page)
    blog = BlogIndexPageFactory(parent=home_page, slug="short-lived-blog")
    post = BlogPostPageFactory.build(title="Tagged", slug="tagged")
    post.resilient_moves = [move]
    blog.add_child(instance=post)
    publish(post)
    url = move_url(page, "short-lived-move")
    assert url in client.get(post.url).content.decode()

    page.moves.all().delete()
    ResilientMoveFactory(page=page, slug="another", compartment=first_compartment())
    publish(page)

    assert not ResilientMove.objects.filter(slug="short-lived-move").exists()
    html = client.get(post.url).content.decode()
    assert url not in html
    assert client.get(url).status_code == 404
    assert client.get(blog.url, {"move": "short-lived-move"}).status_code == 404


def test_a_compartment_in_use_is_not_deleted(staff_client, framework):
    coping = Compartment.objects.get(locale=framework.locale, slug="coping")
    client = staff_client("Moderators")
    url = f"/admin/snippets/movement/compartment/delete/{coping.pk}/"
    confirm = client.get(url)
    assert confirm.context["is_protected"]  # Wagtail says why, from its references
    refused = client.post(url)
    assert refused.status_code == 302 and refused.url == "/admin/"  # not allowed
    assert Compartment.objects.filter(pk=coping.pk).exists()


def test_a_duplicate_compartment_link_name_is_refused(staff_client):
    client = staff_client("Editors")
    response = client.post(
        "/admin/snippets/movement/compartment/add/",
        {"title": "Coping again", "slug": "coping", "summary": "Twice.", "position": 9},
    )
    assert response.status_code == 200
    assert (
        "Another compartment already has this link name." in response.content.decode()
    )
    assert 'value="Coping again"' in response.content.decode()  # nothing typed is lost
    assert not Compartment.objects.filter(title="Coping again").exists()


def test_editors_add_and_change_compartments(staff_client):
    client = staff_client("Editors")
    response = client.post(
        "/admin/snippets/movement/compartment/add/",
        {
            "title": "Community",
            "slug": "",
            "summary": "Places and people.",
            "position": 9,
        },
    )
    assert response.status_code == 302
    added = Compartment.objects.get(title="Community")
    assert added.slug == "community"
    assert added.locale == Locale.get_default()


def test_translators_change_only_translated_compartments(staff_client, framework):
    client = staff_client("Translators")
    english = Compartment.objects.get(locale=framework.locale, slug="coping")
    polish = english.get_translation(Locale.objects.get(language_code="pl"))
    assert client.get(
        f"/admin/snippets/movement/compartment/edit/{english.pk}/"
    ).status_code in (302, 403)
    assert (
        client.get(
            f"/admin/snippets/movement/compartment/edit/{polish.pk}/"
        ).status_code
        == 200
    )
    assert (
        Group.objects.get(name="Translators")
        .permissions.filter(codename="delete_compartment")
        .count()
        == 0
    )


def test_a_compartment_in_use_is_kept_even_before_its_uses_are_indexed(
    staff_client, framework
):
    """Wagtail refuses by its reference index, which the worker fills in later;
    until then the database refuses, and the moderator is told why."""
    from wagtail.models import ReferenceIndex

    coping = Compartment.objects.get(locale=framework.locale, slug="coping")
    ReferenceIndex.objects.all().delete()
    client = staff_client("Moderators")
    response = client.post(
        f"/admin/snippets/movement/compartment/delete/{coping.pk}/", follow=True
    )
    assert response.status_code == 200
    assert "is still in use, so it was not deleted" in response.content.decode()
    assert Compartment.objects.filter(pk=coping.pk).exists()


def test_campaign_cards_show_their_level(client, framework):
    campaigns = Page.objects.get(locale=framework.locale, slug="campaigns")
    html = client.get(campaigns.url).content.decode()
    assert "Active · Supercharged" in html


def framework_form(moves, **overrides):
    data = {
        "title": "For families",
        "slug": "framework-for-families",
        "audience": "For families",
        "introduction": rich_text("<p>Moves for the whole family.</p>"),
        "body": streamfield([]),
        "moves": inline_formset(moves),
        **overrides,
    }
    return nested_form_data(data)


def new_move(**fields):
    return {
        "compartment": str(first_compartment().pk),
        "title": "Family meals",
        "slug": "",
        "summary": "Eating together.",
        "for_whom": "",
        "ideas": rich_text(""),
        **fields,
    }


def test_a_preview_shows_a_move_not_yet_named(staff_client, home_page):
    client = staff_client("Editors")
    url = f"/admin/pages/add/movement/frameworkpage/{home_page.pk}/preview/"
    form = framework_form([new_move()])
    assert client.post(url, form).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    assert "/framework-for-families/family-meals/" in response.content.decode()


def test_two_moves_on_a_version_cannot_share_a_link_name(staff_client, home_page):
    client = staff_client("Editors")
    url = f"/admin/pages/add/movement/frameworkpage/{home_page.pk}/"
    form = framework_form([new_move(), new_move(summary="Again.")])
    response = client.post(url, form)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Another move on this page already has the link name" in html
    assert "Eating together." in html and "Again." in html  # nothing typed is lost
    assert not FrameworkPage.objects.filter(slug="framework-for-families").exists()


def test_a_translation_keeps_its_compartments_link_name(staff_client, framework):
    english = Compartment.objects.get(locale=framework.locale, slug="coping")
    polish = english.get_translation(Locale.objects.get(language_code="pl"))
    client = staff_client("Translators")
    client.post(
        f"/admin/snippets/movement/compartment/edit/{polish.pk}/",
        {"title": "Radzenie sobie", "slug": "radzenie", "summary": "x", "position": 9},
    )
    polish.refresh_from_db()
    assert (polish.slug, polish.position) == (english.slug, english.position)


def test_a_moderator_deletes_a_compartment_no_move_uses(staff_client):
    unused = CompartmentFactory(title="Unused", slug="unused")
    client = staff_client("Moderators")
    response = client.post(f"/admin/snippets/movement/compartment/delete/{unused.pk}/")
    assert response.status_code == 302
    assert not Compartment.objects.filter(pk=unused.pk).exists()


def test_a_bulk_delete_of_a_compartment_in_use_deletes_nothing(staff_client, framework):
    """Wagtail refuses by its reference index; before the worker has filled it
    in, the database's refusal is caught and explained."""
    from wagtail.models import ReferenceIndex

    coping = Compartment.objects.get(locale=framework.locale, slug="coping")
    unused = CompartmentFactory(title="Unused", slug="unused")
    client = staff_client("Moderators")
    url = f"/admin/bulk/movement/compartment/delete/?id={coping.pk}&id={unused.pk}"
    refused = client.post(url)
    assert refused.status_code == 302 and refused.url == "/admin/"  # by the index
    ReferenceIndex.objects.all().delete()
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert "Nothing was deleted" in response.content.decode()
    assert Compartment.objects.filter(pk__in=[coping.pk, unused.pk]).count() == 2


def test_a_private_versions_moves_are_not_offered(client, home_page, framework):
    from wagtail.models import PageViewRestriction

    private = FrameworkPageFactory(parent=home_page, slug="staff-only")
    ResilientMoveFactory(
        page=private, slug="secret-move", compartment=first_compartment()
    )
    publish(private)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    blog = Page.objects.get(locale=framework.locale, slug="blog")
    response = client.get(blog.url)
    assert "secret-move" not in response.content.decode()
    assert client.get(blog.url, {"move": "secret-move"}).status_code == 404
