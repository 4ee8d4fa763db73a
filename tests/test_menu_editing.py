"""Editing the main menu: what the editor typed is saved, and a problem is named."""

import pytest
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale

from movement.blocks import LinkBlock
from movement.models import MainNavigation
from movement.models.navigation import MenuSectionBlock

pytestmark = pytest.mark.django_db


def link_errors(**value):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python(value))
    return {
        name: str(error.messages[0])
        for name, error in raised.value.block_errors.items()
    }


def test_neither_a_page_nor_a_url_is_named_as_such():
    assert link_errors(text="Join us") == {
        "page": "Choose a page on this site, or enter a URL below."
    }


def test_both_a_page_and_a_url_is_named_as_such(home_page):
    errors = link_errors(page=home_page.pk, url="https://example.org/", text="Home")
    assert errors == {
        "url": "This link has both a page and a URL: keep one and clear the other."
    }


def test_a_new_section_starts_with_no_links_beneath():
    assert list(MenuSectionBlock().get_default()["children"]) == []


def test_a_link_beneath_left_blank_is_left_out_not_refused(home_page):
    block = MenuSectionBlock()
    value = block.to_python(
        {
            "link": {"page": home_page.pk, "url": "", "text": ""},
            "children": [
                {
                    "type": "item",
                    "value": {"page": None, "url": "", "text": ""},
                    "id": "a",
                },
                {
                    "type": "item",
                    "value": {
                        "page": None,
                        "url": "https://example.org/",
                        "text": "Ex",
                    },
                    "id": "b",
                },
            ],
        }
    )
    cleaned = block.clean(value)
    children = cleaned["children"]
    assert [child["url"] for child in children] == ["https://example.org/"]
    assert [item.id for item in children.bound_blocks] == [
        "b"
    ]  # ids kept for translations


def menu_form(section_link, children, action=None):
    """The menu's edit form: one section with `children`, and the header button
    `action` ({"page": id} or {"url": ..., "text": ...}) if given."""
    data = {
        "action-count": "1" if action else "0",
        "items-count": "1",
        "items-0-type": "section",
        "items-0-deleted": "",
        "items-0-order": "0",
        "items-0-id": "section-1",
        "items-0-value-link-page": section_link.get("page", ""),
        "items-0-value-link-url": section_link.get("url", ""),
        "items-0-value-link-text": section_link.get("text", ""),
        "items-0-value-children-count": str(len(children)),
    }
    if action:
        data.update(
            {
                "action-0-type": "link",
                "action-0-deleted": "",
                "action-0-order": "0",
                "action-0-id": "action-1",
                "action-0-value-page": action.get("page", ""),
                "action-0-value-url": action.get("url", ""),
                "action-0-value-text": action.get("text", ""),
            }
        )
    for number, child in enumerate(children):
        prefix = f"items-0-value-children-{number}"
        data.update(
            {
                f"{prefix}-deleted": "",
                f"{prefix}-order": str(number),
                f"{prefix}-id": f"child-{number}",
                f"{prefix}-value-page": child.get("page", ""),
                f"{prefix}-value-url": child.get("url", ""),
                f"{prefix}-value-text": child.get("text", ""),
            }
        )
    return data


def test_adding_a_menu_item_with_the_blank_link_beneath_saves(admin_client, home_page):
    menu = MainNavigation.objects.get(locale=Locale.get_default())
    url = reverse("wagtailsnippets_movement_mainnavigation:edit", args=[menu.pk])
    data = menu_form({"page": str(home_page.pk), "text": "Start here"}, [{}])
    response = admin_client.post(url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302, response.content.decode()[:2000]
    menu.refresh_from_db()
    assert menu.items[0].value["link"]["text"] == "Start here"
    assert list(menu.items[0].value["children"]) == []


def test_a_menu_item_with_no_link_names_the_problem_and_keeps_the_text(admin_client):
    menu = MainNavigation.objects.get(locale=Locale.get_default())
    url = reverse("wagtailsnippets_movement_mainnavigation:edit", args=[menu.pk])
    response = admin_client.post(url, menu_form({"text": "Get involved"}, []))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose a page on this site, or enter a URL below." in html
    assert "Get involved" in html


def test_an_editor_sets_the_header_button_in_a_draft(staff_client, home_page):
    """Editors draft the menu (Moderators publish it): the button goes with it."""
    menu = MainNavigation.objects.get(locale=Locale.get_default())
    url = reverse("wagtailsnippets_movement_mainnavigation:edit", args=[menu.pk])
    data = menu_form(
        {"page": str(home_page.pk)},
        [],
        action={"url": "https://www.example.org/join", "text": "Join us"},
    )
    response = staff_client("Editors").post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    menu.refresh_from_db()
    assert menu.latest_revision.as_object().action[0].value["text"] == "Join us"
    assert menu.action[0].value["text"] != "Join us"  # published only on approval


def test_a_header_button_link_without_words_is_refused(admin_client, home_page):
    menu = MainNavigation.objects.get(locale=Locale.get_default())
    url = reverse("wagtailsnippets_movement_mainnavigation:edit", args=[menu.pk])
    data = menu_form(
        {"page": str(home_page.pk)}, [], action={"url": "https://www.example.org/join"}
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "https://www.example.org/join" in response.content.decode()  # kept
