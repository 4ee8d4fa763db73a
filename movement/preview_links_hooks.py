"""Shared previews in the admin: their screen, a "Share a preview" action on
every page a person may edit, and their entries in the page's history."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from movement import preview_links


class SharePreviewButton(PageMenuItem):
    label = _("Share a preview")
    icon_name = "link"

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()

    @property
    def url(self):
        return reverse("preview_links", args=[self.page.pk])


@hooks.register("register_admin_urls")
def preview_link_urls():
    return [
        path("pages/<int:page_id>/share/", preview_links.manage, name="preview_links"),
        path(
            "pages/<int:page_id>/share/<int:link_id>/revoke/",
            preview_links.revoke,
            name="revoke_preview_link",
        ),
    ]


@hooks.register("register_page_header_buttons")
def share_preview_header_button(page, user, view_name, next_url=None):
    yield SharePreviewButton(page=page, priority=66)


@hooks.register("register_page_listing_more_buttons")
def share_preview_listing_button(page, user, next_url=None):
    yield SharePreviewButton(page=page, priority=66)


@hooks.register("register_log_actions")
def preview_link_log_actions(actions):
    for action, label, message in preview_links.LOG_ACTIONS:
        actions.register_action(action, label, message)
