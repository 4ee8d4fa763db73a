"""docs/roles.md is the permission table; this walks it as every role.

Each row is an admin address (filled in with real demo objects) and, for each
role, whether that role may open it. A role is a fresh user in that group,
never a superuser (except in the Superusers column).
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale, Page, Site

from campaigns.models import Partner, Pledge
from home.models import BlogCategory, Comment, Person, SafeguardingNotice
from home.models.bookings import Booking
from movement.models import (
    Compartment,
    Footer,
    MainNavigation,
    NoticeBanner,
    SiteIdentity,
)

pytestmark = pytest.mark.django_db

ROLES_DOC = Path(settings.BASE_DIR) / "docs" / "roles.md"
ROLES = ["Visitor", "Editors", "Moderators", "Translators", "Superusers"]
ROW = re.compile(r"^\| (?P<area>[^|]+) \| `(?P<address>[^`]+)` \|(?P<cells>.+)\|$")


def table():
    """[(area, address, {role: bool})] from the table in docs/roles.md."""
    rows = []
    for line in ROLES_DOC.read_text().splitlines():
        match = ROW.match(line)
        if match:
            cells = [cell.strip() for cell in match["cells"].split("|")]
            assert set(cells) <= {"yes", "no"}, line
            rows.append(
                (
                    match["area"].strip(),
                    match["address"],
                    dict(zip(ROLES, [c == "yes" for c in cells], strict=True)),
                )
            )
    return rows


ROWS = table()


def demo_objects():
    english = Locale.get_default()
    polish = Locale.objects.get(language_code="pl")
    about = Page.objects.get(locale=english, slug="about")
    return {
        "about": about.pk,
        "pl_about": about.get_translation(polish).pk,
        "accessibility": Page.objects.get(locale=english, slug="accessibility").pk,
        "home": about.get_parent().pk,
        "person": Person.objects.filter(locale=english).first().pk,
        "category": BlogCategory.objects.filter(locale=english).first().pk,
        "partner": Partner.objects.filter(locale=english).first().pk,
        "pledge": Pledge.objects.first().pk,
        "booking": Booking.objects.first().pk,
        "comment": Comment.objects.first().pk,
        "notice": SafeguardingNotice.objects.get(locale=english).pk,
        "pl_notice": SafeguardingNotice.objects.get(locale=polish).pk,
        "story": Page.objects.get(locale=english, slug="share-your-story").pk,
        "banner": NoticeBanner.objects.filter(locale=english).first().pk,
        "compartment": Compartment.objects.filter(locale=english).first().pk,
        "pl_compartment": Compartment.objects.filter(locale=polish).first().pk,
        "menu": MainNavigation.objects.get(locale=english).pk,
        "pl_menu": MainNavigation.objects.get(locale=polish).pk,
        "footer": Footer.objects.get(locale=english).pk,
        "pl_footer": Footer.objects.get(locale=polish).pk,
        "identity": SiteIdentity.objects.get(locale=english).pk,
        "site": Site.objects.get(is_default_site=True).pk,
    }


def client_for(role):
    client = Client()
    if role == "Visitor":
        return client
    User = get_user_model()
    if role == "Superusers":
        user = User.objects.create_superuser("super", "super@example.org")
    else:
        user = User.objects.create_user(role.lower(), f"{role.lower()}@example.org")
        user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return client


def admin_menu_addresses(client):
    """Every address in the admin's sidebar, as the person signed in sees it."""
    html = client.get("/admin/").content.decode()
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    return set(re.findall(r'"url": "(/admin/[^"]*)"', props[1]))


def test_the_table_covers_every_admin_menu_area():
    """A new menu item (an app's, a contrib module's) must be placed in the table."""
    ids = demo_objects()
    addresses = {address.format(**ids) for _area, address, _allowed in ROWS}
    missing = admin_menu_addresses(client_for("Superusers")) - addresses
    for wider in ("/admin/settings/movement/sitesettings/",):  # opens one site's
        missing.discard(wider)
    assert missing == set()


@pytest.mark.parametrize("role", ROLES)
def test_each_role_opens_exactly_what_the_table_grants(role):
    ids = demo_objects()
    client = client_for(role)
    wrong = []
    for area, address, allowed in ROWS:
        status = client.get(address.format(**ids)).status_code
        if allowed[role] and status != 200:
            wrong.append(f"{area}: refused ({status}) but the table grants it")
        if not allowed[role] and status == 200:
            wrong.append(f"{area}: opened but the table refuses it")
    assert wrong == []
