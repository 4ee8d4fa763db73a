"""The translation editor is told which languages are written right to left.

The script itself (movement/static/js/translation-direction.js) is checked in
Chromium: tests/browser/test_admin_csp.py.
"""

import html
import json
import re

import pytest
from wagtail.models import Page
from wagtail_localize.models import Translation

from movement.i18n.admin.direction import right_to_left_languages

pytestmark = pytest.mark.django_db

SCRIPT = re.compile(
    r'<script src="[^"]*translation-direction\.js" data-rtl-languages="([^"]*)"'
)


def editor_of(client, language_code):
    page = Page.objects.get(locale__language_code=language_code, depth=2)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def target_language(page_html):
    props = re.search(r'class="js-translation-editor" data-props="([^"]*)"', page_html)
    return json.loads(html.unescape(props.group(1)))["locale"]["code"]


def test_only_arabic_of_the_sites_languages_is_right_to_left():
    assert right_to_left_languages() == ["ar"]


@pytest.mark.parametrize("language_code", ["ar", "pl"])
def test_the_translation_editor_loads_the_direction_script(staff_client, language_code):
    page_html = editor_of(staff_client("Translators"), language_code)
    assert SCRIPT.search(page_html).group(1) == "ar"
    # The script reads the target language from here.
    assert target_language(page_html) == language_code


def test_wagtails_own_form_for_an_arabic_page_names_its_locale(staff_client):
    """A page no longer synced opens in Wagtail's form; the script reads its locale."""
    page = Page.objects.get(locale__language_code="ar", depth=2)
    Translation.objects.filter(
        source__object_id=page.translation_key, target_locale=page.locale
    ).update(enabled=False)

    page_html = editor_of(staff_client("Translators"), "ar")

    assert "js-translation-editor" not in page_html
    assert SCRIPT.search(page_html).group(1) == "ar"
    config = re.search(r'id="wagtail-config"[^>]*>(.*?)</script>', page_html)
    assert json.loads(config.group(1))["ACTIVE_CONTENT_LOCALE"] == "ar"
    assert "data-edit-form" in page_html
