"""The redirects CSV import, walked as a Moderator: upload, confirm, report."""

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
