"""What a page is about: its fundamentals, its resilient moves and its level.

A page type inherits TopicTagging to be tagged with all three, and puts
`TopicTagging.topics_panel()` on its Promote tab.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .framework import FrameworkTagging
from .fundamentals import FundamentalsTagging


class TopicTagging(FrameworkTagging, FundamentalsTagging):
    class Meta:
        abstract = True

    @staticmethod
    def topics_panel(*more_panels):
        """The Promote tab's "Topics" panel: a page type's own topic fields
        (`more_panels`), then the fundamentals, the moves and the level."""
        return MultiFieldPanel(
            [
                *more_panels,
                FieldPanel("fundamentals"),
                *FrameworkTagging.panels,
            ],
            heading=_("Topics"),
        )
