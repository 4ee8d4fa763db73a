"""Our content checks in Wagtail's checker: the userbar, preview and editor."""

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

from movement.content_checks import ContentChecksItem


@hooks.register("construct_wagtail_userbar")
def use_our_content_checks(request, items, page):
    # The editor's Checks panel builds its list through this hook too.
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem):
            items[index] = ContentChecksItem(page, in_editor=item.in_editor)
