"""The newsletter: double opt-in, links that cannot be forged or reused,
one-click unsubscribe, topics and language, sending in batches with a log,
export, and what happens to a person's data."""

import csv
import io
import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail, signing
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale
from wagtail_localize.fields import get_translatable_fields
from wagtail_newsletter.models import NewsletterRecipients

from home.models import BlogIndexPage, NewsletterPage
from movement.models import (
    NewsletterDelivery,
    NewsletterSending,
    NewsletterTopic,
    Subscriber,
)
from movement.newsletter import links, sending
from movement.newsletter.backend import LocalCampaignBackend
from movement.personal_data import purge_expired, registered
from tests.task_worker import come_due, run_due_tasks
from tests.visitor_forms import filled_in

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script><b>bold</b>'
SIGN_UP = "/en/newsletter/"


def topics(language="en"):
    return NewsletterTopic.objects.filter(locale__language_code=language)


def sign_up(client, email="reader@example.org", chosen=None, path=SIGN_UP, **extra):
    chosen = chosen if chosen is not None else [topics().first().pk]
    return client.post(
        path,
        filled_in(
            email=email, topics=[str(pk) for pk in chosen], consent="on", **extra
        ),
        HTTP_ORIGIN="http://testserver",
    )


def link_in(email, name):
    """The first link in an email's text to the named view."""
    return re.search(rf"http://[^\s]+/newsletter/{name}/[^\s]+/", email.body)[0]


def path_of(url):
    return url.removeprefix("http://localhost").removeprefix("http://testserver")


@pytest.fixture
def signed_up(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client)
    return Subscriber.objects.get(email="reader@example.org")


def confirmed_subscriber(email, language="en", topic=None):
    subscriber = Subscriber.objects.create(
        email=email,
        language=language,
        consent_text="agreed",
        confirmed_at=timezone.now(),
        confirmation_key="",
    )
    subscriber.topics.set([topic or topics(language).first()])
    return subscriber


# Signing up and confirming


def test_the_footer_and_sign_up_page_carry_the_form_with_topics_and_consent(client):
    home = client.get("/en/").content.decode()
    footer = home.split('class="site-footer"')[1]
    assert 'action="/en/newsletter/"' in footer
    for topic in topics():
        assert escape(topic.name) in footer
    assert 'name="consent"' in footer and 'name="csrfmiddlewaretoken"' not in footer
    page = client.get(SIGN_UP)
    assert page.status_code == 200
    assert "public" in page["Cache-Control"]  # the same for everyone: cacheable


def test_the_sign_up_form_is_in_the_visitors_language(client):
    arabic = client.get("/ar/newsletter/").content.decode()
    for topic in topics("ar"):
        assert escape(topic.name) in arabic
    assert 'dir="rtl"' in arabic


def test_signing_up_stores_an_unconfirmed_subscriber_and_emails_a_link(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client)
    assert response.status_code == 303
    assert response["Location"] == "/en/newsletter/check-your-email/"
    subscriber = Subscriber.objects.get(email="reader@example.org")
    assert not subscriber.is_confirmed
    assert subscriber.language == "en"
    assert "keeps my email address" in subscriber.consent_text
    assert subscriber.keep_until > timezone.now() + timedelta(days=13)
    [email] = mail.outbox
    assert email.to == ["reader@example.org"]
    assert "/en/newsletter/confirm/" in email.body
    # Nothing is ever sent to someone who has not confirmed.
    assert not Subscriber.objects.for_topic(topics().first().translation_key).exists()


def test_opening_the_link_changes_nothing_until_the_button_is_pressed(
    client, signed_up
):
    confirm = path_of(link_in(mail.outbox[0], "confirm"))
    page = client.get(confirm)  # as a mail scanner would
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    signed_up.refresh_from_db()
    assert not signed_up.is_confirmed
    done = client.post(confirm, HTTP_ORIGIN="http://testserver")
    assert done.status_code == 200
    signed_up.refresh_from_db()
    assert signed_up.is_confirmed and signed_up.keep_until is None


