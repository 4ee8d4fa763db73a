"""A link to a page's draft for a reviewer without an account (a young
co-producer, a partner): signed, expiring, revocable.

The address carries a random key signed with SECRET_KEY, so a forged or
mistyped address is refused before the database is asked; the row says until
when the key works and whether it was revoked. The link shows the page's
latest draft each time it is opened, so a reviewer sees the edits made since.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SIGNING_SALT = "movement.preview-link"
LIFETIMES = {1: _("1 day"), 7: _("1 week"), 30: _("30 days")}


class PreviewLinkQuerySet(models.QuerySet):
    def working(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)


class PreviewLink(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="preview_links"
    )
    key = models.CharField(max_length=43, unique=True, editable=False)
    note = models.CharField(
        _("who it is for"),
        max_length=100,
        blank=True,
        help_text=_("For your own list, e.g. “Youth panel review”. Not shown to them."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("shared preview link")

    def __str__(self):
        return self.note or str(self.page)

    def get_absolute_url(self):
        return reverse("shared_preview", args=[self.token])

    @classmethod
    def issue(cls, page, user, days, note=""):
        now = timezone.now()
        return cls.objects.create(
            page=page,
            key=secrets.token_urlsafe(32),
            note=note,
            created_by=user,
            created_at=now,
            expires_at=now + timedelta(days=days),
        )

    @classmethod
    def from_token(cls, token):
        """The working link an address names, or None (forged, expired, revoked)."""
        try:
            key = signing.Signer(salt=SIGNING_SALT).unsign(token)
        except signing.BadSignature:
            return None
        return cls.objects.working().select_related("page").filter(key=key).first()

    @property
    def token(self):
        return signing.Signer(salt=SIGNING_SALT).sign(self.key)

    @property
    def is_working(self):
        return self.revoked_at is None and self.expires_at > timezone.now()

    def revoke(self):
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])
