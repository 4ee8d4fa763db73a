"""A page deleted in the admin is also written in its parent's history.

Wagtail logs "wagtail.delete" on the deleted page, and lists a deleted page's
entries only to people who may add a page at the root of the tree: here only
superusers, as no page type may be made there (one home page per language). So
Moderators, who delete pages, could never find a deletion in Site history. The
parent still exists and is theirs to explore, so the deletion is logged there
too, under its own action so that it can be filtered.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page

ACTION = "movement.delete_child"


def log_on_parent(request, page):
    parent = page.get_parent()
    if parent is None:
        return
    log(
        instance=parent,
        action=ACTION,
        user=request.user,
        data={"title": page.get_admin_display_title(), "page_id": page.pk},
    )


@hooks.register("after_delete_page")
def log_deleted_page_on_parent(request, page):
    log_on_parent(request, page)


@hooks.register("after_bulk_action")
def log_bulk_deleted_pages_on_parents(request, action_type, objects, action):
    if action_type == "delete":
        for page in objects:
            if isinstance(page, Page):
                log_on_parent(request, page)


@hooks.register("register_log_actions")
def register_deleted_child_action(actions):
    @actions.register_action(ACTION)
    class DeletedChild(LogFormatter):
        label = _("Delete a page below")

        def format_message(self, log_entry):
            return _("Deleted “%(title)s”, a page below this one") % {
                "title": log_entry.data.get("title", "")
            }
