"""The admin's sign-in, protected against guessing and against mail floods.

Password guessing is django-axes' job (settings: AXES_*); this module gives its
lock-out a page in the admin's own style and language, and limits password
reset requests, which send mail: a script must not be able to flood a
colleague's inbox, nor use our mail server to do it.
"""

import hashlib
import logging
import math
import unicodedata

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.admin.views import account

from movement.rate_limits import within_limit

logger = logging.getLogger(__name__)


def client_address(request):
    """The visitor's address (AXES_CLIENT_IP_CALLABLE, and the reset limits).

    Behind TRUSTED_PROXY_COUNT proxies, the address the outermost of them saw:
    counted from the right of X-Forwarded-For, because entries further left are
    whatever the visitor chose to send.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies:
        forwarded = [part.strip() for part in header.split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    elif header and not _warned_about_proxies:
        _warn_about_proxies(request)
    return request.META.get("REMOTE_ADDR")


_warned_about_proxies = False


def _warn_about_proxies(request):
    """Once per process: behind an unnamed proxy, every visitor has its address,
    so five wrong passwords from anyone pause that username for everyone."""
    global _warned_about_proxies
    _warned_about_proxies = True
    logger.warning(
        "A request from %s says it was forwarded (X-Forwarded-For) but "
        "TRUSTED_PROXY_COUNT is 0: if a proxy or load balancer is in front, set it "
        "to the number of proxies, or sign-in limits count every visitor as one.",
        request.META.get("REMOTE_ADDR"),
    )


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in (AXES_LOCKOUT_CALLABLE)."""
    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else None
    return render(
        request,
        "movement_admin/locked_out.html",
        {"cooloff_minutes": minutes},
        status=429,
    )


RESETS_PER_ADDRESS_PER_HOUR = 3
RESETS_PER_CLIENT_PER_HOUR = 10
HOUR = 60 * 60


class PasswordResetView(account.PasswordResetView):
    """Wagtail's "reset your password" form, with a limit per address and client."""

    def form_valid(self, form):
        client = client_address(self.request) or "unknown"
        if not (
            within_limit(f"reset-client:{client}", RESETS_PER_CLIENT_PER_HOUR, HOUR)
            and all(
                within_limit(key, RESETS_PER_ADDRESS_PER_HOUR, HOUR)
                for key in _mailbox_keys(form)
            )
        ):
            form.add_error(
                None,
                _(
                    "Too many password reset requests. If you asked for one, check "
                    "your email (and its spam folder); otherwise try again in an hour."
                ),
            )
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().form_valid(form)


def _mailbox_keys(form):
    """One counter per account the mail would go to, whatever spelling of the
    address was typed (Django matches addresses case-insensitively, and "ſ" is an
    "s" to it); for an address with no account, the address as Django compares it."""
    email = form.cleaned_data["email"]
    accounts = [f"reset-user:{user.pk}" for user in form.get_users(email)]
    if accounts:
        return accounts
    folded = unicodedata.normalize("NFKC", email).casefold().strip()
    return [f"reset-address:{hashlib.sha256(folded.encode()).hexdigest()}"]
