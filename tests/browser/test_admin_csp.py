"""The admin works, as an editor uses it, under the policy the server sends it.

ADMIN_CONTENT_SECURITY_POLICY is the strictest Wagtail 7.4's admin works under
(movement/security.py): the site only, with inline scripts and styles. This walk
signs in through the real form as a member of the Editors group and opens what
an editor opens, listening for anything the policy refuses and any request to
another host (gravatar.com, wagtail.org's release check).
"""

import json

import pytest

from tests.browser.csp import violations, watched_tab
from tests.servers import manage

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8ffff3f0005fe02fea7d6a4b8"
    "0000000049454e44ae426082"
)


@pytest.fixture(scope="session")
def admin_targets(site_environment_for_browser):
    """Ids of what the walk opens, read from the browser site's database."""
    code = (
        "import json\n"
        "from wagtail.models import Locale, Page\n"
        "from movement.models import MainNavigation\n"
        "english = Locale.get_default()\n"
        "from django.contrib.auth.models import Group, User\n"
        "about = Page.objects.get(locale=english, slug='about')\n"
        "menu = MainNavigation.objects.get(locale=english)\n"
        "from movement.models import Footer\n"
        "footer = Footer.objects.get(locale=english)\n"
        "polish_home = Page.objects.get(locale__language_code='pl', depth=2)\n"
        "arabic_home = Page.objects.get(locale__language_code='ar', depth=2)\n"
        "user = User.objects.create_user('browser-translator', 't@example.org',"
        " 'a-long-test-password-2')\n"
        "user.groups.add(Group.objects.get(name='Translators'))\n"
        "print(json.dumps({'home': about.get_parent().pk, 'about': about.pk,"
        " 'menu': menu.pk, 'footer': footer.pk, 'polish_home': polish_home.pk,"
        " 'arabic_home': arabic_home.pk}))\n"
    )
    output = manage(site_environment_for_browser, "shell", "-v0", "-c", code).stdout
    return json.loads(output.strip().splitlines()[-1])


