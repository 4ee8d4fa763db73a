"""The Translators group: exactly what translating needs, nothing that changes the source."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page

from home.models import Person
from movement.models import Footer
from tests.translating import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(db):
    user = get_user_model().objects.create_user("tomasz", "tomasz@example.org", "pw")
    user.groups.add(Group.objects.get(name="Translators"))
    return user


@pytest.fixture
def translator_client(client, translator):
    client.force_login(translator)
    return client


@pytest.fixture
def polish_about(home_page):
    about = home_page.get_children().get(slug="about").specific
    return translate(about, "pl")


def test_the_group_exists_from_the_first_migrate():
    group = Group.objects.get(name="Translators")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "submit_translation",
        "change_person",
        "change_footer",
    } <= codenames
    assert not {c for c in codenames if c.startswith(("delete_", "add_page"))}
    # They publish translations of the furniture (never the source language:
    # movement/permissions.py), and nothing else.
    assert {c for c in codenames if c.startswith("publish_")} == {
        "publish_mainnavigation",
        "publish_footer",
        "publish_noticebanner",
        "publish_siteidentity",
    }
    assert "edit_source_language" not in codenames
    for name in ("Editors", "Moderators"):
        assert (
            Group.objects.get(name=name)
            .permissions.filter(codename="edit_source_language")
            .exists()
        )


def test_translators_may_change_and_publish_every_translated_language_only(
    translator, home_page
):
    for language_code in ("pl", "es", "ar"):
        top = Page.objects.get(depth=2, locale__language_code=language_code)
        perms = top.permissions_for_user(translator)
        assert perms.can_edit() and perms.can_publish()
        assert not perms.can_delete()
    english = home_page.permissions_for_user(translator)
    assert not english.can_edit()
    assert not english.can_publish()


def test_translator_can_submit_a_page_for_translation(translator_client, home_page):
    about = home_page.get_children().get(slug="about")
    spanish = Locale.objects.get(language_code="es")
    response = translator_client.post(
        f"/admin/localize/submit/page/{about.id}/", {"locales": [spanish.id]}
    )
    assert response.status_code == 302
    assert about.get_translation(spanish).alias_of_id is None


def test_translator_edits_a_translation_in_the_translation_editor(
    translator_client, polish_about
):
    response = translator_client.get(f"/admin/pages/{polish_about.id}/edit/")
    assert response.status_code == 200
    assert (
        b"wagtail-localize" in response.content
        or b"editTranslation" in response.content
    )


def test_translator_cannot_edit_or_delete_english_pages(translator_client, home_page):
    about = home_page.get_children().get(slug="about")
    assert translator_client.get(f"/admin/pages/{about.id}/edit/").status_code in (
        302,
        403,
    )
    assert translator_client.post(f"/admin/pages/{about.id}/delete/").status_code in (
        302,
        403,
    )
    assert Page.objects.filter(pk=about.pk, live=True).exists()


def test_translator_cannot_delete_a_translated_page(translator_client, polish_about):
    translator_client.post(f"/admin/pages/{polish_about.id}/delete/")
    assert Page.objects.filter(pk=polish_about.pk).exists()


def test_translator_cannot_change_settings(translator_client):
    response = translator_client.get("/admin/settings/movement/sitesettings/")
    assert response.status_code in (302, 403)
    assert translator_client.get("/admin/locales/").status_code in (302, 403)


def test_translator_edits_polish_snippets_but_not_english_ones(translator_client):
    english = Footer.objects.get(locale__language_code="en")
    polish = translate(english, "pl")
    base = "/admin/snippets/movement/footer"
    # Wagtail's admin answers a permission error with a redirect and a message.
    assert translator_client.get(f"{base}/edit/{english.pk}/").status_code in (302, 403)
    response = translator_client.post(f"{base}/edit/{english.pk}/", {"text": "changed"})
    assert response.status_code in (302, 403)
    english.refresh_from_db()
    assert "changed" not in english.text
    assert translator_client.get(f"{base}/edit/{polish.pk}/").status_code == 200


def test_translator_cannot_delete_snippets(translator_client):
    person = Person.objects.filter(locale__language_code="en").first()
    polish = translate(person, "pl")
    response = translator_client.post(
        f"/admin/snippets/home/person/delete/{polish.pk}/"
    )
    assert response.status_code in (302, 403)
    assert Person.objects.filter(pk=polish.pk).exists()


def test_editors_may_still_change_english_snippets(client):
    editor = get_user_model().objects.create_user("eve", "eve@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    editor.user_permissions.add(
        *Group.objects.get(name="Translators").permissions.filter(
            codename="change_footer"
        )
    )
    client.force_login(editor)
    english = Footer.objects.get(locale__language_code="en")
    assert (
        client.get(f"/admin/snippets/movement/footer/edit/{english.pk}/").status_code
        == 200
    )


def test_a_language_added_in_the_admin_is_mirrored_and_open_to_translators(translator):
    from wagtail_localize.models import LocaleSynchronization

    french = Locale.objects.create(language_code="fr")
    LocaleSynchronization.objects.create(locale=french, sync_from=Locale.get_default())
    french_home = Page.objects.get(depth=2, locale=french)
    assert french_home.alias_of_id is not None
    assert french_home.permissions_for_user(translator).can_edit()
