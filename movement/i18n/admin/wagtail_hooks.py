"""Translation tools in the admin: the status report (its URLs, its place under
Reports) and right-to-left text boxes in wagtail-localize's editor."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .direction import translation_direction_script
from .status_views import TranslationStatusView, user_can_see_report

hooks.register("insert_editor_js", translation_direction_script)


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
