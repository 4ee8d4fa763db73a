"""Comments on blog posts: read by a moderator before anyone sees them, shown
only on the page (and so in the language) they were written on, fresh through
every cache once approved, bad input refused politely, and kept no longer than
docs/privacy.md says. The demo has comments on two posts."""

import csv
import io
import json
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django.utils.html import escape
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import ModelLogEntry

from home.models import BlogPostPage, Comment, CommentStatus, SafeguardingNotice
from movement.models import PersonalDataAction
from movement.models.generation import ContentGeneration
from tests.visitor_forms import filled_in

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
SIXTY_FOUR_KB = "x" * 64 * 1024
PURGED = []


class RecordingBackend(BaseBackend):
    """Stands in for Varnish or a CDN: remembers what it was asked to purge."""

    def purge(self, url):
        PURGED.append(urlsplit(url).path)


@pytest.fixture(autouse=True)
def caches_in_front(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "recorder": {"BACKEND": f"{__name__}.RecordingBackend"}
    }
    PURGED.clear()
    yield PURGED
    PURGED.clear()


@pytest.fixture
def moderator(django_user_model):
    """A member of the Moderators group (never a superuser), signed in on a
    client of their own: `client` stays an anonymous visitor."""
    from django.contrib.auth.models import Group
    from django.test import Client

    user = django_user_model.objects.create_user(
        "moderators-member", "moderators@example.org", "pw"
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    signed_in = Client()
    signed_in.force_login(user)
    return signed_in


def post(slug="highlighting-achievements", language="en"):
    return BlogPostPage.objects.get(slug=slug, locale__language_code=language)


def action(page):
    return page.url + page.reverse_subpage("comment")


def comment_as(client, page=None, seconds_ago=10, **fields):
    data = filled_in(
        seconds_ago,
        **{"consent": "on", "display_name": "Jo", "body": "Good read.", **fields},
    )
    return client.post(action(page or post()), data)


def sent(client, page=None, **fields):
    """A comment sent as a visitor, then the one stored."""
    response = comment_as(client, page, **fields)
    assert response.status_code == 303, response.content.decode()[:2000]
    return Comment.objects.order_by("-pk").first()


def approve(moderator, comment, capture, outcome="approve"):
    with capture(execute=True):
        response = moderator.post(
            f"/admin/comments/moderate/{comment.pk}/", {"outcome": outcome}
        )
    assert response.status_code == 302
    comment.refresh_from_db()
    return comment


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


# Sending a comment


def test_a_comment_waits_for_a_moderator_and_is_not_shown(client):
    page = post()
    before = Comment.objects.count()
    response = comment_as(client, page, display_name="  Ria   M ", body="Lovely idea")
    assert response.status_code == 303
    assert response["Location"] == page.url + "comments/sent/"
    stored = Comment.objects.get(display_name="Ria M")
    assert Comment.objects.count() == before + 1
    assert stored.status == CommentStatus.PENDING
    assert stored.language == "en" and stored.page_id == page.pk
    assert stored.keep_until.date() == (timezone.now() + timedelta(days=90)).date()
    assert "Lovely idea" not in html_of(client, page)

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "no-store" in thanks["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in thanks.content.decode()
    assert "A moderator will read it soon" in thanks.content.decode()


def test_the_post_shows_the_form_the_notice_and_no_token(client):
    page = post()
    html = html_of(client, page)
    assert 'class="comments__form"' in html
    assert f'action="{action(page)}#comment-form"' in html
    assert "csrfmiddlewaretoken" not in html  # the page is the same for everyone
    notice = SafeguardingNotice.objects.get(locale=page.locale)
    assert escape(notice.heading) in html and notice.link_url in html
    assert "is never shown" in html  # the email's hint
    assert "public" in client.get(page.url)["Cache-Control"]


def test_the_same_comment_sent_twice_is_stored_once(client):
    page = post()
    first = comment_as(client, page, body="Twice  over")
    again = comment_as(client, page, body="twice over ")
    assert first.status_code == again.status_code == 303
    assert first["Location"] == again["Location"]
    assert Comment.objects.filter(page=page, body__icontains="twice").count() == 1


@pytest.mark.parametrize(
    ("fields", "seconds_ago", "message"),
    [
        ({"consent": ""}, 10, "Please tick the box to say you agree"),
        ({"website": "http://spam.example"}, 10, "meant to catch automated"),
        ({}, 1, "quicker than a person"),
        ({"display_name": ""}, 10, "This field is required"),
        ({"email": "not an address"}, 10, "Enter a valid email address"),
        ({"display_name": SIXTY_FOUR_KB}, 10, "at most 80 characters"),
        ({"email": SIXTY_FOUR_KB}, 10, "at most 254 characters"),
        ({"body": SIXTY_FOUR_KB}, 10, "at most 3000 characters"),
        ({"parent": SIXTY_FOUR_KB}, 10, "at most 12 characters"),
        # Fields people never see: the guard's own words.
        ({"started": SIXTY_FOUR_KB}, 10, "Something went wrong with this form"),
        ({"website": SIXTY_FOUR_KB}, 10, "meant to catch automated"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_kept(
    client, fields, seconds_ago, message
):
    before = Comment.objects.count()
    typed = {"display_name": "Jo Kept", "body": "My words, kept", **fields}
    response = comment_as(client, seconds_ago=seconds_ago, **typed)
    html = response.content.decode()
    assert response.status_code == 400
    assert escape(message) in html or message in html
    assert 'role="alert"' in html
    assert Comment.objects.count() == before
    if "body" not in fields:
        assert "My words, kept</textarea>" in html  # what they typed is still there
    assert "no-store" in response["Cache-Control"]


def test_html_and_script_are_stored_as_text_and_shown_escaped(
    client, moderator, django_capture_on_commit_callbacks
):
    page = post()
    comment = sent(client, page, display_name=f"Jo {SCRIPT}", body=f"<b>Hi</b>{SCRIPT}")
    assert comment.body == f"<b>Hi</b>{SCRIPT}"  # as typed, not cleaned
    approve(moderator, comment, django_capture_on_commit_callbacks)
    html = html_of(client, page)
    assert SCRIPT not in html and "<b>Hi</b>" not in html
    assert escape(f"Jo {SCRIPT}") in html
    assert escape("<b>Hi</b>") in html
    listing = moderator.get("/admin/comments/?q=alert").content.decode()
    assert escape(f"Jo {SCRIPT}") in listing and SCRIPT not in listing
    edit = moderator.get(f"/admin/comments/edit/{comment.pk}/").content.decode()
    assert SCRIPT not in edit


def test_a_flood_from_one_address_is_slowed_with_a_friendly_message(client):
    page = post()
    with override_settings(VISITOR_FORM_RATE_LIMIT=2):
        for number in range(2):
            assert comment_as(client, page, body=f"Flood {number}").status_code == 303
        refused = comment_as(client, page, body="Flood 3")
        elsewhere = client.post(
            action(page),
            filled_in(consent="on", display_name="Other", body="Elsewhere"),
            REMOTE_ADDR="192.0.2.9",
        )
    html = refused.content.decode()
    assert refused.status_code == 429
    assert "A lot of forms have been sent from your network" in html
    assert "Flood 3</textarea>" in html
    assert not Comment.objects.filter(body="Flood 3").exists()
    assert elsewhere.status_code == 303


def test_a_get_of_the_form_address_goes_to_the_form(client):
    page = post()
    response = client.get(action(page))
    assert response.status_code == 302
    assert response["Location"] == page.url + "#comment-form"


# Moderating


@override_settings(PAGE_CACHE_SECONDS=600)
def test_an_approved_comment_is_on_the_kept_page_at_once(
    client, moderator, django_capture_on_commit_callbacks
):
    page = post()
    count = Comment.objects.filter(page=page).approved().count()
    comment = sent(client, page, display_name="Zed", body="Fresh through caches")
    assert client.get(page.url)["X-Page-Cache"] == "miss"
    kept = client.get(page.url)
    assert kept["X-Page-Cache"] == "hit"
    assert "Fresh through caches" not in kept.content.decode()

    approve(moderator, comment, django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.APPROVED
    assert comment.moderated_by.username == "moderators-member"
    fresh = client.get(page.url)
    html = fresh.content.decode()
    assert fresh["X-Page-Cache"] == "miss"  # the kept copy was retired
    assert "Fresh through caches" in html
    assert f"{count + 1} comments" in html
    assert page.url in PURGED  # and caches in front were purged of the post


def test_nothing_is_refreshed_before_the_change_is_committed(
    client, moderator, django_capture_on_commit_callbacks
):
    comment = sent(client)
    generation = ContentGeneration.objects.current()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        moderator.post(
            f"/admin/comments/moderate/{comment.pk}/", {"outcome": "approve"}
        )
    assert ContentGeneration.objects.current() == generation
    assert PURGED == []
    with django_capture_on_commit_callbacks(execute=True):  # as a commit runs them
        for callback in callbacks:
            callback()
    assert ContentGeneration.objects.current() != generation
    assert post().url in PURGED


def test_a_comment_only_sent_refreshes_nothing(
    client, django_capture_on_commit_callbacks
):
    generation = ContentGeneration.objects.current()
    with django_capture_on_commit_callbacks(execute=True):
        sent(client)
    assert ContentGeneration.objects.current() == generation
    assert PURGED == []


@pytest.mark.parametrize("outcome", ["reject", "spam"])
def test_a_rejected_or_spam_comment_leaves_the_post(
    client, moderator, django_capture_on_commit_callbacks, outcome
):
    page = post()
    comment = sent(client, page, body="Soon gone")
    approve(moderator, comment, django_capture_on_commit_callbacks)
    assert "Soon gone" in html_of(client, page)
    approve(moderator, comment, django_capture_on_commit_callbacks, outcome)
    assert comment.status == {"reject": "rejected", "spam": "spam"}[outcome]
    assert comment.keep_until.date() == (timezone.now() + timedelta(days=30)).date()
    assert "Soon gone" not in html_of(client, page)
    logged = ModelLogEntry.objects.filter(object_id=str(comment.pk))
    assert {entry.action for entry in logged} == {
        "home.comment.approve",
        f"home.comment.{outcome}",
    }
    assert all("Soon gone" not in json.dumps(e.data) + e.label for e in logged)


def test_a_published_comment_corrected_or_deleted_in_the_admin_leaves_the_post(
    client, moderator, django_capture_on_commit_callbacks
):
    page = post()
    comment = sent(client, page, body="Call me on 07700 900123")
    approve(moderator, comment, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(
            f"/admin/comments/edit/{comment.pk}/",
            {"display_name": comment.display_name, "body": "Call me."},
        )
    html = html_of(client, page)
    assert "07700" not in html and "Call me." in html
    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(f"/admin/comments/delete/{comment.pk}/")
    assert not Comment.objects.filter(pk=comment.pk).exists()
    assert "Call me." not in html_of(client, page)


def test_replies_go_one_level_deep(
    client, moderator, django_capture_on_commit_callbacks
):
    page = post()
    top = approve(
        moderator,
        sent(client, page, display_name="Top", body="First"),
        django_capture_on_commit_callbacks,
    )
    reply_page = client.get(
        page.url + page.reverse_subpage("comment_reply", args=[top.pk])
    )
    html = reply_page.content.decode()
    assert reply_page.status_code == 200
    assert "Reply to Top" in html
    assert f'name="parent" value="{top.pk}"' in html

    reply = approve(
        moderator,
        sent(client, page, body="Second", parent=str(top.pk)),
        django_capture_on_commit_callbacks,
    )
    assert reply.parent_id == top.pk
    deeper = sent(client, page, body="Third", parent=str(reply.pk))
    assert deeper.parent_id == top.pk  # a reply to a reply joins the thread's top
    html = html_of(client, page)
    assert html.index("First") < html.index("Second")
    assert 'class="comment-list comment-list--replies"' in html


def test_a_reply_to_a_comment_not_shown_is_refused_and_kept(client):
    page = post()
    waiting = sent(client, page, body="Not yet read")
    before = Comment.objects.count()
    response = comment_as(client, page, body="My answer", parent=str(waiting.pk))
    assert response.status_code == 400
    assert "no longer on this page" in response.content.decode()
    assert "My answer</textarea>" in response.content.decode()
    assert Comment.objects.count() == before
    hidden = page.url + page.reverse_subpage("comment_reply", args=[waiting.pk])
    assert client.get(hidden).status_code == 404


def test_a_moderator_replies_as_the_movement(
    client, moderator, django_capture_on_commit_callbacks, mailoutbox
):
    page = post()
    comment = sent(client, page, display_name="Ana", email="ana@example.org")
    approve(moderator, comment, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator.post(
            f"/admin/comments/reply/{comment.pk}/", {"body": "Thanks, Ana!"}
        )
    assert response.status_code == 302
    reply = Comment.objects.get(parent=comment)
    assert reply.by_the_movement and reply.is_shown
    assert reply.author.username == "moderators-member"
    html = html_of(client, page)
    assert "Reply from the movement" in html and "Thanks, Ana!" in html
    assert ModelLogEntry.objects.filter(
        object_id=str(comment.pk), action="home.comment.reply"
    ).exists()
    [mail] = mailoutbox
    assert mail.to == ["ana@example.org"]
    assert "Thanks, Ana!" in mail.body and f"#comment-{reply.pk}" in mail.body
    assert "ana@example.org" not in html  # never shown


def test_the_movement_replies_only_to_published_comments(client, moderator):
    comment = sent(client)
    response = moderator.post(f"/admin/comments/reply/{comment.pk}/", {"body": "Hi"})
    assert response.status_code == 302
    assert not Comment.objects.filter(parent=comment).exists()


@pytest.mark.parametrize("role", ["Editors", "Translators"])
def test_other_roles_do_not_see_or_moderate_comments(client, staff_client, role):
    comment = sent(client)
    other = staff_client(role)
    assert other.get("/admin/comments/").status_code in (302, 403)
    response = other.post(
        f"/admin/comments/moderate/{comment.pk}/", {"outcome": "approve"}
    )
    assert response.status_code in (302, 403)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING
    assert (
        "Comments waiting for a moderator" not in other.get("/admin/").content.decode()
    )


def test_the_queue_puts_waiting_comments_first(client, moderator):
    waiting = sent(client, body="Waiting one")
    listing = moderator.get("/admin/comments/")
    assert listing.status_code == 200
    shown = list(listing.context["object_list"])
    assert shown[0].status == CommentStatus.PENDING
    assert waiting in shown
    first_other = next(i for i, c in enumerate(shown) if c.status != "pending")
    assert all(c.status == "pending" for c in shown[:first_other])


def test_the_dashboard_counts_the_comments_waiting(client, moderator):
    sent(client, body="One more")
    waiting = Comment.objects.pending().count()
    html = moderator.get("/admin/").content.decode()
    assert f"Comments waiting for a moderator: {waiting}" in html
    assert "/admin/comments/?status=pending" in html
    pending = moderator.get("/admin/comments/?status=pending").context["object_list"]
    assert {c.status for c in pending} == {CommentStatus.PENDING}


def test_the_csv_export_is_safe_to_open_in_a_spreadsheet(client, moderator):
    sent(client, display_name='=HYPERLINK("http://evil.example","Click")')
    sent(client, display_name="+1 cell", body="@SUM(A1)")
    response = moderator.get("/admin/comments/?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil.example","Click")' in cells
    assert "'+1 cell" in cells and "'@SUM(A1)" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)


# Languages and closing


def test_comments_show_only_on_the_page_in_their_language(
    client, moderator, django_capture_on_commit_callbacks
):
    slug = "blackpool-schools-community-of-practice"
    english, polish = post(slug), post(slug, "pl")
    assert polish.alias_of_id is None  # a real translation
    in_english = sent(client, english, body="Written in English")
    in_polish = sent(client, polish, display_name="Ola", body="Napisane po polsku")
    assert in_polish.language == "pl" and in_english.language == "en"
    for comment in (in_english, in_polish):
        approve(moderator, comment, django_capture_on_commit_callbacks)
    english_html, polish_html = html_of(client, english), html_of(client, polish)
    assert "Written in English" in english_html
    assert "Written in English" not in polish_html
    assert "Napisane po polsku" in polish_html
    assert "Napisane po polsku" not in english_html


def test_an_alias_shows_only_its_own_comments(
    client, moderator, django_capture_on_commit_callbacks
):
    english, alias = post(), post(language="es")
    assert alias.alias_of_id == english.pk
    comment = approve(
        moderator,
        sent(client, english, body="Only the source"),
        django_capture_on_commit_callbacks,
    )
    assert comment.is_shown
    assert "Only the source" not in html_of(client, alias)


def test_a_closed_post_keeps_its_comments_and_takes_no_more(
    client, moderator, django_capture_on_commit_callbacks
):
    page = post()
    approve(
        moderator,
        sent(client, page, body="Before closing"),
        django_capture_on_commit_callbacks,
    )
    page.comments_open = False
    page.save_revision().publish()
    html = html_of(client, page)
    assert "Before closing" in html
    assert "Comments are closed on this post." in html
    assert 'class="comments__form"' not in html
    before = Comment.objects.count()
    response = comment_as(client, page, body="Too late")
    assert response.status_code == 403
    assert "Comments are closed on this post, so your comment was not sent" in (
        response.content.decode()
    )
    assert Comment.objects.count() == before


# A person's data


def test_a_moderator_exports_and_erases_one_persons_comments(
    client, moderator, django_capture_on_commit_callbacks
):
    page = post()
    first = sent(
        client, page, display_name="Casey", email="casey@example.org", body="A"
    )
    approve(moderator, first, django_capture_on_commit_callbacks)
    sent(
        client,
        post("blackpool-schools-community-of-practice"),
        display_name="Casey R",
        body="B",
    )
    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(f"/admin/comments/reply/{first.pk}/", {"body": "Hello Casey"})
    keys = [
        f"comment:{c.pk}"
        for c in Comment.objects.filter(display_name__startswith="Casey")
    ]
    found = moderator.post("/admin/personal-data/", {"q": "casey", "find": ""})
    html = found.content.decode()
    for key in keys:
        assert f'value="{key}"' in html
    reply = Comment.objects.get(by_the_movement=True, parent=first)
    assert f'value="comment:{reply.pk}"' not in html  # ours, not theirs

    download = moderator.post(
        "/admin/personal-data/",
        {"q": "casey", "chosen": keys, "reference": "request 7", "download": ""},
    )
    exported = json.loads(download.content)["Comments on blog posts"]
    assert {record["body"] for record in exported} == {"A", "B"}
    assert {record["email"] for record in exported} == {"casey@example.org", ""}

    with django_capture_on_commit_callbacks(execute=True):
        erased = moderator.post(
            "/admin/personal-data/",
            {
                "q": "casey",
                "chosen": keys,
                "reference": "request 7",
                "confirm_erase": "on",
                "erase": "",
            },
        )
    assert erased.status_code == 302
    assert not Comment.objects.filter(display_name__startswith="Casey").exists()
    assert "Hello Casey" not in html_of(client, page)  # the thread went with it
    assert PersonalDataAction.objects.filter(action="erase").exists()


def test_comments_are_kept_no_longer_than_promised(
    client, moderator, django_capture_on_commit_callbacks
):
    page = post()
    waiting = sent(client, page, body="Never read")
    shown = approve(
        moderator,
        sent(client, page, display_name="Kept", email="kept@example.org", body="Stays"),
        django_capture_on_commit_callbacks,
    )
    assert shown.keep_until.date() == (timezone.now() + timedelta(days=90)).date()
    spam = approve(
        moderator,
        sent(client, page, body="Buy now"),
        django_capture_on_commit_callbacks,
        "spam",
    )
    untouched = sent(client, page, body="Still waiting")
    Comment.objects.filter(pk__in=[waiting.pk, shown.pk, spam.pk]).update(
        keep_until=timezone.now() - timedelta(seconds=1)
    )
    call_command("purge_personal_data", stdout=io.StringIO())
    assert not Comment.objects.filter(pk__in=[waiting.pk, spam.pk]).exists()
    shown.refresh_from_db()
    assert shown.email == "" and shown.keep_until is None and shown.body == "Stays"
    assert Comment.objects.filter(pk=untouched.pk).exists()
    log = PersonalDataAction.objects.get(action="expire")
    assert log.records["Comments on blog posts"] == 3


# The demo


def test_the_demo_has_published_and_waiting_comments_on_two_posts(client):
    demo = Comment.objects.filter(page__locale__language_code="en")
    assert demo.approved().values("page").distinct().count() == 2
    assert demo.pending().values("page").distinct().count() == 2
    assert demo.filter(by_the_movement=True, status="approved").exists()
    assert not demo.exclude(email="").exclude(email__endswith="@example.org").exists()
    html = html_of(client, post())
    assert "Reply from the movement" in html or "Jade" in html
    for language in ("pl", "es", "ar"):
        assert SafeguardingNotice.objects.filter(
            locale__language_code=language
        ).exists()
