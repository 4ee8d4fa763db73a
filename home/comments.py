"""Storing, moderating and answering comments, and keeping the post's page true.

A post's page shows its published comments and their count, and is kept by the
page cache and by caches in front (movement/page_cache.py, frontend_purge.py).
So every change to what a post shows (a comment approved, rejected, marked as
spam or deleted after it was published, a reply from the movement, a published
comment corrected) refreshes the post once the change is committed: the
content generation advances, which retires every kept page and fragment, and
the post's addresses in every cache in front are purged. A comment only sent
(waiting for a moderator) changes nothing anyone sees, so it costs no refresh.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from home.comment_mail import send_reply_mail
from home.models.comments import Comment, CommentStatus, fingerprint

# Wagtail's history of changes: what was done, by whom, never the words.
APPROVED = "home.comment.approve"
REJECTED = "home.comment.reject"
SPAM = "home.comment.spam"
REPLIED = "home.comment.reply"
LOG_ACTIONS = [
    (APPROVED, _("Approve comment"), _("Comment approved")),
    (REJECTED, _("Reject comment"), _("Comment rejected")),
    (SPAM, _("Mark comment as spam"), _("Comment marked as spam")),
    (REPLIED, _("Reply to comment"), _("Replied as the movement")),
]
OUTCOMES = {
    "approve": (CommentStatus.APPROVED, APPROVED),
    "reject": (CommentStatus.REJECTED, REJECTED),
    "spam": (CommentStatus.SPAM, SPAM),
}


def post_comment(page, cleaned):
    """A new comment waiting for a moderator; the one already stored if the same
    words were sent before (a second click, a page sent again)."""
    comment = Comment.from_form(page, cleaned, parent=cleaned.get("parent"))
    try:
        with transaction.atomic():
            comment.save()
    except IntegrityError:
        return Comment.objects.get(page=page, fingerprint=comment.fingerprint)
    return comment


def moderate(comment, outcome, user):
    """Approve, reject or mark as spam; the post shows the change at once."""
    status, action = OUTCOMES[outcome]
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        was_shown = comment.is_shown
        comment.status = status
        comment.moderated_at = timezone.now()
        comment.moderated_by = user
        comment.keep_until = keep_until_for(comment)
        comment.save(
            update_fields=["status", "moderated_at", "moderated_by", "keep_until"]
        )
        log(instance=comment, action=action, user=user)
        if was_shown or comment.is_shown:
            refresh_post(comment.page_id)
    return comment


def keep_until_for(comment):
    """Published: its email address, if any, kept for a while; else nothing to
    expire. Rejected or spam: deleted soon (time to undo a mistake)."""
    now = timezone.now()
    if comment.status == CommentStatus.APPROVED:
        if not comment.email:
            return None
        return now + timedelta(days=settings.COMMENT_EMAIL_KEEP_DAYS)
    if comment.status == CommentStatus.PENDING:
        return now + timedelta(days=settings.COMMENT_PENDING_KEEP_DAYS)
    return now + timedelta(days=settings.COMMENT_REFUSED_KEEP_DAYS)


def reply_as_the_movement(comment, body, user):
    """A published reply from the movement in `comment`'s thread (None if the
    same reply was sent already). Whoever wrote `comment` hears of it if they
    gave an email address."""
    thread = comment.thread
    typed = {"display_name": "", "body": body}
    now = timezone.now()
    reply = Comment(
        page_id=thread.page_id,
        parent=thread,
        display_name="",
        body=body,
        language=thread.language,
        status=CommentStatus.APPROVED,
        by_the_movement=True,
        author=user,
        created_at=now,
        moderated_at=now,
        moderated_by=user,
        fingerprint=fingerprint(thread.page_id, thread, typed),
    )
    with transaction.atomic():
        try:
            with transaction.atomic():
                reply.save()
        except IntegrityError:
            return None  # the same reply, sent twice
        log(instance=thread, action=REPLIED, user=user)
        refresh_post(thread.page_id)
        if comment.email and comment.is_shown:
            transaction.on_commit(lambda: send_reply_mail.enqueue(reply.pk, comment.pk))
    return reply


def refresh_post(page_id):
    """Once the change is committed, every cache shows the post as it is now."""
    transaction.on_commit(lambda: _refresh(page_id))


def _refresh(page_id):
    from home.models import BlogPostPage
    from movement.furniture import forget_furniture

    page = BlogPostPage.objects.filter(pk=page_id).first()
    if page is not None:  # else deleted with its comments: that refreshed it
        forget_furniture(sender=Comment, instance=page)


def refresh_after_delete(sender, instance, **kwargs):
    """post_delete receiver: a published comment deleted (in the admin, erased on
    request, its time up) leaves its post."""
    if instance.is_shown:
        refresh_post(instance.page_id)
