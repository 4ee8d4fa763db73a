"""Which search filter a page type's results fall under: the page type says.

A page model sets `search_group` (BasePage's default is OTHER_PAGES); the search
app offers one filter per group it finds among the installed page models, so a
new page type joins a filter, or gets its own, without search knowing its name.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class SearchGroup:
    key: str  # in the address: ?type=blog
    label: str  # the filter, plural: "Blog posts"
    result_label: str  # on each result, singular: "Blog post"
    order: int  # filters are offered lowest first


OTHER_PAGES = SearchGroup("page", _("Pages"), _("Page"), order=1000)
