"""Bad input while editing: a schedule in the past, a revert to a version with
blocks the site no longer has, two editors on one page. Each gets a clear
message, and nothing anyone typed is lost."""

import json

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage
from movement.models import Footer
from movement.revert_check import lost_block_types
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def page_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "open-day",
            "introduction": rich_text("<p>Come and see what we do.</p>"),
            "body": streamfield(
                [("paragraph", rich_text("<p>Doors open at ten.</p>"))]
            ),
            **extra,
        }
    )


def test_a_go_live_time_in_the_past_is_refused_with_the_form_kept(
    staff_client, home_page
):
    moderator = staff_client("Moderators")
    url = f"/admin/pages/add/home/standardpage/{home_page.pk}/"
    response = moderator.post(
        url,
        page_form(
            "Open day", go_live_at="2020-03-01 10:00", **{"action-publish": "publish"}
        ),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "has already passed" in html
    assert "clear the date to publish now" in html
    assert 'value="Open day"' in html
    assert "Doors open at ten." in html
    assert not StandardPage.objects.filter(slug="open-day").exists()


def test_a_time_ahead_schedules_the_page(staff_client, home_page):
    moderator = staff_client("Moderators")
    url = f"/admin/pages/add/home/standardpage/{home_page.pk}/"
    response = moderator.post(
        url,
        page_form(
            "Open day", go_live_at="2099-03-01 10:00", **{"action-publish": "publish"}
        ),
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(locale=home_page.locale, slug="open-day")
    assert not page.live
    assert page.scheduled_revision is not None


def test_an_unchanged_past_go_live_time_does_not_block_later_edits(
    staff_client, home_page
):
    """A page published on schedule keeps its (now past) go-live time."""
    page = StandardPageFactory(parent=home_page, slug="open-day", title="Open day")
    Page.objects.filter(pk=page.pk).update(go_live_at="2020-03-01T10:00:00Z")
    editor = staff_client("Editors")
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form("Open day, updated", go_live_at="2020-03-01 10:00"),
    )
    assert response.status_code == 302


def test_the_furniture_schedule_is_checked_too(staff_client):
    footer = Footer.objects.get(locale=Locale.get_default())
    editor = staff_client("Editors")
    response = editor.post(
        reverse("wagtailsnippets_movement_footer:edit", args=[footer.pk]),
        nested_form_data(
            {
                "text": rich_text("<p>Typed by the editor.</p>"),
                "links": streamfield([]),
                "go_live_at": "2020-03-01 10:00",
            }
        ),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "has already passed" in html
    assert "Typed by the editor." in html


@pytest.fixture
def page_with_a_retired_block(home_page):
    """A page whose older version holds a block type the code no longer has."""
    page = StandardPageFactory(parent=home_page, slug="history", title="History")
    old = page.save_revision()
    body = old.content["body"]
    body = json.loads(body) if isinstance(body, str) else body
    body.append({"type": "pull_quote", "value": "We beat the odds.", "id": "x1"})
    old.content["body"] = json.dumps(body)
    old.save(update_fields=["content"])
    page.save_revision()  # the current version, without it
    return page, old


def test_the_lost_block_types_of_a_version_are_found(page_with_a_retired_block):
    page, old = page_with_a_retired_block
    assert list(lost_block_types(StandardPage, old.content)) == ["pull_quote"]
    current = page.latest_revision
    assert list(lost_block_types(StandardPage, current.content)) == []


def test_reverting_to_it_names_what_cannot_be_shown(
    staff_client, page_with_a_retired_block
):
    page, old = page_with_a_retired_block
    editor = staff_client("Editors")
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old.pk])
    response = editor.get(url, follow=True)
    assert response.status_code == 200
    shown = [str(message) for message in response.context["messages"]]
    assert any(
        "no longer has (pull_quote)" in message and "stays in the history" in message
        for message in shown
    ), shown


def test_reverting_to_an_ordinary_version_says_nothing_more(staff_client, home_page):
    page = StandardPageFactory(parent=home_page, slug="plain", title="Plain")
    revision = page.save_revision()
    editor = staff_client("Editors")
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision.pk])
    response = editor.get(url)
    shown = [str(message) for message in response.context["messages"]]
    assert not any("no longer has" in message for message in shown)


def sign_in_as(django_user_model, name):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(name, f"{name}@example.org")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


def open_editor(client, page):
    """GET the edit view as a browser does: the session and version it loaded."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    context = response.context
    return {
        "ping": context["editing_sessions"].ping_url,
        "revision_id": page.specific.latest_revision_id,
        "revision_created_at": context["loaded_revision_created_at"],
    }


def test_two_editors_are_told_of_each_other_and_keep_both_versions(
    django_user_model, home_page
):
    page = StandardPageFactory(parent=home_page, slug="shared", title="Shared")
    page.save_revision()
    asha = sign_in_as(django_user_model, "asha")
    ben = sign_in_as(django_user_model, "ben")
    asha_opened = open_editor(asha, page)
    open_editor(ben, page)

    # Ben saves first.
    saved = ben.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form("Shared, Ben's version"),
    )
    assert saved.status_code == 302

    # Asha's editor asks every few seconds; it hears that Ben saved a newer
    # version, which makes the editor ask her before she overwrites it.
    heard = asha.post(
        asha_opened["ping"],
        {
            "revision_id": asha_opened["revision_id"],
            "revision_created_at": asha_opened["revision_created_at"],
            "is_editing": "1",
        },
    ).json()
    newer = [s for s in heard["other_sessions"] if s["revision_id"]]
    assert [s["user"] for s in newer] == ["ben"]

    # A save in the background from her out-of-date form is refused.
    refused = asha.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {
            **page_form("Shared, Asha's version"),
            "loaded_revision_id": asha_opened["revision_id"],
            "loaded_revision_created_at": asha_opened["revision_created_at"],
        },
        headers={"Accept": "application/json"},
    ).json()
    assert refused["success"] is False
    assert refused["error_message"] == "Saving will overwrite a newer version."

    # When she does save, Ben's version stays in the history to compare with.
    asha.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form("Shared, Asha's version"),
    )
    titles = [r.content["title"] for r in page.revisions.order_by("created_at")]
    assert titles[-2:] == ["Shared, Ben's version", "Shared, Asha's version"]
