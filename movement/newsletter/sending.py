"""Sending a newsletter: a batch of emails per background task, each logged.

Each email is recorded as it goes (NewsletterDelivery), so a batch that stops
part way (the mail server down, the worker restarted) is run again by the
worker (movement/task_retries.py) and sends only to those not yet sent to. A
batch that finishes queues the next one. Each person's email carries their own
links to change or leave, and the List-Unsubscribe headers mail programs show
as an "Unsubscribe" button (RFC 2369, RFC 8058).
"""

import re
import smtplib
from email.utils import formataddr
from html import unescape

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django_tasks import task

from movement.models.newsletter import (
    NewsletterDelivery,
    NewsletterSending,
    SendingStatus,
    Subscriber,
)

from .links import manage_url, site_url, unsubscribe_url

# In a newsletter's HTML (templates/newsletter/email_base.html): each person's links.
MANAGE_LINK = "[[manage_url]]"
LEAVE_LINK = "[[unsubscribe_url]]"


def recipients_of(sending):
    return Subscriber.objects.for_topic(sending.topic_key).filter(
        language=sending.language
    )


def start(sending):
    """Call inside a transaction that has locked the sending."""
    sending.status = SendingStatus.SENDING
    sending.started_at = timezone.now()
    sending.recipients = recipients_of(sending).count()
    sending.save(update_fields=["status", "started_at", "recipients", "updated_at"])
    transaction.on_commit(lambda: send_batch.enqueue(sending.pk))


def start_due_sendings(now=None):
    """Starts the scheduled sendings whose time has come (run by
    `publish_scheduled`, every few minutes); how many started."""
    now = now or timezone.now()
    started = 0
    for pk in NewsletterSending.objects.filter(
        status=SendingStatus.SCHEDULED, send_at__lte=now
    ).values_list("pk", flat=True):
        with transaction.atomic():
            sending = (
                NewsletterSending.objects.select_for_update()
                .filter(pk=pk, status=SendingStatus.SCHEDULED)
                .first()
            )
            if sending is not None:
                start(sending)
                started += 1
    return started


@task()
def send_batch(sending_id):
    sending = NewsletterSending.objects.filter(
        pk=sending_id, status=SendingStatus.SENDING
    ).first()
    if sending is None:
        return "stopped"
    batch = list(
        recipients_of(sending)
        .exclude(deliveries__sending=sending)
        .order_by("pk")[: settings.NEWSLETTER_BATCH_SIZE]
    )
    if not batch:
        NewsletterSending.objects.filter(pk=sending.pk).update(
            status=SendingStatus.SENT, finished_at=timezone.now()
        )
        return "finished"
    with get_connection() as connection:
        for subscriber in batch:
            _send_one(sending, subscriber, connection)
    send_batch.enqueue(sending.pk)
    return f"sent {len(batch)}"


def _send_one(sending, subscriber, connection):
    # Claimed first, so two workers on one sending never both send to someone.
    try:
        with transaction.atomic():
            delivery = NewsletterDelivery.objects.create(
                sending=sending, subscriber=subscriber, delivered=False
            )
    except IntegrityError:
        return
    try:
        message_for(sending, subscriber, connection).send()
    except smtplib.SMTPRecipientsRefused as refused:
        # This address only: logged, and the rest go on.
        _log(delivery, delivered=False, error=str(refused)[:200])
        return
    except BaseException:
        delivery.delete()  # the server is down: tried again with the batch
        raise
    _log(delivery, delivered=True)


def _log(delivery, delivered, error=""):
    delivery.delivered, delivery.error = delivered, error
    delivery.save(update_fields=["delivered", "error"])
    counter = "sent_count" if delivered else "failed_count"
    NewsletterSending.objects.filter(pk=delivery.sending_id).update(
        **{counter: F(counter) + 1}
    )


def message_for(sending, subscriber, connection=None):
    leave = unsubscribe_url(subscriber)
    html = sending.html.replace(MANAGE_LINK, manage_url(subscriber)).replace(
        LEAVE_LINK, leave
    )
    return _message(sending, subscriber.email, html, leave, connection)


def send_test(sending, email):
    """One copy to `email` (an editor's), with links to the sign-up page."""
    with translation.override(sending.language):
        sign_up = site_url(reverse("newsletter_sign_up"))
    html = sending.html.replace(MANAGE_LINK, sign_up).replace(LEAVE_LINK, sign_up)
    _message(sending, email, html, sign_up).send()


def _message(sending, address, html, leave, connection=None):
    message = EmailMultiAlternatives(
        subject=" ".join(sending.subject.split()),
        body=plain_text(html),
        from_email=formataddr((sending.from_name, settings.DEFAULT_FROM_EMAIL)),
        to=[address],
        reply_to=[sending.reply_to],
        headers={
            "List-Unsubscribe": f"<{leave}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message


def plain_text(html):
    """The email as text, for mail programs that show no HTML: links kept."""
    body = re.sub(r"(?is)<(head|style|script)[^>]*>.*?</\1>", "", html)
    body = re.sub(r'(?is)<a\s[^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 (\1)", body)
    body = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|li|div|tr)>", "\n", body)
    lines = [" ".join(line.split()) for line in unescape(strip_tags(body)).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