def test_a_reused_confirmation_link_changes_nothing(client, signed_up):
    confirm = path_of(link_in(mail.outbox[0], "confirm"))
    client.post(confirm, HTTP_ORIGIN="http://testserver")
    signed_up.refresh_from_db()
    first_confirmed = signed_up.confirmed_at
    again = client.post(confirm, HTTP_ORIGIN="http://testserver")
    assert again.status_code == 200
    assert "already confirmed" in again.content.decode()
    signed_up.refresh_from_db()
    assert signed_up.confirmed_at == first_confirmed


def test_a_forged_confirmation_link_gets_a_clear_page_and_changes_nothing(
    client, signed_up
):
    forged = signing.dumps([signed_up.pk, signed_up.confirmation_key], salt="other")
    for token in (forged, "nonsense", links.confirm_token(signed_up)[:-3] + "abc"):
        response = client.post(
            f"/en/newsletter/confirm/{token}/", HTTP_ORIGIN="http://testserver"
        )
        assert response.status_code == 400
        assert "This link is not one we sent" in response.content.decode()
    signed_up.refresh_from_db()
    assert not signed_up.is_confirmed


def test_an_expired_confirmation_link_says_so_and_changes_nothing(client, signed_up):
    token = links.confirm_token(signed_up)
    eight_days_on = timezone.now() + timedelta(days=8)
    with mock.patch(
        "django.core.signing.time.time", return_value=eight_days_on.timestamp()
    ):
        response = client.post(
            f"/en/newsletter/confirm/{token}/", HTTP_ORIGIN="http://testserver"
        )
    assert response.status_code == 400
    assert "too old" in response.content.decode()
    signed_up.refresh_from_db()
    assert not signed_up.is_confirmed


