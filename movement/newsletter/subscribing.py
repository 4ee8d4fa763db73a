"""Signing up, confirming, changing and leaving: what each does to the records.

Signing up stores the person at once, unconfirmed, and the background worker
emails them the confirmation link after the transaction commits; a mail server
that is down makes the task fail and the worker tries it again
(movement/task_retries.py), and the sign-up is kept meanwhile. Signing up with
an address already signed up changes nothing but sends the link again (or, once
confirmed, a link to change the subscription): the form says the same thing
either way, so no one can find out who is subscribed by trying addresses.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from movement.mail import send_plain_mail
from movement.models.newsletter import Subscriber

from .links import confirm_url, manage_url


def sign_up(cleaned, language):
    """Stores a new, unconfirmed subscriber (or finds the one with this address)
    and queues the email that asks them to confirm."""
    now = timezone.now()
    subscriber = Subscriber.objects.with_address(cleaned["email"]).first()
    if subscriber is None:
        try:
            with transaction.atomic():
                subscriber = Subscriber.objects.create(
                    email=cleaned["email"].strip(),
                    language=language,
                    consent_text=str(cleaned["consent_text"]),
                    keep_until=now
                    + timedelta(days=settings.NEWSLETTER_UNCONFIRMED_DAYS),
                )
                subscriber.topics.set(cleaned["topics"])
        except IntegrityError:  # the same address, sent twice at once
            subscriber = Subscriber.objects.with_address(cleaned["email"]).first()
    if _emailed_lately(subscriber, now):
        return subscriber
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=now)
    transaction.on_commit(lambda: send_subscriber_mail.enqueue(subscriber.pk))
    return subscriber


def _emailed_lately(subscriber, now):
    sent = subscriber.confirmation_sent_at
    return sent is not None and now - sent < timedelta(
        seconds=settings.NEWSLETTER_RESEND_SECONDS
    )


def confirm(subscriber):
    """Confirms once; the link's key is emptied, so it cannot be used again."""
    updated = Subscriber.objects.filter(
        pk=subscriber.pk, confirmed_at__isnull=True
    ).update(confirmed_at=timezone.now(), confirmation_key="", keep_until=None)
    return bool(updated)


def change(subscriber, topics, language):
    with transaction.atomic():
        subscriber.language = language
        subscriber.save(update_fields=["language"])
        subscriber.topics.set(topics)


def leave(subscriber):
    """Deletes the person: nothing is kept of someone who left."""
    subscriber.delete()


@task()
def send_subscriber_mail(subscriber_id):
    """The confirmation link to someone unconfirmed; to someone confirmed who
    signed up again, the link to change their subscription."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return "gone"  # left, or purged, before the mail went
    what = "subscribed_again" if subscriber.is_confirmed else "confirm"
    context = {
        "confirm_url": confirm_url(subscriber),
        "manage_url": manage_url(subscriber),
        "days": settings.NEWSLETTER_CONFIRM_DAYS,
        "keep_days": settings.NEWSLETTER_UNCONFIRMED_DAYS,
    }
    send_plain_mail(
        subscriber.email,
        subscriber.language,
        f"newsletter/email/{what}_subject.txt",
        f"newsletter/email/{what}.txt",
        context,
    )
    return "sent"