def signed_in_tab(browser, site_url, username, password):
    """A tab signed in through the real form, and the list of what went wrong."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page, problems = watched_tab(context)
    page.on(
        "request",
        lambda request: (
            not request.url.startswith((site_url, "data:", "blob:"))
            and problems.append("request to " + request.url)
        ),
    )
    page.goto(site_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(site_url + "/admin/")
    return context, page, problems


@pytest.fixture
def editor_page(browser, site_url, editor_login):
    context, page, problems = signed_in_tab(browser, site_url, *editor_login)
    yield page, problems
    context.close()


def test_an_editor_works_in_the_admin_under_its_policy(
    editor_page, site_url, admin_targets, tmp_path
):
    page, problems = editor_page
    response = page.goto(site_url + "/admin/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "nonce-" not in policy
    assert "frame-ancestors 'self'" in policy

    for path in (
        "/admin/pages/",
        f"/admin/pages/{admin_targets['home']}/",
        "/admin/images/",
        "/admin/documents/",
        f"/admin/snippets/movement/mainnavigation/edit/{admin_targets['menu']}/",
        "/admin/reports/site-history/",
    ):
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        problems += violations(page)

    # Editing a page, with the live preview open beside it (a framed view).
    page.goto(site_url + f"/admin/pages/{admin_targets['about']}/edit/")
    page.wait_for_load_state("networkidle")
    page.click("[data-side-panel-toggle='preview']")
    preview = page.frame_locator("iframe[id*='preview']")
    preview.locator("h1").first.wait_for(state="attached")
    problems += violations(page)

    # The footer, as a draft, with its live preview (movement/models/editorial.py).
    page.goto(
        site_url + f"/admin/snippets/movement/footer/edit/{admin_targets['footer']}/"
    )
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("button", name="Save draft").count() == 1
    page.click("[data-side-panel-toggle='preview']")
    footer_preview = page.frame_locator("iframe[id*='preview']")
    footer_preview.locator("footer.site-footer").first.wait_for(state="attached")
    problems += violations(page)

    # Choosing an image to upload shows it before it is sent (a blob: image).
    picture = tmp_path / "dot.png"
    picture.write_bytes(PNG_1PX)
    page.goto(site_url + "/admin/images/add/")
    page.set_input_files("input[type=file]", str(picture))
    page.wait_for_timeout(300)
    problems += violations(page)

    assert problems == []


def test_the_editors_bar_on_public_pages_breaks_no_rule(editor_page, site_url):
    page, problems = editor_page
    page.goto(site_url + "/en/")
    page.wait_for_load_state("networkidle")
    assert page.locator("wagtail-userbar").count() == 1
    problems += violations(page)
    assert problems == []


def test_a_translator_works_in_wagtail_localizes_editor_under_it(
    browser, site_url, admin_targets
):
    context, page, problems = signed_in_tab(
        browser, site_url, "browser-translator", "a-long-test-password-2"
    )
    page.goto(site_url + f"/admin/pages/{admin_targets['polish_home']}/edit/")
    page.wait_for_load_state("networkidle")
    # wagtail-localize's editor: a React app that draws itself into this element;
    # "Edit" on a string opens a text box for the translation.
    editor = page.locator(".js-translation-editor")
    editor.get_by_role("button", name="Edit").first.click()
    editor.locator("textarea").first.wait_for()
    problems += violations(page)
    context.close()
    assert problems == []


@pytest.mark.parametrize(
    "target, direction", [("arabic_home", "rtl"), ("polish_home", "ltr")]
)
def test_translations_are_typed_in_their_languages_direction(
    browser, site_url, admin_targets, target, direction
):
    """wagtail-localize writes Arabic left to right (#197); our script turns it."""
    context, page, problems = signed_in_tab(
        browser, site_url, "browser-translator", "a-long-test-password-2"
    )
    page.goto(site_url + f"/admin/pages/{admin_targets[target]}/edit/")
    page.wait_for_load_state("networkidle")
    editor = page.locator(".js-translation-editor")
    editor.get_by_role("button", name="Edit").first.click()
    box = editor.locator("textarea").first
    box.wait_for()
    source = editor.locator("li > p:first-child").first
    directions = {
        "box": box.evaluate("element => getComputedStyle(element).direction"),
        "source": source.evaluate("element => getComputedStyle(element).direction"),
    }
    problems += violations(page)
    context.close()
    assert directions == {"box": direction, "source": "ltr"}
    assert problems == []


def test_wagtails_own_form_for_an_arabic_page_is_right_to_left(
    browser, site_url, site_environment_for_browser, admin_targets
):
    """An Arabic page no longer synced opens in Wagtail's own form."""
    code = (
        "from wagtail.models import Page\n"
        "from wagtail_localize.models import Translation\n"
        "page = Page.objects.get(locale__language_code='ar', slug='fundamentals')\n"
        "Translation.objects.filter(source__object_id=page.translation_key,"
        " target_locale=page.locale).update(enabled=False)\n"
        "print(page.pk)\n"
    )
    page_id = manage(
        site_environment_for_browser, "shell", "-v0", "-c", code
    ).stdout.split()[-1]
    context, page, problems = signed_in_tab(
        browser, site_url, "browser-translator", "a-long-test-password-2"
    )
    page.goto(site_url + f"/admin/pages/{page_id}/edit/")
    page.wait_for_load_state("networkidle")
    form = page.locator("form[data-edit-form]")
    form.locator(".Draftail-Editor").first.wait_for()
    directions = form.evaluate(
        """form => Object.fromEntries(
            ["[name=title]", ".Draftail-Editor", "[name=slug]"].map(selector => [
                selector, getComputedStyle(form.querySelector(selector)).direction,
            ])
        )"""
    )
    problems += violations(page)
    context.close()
    assert directions == {
        "[name=title]": "rtl",
        ".Draftail-Editor": "rtl",
        "[name=slug]": "ltr",
    }
    assert problems == []