def test_signing_up_again_tells_no_one_who_is_subscribed(
    client, django_capture_on_commit_callbacks
):
    confirmed_subscriber("known@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        known = sign_up(client, email="KNOWN@example.org")
        new = sign_up(client, email="new@example.org")
    assert known.status_code == new.status_code == 303
    assert known["Location"] == new["Location"]
    assert Subscriber.objects.with_address("known@example.org").count() == 1
    # The one already signed up is sent the link to change their choices.
    [again] = [m for m in mail.outbox if m.to == ["known@example.org"]]
    assert "/newsletter/manage/" in again.body and "/confirm/" not in again.body


def test_a_sign_up_sent_twice_is_stored_and_emailed_once(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client)
        sign_up(client)
    assert Subscriber.objects.filter(email="reader@example.org").count() == 1
    assert len(mail.outbox) == 1  # the link again only after a while


# Bad input


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": SCRIPT}, "Enter a valid email address."),
        ({"email": "x" * 65536 + "@example.org"}, "Ensure this value has at most"),
        ({"topics": [SCRIPT]}, "Please choose topics from the list."),
        ({"topics": ["9" * 20]}, "Please choose topics from the list."),
        ({"topics": []}, "Please choose at least one topic."),
        ({"consent": ""}, "Please tick the box to say you agree"),
        ({"website": SCRIPT}, "Your browser filled in a field"),
        ({"started": SCRIPT}, "Something went wrong with this form"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_kept(client, fields, message):
    data = filled_in(
        email="kept@example.org", topics=[str(topics().first().pk)], consent="on"
    )
    data.update(fields)
    response = client.post(SIGN_UP, data, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 400
    body = response.content.decode()
    assert escape(message) in body or message in body
    assert SCRIPT not in body  # whatever was typed is shown escaped
    if "email" not in fields:
        assert 'value="kept@example.org"' in body  # nothing typed is lost
    assert "no-store" in response["Cache-Control"]
    assert not Subscriber.objects.exists()


def test_a_flood_from_one_address_is_slowed_with_a_friendly_message(client, settings):
    settings.VISITOR_FORM_RATE_LIMIT = 2
    for number in range(2):
        assert sign_up(client, email=f"r{number}@example.org").status_code == 303
    refused = sign_up(client, email="third@example.org")
    assert refused.status_code == 429
    body = refused.content.decode()
    assert "Please wait a few minutes" in body
    assert 'value="third@example.org"' in body
    assert not Subscriber.objects.filter(email="third@example.org").exists()


def test_the_sign_up_is_kept_when_the_mail_server_is_down_and_mailed_later(
    client, database_tasks, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with django_capture_on_commit_callbacks(execute=True):
        assert sign_up(client).status_code == 303
    assert Subscriber.objects.filter(email="reader@example.org").exists()
    [failed] = [t for t in run_due_tasks() if "newsletter" in t.task_path]
    assert failed.status == "READY"  # to be tried again, after a wait
    assert "ConnectionRefusedError" in caplog.text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    come_due(failed)
    [sent] = [t for t in run_due_tasks() if "newsletter" in t.task_path]
    assert sent.status == "SUCCESSFUL"
    [email] = mail.outbox
    assert "/newsletter/confirm/" in email.body


# Changing and leaving


def test_a_subscriber_changes_topics_and_language(client):
    subscriber = confirmed_subscriber("change@example.org")
    manage = path_of(links.manage_url(subscriber))
    page = client.get(manage)
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    chosen = list(topics().order_by("position"))[1:]
    response = client.post(
        manage,
        {"topics": [str(t.pk) for t in chosen], "language": "pl"},
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 200 and "Saved" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.language == "pl"
    assert set(subscriber.topics.all()) == set(chosen)
    # The links in their next emails open the pages in Polish.
    assert "/pl/newsletter/manage/" in links.manage_url(subscriber)


def test_one_click_unsubscribe_deletes_the_address(client):
    subscriber = confirmed_subscriber("leaving@example.org")
    leave = path_of(links.unsubscribe_url(subscriber))
    assert client.get(leave).status_code == 200  # a page with a button: no change
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()
    # A mail program's one-click post (RFC 8058): no page, no Origin, no token.
    response = client.post(
        leave,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()
    again = client.post(
        leave,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert again.status_code == 200 and "nothing has changed" in again.content.decode()


def test_a_forged_unsubscribe_link_changes_nothing(client):
    subscriber = confirmed_subscriber("stays@example.org")
    other = confirmed_subscriber("other@example.org")
    token = links.manage_token(subscriber)
    pk, key = links.read_manage_token(token)
    for forged in (
        signing.dumps([other.pk, key], salt=links.MANAGE_SALT),  # someone else's key
        token[:-2] + "zz",
        "x" * 500,
    ):
        response = client.post(f"/en/newsletter/leave/{forged}/")
        assert response.status_code in (200, 400)
        assert "nothing has changed" in response.content.decode()
    assert Subscriber.objects.filter(pk__in=[subscriber.pk, other.pk]).count() == 2


# Sending


@pytest.fixture
def newsletter_page(db):
    page = NewsletterPage.objects.filter(locale__language_code="en").first()
    assert page is not None, "the demo has a newsletter page"
    return page


def campaign_for(page, topic):
    recipients = NewsletterRecipients.objects.get(audience=str(topic.translation_key))
    backend = LocalCampaignBackend()
    return backend, backend.save_campaign(
        recipients=recipients,
        subject=page.get_newsletter_subject(),
        html=page.get_newsletter_html(),
        from_name=page.get_newsletter_from_name(),
        reply_to=page.get_newsletter_reply_to(),
    )


def test_a_newsletter_goes_in_batches_to_the_topic_in_the_pages_language(
    newsletter_page, database_tasks, settings, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_BATCH_SIZE = 2
    topic = topics().first()
    readers = [
        confirmed_subscriber(f"reader{n}@example.org", topic=topic) for n in range(5)
    ]
    confirmed_subscriber("other-topic@example.org", topic=topics().last())
    polish_topic = NewsletterTopic.objects.get(
        translation_key=topic.translation_key, locale__language_code="pl"
    )
    confirmed_subscriber("polish@example.org", language="pl", topic=polish_topic)
    Subscriber.objects.create(
        email="unconfirmed@example.org", language="en", consent_text="x"
    )
    backend, campaign_id = campaign_for(newsletter_page, topic)
    with django_capture_on_commit_callbacks(execute=True):
        backend.send_campaign(campaign_id)
    outcomes = [t for t in run_due_tasks() if t.task_path.endswith("send_batch")]
    assert [o.return_value for o in outcomes] == [
        "sent 2",
        "sent 2",
        "sent 1",
        "finished",
    ]
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in readers)
    log = NewsletterSending.objects.get(pk=campaign_id)
    assert (log.status, log.recipients, log.sent_count, log.failed_count) == (
        "sent",
        5,
        5,
        0,
    )
    assert NewsletterDelivery.objects.filter(sending=log).count() == 5


def test_each_email_has_its_own_unsubscribe_link_and_headers(
    newsletter_page, django_capture_on_commit_callbacks
):
    reader = confirmed_subscriber("headers@example.org")
    backend, campaign_id = campaign_for(newsletter_page, topics().first())
    with django_capture_on_commit_callbacks(execute=True):
        backend.send_campaign(campaign_id)
    [email] = mail.outbox
    leave = links.unsubscribe_url(reader)
    assert email.extra_headers["List-Unsubscribe"] == f"<{leave}>"
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = email.alternatives[0][0]
    assert leave in html and links.manage_url(reader) in html
    assert "[[" not in html and 'lang="en"' in html
    assert 'src="/' not in html and 'href="/' not in html  # whole addresses only
    assert newsletter_page.title in email.body  # a text version for every mail program


def test_a_batch_stopped_by_the_mail_server_resumes_without_sending_twice(
    newsletter_page, database_tasks, settings, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_BATCH_SIZE = 10
    for n in range(3):
        confirmed_subscriber(f"resume{n}@example.org")
    backend, campaign_id = campaign_for(newsletter_page, topics().first())
    with django_capture_on_commit_callbacks(execute=True):
        backend.send_campaign(campaign_id)
    real_send = sending.EmailMultiAlternatives.send
    calls = []

    def fails_on_the_second(message, *args, **kwargs):
        calls.append(message.to)
        if len(calls) == 2:
            raise ConnectionRefusedError("mail server down")
        return real_send(message, *args, **kwargs)

    with mock.patch.object(sending.EmailMultiAlternatives, "send", fails_on_the_second):
        [failed] = [t for t in run_due_tasks() if t.task_path.endswith("send_batch")]
    assert failed.status == "READY" and len(mail.outbox) == 1
    come_due(failed)
    run_due_tasks()
    assert sorted(m.to[0] for m in mail.outbox) == [
        f"resume{n}@example.org" for n in range(3)
    ]
    assert NewsletterSending.objects.get(pk=campaign_id).sent_count == 3


def test_a_sent_newsletter_cannot_be_sent_again_or_changed(
    newsletter_page, django_capture_on_commit_callbacks
):
    from wagtail_newsletter.campaign_backends import CampaignBackendError

    backend, campaign_id = campaign_for(newsletter_page, topics().first())
    with django_capture_on_commit_callbacks(execute=True):
        backend.send_campaign(campaign_id)
    with pytest.raises(CampaignBackendError):
        backend.send_campaign(campaign_id)
    with pytest.raises(CampaignBackendError):
        backend.save_campaign(
            campaign_id=campaign_id,
            recipients=None,
            subject="x",
            html="x",
            from_name="x",
            reply_to="x",
        )


def test_a_scheduled_newsletter_starts_with_publish_scheduled(
    newsletter_page, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    confirmed_subscriber("scheduled@example.org")
    backend, campaign_id = campaign_for(newsletter_page, topics().first())
    backend.schedule_campaign(campaign_id, timezone.now() + timedelta(minutes=5))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled", stdout=io.StringIO())
    assert not mail.outbox  # not yet
    NewsletterSending.objects.filter(pk=campaign_id).update(send_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled", stdout=io.StringIO())
    assert [m.to for m in mail.outbox] == [["scheduled@example.org"]]


def test_audiences_are_topics_counted_in_confirmed_subscribers(db):
    topic = topics().first()
    confirmed_subscriber("a@example.org", topic=topic)
    Subscriber.objects.create(email="b@example.org", language="en", consent_text="x")
    audiences = {a.id: a for a in LocalCampaignBackend().get_audiences()}
    assert audiences[str(topic.translation_key)].member_count == 1
    assert audiences[str(topic.translation_key)].name == topic.name


# The admin, as the roles that use it


def test_a_moderator_sends_from_the_newsletter_tab_and_the_log_names_them(
    newsletter_page, staff_client, django_capture_on_commit_callbacks
):
    confirmed_subscriber("tab@example.org")
    moderator = staff_client("Moderators")
    recipients = NewsletterRecipients.objects.get(
        audience=str(topics().first().translation_key)
    )
    edit = f"/admin/pages/{newsletter_page.pk}/edit/"
    form = moderator.get(edit)
    assert 'data-wn-panel-target="sendButton"' in form.content.decode()
    data = edit_form_data(newsletter_page, newsletter_recipients=recipients.pk)
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator.post(edit, {**data, "newsletter-action": "send_campaign"})
    assert response.status_code == 302
    log = NewsletterSending.objects.get()
    assert log.status == "sent" and log.sent_by.username == "moderators-member"
    assert log.page_id == newsletter_page.pk
    assert [m.to for m in mail.outbox] == [["tab@example.org"]]
    assert (
        moderator.get(f"/admin/newsletter_sendings/inspect/{log.pk}/").status_code
        == 200
    )


def test_an_editor_may_save_and_test_but_not_send(
    newsletter_page, staff_client, django_capture_on_commit_callbacks
):
    confirmed_subscriber("not-yet@example.org")
    editor = staff_client("Editors")
    edit = f"/admin/pages/{newsletter_page.pk}/edit/"
    page = editor.get(edit).content.decode()
    assert "Send test email" in page
    assert 'data-wn-panel-target="sendButton"' not in page
    data = edit_form_data(newsletter_page)
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(edit, {**data, "newsletter-action": "send_campaign"})
        editor.post(
            edit,
            {
                **data,
                "newsletter-action": "send_test_email",
                "newsletter-test-email": "me@example.org",
            },
        )
    assert [m.to for m in mail.outbox] == [["me@example.org"]]
    assert not NewsletterSending.objects.filter(status="sent").exists()


def edit_form_data(page, **changes):
    """The page's edit form as the admin would send it, unchanged but for `changes`."""
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "introduction": rich_text(page.introduction),
            "body": streamfield([("paragraph", rich_text("<p>This term's news.</p>"))]),
            "newsletter_subject": page.newsletter_subject,
            "newsletter_recipients": changes.get("newsletter_recipients", ""),
        }
    )


def test_moderators_export_confirmed_subscribers_safely(staff_client):
    confirmed_subscriber("=cmd|' /C calc'!A0@example.org")
    confirmed_subscriber("plain@example.org")
    Subscriber.objects.create(
        email="unconfirmed@example.org", language="en", consent_text="x"
    )
    moderator = staff_client("Moderators")
    listing = moderator.get("/admin/newsletter_subscribers/").content.decode()
    assert "plain@example.org" in listing and "unconfirmed@example.org" not in listing
    export = b"".join(
        moderator.get("/admin/newsletter_subscribers/?export=csv").streaming_content
    ).decode()
    rows = list(csv.reader(io.StringIO(export)))
    emails = [row[0] for row in rows[1:]]
    assert "plain@example.org" in emails
    assert "'=cmd|' /C calc'!A0@example.org" in emails  # never a formula
    assert "unconfirmed@example.org" not in emails
    assert (
        staff_client("Editors").get("/admin/newsletter_subscribers/").status_code == 302
    )


# Privacy


def test_unconfirmed_sign_ups_are_purged_after_their_time(db, settings):
    confirmed = confirmed_subscriber("kept@example.org")
    Subscriber.objects.create(
        email="old@example.org",
        language="en",
        consent_text="x",
        keep_until=timezone.now() - timedelta(seconds=1),
    )
    Subscriber.objects.create(
        email="recent@example.org",
        language="en",
        consent_text="x",
        keep_until=timezone.now() + timedelta(days=3),
    )
    purge_expired()
    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        confirmed.email,
        "recent@example.org",
    }


def test_a_subscription_is_found_exported_and_erased_with_a_persons_data(db):
    subscriber = confirmed_subscriber("person@example.org")
    [kind] = [k for k in registered() if k.kind == "newsletter"]
    [match] = kind.search("person@example")
    [exported] = kind.export([match.key])
    assert exported["email"] == "person@example.org"
    assert exported["topics"] == [topics().first().name]
    assert kind.erase([match.key]) >= 1
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_the_demo_home_page_has_the_sign_up_block(client):
    home = client.get("/en/").content.decode()
    main = home.split('class="site-footer"')[0]
    assert 'action="/en/newsletter/"' in main
    # Two forms, never the same ids.
    ids = re.findall(r'id="(newsletter-[^"]+-email)"', home)
    assert len(ids) == len(set(ids)) == 2


def test_a_translation_gets_its_own_campaign_not_the_sources(newsletter_page):
    blog = newsletter_page.get_parent().specific
    assert isinstance(blog, BlogIndexPage)
    page = NewsletterPage(title="Spring", slug="spring", newsletter_campaign="42")
    blog.add_child(instance=page)
    copy = page.copy_for_translation(Locale.objects.get(language_code="es"))
    assert copy.newsletter_campaign == ""
    assert "newsletter_campaign" not in {
        field.field_name for field in get_translatable_fields(NewsletterPage)
    }


def test_a_new_topic_gets_its_recipient_list(db):
    topic = NewsletterTopic.objects.create(
        locale=Locale.get_default(), name="Young researchers", position=9
    )
    [recipients] = NewsletterRecipients.objects.filter(
        audience=str(topic.translation_key)
    )
    assert recipients.name == "Young researchers"
    topic.copy_for_translation(Locale.objects.get(language_code="pl")).save()
    assert (
        NewsletterRecipients.objects.filter(audience=str(topic.translation_key)).count()
        == 1
    )


def test_an_address_the_mail_server_refuses_is_logged_and_the_rest_go_on(
    newsletter_page, django_capture_on_commit_callbacks
):
    import smtplib

    for name in ("first", "refused", "last"):
        confirmed_subscriber(f"{name}@example.org")
    backend, campaign_id = campaign_for(newsletter_page, topics().first())
    real_send = sending.EmailMultiAlternatives.send

    def refuses_one(message, *args, **kwargs):
        if message.to == ["refused@example.org"]:
            raise smtplib.SMTPRecipientsRefused({message.to[0]: (550, b"no such user")})
        return real_send(message, *args, **kwargs)

    with (
        mock.patch.object(sending.EmailMultiAlternatives, "send", refuses_one),
        django_capture_on_commit_callbacks(execute=True),
    ):
        backend.send_campaign(campaign_id)
    assert sorted(m.to[0] for m in mail.outbox) == [
        "first@example.org",
        "last@example.org",
    ]
    log = NewsletterSending.objects.get(pk=campaign_id)
    assert (log.status, log.sent_count, log.failed_count) == ("sent", 2, 1)
    refused = NewsletterDelivery.objects.get(subscriber__email="refused@example.org")
    assert not refused.delivered and "no such user" in refused.error
