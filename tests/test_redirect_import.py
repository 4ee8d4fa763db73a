"""The redirects CSV import, walked as a Moderator: upload, confirm, report."""

import html
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect

pytestmark = pytest.mark.django_db

OURS = "http://localhost"  # the demo site's hostname
MIXED_CSV = f"""from,to
https://old.example.org/2019/05/same-pay/,{OURS}/en/campaigns/
/old-team/,{OURS}/en/
/loop-a/,{OURS}/loop-b/
/loop-b/,{OURS}/loop-a/
/old-team/,{OURS}/en/about/
/itself/,{OURS}/itself/
/closes-db-loop/,{OURS}/already-there/
,{OURS}/en/
/relative-to/,/en/
""".encode()


def import_csv(client, content):
    upload = SimpleUploadedFile("old-site.csv", content, content_type="text/csv")
    confirm = client.post(
        reverse("wagtailredirects:start_import"), {"import_file": upload}
    )
    assert confirm.status_code == 200
    form = confirm.context["form"]
    data = {name: form[name].value() for name in form.fields}
    data.update({"from_index": 0, "to_index": 1, "permanent": "on", "site": ""})
    return client.post(reverse("wagtailredirects:process_import"), data)


def imported_paths():
    return set(Redirect.objects.values_list("old_path", flat=True))


def summary_rows(response):
    """{from: reason} for each row of the summary page's table of rejected rows."""
    cells = re.findall(
        r"<tr>\s*<td>(.*?)</td>\s*<td>.*?</td>\s*<td>(.*?)</td>\s*</tr>",
        response.content.decode(),
        re.S,
    )
    return {html.unescape(old): html.unescape(reason) for old, reason in cells}


NO_TO = "No address to redirect to: give a full URL."


def test_good_rows_import_and_bad_rows_are_reported(staff_client):
    Redirect.objects.create(
        old_path="/already-there", redirect_link=f"{OURS}/closes-db-loop/"
    )
    client = staff_client("Moderators")

    response = import_csv(client, MIXED_CSV)

    assert response.status_code == 200
    imported = set(Redirect.objects.values_list("old_path", "redirect_link"))
    assert imported == {
        ("/already-there", f"{OURS}/closes-db-loop/"),
        ("/2019/05/same-pay", f"{OURS}/en/campaigns/"),
        ("/old-team", f"{OURS}/en/"),
        ("/loop-a", f"{OURS}/loop-b/"),
    }
    errors = {row[0]: row[2] for row in response.context["import_summary"]["errors"]}
    assert errors["/loop-b/"] == (
        "This would make a loop: /loop-a already redirects to /loop-b."
    )
    assert errors["/itself/"] == "This redirect points to itself."
    assert errors["/closes-db-loop/"].startswith("This would make a loop")
    assert errors["/old-team/"] == "A redirect with this path already exists."
    assert errors[""] == "This field is required."
    # Wagtail's own reason: "to" must be a full URL, not a path.
    assert errors["/relative-to/"] == "Enter a valid URL."
    assert b"points to itself" in response.content


def test_editors_cannot_import_redirects(staff_client):
    client = staff_client("Editors")
    response = client.get(reverse("wagtailredirects:start_import"))
    assert response.status_code == 302
    assert response.url != reverse("wagtailredirects:start_import")


def test_adding_one_redirect_by_hand_is_unchanged(staff_client):
    # The swap only touches the import; the add form is still Wagtail's own.
    client = staff_client("Moderators")
    response = client.get(reverse("wagtailredirects:add"))
    assert type(response.context["form"]).__name__ == "RedirectForm"


def test_blank_lines_are_skipped_not_a_server_error(staff_client):
    # A stray empty line, and an empty row as a spreadsheet saves it (",").
    # Wagtail indexed them and failed with a 500, after saving the rows above.
    content = f"from,to\n/first/,{OURS}/en/\n\n,\n/second/,{OURS}/en/about/\n"

    response = import_csv(staff_client("Moderators"), content.encode())

    assert response.status_code == 302  # nothing rejected: back to the list
    assert imported_paths() == {"/first", "/second"}


@pytest.mark.parametrize("row", ["/no-to/", "/no-to/,"], ids=["one column", "empty"])
def test_a_row_without_a_to_is_reported_not_imported(staff_client, row):
    # One column was a 500; an empty "to" was saved as a redirect to nowhere,
    # which then blocked the corrected row ("already exists").
    content = f"from,to\n/first/,{OURS}/en/\n{row}\n"

    response = import_csv(staff_client("Moderators"), content.encode())

    assert response.status_code == 200
    assert imported_paths() == {"/first"}
    assert summary_rows(response) == {"/no-to/": NO_TO}


def test_an_old_path_that_already_redirects_is_reported_and_kept(staff_client):
    Redirect.objects.create(old_path="/old-team", redirect_link=f"{OURS}/en/")
    # The same path as the old site's full address, with its trailing slash.
    content = (
        f"from,to\nhttps://old.example.org/old-team/,{OURS}/en/about/\n"
        f"/first/,{OURS}/en/\n"
    )

    response = import_csv(staff_client("Moderators"), content.encode())

    assert summary_rows(response) == {
        "https://old.example.org/old-team/": "A redirect with this path already exists."
    }
    assert Redirect.objects.get(old_path="/old-team").link == f"{OURS}/en/"
    assert imported_paths() == {"/old-team", "/first"}


def test_a_mixed_file_imports_the_good_rows_and_lists_every_bad_one(staff_client):
    Redirect.objects.create(old_path="/old-team", redirect_link=f"{OURS}/en/")
    content = f"""from,to
/first/,{OURS}/en/

/old-team/,{OURS}/en/about/
/only-from/
/empty-to/,
/second/,{OURS}/en/campaigns/
/relative-to/,/en/
,
""".encode()

    response = import_csv(staff_client("Moderators"), content)

    assert response.status_code == 200
    assert imported_paths() == {"/old-team", "/first", "/second"}
    assert summary_rows(response) == {
        "/old-team/": "A redirect with this path already exists.",
        "/only-from/": NO_TO,
        "/empty-to/": NO_TO,
        "/relative-to/": "Enter a valid URL.",
    }
    assert "Found 6 redirects, created 2 and found 4 errors." in html.unescape(
        response.content.decode()
    )
