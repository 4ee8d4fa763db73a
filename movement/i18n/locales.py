"""Locales follow settings: one Locale per content language, each mirroring English.

Wagtail keeps languages as Locale rows, and wagtail-localize's "sync from"
keeps every other language's page tree a mirror of the default one, with an
alias (the English page under /pl/...) wherever a page is not translated yet.
Both are derived from WAGTAIL_CONTENT_LANGUAGES after every migrate, so
changing MOVEMENT_LANGUAGES and migrating is all a new language needs.
"""

from django.conf import settings
from wagtail.models import Locale


def content_language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def ensure_locales(**kwargs):
    """Create a Locale for each content language and make each mirror the default.

    Never deletes a Locale: dropping a language from settings must not delete
    its pages; an administrator removes it in Settings > Locales if they mean to.
    """
    from wagtail_localize.models import LocaleSynchronization

    default = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]
    for code in content_language_codes():
        locale = Locale.objects.get_or_create(language_code=code)[0]
        if locale != default:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": default}
            )
    grant_translators_their_trees()


# Translators change and publish pages in the languages they translate into,
# and nothing in the source language; no "add" (which would let them delete
# their own drafts) and no "bulk_delete".
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]


def grant_translators_new_trees(**kwargs):
    grant_translators_their_trees()


def grant_translators_their_trees():
    """Page permissions for the Translators group on each translated language's home.

    Languages' page trees appear only once their Locale exists, so a migration
    cannot grant these; this runs after every migrate and is idempotent.
    """
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Page

    from movement.permissions import TRANSLATORS

    group = Group.objects.filter(name=TRANSLATORS).first()
    if group is None:
        return  # an administrator removed the group on purpose
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
    )
    tops = Page.objects.filter(depth=2).exclude(
        locale__language_code=settings.LANGUAGE_CODE
    )
    for page in tops:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission
            )


def mirror_default_tree():
    """Give every untranslated page an alias in each mirrored language (idempotent).

    Pages created in the admin get their aliases from wagtail-localize's
    after_create_page hook; this covers pages made in code, such as demo content.
    """
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import PageIndex

    index = PageIndex.from_database().sort_by_tree_position()
    for synchronization in LocaleSynchronization.objects.select_related(
        "locale", "sync_from"
    ):
        synchronization.sync_trees(page_index=index)


def follow_source_moves(
    sender, instance, parent_page_before, parent_page_after, **kwargs
):
    """Move each translation and alias of a moved source page to the same place.

    Wagtail moves only the page an editor dragged; its Polish alias would stay
    under the old parent, at an address the English tree no longer has. Moving
    it too keeps the trees mirrored, and Wagtail's automatic redirects send the
    old /pl/ address to the new one.
    """
    if parent_page_before.pk == parent_page_after.pk:
        return
    from wagtail_localize.models import LocaleSynchronization

    if not LocaleSynchronization.objects.filter(
        sync_from_id=instance.locale_id
    ).exists():
        return  # not a source language: translations follow their source, not this
    for translation in instance.get_translations().select_related("locale"):
        new_parent = parent_page_after.get_translation_or_none(translation.locale)
        if new_parent is not None and translation.get_parent().pk != new_parent.pk:
            translation.move(new_parent, pos="last-child")


def connect_signals(app_config):
    """Called from MovementConfig.ready()."""
    from django.db.models.signals import post_migrate, post_save
    from wagtail.signals import post_page_move

    post_migrate.connect(ensure_locales, sender=app_config)
    # A language added in Settings > Locales gets its mirrored tree at once
    # (wagtail-localize's receiver runs first); its translators get access too.
    post_save.connect(
        grant_translators_new_trees,
        sender="wagtail_localize.LocaleSynchronization",
        dispatch_uid="movement-grant-translators",
    )
    post_page_move.connect(follow_source_moves, dispatch_uid="movement-follow-moves")
