from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from movement.blocks import SIMPLE_RICH_TEXT_FEATURES, ContentStreamBlock
from movement.models import BasePage


class StandardPage(BasePage):
    """About, contact, privacy, accessibility: prose pages, nested into sections."""

    card_label = ""  # its card names no kind: its title says it

    introduction = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("A short opening paragraph, shown larger."),
    )
    body = StreamField(
        ContentStreamBlock(),
        help_text=_(
            "The page itself: paragraphs, headings, images, questions and more."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]

    class Meta:
        verbose_name = _("standard page")

    def section_root(self):
        """The top page of this page's section (the child of the home page)."""
        return self.get_ancestors(inclusive=True).filter(depth=3).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        root = self.section_root()
        if root is not None:
            context["section_root"] = root
            context["section_pages"] = root.get_children().live().public().specific()
        return context
