"""The links in a subscriber's emails, signed so no one can make one for
another person.

A confirmation link works once (its key is emptied when used) and for
NEWSLETTER_CONFIRM_DAYS. The link to change or leave works until the person
leaves: it is in every newsletter they were sent, however old.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

CONFIRM_SALT = "movement.newsletter.confirm"
MANAGE_SALT = "movement.newsletter.manage"


class LinkRefused(Exception):
    """A link we did not make, or one past its time: `expired` says which."""

    def __init__(self, expired=False):
        super().__init__("expired" if expired else "forged")
        self.expired = expired


def confirm_token(subscriber):
    return signing.dumps(
        [subscriber.pk, subscriber.confirmation_key], salt=CONFIRM_SALT, compress=True
    )


def manage_token(subscriber):
    return signing.dumps(
        [subscriber.pk, subscriber.manage_key], salt=MANAGE_SALT, compress=True
    )


def read_confirm_token(token):
    """(subscriber pk, key) from a confirmation link, or LinkRefused."""
    return _read(token, CONFIRM_SALT, settings.NEWSLETTER_CONFIRM_DAYS * 24 * 60 * 60)


def read_manage_token(token):
    return _read(token, MANAGE_SALT, None)


def _read(token, salt, max_age):
    try:
        pk, key = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise LinkRefused(expired=True) from None
    except (signing.BadSignature, ValueError, TypeError):
        raise LinkRefused from None
    if not isinstance(pk, int) or not isinstance(key, str):
        raise LinkRefused
    return pk, key


def confirm_url(subscriber):
    return _absolute("newsletter_confirm", subscriber, confirm_token(subscriber))


def manage_url(subscriber):
    return _absolute("newsletter_manage", subscriber, manage_token(subscriber))


def unsubscribe_url(subscriber):
    """Where a mail program's one-click unsubscribe posts (RFC 8058)."""
    return _absolute("newsletter_unsubscribe", subscriber, manage_token(subscriber))


def _absolute(name, subscriber, token):
    # In the person's language: the page the link opens speaks it.
    with translation.override(subscriber.language):
        path = reverse(name, args=(token,))
    return site_url(path)


def site_url(path):
    """`path` on the site visitors use (the default Site's address)."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + path
