"""Dashboard panels for editors: pages nobody has reviewed for a year, and
translations whose English source changed since they were last synced.

Wagtail's own panels (awaiting your review, your pages in moderation, your
locked pages, your recent edits) stay as they are; these sit below them.
"""

import datetime
from collections import Counter

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.permissions import page_permission_policy

from movement.i18n.admin.status import OUT_OF_DATE, translation_status
from movement.i18n.admin.status_views import (
    language_name,
    split_locales,
    user_can_see_report,
)

STALE_AFTER = datetime.timedelta(days=365)
STALE_PAGES_SHOWN = 10
OUT_OF_DATE_SHOWN = 5


class StalePagesPanel(Component):
    """Live pages the user may edit, last published over a year ago, oldest first."""

    name = "stale_pages"
    template_name = "movement_admin/dashboard/stale_pages.html"
    order = 400

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        stale = (
            page_permission_policy.instances_user_has_permission_for(user, "change")
            .filter(
                live=True,
                alias_of__isnull=True,
                depth__gt=1,
                last_published_at__lt=timezone.now() - STALE_AFTER,
            )
            .order_by("last_published_at", "pk")
        )
        # One row more than shown tells whether to point at the full report.
        pages = list(stale[: STALE_PAGES_SHOWN + 1])
        can_see_report = page_permission_policy.user_has_any_permission(
            user, ["add", "change", "publish"]
        )
        return {
            "pages": pages[:STALE_PAGES_SHOWN],
            "has_more": len(pages) > STALE_PAGES_SHOWN,
            "report_url": reverse("wagtailadmin_reports:aging_pages")
            if can_see_report
            else None,
        }


class OutOfDateTranslationsPanel(Component):
    """How many translations per language lag behind their source, and the first few."""

    name = "out_of_date_translations"
    template_name = "movement_admin/dashboard/out_of_date_translations.html"
    order = 410

    def render_html(self, parent_context=None):
        if not user_can_see_report(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        source_locale, target_locales = split_locales()
        counts = Counter()
        rows = []  # (source object, its out-of-date cells), report order
        for row in translation_status(source_locale, target_locales):
            cells = [cell for cell in row.cells.values() if cell.state == OUT_OF_DATE]
            counts.update(cell.language_code for cell in cells)
            if cells and len(rows) < OUT_OF_DATE_SHOWN:
                rows.append({"source": row, "cells": cells})
        return {
            "languages": [
                {"name": language_name(locale), "count": counts[locale.language_code]}
                for locale in target_locales
                if counts[locale.language_code]
            ],
            "rows": rows,
            "report_url": reverse("translation_status:index"),
        }


def add_dashboard_panels(request, panels):
    panels.append(StalePagesPanel())
    panels.append(OutOfDateTranslationsPanel())
