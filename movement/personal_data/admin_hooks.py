"""The personal data screen in the admin menu (Settings), for those allowed it."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import PERMISSION, personal_data


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def personal_data_urls():
    return [path("personal-data/", personal_data, name="personal_data")]


@hooks.register("register_settings_menu_item")
def personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Personal data requests"),
        reverse("personal_data"),
        icon_name="user",
        order=900,
    )


@hooks.register("register_permissions")
def personal_data_permission():
    return Permission.objects.filter(
        content_type__app_label="movement", codename="handle_personal_data"
    )
