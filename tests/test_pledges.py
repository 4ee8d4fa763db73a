"""Pledges on campaign pages: counted once per person, the count fresh within
a minute through every cache, bad input refused politely, names kept no longer
than promised. The demo's Same Pay campaign carries two pledges."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone
from django.utils.html import escape

from campaigns.models import CampaignPage, Pledge
from movement.models import PersonalDataAction
from movement.page_cache import keep_seconds
from tests.visitor_forms import filled_in, stamp_made

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"


def same_pay(language="en"):
    return CampaignPage.objects.get(
        slug="same-pay-for-the-same-day", locale__language_code=language
    )


def supporters_and_employers(language="en"):
    return list(same_pay(language).pledges.all())


def action(page, pledge, route="pledge"):
    return page.pledge_url(pledge, route)


def pledge_as(client, pledge, page=None, seconds_ago=10, **fields):
    page = page or same_pay()
    data = filled_in(seconds_ago, **{"consent": "on", **fields})
    return client.post(action(page, pledge), data)


def counted(pledge):
    return Pledge.objects.filter(pledge_key=pledge.translation_key).count()


# The page


@pytest.mark.parametrize("language", ["en", "pl", "es", "ar"])
def test_every_language_shows_the_same_count_and_a_form(client, language):
    supporters, employers = supporters_and_employers(language)
    response = client.get(same_pay(language).url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<strong>{counted(supporters)}</strong>" in html
    assert f'max="{supporters.goal}"' in html
    assert f'value="{counted(employers)}"' in html
    assert html.count('class="pledge__form"') == 2
    assert "csrfmiddlewaretoken" not in html  # the page is the same for everyone
    assert escape(supporters.consent_text) in html


def test_the_page_stays_cacheable_but_only_for_a_minute(client):
    response = client.get(same_pay().url)
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert "s-maxage=60" in cache_control
    assert "stale-while-revalidate=0" in cache_control
    assert not response.cookies
    with override_settings(PAGE_CACHE_SECONDS=600):
        assert keep_seconds(response) == 60


def test_a_campaign_without_pledges_is_kept_as_long_as_any_page(client):
    page = CampaignPage.objects.get(
        slug="fair-fares-for-young-people", locale__language_code="en"
    )
    response = client.get(page.url)
    assert "stale-while-revalidate=0" not in response["Cache-Control"]
    assert 'class="pledge"' not in response.content.decode()


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_kept_page_is_renewed_within_a_minute_with_the_new_count(client):
    supporters, _employers = supporters_and_employers()
    url = same_pay().url
    before = counted(supporters)
    assert client.get(url)["X-Page-Cache"] == "miss"
    pledge_as(client, supporters, name="Sam Kept")
    kept = client.get(url)
    assert kept["X-Page-Cache"] == "hit"  # within the minute: the kept copy
    assert f"<strong>{before}</strong>" in kept.content.decode()
    from movement.page_cache import page_cache

    page_cache().clear()  # what the cache does when the minute is up
    fresh = client.get(url).content.decode()
    assert f"<strong>{before + 1}</strong>" in fresh


# Pledging


def test_a_pledge_is_stored_and_thanked_with_the_new_count(client):
    supporters, _employers = supporters_and_employers()
    before = counted(supporters)
    response = pledge_as(
        client, supporters, name="  Jo   Bloggs ", postcode_district="fy1 4ab"
    )
    assert response.status_code == 303
    assert response["Location"].endswith("/thanks/")
    stored = Pledge.objects.get(name="Jo Bloggs")
    assert stored.postcode_district == "FY1"  # only the district of a whole postcode
    assert stored.language == "en"
    assert (
        stored.keep_until.date()
        == (stored.created_at + timedelta(days=supporters.keep_for_days)).date()
    )
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert f"<strong>{before + 1}</strong>" in thanks.content.decode()
    assert "no-store" in thanks["Cache-Control"]
    assert "noindex" in thanks.content.decode()


def test_a_pledge_in_arabic_counts_towards_the_same_goal(client):
    supporters, _employers = supporters_and_employers("ar")
    before = counted(supporters)
    response = pledge_as(client, supporters, page=same_pay("ar"), name="سارة")
    assert response.status_code == 303
    assert response["Location"].startswith("/ar/")
    english_supporters = supporters_and_employers()[0]
    assert counted(english_supporters) == before + 1
    assert Pledge.objects.get(name="سارة").language == "ar"


def test_the_same_person_is_counted_once_however_they_type(client):
    supporters, _employers = supporters_and_employers()
    first = pledge_as(client, supporters, name="Jo Bloggs", postcode_district="FY1")
    assert first.status_code == 303
    before = counted(supporters)
    again = pledge_as(client, supporters, name="jo  BLOGGS.", postcode_district="fy1")
    # Thanked the same way: nobody can learn who pledged by trying names.
    assert again.status_code == 303
    assert again["Location"] == first["Location"]
    assert counted(supporters) == before
    someone_else = pledge_as(
        client, supporters, name="Jo Bloggs", postcode_district="M1"
    )
    assert someone_else.status_code == 303
    assert counted(supporters) == before + 1


def test_an_organisation_must_be_named_and_is_listed_once_approved(client):
    _supporters, employers = supporters_and_employers()
    unnamed = pledge_as(client, employers, name="A. Boss")
    assert unnamed.status_code == 400
    assert not Pledge.objects.filter(name="A. Boss").exists()
    named = pledge_as(client, employers, name="A. Boss", organisation=f"Pier {SCRIPT}")
    assert named.status_code == 303
    page = client.get(same_pay().url).content.decode()
    assert "Pier" not in page  # not until a moderator approves it
    Pledge.objects.filter(name="A. Boss").update(organisation_approved=True)
    page = client.get(same_pay("pl").url).content.decode()
    assert escape(f"Pier {SCRIPT}") in page
    assert SCRIPT not in page


# Bad input: refused with a message, the form shown again filled in, nothing stored


@pytest.mark.parametrize(
    ("fields", "seconds_ago", "message"),
    [
        ({"name": ""}, 10, "This field is required."),
        ({"name": "x" * 65536}, 10, "at most 100 characters"),
        ({"name": "Jo", "consent": ""}, 10, "Please tick the box"),
        ({"name": "Jo", "postcode_district": "NOWHERE"}, 10, "first part of a UK"),
        (
            {"name": "Jo", "website": "http://spam.example"},
            10,
            "meant to catch automated",
        ),
        ({"name": "Jo"}, 1, "quicker than a person"),
        ({"name": "Jo"}, 4 * 24 * 3600, "opened a long time ago"),
        ({"name": "Jo", "started": "forged"}, 10, "Something went wrong"),
        ({"name": "Jo", "organisation": "o" * 20000}, 10, "at most 150 characters"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_kept(
    client, fields, seconds_ago, message
):
    supporters, _employers = supporters_and_employers()
    before = Pledge.objects.count()
    data = filled_in(seconds_ago, **{"consent": "on", **fields})
    response = client.post(action(same_pay(), supporters), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert escape(message) in html or message in html
    assert 'role="alert"' in html
    assert Pledge.objects.count() == before
    if fields.get("name"):
        assert f'value="{fields["name"][:50]}' in html  # what they typed is still there
    assert "stale-while-revalidate" not in response.get("Cache-Control", "")


def test_html_and_script_are_kept_as_text_and_shown_escaped(client, staff_client):
    supporters, _employers = supporters_and_employers()
    pledge_as(client, supporters, name=f"Jo {SCRIPT}")
    stored = Pledge.objects.get(name=f"Jo {SCRIPT}")
    moderator = staff_client("Moderators")
    listing = moderator.get("/admin/pledges/?q=alert").content.decode()
    assert escape(f"Jo {SCRIPT}") in listing
    assert SCRIPT not in listing
    inspect = moderator.get(f"/admin/pledges/inspect/{stored.pk}/").content.decode()
    assert SCRIPT not in inspect


def test_a_flood_from_one_address_is_slowed_with_a_friendly_message(client):
    supporters, _employers = supporters_and_employers()
    with override_settings(VISITOR_FORM_RATE_LIMIT=2):
        for number in range(2):
            assert (
                pledge_as(client, supporters, name=f"Flood {number}").status_code == 303
            )
        refused = pledge_as(client, supporters, name="Flood 3")
        other_network = client.post(
            action(same_pay(), supporters),
            filled_in(consent="on", name="Elsewhere"),
            REMOTE_ADDR="192.0.2.9",
        )
    assert refused.status_code == 429
    assert "A lot of forms have been sent from your network" in refused.content.decode()
    assert 'value="Flood 3"' in refused.content.decode()
    assert not Pledge.objects.filter(name="Flood 3").exists()
    assert other_network.status_code == 303


def test_a_closed_pledge_shows_its_count_and_takes_no_more(client):
    page = same_pay()
    supporters = page.pledges.first()
    supporters.is_open = False
    supporters.save()
    before = counted(supporters)
    html = client.get(page.url).content.decode()
    assert "This pledge has closed" in html
    assert f"<strong>{before}</strong>" in html
    response = pledge_as(client, supporters, name="Too late")
    assert response.status_code == 302
    assert counted(supporters) == before


def test_an_unknown_pledge_is_not_found_and_a_get_goes_to_the_form(client):
    page = same_pay()
    supporters = page.pledges.first()
    assert (
        client.get(
            page.url + "pledge/00000000-0000-0000-0000-000000000000/"
        ).status_code
        == 404
    )
    assert client.get(page.url + "pledge/not-a-key/").status_code == 404
    response = client.get(action(page, supporters))
    assert response.status_code == 302
    assert response["Location"].endswith(f"#{supporters.anchor}")


# Cross-site request forgery: the form carries no token


@pytest.fixture
def careful_client():
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_SEC_FETCH_SITE": "same-origin"},
    ],
)
def test_a_post_from_our_own_page_needs_no_token(careful_client, headers):
    supporters, _employers = supporters_and_employers()
    response = careful_client.post(
        action(same_pay(), supporters),
        filled_in(consent="on", name="Own page"),
        **headers,
    )
    assert response.status_code == 303


@pytest.mark.parametrize(
    "headers",
    [
        {},  # neither: an old browser, or a forged post that hides where it came from
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "http://sub.testserver"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "https://testserver"},  # another scheme is another origin
        {"HTTP_ORIGIN": "https://partner.example.org"},  # trusted for tokens only
    ],
)
@override_settings(CSRF_TRUSTED_ORIGINS=["https://*.example.org"])
def test_a_post_that_does_not_prove_its_origin_is_confirmed_first(
    careful_client, headers
):
    supporters, _employers = supporters_and_employers()
    before = Pledge.objects.count()
    url = action(same_pay(), supporters)
    typed = filled_in(consent="on", name=f"Jo {SCRIPT}")
    response = careful_client.post(url, typed, **headers)
    html = response.content.decode()
    assert response.status_code == 403
    assert "Please confirm you want to send this" in html
    assert escape(f"Jo {SCRIPT}") in html and SCRIPT not in html
    assert Pledge.objects.count() == before
    assert (
        "no-store" in response["Cache-Control"]
        or "private" in response["Cache-Control"]
    )
    # Sending it again from the confirmation, with its token and cookie, works.
    token = careful_client.cookies["csrftoken"].value
    confirmed = careful_client.post(url, {**typed, "csrfmiddlewaretoken": token})
    assert confirmed.status_code == 303
    assert Pledge.objects.count() == before + 1


def test_a_stale_token_is_confirmed_not_refused(careful_client):
    supporters, _employers = supporters_and_employers()
    careful_client.cookies["csrftoken"] = "a" * 32
    response = careful_client.post(
        action(same_pay(), supporters),
        {**filled_in(consent="on", name="Stale"), "csrfmiddlewaretoken": "b" * 32},
    )
    assert response.status_code == 403
    assert 'value="Stale"' in response.content.decode()


def test_the_confirmation_is_in_the_visitors_language(careful_client):
    supporters, _employers = supporters_and_employers("ar")
    response = careful_client.post(
        action(same_pay("ar"), supporters), filled_in(consent="on", name="سارة")
    )
    assert response.status_code == 403
    assert 'lang="ar"' in response.content.decode()
    assert 'dir="rtl"' in response.content.decode()


def test_the_admin_still_needs_its_token_whatever_the_origin(
    careful_client, django_user_model
):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("mod", "mod@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    careful_client.force_login(user)
    pledge = Pledge.objects.first()
    response = careful_client.post(
        f"/admin/pledges/delete/{pledge.pk}/", HTTP_ORIGIN="http://testserver"
    )
    assert response.status_code == 403
    assert Pledge.objects.filter(pk=pledge.pk).exists()


# Moderators


def test_moderators_approve_an_organisation_to_list_it(client, staff_client):
    _supporters, employers = supporters_and_employers()
    pledge_as(client, employers, name="B. Owner", organisation="Beach Huts Ltd")
    stored = Pledge.objects.get(organisation="Beach Huts Ltd")
    moderator = staff_client("Moderators")
    assert moderator.get("/admin/pledges/").status_code == 200
    response = moderator.post(
        f"/admin/pledges/edit/{stored.pk}/",
        {
            "name": stored.name,
            "organisation": stored.organisation,
            "postcode_district": "",
            "organisation_approved": "on",
        },
    )
    assert response.status_code == 302
    assert "Beach Huts Ltd" in client.get(same_pay("es").url).content.decode()


@pytest.mark.parametrize("role", ["Editors", "Translators"])
def test_other_roles_do_not_see_pledges(staff_client, role):
    response = staff_client(role).get("/admin/pledges/")
    assert response.status_code in (302, 403)


def test_the_csv_export_is_safe_to_open_in_a_spreadsheet(client, staff_client):
    supporters, _employers = supporters_and_employers()
    pledge_as(client, supporters, name='=HYPERLINK("http://evil.example","Click")')
    pledge_as(client, supporters, name="+1 cell", postcode_district="")
    pledge_as(client, supporters, name="@SUM(A1)")
    response = staff_client("Moderators").get("/admin/pledges/?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    names = [row[0] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil.example","Click")' in names
    assert "'+1 cell" in names and "'@SUM(A1)" in names
    assert not any(name.startswith(("=", "+", "-", "@")) for name in names)


def test_the_spreadsheet_export_keeps_formulas_as_text(client, staff_client):
    from openpyxl import load_workbook

    supporters, _employers = supporters_and_employers()
    pledge_as(client, supporters, name="=1+1")
    response = staff_client("Moderators").get("/admin/pledges/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value == "=1+1"]
    assert cells and all(cell.data_type == "s" for cell in cells)


# Retention and a person's requests


def test_names_are_wiped_when_their_time_is_up_and_the_count_stays(client):
    _supporters, employers = supporters_and_employers()
    before = counted(employers)
    pledge_as(
        client,
        employers,
        name="Old Name",
        organisation="Kept Ltd",
        postcode_district="FY2",
    )
    pledge_as(client, employers, name="Other Name", organisation="Unchecked Ltd")
    Pledge.objects.filter(organisation="Kept Ltd").update(organisation_approved=True)
    later = timezone.now() + timedelta(days=employers.keep_for_days + 1)
    Pledge.objects.filter(name__in=["Old Name", "Other Name"]).update(
        keep_until=timezone.now() - timedelta(seconds=1)
    )
    call_command("purge_personal_data", stdout=io.StringIO())
    assert counted(employers) == before + 2
    assert not Pledge.objects.filter(name__in=["Old Name", "Other Name"]).exists()
    assert Pledge.objects.filter(
        organisation="Kept Ltd", name="", postcode_district=""
    ).exists()
    assert not Pledge.objects.filter(organisation="Unchecked Ltd").exists()
    log = PersonalDataAction.objects.get(action="expire")
    assert log.records == {"Pledges": 2}
    assert "Old Name" not in json.dumps(log.records)
    assert later  # nothing else is wiped early:
    assert (
        Pledge.objects.filter(keep_until__isnull=False).count()
        == Pledge.objects.exclude(name="").count()
    )


def test_a_moderator_downloads_and_erases_one_persons_pledges(client, staff_client):
    supporters, employers = supporters_and_employers()
    pledge_as(client, supporters, name="Casey Request", postcode_district="LA1")
    pledge_as(client, employers, name="Casey Request", organisation="Casey's Café")
    moderator = staff_client("Moderators")
    found = moderator.post("/admin/personal-data/", {"q": "casey", "find": ""})
    assert found.status_code == 200
    keys = [
        f"pledge:{pk}"
        for pk in Pledge.objects.filter(name="Casey Request").values_list(
            "pk", flat=True
        )
    ]
    for key in keys:
        assert f'value="{key}"' in found.content.decode()

    download = moderator.post(
        "/admin/personal-data/",
        {"q": "casey", "chosen": keys, "reference": "email of 3 March", "download": ""},
    )
    assert download.status_code == 200
    assert "attachment" in download["Content-Disposition"]
    exported = json.loads(download.content)
    assert {record["organisation"] for record in exported["Pledges"]} == {
        "",
        "Casey's Café",
    }

    unconfirmed = moderator.post(
        "/admin/personal-data/",
        {"q": "casey", "chosen": keys, "reference": "email of 3 March", "erase": ""},
    )
    assert unconfirmed.status_code == 400
    assert Pledge.objects.filter(name="Casey Request").count() == 2

    erased = moderator.post(
        "/admin/personal-data/",
        {
            "q": "casey",
            "chosen": keys,
            "reference": "email of 3 March",
            "confirm_erase": "on",
            "erase": "",
        },
    )
    assert erased.status_code == 302
    assert erased["Location"] == "/admin/personal-data/"  # no name in any address
    assert not Pledge.objects.filter(name="Casey Request").exists()
    log = list(
        PersonalDataAction.objects.order_by("done_at").values(
            "action", "reference", "records"
        )
    )
    assert log == [
        {
            "action": "export",
            "reference": "email of 3 March",
            "records": {"Pledges": 2},
        },
        {"action": "erase", "reference": "email of 3 March", "records": {"Pledges": 2}},
    ]
    history = moderator.get("/admin/personal-data/").content.decode()
    assert "email of 3 March" in history and "Casey" not in history


def test_a_record_that_did_not_match_cannot_be_erased(staff_client):
    other = Pledge.objects.exclude(name="").first()
    moderator = staff_client("Moderators")
    response = moderator.post(
        "/admin/personal-data/",
        {
            "q": "nobody-by-this-name",
            "chosen": [f"pledge:{other.pk}"],
            "reference": "r",
            "confirm_erase": "on",
            "erase": "",
        },
    )
    assert response.status_code == 400
    assert Pledge.objects.filter(pk=other.pk).exists()


@pytest.mark.parametrize("role", ["Editors", "Translators"])
def test_only_moderators_handle_personal_data(staff_client, role):
    assert staff_client(role).get("/admin/personal-data/").status_code in (302, 403)


def test_the_admin_gets_djangos_plain_refusal_not_a_page_to_send_it_on(careful_client):
    response = careful_client.post(
        "/admin/login/",
        {"username": "someone", "password": "hunter2"},
        HTTP_ORIGIN="https://evil.example",
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "hunter2" not in html
    assert "Please confirm you want to send this" not in html
    assert "csrfmiddlewaretoken" not in html


def test_the_honeypot_comes_back_empty_so_a_person_can_send_again(client):
    supporters, _employers = supporters_and_employers()
    data = filled_in(consent="on", name="Autofilled", website="http://me.example")
    html = client.post(action(same_pay(), supporters), data).content.decode()
    assert 'name="website" id="pledge-' in html
    assert 'value="http://me.example"' not in html


def test_a_form_sent_back_keeps_its_good_stamp(client):
    supporters, _employers = supporters_and_employers()
    stamp = stamp_made(20)
    data = {**filled_in(name="Jo"), "started": stamp}  # no consent: a mistake
    html = client.post(action(same_pay(), supporters), data).content.decode()
    assert f'value="{stamp}"' in html


@pytest.mark.parametrize(
    "url",
    ["/en/", "/en/campaigns/same-pay-for-the-same-day/", "/en/about/", "/en/blog/"],
)
def test_pages_without_a_form_refuse_posts(client, url):
    response = client.post(url, {"anything": "1"}, HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 405


def test_nobody_adds_a_pledge_in_the_admin(admin_client):
    assert admin_client.get("/admin/pledges/new/").status_code in (302, 403)
    assert (
        "/admin/pledges/new/"
        not in admin_client.get("/admin/pledges/").content.decode()
    )


def test_a_corrected_name_is_the_one_counted_from_then_on(client, staff_client):
    supporters, _employers = supporters_and_employers()
    pledge_as(client, supporters, name="Jo Blogs")
    pledge_as(client, supporters, name="Sam Other")
    typo = Pledge.objects.get(name="Jo Blogs")
    moderator = staff_client("Moderators")
    fields = {"name": "Jo Bloggs", "organisation": "", "postcode_district": ""}
    assert moderator.post(f"/admin/pledges/edit/{typo.pk}/", fields).status_code == 302
    before = counted(supporters)
    pledge_as(client, supporters, name="Jo Bloggs")
    assert counted(supporters) == before
    clash = Pledge.objects.get(name="Sam Other")
    response = moderator.post(f"/admin/pledges/edit/{clash.pk}/", fields)
    assert response.status_code == 200
    assert (
        "the same name, organisation and postcode district" in response.content.decode()
    )
    assert Pledge.objects.get(pk=clash.pk).name == "Sam Other"


def test_the_history_of_changes_keeps_no_name(client, staff_client):
    from wagtail.models import ModelLogEntry

    supporters, _employers = supporters_and_employers()
    pledge_as(client, supporters, name="Logged Person")
    pledge = Pledge.objects.get(name="Logged Person")
    staff_client("Moderators").post(f"/admin/pledges/delete/{pledge.pk}/")
    labels = list(ModelLogEntry.objects.values_list("label", flat=True))
    assert labels and not any("Logged Person" in label for label in labels)


def test_one_ipv6_network_counts_as_one_address(client):
    supporters, _employers = supporters_and_employers()
    with override_settings(VISITOR_FORM_RATE_LIMIT=1):
        first = client.post(
            action(same_pay(), supporters),
            filled_in(consent="on", name="Six 1"),
            REMOTE_ADDR="2001:db8:1:2::10",
        )
        second = client.post(
            action(same_pay(), supporters),
            filled_in(consent="on", name="Six 2"),
            REMOTE_ADDR="2001:db8:1:2:ffff::99",
        )
    assert (first.status_code, second.status_code) == (303, 429)


def test_a_page_kept_for_no_time_is_not_kept(rf, settings):
    from django.http import HttpResponse

    from movement.http_cache import keep_at_most, share_publicly

    response = share_publicly(rf.get("/"), keep_at_most(HttpResponse("x"), 0))
    assert "s-maxage=0" in response["Cache-Control"]


def test_the_deploy_check_stands_in_for_djangos_csrf_check(settings):
    from movement.visitor_forms.csrf import csrf_protection_installed

    assert "security.W003" in settings.SILENCED_SYSTEM_CHECKS
    assert csrf_protection_installed(None) == []
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if "csrf" not in name.lower()
    ]
    [warning] = csrf_protection_installed(None)
    assert warning.id == "movement.W003"
