"""The form a visitor fills in to comment on a blog post: a name to show, the
comment, and an email address only if they want to hear about a reply."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from home.models.comments import Comment
from movement.visitor_forms.guard import GuardedForm


def consent_text():
    return _(
        "I agree that the Resilience Revolution keeps the name I give, my comment "
        "and, if I give one, my email address, so that a moderator can read my "
        "comment and publish it under this post. My email address is never shown: "
        "it is used only to tell me about a reply, and deleted %(email_days)s days "
        "after my comment is published. A comment that is not published is "
        "deleted within %(pending_days)s days."
    ) % {
        "email_days": settings.COMMENT_EMAIL_KEEP_DAYS,
        "pending_days": settings.COMMENT_PENDING_KEEP_DAYS,
    }


class CommentForm(GuardedForm):
    display_name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        help_text=_("Shown with your comment. A first name or a nickname is fine."),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        required=False,
        help_text=_("Only if you would like to know when we reply. It is never shown."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    body = forms.CharField(
        label=_("Your comment"),
        max_length=3000,
        help_text=_(
            "Please leave out anything that could identify you or someone else, "
            "such as a school, an address or a phone number."
        ),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    parent = forms.CharField(
        label=_("Replying to"), max_length=12, required=False, widget=forms.HiddenInput
    )

    def __init__(self, page, *args, reply_to=None, **kwargs):
        kwargs.setdefault("auto_id", "comment-%s")
        super().__init__(*args, rate_scope="comment", **kwargs)
        self.page = page
        self.reply_to = reply_to
        if reply_to is not None and not self.is_bound:
            self.initial["parent"] = str(reply_to.pk)
        self.ask_consent(
            consent_text(),
            _(
                "Please tick the box to say you agree, or we cannot keep and "
                "publish your comment."
            ),
        )

    def clean_display_name(self):
        return " ".join(self.cleaned_data["display_name"].split())

    def clean_body(self):
        # Lines as typed (shown with their breaks), without trailing spaces.
        lines = [line.rstrip() for line in self.cleaned_data["body"].splitlines()]
        return "\n".join(lines).strip()

    def clean(self):
        cleaned = super().clean()
        wanted = (cleaned.get("parent") or "").strip()
        cleaned["parent"] = None
        if not wanted:
            return cleaned
        parent = None
        if wanted.isdigit():
            parent = (
                Comment.objects.approved()
                .filter(page=self.page, pk=int(wanted))
                .select_related("parent")
                .first()
            )
        if parent is None:
            self.add_error(
                None,
                _(
                    "The comment you are replying to is no longer on this page. "
                    "Your words are still here: send them as a comment of your own."
                ),
            )
            self.data = self.data.copy()
            self.data["parent"] = ""
            return cleaned
        # One level of replies: a reply to a reply joins the thread at its top.
        cleaned["parent"] = parent.thread
        self.reply_to = parent.thread
        return cleaned
