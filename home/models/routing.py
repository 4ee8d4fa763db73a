"""Finding the page at an address once per content generation, not on every request.

Wagtail routes /en/blog/a-post/ by asking the home page for its child "blog",
making it specific, asking that for "a-post", making that specific: two queries
a level, on every request. What an address leads to changes only when a page
is published, unpublished, moved or deleted, which advances the content
generation (movement.furniture), so the home page remembers, under it, which
page an address led to; the next request loads that page in one query.

Only the page's id is remembered, never its content: the page is read afresh,
so a draft never shows, and what Wagtail checks after routing (view
restrictions, passwords) is checked as before. A remembered route is used only
if the page is still live at the same address; anything else routes afresh.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from movement.render_cache import MISSING, recall, remember


class RemembersRoutes:
    """A site root (the home page) that routes each address once per generation."""

    def route(self, request, path_components):
        if not path_components or getattr(request, "is_preview", False):
            return super().route(request, path_components)
        remembered = recall("route", self.pk, *path_components)
        if remembered is not MISSING:
            result = self._route_to(request, path_components, *remembered)
            if result is not None:
                return result
        result = self._route_afresh(request, path_components)
        page = result[0]
        levels = page.depth - self.depth
        if page.live and page.url_path == self._address(path_components[:levels]):
            remember(
                "route",
                self.pk,
                *path_components,
                value=(page.pk, page.content_type_id, levels),
            )
        return result

    def _route_afresh(self, request, path_components):
        """Wagtail's routing, with the pages on the way found in one query.

        Wagtail asks each level for its child, two queries a level. Here every
        page whose address is a prefix of the path comes at once; the walk
        stops at the last one, or at a page with routes of its own (a blog's
        categories), which then routes the rest. Anything unexpected is left
        to Wagtail.
        """
        addresses = [
            self._address(path_components[:levels])
            for levels in range(1, len(path_components) + 1)
        ]
        on_the_way = {
            url_path: (page_id, content_type_id)
            for url_path, page_id, content_type_id in Page.objects.filter(
                path__startswith=self.path,
                depth__gt=self.depth,
                depth__lte=self.depth + len(path_components),
                url_path__in=addresses,
            ).values_list("url_path", "pk", "content_type_id")
        }
        for levels, address in enumerate(addresses, start=1):
            if address not in on_the_way:
                break
            page_id, content_type_id = on_the_way[address]
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            remaining = path_components[levels:]
            if not remaining or not _descends_to_child(model, remaining):
                found = self._route_to(
                    request, path_components, page_id, content_type_id, levels
                )
                if found is not None:
                    return found
                break
        return super().route(request, path_components)

    def _address(self, components):
        return self.url_path + "".join(f"{component}/" for component in components)

    def _route_to(self, request, path_components, page_id, content_type_id, levels):
        """The remembered page, routed the rest of the way; None if it has changed."""
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not issubclass(model, Page):
            return None
        images = [
            name
            for name in {*getattr(model, "card_image_fields", ()), "social_image"}
            if hasattr(model, name)
        ]
        page = model._default_manager.select_related(*images).filter(pk=page_id)
        page = page.first()
        if (
            page is None
            or not page.live
            or page.url_path != self._address(path_components[:levels])
        ):
            return None
        remaining = path_components[levels:]
        if type(page).route is Page.route:  # Wagtail's own: this very page
            return None if remaining else RouteResult(page)
        try:  # e.g. a routable page's own routes (a blog's /category/<slug>/)
            return page.route(request, remaining)
        except Http404:
            return None


def _descends_to_child(model, remaining):
    """Whether a `model` page hands `remaining` to its child, as Wagtail's own
    Page.route does: it has no route of its own, or only routable-page routes
    and none of them matches."""
    if model is None:
        return False
    routers = {klass for klass in model.__mro__ if "route" in vars(klass)}
    if routers == {Page}:
        return True
    if routers != {Page, RoutablePageMixin}:
        return False
    try:
        model.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except Resolver404:
        return True
    return False
