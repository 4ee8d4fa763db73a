"""Cards for chosen pages, each in the visitor's language."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from movement.page_queries import live_pages_in_order


class PageCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    pages = blocks.ListBlock(blocks.PageChooserBlock(), min_num=1, max_num=12)

    class Meta:
        icon = "doc-empty"
        template = "blocks/page_cards_block.html"
        description = _("Cards leading to pages you choose, with their pictures.")

    def get_preview_value(self):
        """Three live pages, for the block picker's preview."""
        from wagtail.models import Page

        pages = (
            Page.objects.live().filter(depth__gt=2, alias_of=None).order_by("pk")[:3]
        )
        if not pages:
            return None
        return self.to_python(
            {"heading": "Read more", "pages": [page.pk for page in pages]}
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["cards"] = live_pages_in_order(value["pages"])
        return context
