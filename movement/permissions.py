"""Who may change the source language.

Translators work on Polish, Spanish and Arabic copies and must not change the
English original that every translation is made from. Wagtail's snippet
permissions are per model, not per language, so editing a snippet in the
default language also needs "Can edit the source language", which the
Editors and Moderators groups have and the Translators group lacks. Page
permissions follow the tree, and each language has its own; but Wagtail lets
anyone who may change a page delete or move it, so deleting and moving pages
need that permission too.
"""

from django.conf import settings
from wagtail.models import PagePermissionTester
from wagtail.permission_policies import ModelPermissionPolicy

EDIT_SOURCE_LANGUAGE = "wagtailcore.edit_source_language"
TRANSLATORS = "Translators"
# What changing an object in the source language covers.
SOURCE_GUARDED_ACTIONS = {"change", "delete", "publish", "unpublish", "lock", "unlock"}


def is_source_language(instance):
    locale = getattr(instance, "locale", None)
    return locale is not None and locale.language_code == settings.LANGUAGE_CODE


class SourceLanguagePermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        if (
            action in SOURCE_GUARDED_ACTIONS
            and is_source_language(instance)
            and not user.has_perm(EDIT_SOURCE_LANGUAGE)
        ):
            return False
        return super().user_has_permission_for_instance(user, action, instance)


def may_restructure(user):
    return user.is_superuser or user.has_perm(EDIT_SOURCE_LANGUAGE)


class MovementPagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, except that only source editors delete or move pages."""

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and may_restructure(self.user)

    def can_move(self):
        return super().can_move() and may_restructure(self.user)
