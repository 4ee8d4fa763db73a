"""What Editors and Moderators may do (docs/roles.md), so no one needs a superuser.

Wagtail's own migrations give both groups pages, images and documents; this adds
the rest of the site they run: people, blog categories and partners; the menu,
footer, notice banners and site name as drafts (Editors) and published
(Moderators); and, for Moderators, site settings, redirects, promoted search
results and collections. The furniture goes through the "Moderators approval"
workflow, as pages do. Translators may publish furniture translations, never
the source language (movement/permissions.py). Users and groups stay with
superusers.
"""

from django.db import migrations

FURNITURE = ["mainnavigation", "footer", "noticebanner", "siteidentity"]
PEOPLE_AND_TOPICS = [("home", "person"), ("home", "blogcategory"), ("campaigns", "partner")]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type = ContentType.objects.get_or_create(app_label=app_label, model=model)[0]
    name = "Can " + codename.replace("_", " ", 1)
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )[0]


def editors_permissions(apps):
    found = []
    for app, model in PEOPLE_AND_TOPICS:
        found += [permission(apps, app, model, f"{action}_{model}") for action in ("add", "change")]
    for model in FURNITURE:
        found += [
            permission(apps, "movement", model, f"{action}_{model}")
            for action in ("add", "change", "lock")
        ]
    return found


def moderators_permissions(apps):
    found = editors_permissions(apps)
    for app, model in PEOPLE_AND_TOPICS:
        found.append(permission(apps, app, model, f"delete_{model}"))
    for model in FURNITURE:
        found += [
            permission(apps, "movement", model, f"{action}_{model}")
            for action in ("delete", "publish", "unlock")
        ]
    found.append(permission(apps, "movement", "sitesettings", "change_sitesettings"))
    for action in ("add", "change", "delete"):
        found.append(permission(apps, "wagtailredirects", "redirect", f"{action}_redirect"))
        found.append(
            permission(
                apps, "wagtailsearchpromotions", "searchpromotion", f"{action}_searchpromotion"
            )
        )
    return found


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for name, permissions in (
        ("Editors", editors_permissions(apps)),
        ("Moderators", moderators_permissions(apps)),
        ("Translators", [permission(apps, "movement", m, f"publish_{m}") for m in FURNITURE]),
    ):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*permissions)

    moderators = Group.objects.filter(name="Moderators").first()
    root = Collection.objects.filter(depth=1).first()
    if moderators is not None and root is not None:
        for action in ("add", "change", "delete"):
            GroupCollectionPermission.objects.get_or_create(
                group=moderators,
                collection=root,
                permission=permission(apps, "wagtailcore", "collection", f"{action}_collection"),
            )

    workflow = Workflow.objects.filter(name="Moderators approval").first()
    if workflow is not None:
        for model in FURNITURE:
            content_type = ContentType.objects.get_or_create(app_label="movement", model=model)[0]
            WorkflowContentType.objects.get_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("movement", "0007_furniture_drafts_and_review"),
        ("movement", "0003_translators_group"),
        ("home", "0006_alter_blogindexpage_introduction_and_more"),
        ("campaigns", "0004_alter_campaignindexpage_introduction"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
