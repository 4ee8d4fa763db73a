"""The one email a person who comments may get: the movement replied.

Sent by the background worker after the reply is stored, in the language the
comment was written in, to the address given with the comment (which is never
shown, and is emptied when its time is up: docs/privacy.md).
"""

from django_tasks import task

from movement.mail import send_plain_mail


@task()
def send_reply_mail(reply_id, comment_id):
    from home.models.comments import Comment

    found = {
        c.pk: c
        for c in Comment.objects.select_related("page").filter(
            pk__in=[reply_id, comment_id]
        )
    }
    reply, comment = found.get(reply_id), found.get(comment_id)
    if reply is None or comment is None or not comment.email:
        return "gone"  # erased, or its email emptied, before the mail went
    if not (reply.is_shown and comment.is_shown):
        return "hidden"
    context = {
        "comment": comment,
        "reply": reply,
        "title": comment.page.title,
        "link": comment.page.full_url + f"#comment-{reply.pk}",
    }
    send_plain_mail(
        comment.email,
        comment.language,
        "home/email/comment_reply_subject.txt",
        "home/email/comment_reply.txt",
        context,
    )
    return "sent"
