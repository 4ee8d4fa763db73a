"""Fixed vocabularies for packs: stable slugs in URLs, translated labels on screen."""

from django.conf import global_settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    YOUNG_PEOPLE = "young-people", _("Young people")
    PARENTS_AND_CARERS = "parents-and-carers", _("Parents and carers")
    SCHOOLS = "schools", _("Schools")
    PRACTITIONERS = "practitioners", _("Practitioners")
    RESEARCHERS = "researchers", _("Researchers")


class ResourceType(models.TextChoices):
    TEACHER_PACK = "teacher-pack", _("Teacher pack")
    GUIDE = "guide", _("Guide")
    TOOLKIT = "toolkit", _("Toolkit")
    ACTIVITY = "activity", _("Activity or game")
    EXECUTIVE_SUMMARY = "executive-summary", _("Executive summary")
    REPORT = "report", _("Report")
    RESEARCH = "research", _("Dissertation or research")


# The icon (movement/icons.py) a pack's card shows when it has no cover: its kind.
RESOURCE_TYPE_ICONS = {
    ResourceType.TEACHER_PACK: "chalkboard",
    ResourceType.GUIDE: "signpost",
    ResourceType.TOOLKIT: "toolbox",
    ResourceType.ACTIVITY: "dice",
    ResourceType.EXECUTIVE_SUMMARY: "list",
    ResourceType.REPORT: "bar-chart",
    ResourceType.RESEARCH: "magnifier",
}


# Any language Django knows, not only the site's: a pack may exist only in, say, Urdu.
PACK_LANGUAGES = sorted(global_settings.LANGUAGES, key=lambda item: item[1])


def language_name(code):
    """A language in that language, e.g. "Polski": how its readers know it."""
    from django.utils.text import capfirst
    from django.utils.translation import get_language_info

    try:
        return capfirst(get_language_info(code)["name_local"])
    except KeyError:
        return dict(PACK_LANGUAGES).get(code, code)
