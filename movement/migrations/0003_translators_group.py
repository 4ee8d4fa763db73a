"""The Translators group, and "Can edit the source language" for those who may.

wagtail-localize ships one permission ("Can submit translations") and no group.
Translators get exactly what translating needs: the admin, submitting and
syncing translations, changing translatable snippets (only outside the source
language: see movement/permissions.py), choosing images and adding translated
files. They cannot publish the source language, delete anything or change
settings. Their page permissions are per language tree, which exists only once
the languages do, so movement.i18n.locales grants them after every migrate.
"""

from django.db import migrations

TRANSLATABLE_SNIPPETS = [
    ("home", "person"),
    ("home", "blogcategory"),
    ("campaigns", "partner"),
    ("movement", "mainnavigation"),
    ("movement", "footer"),
    ("movement", "noticebanner"),
    ("movement", "siteidentity"),
]


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type = ContentType.objects.get_or_create(app_label=app_label, model=model)[0]
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )[0]


def create_translators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    edit_source = permission(
        apps, "wagtailcore", "locale", "edit_source_language", "Can edit the source language"
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(edit_source)

    translators = Group.objects.get_or_create(name="Translators")[0]
    translators.permissions.add(
        permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
        permission(
            apps, "wagtail_localize", "translation", "submit_translation", "Can submit translations"
        ),
        *[
            permission(apps, app, model, f"change_{model}", f"Can change {model}")
            for app, model in TRANSLATABLE_SNIPPETS
        ],
    )
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        for app, model, codename in [
            ("wagtailimages", "image", "choose_image"),
            ("wagtaildocs", "document", "choose_document"),
            ("wagtaildocs", "document", "add_document"),
        ]:
            GroupCollectionPermission.objects.get_or_create(
                group=translators,
                collection=root,
                permission=permission(apps, app, model, codename, codename),
            )


def remove_translators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Translators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("movement", "0002_siteidentity"),
        ("home", "0006_alter_blogindexpage_introduction_and_more"),
        ("campaigns", "0004_alter_campaignindexpage_introduction"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_translators, remove_translators)]
