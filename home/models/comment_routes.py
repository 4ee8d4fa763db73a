"""A blog post's comments: the list, the form, replying, and the thanks page.

The post's page is the same for every visitor (the form carries no token:
movement/visitor_forms/csrf.py), so the page cache and caches in front keep it
with its published comments; home/comments.py refreshes every cache when a
moderator changes what it shows. What a visitor typed, sent back to fix a
mistake, and the thanks page are never kept.
"""

from dataclasses import dataclass

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail.contrib.routable_page.models import path

from home import comments
from home.comment_form import CommentForm
from movement.visitor_forms.posts import takes_posts

from .comments import Comment
from .safeguarding import SafeguardingNotice

FORM_ANCHOR = "#comment-form"


@dataclass
class CommentsPanel:
    """What a post shows of its comments, and the form (None when closed)."""

    threads: list
    count: int
    notice: object
    form: CommentForm | None = None
    refused: bool = False  # a comment sent after comments closed

    @property
    def reply_to(self):
        return getattr(self.form, "reply_to", None)


class CommentRoutes:
    """For a BlogPostPage (with RoutablePageMixin and `comments_open`)."""

    def comments_context(self):
        """What every visitor sees of the comments: remembered with the rest of
        the post until the content generation advances (home/comments.py)."""
        threads = Comment.objects.threads(self)
        return {
            "comment_threads": threads,
            "comment_count": sum(1 + len(c.shown_replies) for c in threads),
            "safeguarding_notice": SafeguardingNotice.for_locale(self.locale_id),
        }

    def comments_panel(self, context, form=None, reply_to=None, refused=False):
        """The panel for a page's context: `form` is a form sent back to fix."""
        if self.comments_open:
            form = form or CommentForm(self, reply_to=reply_to)
        return CommentsPanel(
            threads=context["comment_threads"],
            count=context["comment_count"],
            notice=context["safeguarding_notice"],
            form=form if self.comments_open else None,
            refused=refused,
        )

    def render_with_comments(self, request, status=200, **panel):
        context = self.get_context(request)
        context["comments"] = self.comments_panel(context, **panel)
        if isinstance(panel.get("form"), CommentForm):
            context["has_form_errors"] = True
        return TemplateResponse(
            request, self.get_template(request), context, status=status
        )

    @path("comments/", name="comment")
    @takes_posts
    def comment(self, request):
        if request.method != "POST":
            return HttpResponseRedirect(self.url + FORM_ANCHOR)
        if not self.comments_open:
            return _never_kept(
                self.render_with_comments(request, status=403, refused=True)
            )
        form = CommentForm(self, request.POST, request=request)
        if not form.is_valid():
            return _never_kept(
                self.render_with_comments(
                    request, status=form.refusal_status, form=form
                )
            )
        comments.post_comment(self, form.cleaned_data)
        # The same thanks for a comment sent twice: it is stored once.
        return HttpResponseRedirect(
            self.url + self.reverse_subpage("comment_sent"), status=303
        )

    @path("comments/reply/<int:comment_id>/", name="comment_reply")
    def comment_reply(self, request, comment_id):
        """The post, with the form set to reply to one of its comments (no
        script needed); the same for every visitor, so caches may keep it."""
        reply_to = Comment.objects.approved().filter(page=self, pk=comment_id).first()
        if reply_to is None or not self.comments_open:
            raise Http404
        return self.render_with_comments(request, reply_to=reply_to.thread)

    @path("comments/sent/", name="comment_sent")
    def comment_sent(self, request):
        response = TemplateResponse(
            request, "home/comment_sent.html", self.get_context(request)
        )
        add_never_cache_headers(response)
        return response


def _never_kept(response):
    add_never_cache_headers(response)  # it holds what this visitor typed
    return response
