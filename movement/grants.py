"""Giving the roles' groups permissions from a data migration (docs/roles.md).

Migrations run before Django has made a new model's permissions, so each is
made here if it is missing, under the name Django would give it.
"""


def grant(apps, grants):
    """grants: {group name: [(app_label, model, codename), ...]}; a group that
    does not exist (a site without the roles) is left alone."""
    Group = apps.get_model("auth", "Group")
    for name, permissions in grants.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*[_permission(apps, *each) for each in permissions])


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type = ContentType.objects.get_or_create(app_label=app_label, model=model)[
        0
    ]
    name = "Can " + codename.replace("_", " ", 1)
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )[0]
