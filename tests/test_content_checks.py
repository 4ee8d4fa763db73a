import json
import re

import pytest
from wagtail.models import Page

from home.models import StandardPage
from movement.content_checks import EDITOR_RULES, page_findings
from movement.readability import reading_score
from tests.factories import ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

EASY = (
    "We meet on Fridays. You can come with a friend. We play games and we talk. "
    "It is free. Bring a snack if you like. Ask us if you need help to get here. "
    "We are glad you came. See you soon."
)
HARD = (
    "Organisational resilience methodologies necessitate comprehensive "
    "interdisciplinary collaboration between educational institutions, "
    "statutory safeguarding authorities and voluntary community organisations, "
    "particularly regarding the systematic identification of intergenerational "
    "disadvantage, the operationalisation of evidence-informed therapeutic "
    "interventions and the longitudinal evaluation of psychosocial outcomes."
)
OUR_FINDINGS = {"content-image-alt", "content-summary", "content-meta-description"}


def make_page(parent, alt_text, summary="", description="", text=EASY):
    image = ImageFactory()
    body = [
        {"type": "paragraph", "value": f"<p>{text}</p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": alt_text, "decorative": False},
                "caption": "",
                "credit": "",
            },
        },
    ]
    return StandardPageFactory(
        parent=parent,
        body=json.dumps(body),
        listing_summary=summary,
        search_description=description,
    )


def well_made_page(parent):
    return make_page(
        parent,
        "Young people painting a mural",
        summary="What we painted.",
        description="The mural we painted together.",
    )


def axe_configuration(response):
    match = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    assert match, "no content checker on the page"
    return json.loads(match.group(1))


def test_the_editors_checks_panel_runs_every_rule_for_content(staff_client, home_page):
    page = well_made_page(home_page)
    client = staff_client("Editors")

    config = axe_configuration(client.get(f"/admin/pages/{page.pk}/edit/"))

    assert config["options"]["runOnly"] == EDITOR_RULES
    assert {"image-alt", "color-contrast", "th-has-data-cells", "heading-order"} <= set(
        config["options"]["runOnly"]
    )
    # Each rule says what to do, in our words rather than axe's.
    assert set(EDITOR_RULES) <= set(config["messages"])
    assert config["messages"]["p-as-heading"]["help_text"] == (
        "Choose a heading style (H2, H3) instead of bold text."
    )


def test_a_file_name_as_alt_text_and_no_summary_are_findings_in_preview(
    staff_client, home_page
):
    page = make_page(home_page, "IMG_2041.jpg")
    client = staff_client("Editors")

    config = axe_configuration(client.get(f"/admin/pages/{page.pk}/view_draft/"))

    assert set(config["options"]["runOnly"]) >= OUR_FINDINGS
    rules = {rule["id"]: rule for rule in config["spec"]["rules"]}
    assert set(rules) >= OUR_FINDINGS
    assert rules["content-summary"]["selector"] == "main"
    assert config["options"]["rules"]["content-summary"]["checks"] == {
        "check-image-alt-text": {"options": {"pattern": "^"}}
    }
    assert config["messages"]["content-summary"]["error_name"] == (
        "The page has no summary"
    )
    assert "Promote tab" in config["messages"]["content-meta-description"]["help_text"]


def test_a_well_made_page_has_no_findings(staff_client, home_page):
    page = well_made_page(home_page)
    client = staff_client("Editors")

    config = axe_configuration(client.get(f"/admin/pages/{page.pk}/view_draft/"))

    assert config["options"]["runOnly"] == EDITOR_RULES
    assert config["options"]["rules"] == {}


def test_an_introduction_is_a_summary(home_page):
    page = make_page(home_page, "Young people painting a mural")
    assert "content-summary" in page_findings(page)

    page.introduction = "<p>What we painted.</p>"

    assert "content-summary" not in page_findings(page)


def test_a_decorative_image_needs_no_alt_text(home_page):
    page = well_made_page(home_page)
    page.body[1].value["image"].decorative = True
    page.body[1].value["image"].contextual_alt_text = ""

    assert "content-image-alt" not in page_findings(page)


def test_visitors_never_receive_the_checks(client, staff_client, home_page):
    page = make_page(home_page, "IMG_2041.jpg")

    public = client.get(page.url).content.decode()
    as_editor = staff_client("Editors").get(page.url)

    assert "checker-axe-configuration" not in public
    assert "content-summary" not in public
    assert "content-summary" in axe_configuration(as_editor)["options"]["runOnly"]


def test_hard_english_is_hard_and_easy_english_is_easy():
    easy = reading_score(EASY, "en")
    hard = reading_score(HARD, "en")

    assert easy.is_plain
    assert easy.verdict.startswith("Easy to read for ages")
    assert not hard.is_plain
    assert "shorter sentences and shorter words" in hard.verdict


def test_hard_text_is_a_finding(home_page):
    assert "content-reading-score" in page_findings(make_page(home_page, "", text=HARD))
    assert "content-reading-score" not in page_findings(well_made_page(home_page))


def test_spanish_and_polish_are_scored():
    spanish = (
        "Nos vemos los viernes. Puedes venir con un amigo. Jugamos y hablamos. "
        "Es gratis. Trae algo de comer si quieres. Pregunta si necesitas ayuda. "
        "Nos alegra que vengas. Hasta pronto, amigo."
    )
    polish = (
        "Spotykamy się w piątki. Możesz przyjść z kolegą. Gramy i rozmawiamy. "
        "To nic nie kosztuje. Weź coś do jedzenia. Zapytaj, jeśli potrzebujesz "
        "pomocy. Cieszymy się, że jesteś. Do zobaczenia wkrótce."
    )

    assert reading_score(spanish, "es").is_plain
    assert reading_score(polish, "pl").is_plain


def test_too_short_a_text_gets_no_score():
    assert reading_score("We meet on Fridays.", "en") is None


def test_an_arabic_page_says_it_has_no_reading_score():
    arabic = (
        Page.objects.type(StandardPage)
        .filter(locale__language_code="ar")
        .first()
        .specific
    )

    problem, what_to_do = page_findings(arabic)["content-reading-score"]

    assert problem == "No reading score for Arabic yet"
