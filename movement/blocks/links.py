"""Links: to a page here or an address elsewhere, alone, in lists, as a call to action."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListValue

from movement.i18n import localized


class LinkBlock(blocks.StructBlock):
    """A page on this site or an external address, never both."""

    page = blocks.PageChooserBlock(required=False, help_text=_("A page on this site."))
    url = blocks.URLBlock(
        required=False, label=_("URL"), help_text=_("Or a full address elsewhere.")
    )
    text = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=_("What the link says. Defaults to the page's title."),
    )

    class Meta:
        icon = "link"
        value_class = blocks.StructValue

    def clean(self, value):
        value = super().clean(value)
        if value.get("page") and value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _(
                            "This link has both a page and a URL: keep one and "
                            "clear the other."
                        )
                    )
                }
            )
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _("Choose a page on this site, or enter a URL below.")
                    )
                }
            )
        if value.get("url") and not value.get("text"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "text": ValidationError(_("Say what an external link leads to."))
                }
            )
        return value


def is_blank_link(value):
    return not (value.get("page") or value.get("url") or value.get("text"))


class OptionalLinksBlock(blocks.ListBlock):
    """A list of links that starts empty and leaves out a link left blank.

    The admin adds a blank link for the editor to fill in; one they did not want
    is not a mistake to be told about, it is nothing.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("default", [])
        super().__init__(LinkBlock(), **kwargs)

    def clean(self, value):
        # The kept items keep their ids, which wagtail-localize's strings hang on.
        kept = [item for item in value.bound_blocks if not is_blank_link(item.value)]
        return super().clean(ListValue(self, bound_blocks=kept))


def link_href(value):
    """Where a link goes: the page in the visitor's language, or the address typed.

    None for a page that is no longer live, so templates drop the link rather
    than send visitors to a page that would answer 404.
    """
    page = value.get("page")
    if page is None:
        return value.get("url")
    page = localized(page)
    if not page.live:
        return None
    # As its own type (no query), which finds the site's address in this
    # process's memory rather than asking the cache (BasePage).
    return page.specific_deferred.url


def link_text(value):
    page = value.get("page")
    return value.get("text") or (localized(page).title if page else value.get("url"))


class CallToActionBlock(LinkBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    description = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = _("One thing for the reader to do next, as a button.")
        preview_value = {
            "heading": "Add your voice",
            "description": "Tell us what would make the odds fairer where you live.",
            "url": "https://www.example.org/get-involved",
            "text": "Get involved",
        }


class LinkListItemBlock(LinkBlock):
    description = blocks.TextBlock(required=False, max_length=400)


class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    links = blocks.ListBlock(LinkListItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/link_list_block.html"
        description = _("A list of links, each with a line on where it leads.")
        preview_value = {
            "heading": "Find out more",
            "links": [
                {
                    "url": "https://www.example.org/report",
                    "text": "The full report",
                    "description": "What young researchers found, in 24 pages.",
                }
            ],
        }
