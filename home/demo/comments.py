"""Demo comments on two blog posts: some published (one with a reply from the
movement), some waiting for a moderator; and the safeguarding notice beside
the form. The names are invented and every address is at example.org."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from home.models import BlogPostPage, Comment, CommentStatus, SafeguardingNotice
from home.models.comments import fingerprint

NOTICE = {
    "heading": "Need to talk to someone now?",
    "text": (
        "A person reads every comment before it appears, and that can take a few "
        "days. If you are worried about your safety or someone else's, don't wait "
        "for a reply here: talk to someone who can help straight away."
    ),
    "link_url": "https://helpline.example.org/young-people",
    "link_text": "Free, confidential help for young people, 24 hours a day",
}

# (post slug, name, email, comment, status, days ago, reply from the movement)
COMMENTS = [
    (
        "blackpool-schools-community-of-practice",
        "Priya",
        "priya@example.org",
        "We tried the 'one good adult' idea in our Year 9 group after reading this. "
        "Two pupils who never speak up in class said it helped to know who to go to.",
        CommentStatus.APPROVED,
        20,
        "Thank you for trying it and telling us, Priya. We'd love to hear how it "
        "goes next term: the next meeting is open to you and your colleagues.",
    ),
    (
        "blackpool-schools-community-of-practice",
        "Tom B",
        "",
        "Is there a write-up of the session on exam stress? Our school would use it.",
        CommentStatus.APPROVED,
        12,
        None,
    ),
    (
        "blackpool-schools-community-of-practice",
        "Sam",
        "sam.k@example.org",
        "Could parents come to one of these meetings, or is it only for staff?",
        CommentStatus.PENDING,
        1,
        None,
    ),
    (
        "highlighting-achievements",
        "Jade",
        "",
        "I started writing down one thing I managed each day. Some days it's just "
        "getting to college, but looking back at the list really helps.",
        CommentStatus.APPROVED,
        30,
        None,
    ),
    (
        "highlighting-achievements",
        "Kwame",
        "kwame@example.org",
        "Our youth group made a wall of small wins. Can we share a photo of it?",
        CommentStatus.PENDING,
        2,
        None,
    ),
]


def load(demo):
    if not SafeguardingNotice.objects.exists():
        SafeguardingNotice.objects.create(locale=Locale.get_default(), **NOTICE)
    blog = demo.pages["blog"]
    for slug, name, email, body, status, days_ago, reply in COMMENTS:
        post = BlogPostPage.objects.child_of(blog).get(slug=slug)
        typed = {"display_name": name, "body": body}
        if Comment.objects.filter(
            page=post, fingerprint=fingerprint(post.pk, None, typed)
        ).exists():
            continue  # loaded before
        sent = timezone.now() - timedelta(days=days_ago)
        comment = Comment.from_form(post, {**typed, "email": email})
        comment.created_at = sent
        comment.status = status
        if status == CommentStatus.APPROVED:
            comment.moderated_at = sent + timedelta(hours=5)
            email_kept = timedelta(days=settings.COMMENT_EMAIL_KEEP_DAYS)
            comment.keep_until = comment.moderated_at + email_kept if email else None
        comment.save()
        if reply:
            replied = sent + timedelta(days=1)
            Comment.objects.create(
                page=post,
                parent=comment,
                body=reply,
                language=comment.language,
                status=CommentStatus.APPROVED,
                by_the_movement=True,
                created_at=replied,
                moderated_at=replied,
                fingerprint=fingerprint(
                    post.pk, comment, {"display_name": "", "body": reply}
                ),
            )
