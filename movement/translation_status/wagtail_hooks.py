"""The translation status report: its admin URLs and its place under Reports."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import TranslationStatusView, user_can_see_report


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", TranslationStatusView.as_view(), name="index"),
        path(
            "results/",
            TranslationStatusView.as_view(results_only=True),
            name="results",
        ),
    ]
    return [
        path(
            "reports/translation-status/",
            include((urls, "translation_status"), namespace="translation_status"),
        )
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status:index"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=1300,
    )
