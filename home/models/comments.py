"""Visitors' comments on blog posts, read by a moderator before anyone sees them.

A comment belongs to the page it was written on, so it is shown only on that
page, in that page's language (each translation and alias is a page of its
own). Replies go one level deep: a reply to a reply joins the thread of the
comment at its top. The movement replies from the admin (home/comment_admin.py),
and its replies are published at once. A comment sent twice is stored once, by
a keyed hash of what was typed (`fingerprint`). Nothing is shown but the name
and the comment; the email address, if given, only tells the person that the
movement replied. What is kept and for how long: docs/privacy.md.
"""

import hmac
import re
import unicodedata
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

FINGERPRINT_SALT = b"movement.comment-fingerprint"


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a moderator")
    APPROVED = "approved", _("Published")
    REJECTED = "rejected", _("Rejected")
    SPAM = "spam", _("Spam")


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=CommentStatus.APPROVED)

    def pending(self):
        return self.filter(status=CommentStatus.PENDING)

    def pending_first(self):
        """The moderation queue's order: waiting ones first, then the newest."""
        waiting = Case(
            When(status=CommentStatus.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return self.order_by(waiting, "-created_at", "-pk")

    def threads(self, page):
        """The page's published comments, oldest first, each with its published
        replies (`shown_replies`, oldest first): one query."""
        shown = list(self.approved().filter(page=page).order_by("created_at", "pk"))
        threads = {c.pk: c for c in shown if c.parent_id is None}
        for comment in threads.values():
            comment.shown_replies = []
        for comment in shown:
            # A reply whose comment is not shown (rejected later) is not shown.
            if comment.parent_id in threads:
                threads[comment.parent_id].shown_replies.append(comment)
        return list(threads.values())

    def expired(self, now=None):
        return self.filter(keep_until__lte=now or timezone.now())


class Comment(models.Model):
    # Records visitors made, not content: they would make a page "in use" many
    # times over, and cost a reference index row each.
    wagtail_reference_index_ignore = True

    page = models.ForeignKey(
        "home.BlogPostPage",
        on_delete=models.CASCADE,
        related_name="comments",
        editable=False,
        verbose_name=_("post"),
        help_text=_("The blog post (in one language) the comment was written on."),
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
        editable=False,
        verbose_name=_("reply to"),
        help_text=_(
            "The comment this one replies to: always one at the top of a thread."
        ),
    )
    display_name = models.CharField(
        _("name shown"),
        max_length=80,
        help_text=_("The name shown with the comment, as the person typed it."),
    )
    email = models.EmailField(
        _("email"),
        max_length=254,
        blank=True,
        help_text=_(
            "Given only to hear about a reply. Never shown on the site, and "
            "emptied when its time is up."
        ),
    )
    body = models.TextField(
        _("comment"),
        max_length=3000,
        help_text=_(
            "Plain text, shown as typed. Remove anything that could identify or "
            "endanger someone (a phone number, a school, an address) before "
            "publishing."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=12,
        editable=False,
        help_text=_("The language of the page the comment was written on."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CommentStatus.choices,
        default=CommentStatus.PENDING,
        editable=False,
        help_text=_("Only published comments are shown on the post."),
    )
    by_the_movement = models.BooleanField(
        _("reply from the movement"),
        default=False,
        editable=False,
        help_text=_("Written by our team in the admin, and shown as ours."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("written by"),
        help_text=_("Who in our team wrote a reply from the movement."),
    )
    created_at = models.DateTimeField(
        _("sent at"),
        default=timezone.now,
        editable=False,
        help_text=_("When the comment was sent."),
    )
    moderated_at = models.DateTimeField(
        _("moderated at"),
        null=True,
        editable=False,
        help_text=_("When a moderator last approved, rejected or marked it."),
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("moderated by"),
        help_text=_("The moderator who last approved, rejected or marked it."),
    )
    keep_until = models.DateTimeField(
        _("dealt with after"),
        null=True,
        editable=False,
        db_index=True,
        help_text=_(
            "Then a comment never published is deleted, and a published one "
            "loses its email address."
        ),
    )
    fingerprint = models.CharField(
        max_length=64,
        editable=False,
        help_text=_(
            "A keyed hash of the name, comment and thread, so a comment sent "
            "twice is stored once."
        ),
    )

    objects = CommentQuerySet.as_manager()
    # What is kept about a person: exported by Moderators, and on request.
    KEPT_FIELDS = (
        "display_name",
        "email",
        "body",
        "language",
        "status",
        "created_at",
        "keep_until",
    )

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "fingerprint"], name="one_comment_sent_once"
            )
        ]
        indexes = [models.Index(fields=["page", "status", "created_at"])]

    def __str__(self):
        # Not the name nor the words: Wagtail's history of changes keeps this label.
        return _("Comment %(number)s") % {"number": self.pk}

    @property
    def is_shown(self):
        return self.status == CommentStatus.APPROVED

    @property
    def thread(self):
        """The comment at the top of this one's thread (itself, if it is)."""
        return self.parent or self

    @classmethod
    def from_form(cls, page, cleaned, parent=None):
        now = timezone.now()
        return cls(
            page=page,
            parent=parent,
            display_name=cleaned["display_name"],
            email=cleaned.get("email", ""),
            body=cleaned["body"],
            language=page.locale.language_code,
            created_at=now,
            keep_until=now + timedelta(days=settings.COMMENT_PENDING_KEEP_DAYS),
            fingerprint=fingerprint(page.pk, parent, cleaned),
        )


def fingerprint(page_id, parent, cleaned):
    """The same for the same name and words in the same thread, however spaced."""
    typed = "\n".join(
        _folded(cleaned.get(part, "")) for part in ("display_name", "body")
    )
    key = hmac.new(settings.SECRET_KEY.encode(), FINGERPRINT_SALT, "sha256").digest()
    message = f"{page_id}\n{parent.pk if parent else ''}\n{typed}".encode()
    return hmac.new(key, message, "sha256").hexdigest()


def _folded(text):
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()
