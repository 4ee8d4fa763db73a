"""Moving or unpublishing an English page leaves no dead link in any language."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from movement.models import MainNavigation
from tests.factories import StandardPageFactory
from tests.translating import submit, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def polish():
    return Locale.objects.get(language_code="pl")


def test_moving_an_english_page_moves_its_alias_and_redirects_the_old_address(
    client, home_page, polish
):
    about = home_page.get_children().get(slug="about")
    page = StandardPageFactory(parent=about, title="Our history", slug="our-history")
    page.save_revision().publish()
    # What the admin's after_create_page hook does for a page made there.
    from wagtail_localize.synctree import create_aliases_for_new_page

    create_aliases_for_new_page(page)
    alias = page.get_translation(polish)
    old_url = alias.url
    assert client.get(old_url).status_code == 200

    contact = home_page.get_children().get(slug="contact")
    page.move(contact, pos="last-child")

    alias.refresh_from_db()
    assert alias.get_parent().translation_key == contact.translation_key
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].rstrip("/").endswith(alias.url.rstrip("/"))
    assert client.get(alias.url).status_code == 200


def test_unpublishing_the_source_unpublishes_its_aliases_and_drops_menu_links(
    client, home_page, polish
):
    about = home_page.get_children().get(slug="about")
    alias = about.get_translation(polish)
    assert alias.live and alias.alias_of_id == about.pk
    about.specific.unpublish()
    alias.refresh_from_db()
    assert not alias.live

    assert MainNavigation.objects.filter(locale__language_code="en").exists()
    html = client.get("/pl/").content.decode()
    assert f'href="{alias.url}"' not in html
    assert f'href="{about.url}"' not in html


def test_real_translations_stay_live_when_the_source_is_unpublished(home_page, polish):
    about = home_page.get_children().get(slug="about").specific
    polish_about = translate(about, "pl")
    about.unpublish()
    polish_about.refresh_from_db()
    assert polish_about.live


@pytest.fixture
def po_upload(admin_client, home_page):
    """Upload a file to a Polish translation's PO upload, as the translation editor does."""
    about = home_page.get_children().get(slug="about").specific
    translation = submit(about, "pl")

    def upload(content, name="about-pl.po"):
        return admin_client.post(
            f"/admin/localize/translate/{translation.id}/pofile/upload/",
            {"file": SimpleUploadedFile(name, content), "next": "/admin/"},
            follow=True,
        )

    upload.translation = translation
    return upload


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_a_po_file_with_broken_syntax_is_refused_and_changes_nothing(po_upload):
    before = StringTranslation.objects.count()
    response = po_upload(b'msgid "Hello\nmsgstr oops "unterminated\n')
    assert response.status_code == 200
    assert any("could not be read as a PO file" in m for m in messages_of(response))
    assert StringTranslation.objects.count() == before


def test_a_po_file_for_another_translation_is_refused(po_upload, home_page):
    contact = home_page.get_children().get(slug="contact").specific
    other = submit(contact, "pl")
    before = StringTranslation.objects.count()
    response = po_upload(str(other.export_po()).encode())
    assert any("belongs to a different page" in m for m in messages_of(response))
    assert StringTranslation.objects.count() == before


def test_a_po_file_from_another_tool_is_refused_not_a_500(po_upload):
    response = po_upload(
        b'msgid ""\nmsgstr ""\n"Language: pl\\n"\n\nmsgid "Hi"\nmsgstr "Cze\xc5\x9b\xc4\x87"\n'
    )
    assert response.status_code == 200
    assert any("belongs to a different page" in m for m in messages_of(response))


def test_no_file_at_all_gets_a_message(admin_client, po_upload):
    response = admin_client.post(
        f"/admin/localize/translate/{po_upload.translation.id}/pofile/upload/",
        {"next": "/admin/"},
        follow=True,
    )
    assert response.status_code == 200
    assert any("Choose a PO file" in m for m in messages_of(response))


def test_the_downloaded_po_file_uploads_its_translations(po_upload, admin_client):
    translation = po_upload.translation
    download = admin_client.get(
        f"/admin/localize/translate/{translation.id}/pofile/download/"
    )
    assert download.status_code == 200
    import polib

    po = polib.pofile(download.content.decode())
    for entry in po:
        entry.msgstr = f"PL {entry.msgid}"
    response = po_upload(str(po).encode())
    assert any("Successfully imported" in m for m in messages_of(response))
    assert StringTranslation.objects.filter(
        locale=translation.target_locale, data__startswith="PL "
    ).count() == len(po)


def test_machine_translation_uses_the_configured_backend(
    admin_client, home_page, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
    contact = home_page.get_children().get(slug="contact").specific
    translation = submit(contact, "pl")
    response = admin_client.post(
        f"/admin/localize/translate/{translation.id}/machine_translate/",
        {"next": "/admin/"},
    )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type="machine"
    ).exists()


def test_a_private_english_page_keeps_its_aliases_private(client, home_page, polish):
    from wagtail.models import PageViewRestriction

    about = home_page.get_children().get(slug="about")
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.LOGIN
    )
    alias = about.get_translation(polish)
    assert alias.alias_of_id == about.pk
    response = client.get(alias.url)
    assert response.status_code == 302 and "login" in response["Location"]
    # ...and everything below it, whether alias or translation.
    child = alias.get_children().first()
    if child is not None:
        assert client.get(child.url).status_code == 302
