"""Comments in the admin: the moderation queue.

Moderators read each comment (waiting ones first), correct it (take out a
phone number, a school, a surname) and approve it, reject it or mark it as
spam; they reply as the movement to a published one. Each step is a button
(a POST) on the comment's page, logged in Wagtail's history without the words.
Nobody adds a comment here: visitors write them on the post.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.models import EditView

from home import comments
from home.models.comments import Comment, CommentStatus
from movement.visitor_forms.admin import (
    MadeByVisitorsPolicy,
    VisitorRecordsIndexView,
    VisitorRecordsViewSet,
)

EXCERPT_LENGTH = 80
DONE = {
    "approve": _("Comment approved: it is on the post now."),
    "reject": _("Comment rejected: it will not be shown."),
    "spam": _("Comment marked as spam: it will not be shown."),
}


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Reply as the movement"),
        max_length=3000,
        help_text=_("Published at once under the comment, as a reply from us."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class CommentIndexView(VisitorRecordsIndexView):
    def get_base_queryset(self):
        # Waiting ones first, then the newest (unless a column is sorted).
        return super().get_base_queryset().select_related("page").pending_first()


class CommentEditView(EditView):
    """The comment as sent, the buttons to moderate it, and a form to correct it."""

    template_name = "home/comment_admin/edit.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        comment = self.object
        context.update(
            {
                "comment": comment,
                "moderate_url": reverse("comments:moderate", args=[comment.pk]),
                "reply_url": reverse("comments:reply", args=[comment.pk]),
                "reply_form": kwargs.get("reply_form") or ReplyForm(),
                "can_reply": comment.thread.is_shown,
                "statuses": CommentStatus,
            }
        )
        return context

    def save_instance(self):
        instance = super().save_instance()
        if instance.is_shown:  # a correction to what the post shows
            comments.refresh_post(instance.page_id)
        return instance


def _comment_for(request, pk):
    if not MadeByVisitorsPolicy(Comment).user_has_permission(request.user, "change"):
        raise PermissionDenied
    if request.method != "POST":
        return None
    return get_object_or_404(Comment, pk=pk)


def moderate_view(request, pk):
    comment = _comment_for(request, pk)
    if comment is None:
        return HttpResponseNotAllowed(["POST"])
    outcome = request.POST.get("outcome")
    if outcome not in comments.OUTCOMES:
        messages.error(request, gettext("Choose approve, reject or spam."))
        return redirect("comments:edit", pk)
    comments.moderate(comment, outcome, request.user)
    messages.success(request, DONE[outcome])
    # On to the next comment waiting, if any.
    return redirect(reverse("comments:index") + "?status=pending")


def reply_view(request, pk):
    comment = _comment_for(request, pk)
    if comment is None:
        return HttpResponseNotAllowed(["POST"])
    if not comment.thread.is_shown:
        messages.error(
            request, gettext("Approve the comment first: a reply shows under it.")
        )
        return redirect("comments:edit", pk)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, gettext("Please write a reply of up to 3000 characters.")
        )
        return redirect("comments:edit", pk)
    reply = comments.reply_as_the_movement(
        comment, form.cleaned_data["body"], request.user
    )
    if reply is None:
        messages.warning(request, gettext("That reply was already sent."))
    else:
        messages.success(request, gettext("Your reply is on the post now."))
    return redirect("comments:edit", pk)


def excerpt(comment):
    return Truncator(comment.body).chars(EXCERPT_LENGTH)


def post_title(comment):
    return comment.page.title


class CommentViewSet(VisitorRecordsViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Comments")
    menu_order = 268
    index_view_class = CommentIndexView
    edit_view_class = CommentEditView
    list_display = [
        "__str__",
        "status",
        "display_name",
        Column("post", label=_("Post"), accessor=post_title),
        Column("excerpt", label=_("Comment"), accessor=excerpt),
        "language",
        DateColumn("created_at", label=_("Sent at"), sort_key="created_at"),
    ]
    list_filter = ["status", "language", "by_the_movement"]
    search_fields = ["display_name", "email", "body"]
    list_export = Comment.KEPT_FIELDS
    export_filename = "comments"
    form_fields = ["display_name", "body"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("moderate/<int:pk>/", moderate_view, name="moderate"),
            path("reply/<int:pk>/", reply_view, name="reply"),
        ]
