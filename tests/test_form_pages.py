"""Form pages editors build (home/models/forms.py): answers stored before any
email, the email retried when the mail server is down, files checked and kept
privately, answers for Moderators only, exported safely, deleted on time.
The demo has "Share your story" (with a photo or PDF) and "Write to us"."""

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape
from wagtail.contrib.forms.models import FormSubmission

from home.models import FormPage
from movement.storage import documents_storage
from tests.admin_uploads import small_png
from tests.task_worker import come_due, run_due_tasks
from tests.visitor_forms import filled_in

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
NAME = "your_first_name_or_a_made_up_name"
STORY = "your_story"
FILE = "a_photo_or_a_document"


def story_page(language="en"):
    return FormPage.objects.get(slug="share-your-story", locale__language_code=language)


def send_story(client, language="en", **fields):
    data = filled_in(**{NAME: "Jo", STORY: "It was unfair.", "consent": "on", **fields})
    return client.post(story_page(language).url, data)


def upload(name, content):
    return SimpleUploadedFile(name, content)


def test_the_form_page_is_kept_by_caches_and_has_no_token(client):
    response = client.get(story_page().url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert "csrfmiddlewaretoken" not in html
    assert 'enctype="multipart/form-data"' in html
    assert escape(story_page().consent_text) in html


def test_a_story_is_stored_then_mailed(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = send_story(client, **{NAME: f"Jo {SCRIPT}", STORY: "=1+1 " + SCRIPT})
    assert response.status_code == 200
    assert "Thank you: it has reached us" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    answer = FormSubmission.objects.get(page=story_page())
    assert answer.form_data[NAME] == f"Jo {SCRIPT}"
    assert "started" not in answer.form_data and "website" not in answer.form_data
    [email] = mail.outbox
    assert email.to == ["stories@example.org"]
    assert f"Jo {SCRIPT}" in email.body  # plain text: as typed, never run


def test_a_story_is_kept_when_the_mail_server_is_down_and_mailed_later(
    client, database_tasks, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with django_capture_on_commit_callbacks(execute=True):
        response = send_story(client)
    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=story_page()).count() == 1
    [failed] = [t for t in run_due_tasks() if "form_mail" in t.task_path]
    assert failed.status == "READY"
    assert "ConnectionRefusedError" in caplog.text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    come_due(failed)
    [sent] = [t for t in run_due_tasks() if "form_mail" in t.task_path]
    assert sent.status == "SUCCESSFUL"
    assert len(mail.outbox) == 1


def test_a_photo_is_kept_privately_and_only_moderators_download_it(
    client, staff_client
):
    response = send_story(client, **{FILE: upload("me.png", small_png())})
    assert response.status_code == 200
    stored = FormSubmission.objects.get(page=story_page()).form_data[FILE]
    assert stored.startswith("form-uploads/") and stored.endswith("me.png")
    assert documents_storage.exists(stored)
    assert client.get(f"/admin/form-uploads/{stored}").status_code == 302  # sign in
    assert staff_client("Editors").get(f"/admin/form-uploads/{stored}").status_code in (
        302,
        403,
    )
    download = staff_client("Moderators").get(f"/admin/form-uploads/{stored}")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == small_png()
    documents_storage.delete(stored)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.jpg", b"MZ\x90\x00 a program", "not the JPG its name says"),
        ("page.pdf", b"<html><script>", "not the PDF its name says"),
        ("run.exe", b"MZ", "Please send a photo (JPEG, PNG or WebP) or a PDF."),
        ("big.pdf", b"%PDF-1.4" + b"0" * (10 * 1024 * 1024), "the most we can take is"),
    ],
)
def test_a_file_that_is_too_big_or_not_what_it_says_is_refused(
    client, name, content, message
):
    response = send_story(client, **{STORY: "Kept story", FILE: upload(name, content)})
    html = response.content.decode()
    assert response.status_code == 400
    assert escape(message) in html or message in html
    assert "Kept story" in html  # what they typed is still there
    assert not FormSubmission.objects.filter(page=story_page()).exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({STORY: ""}, "This field is required."),
        ({STORY: "x" * 65536}, "at most 5000 characters"),
        ({NAME: "n" * 65536}, "at most 255 characters"),
        ({"consent": ""}, "Please tick the box"),
        ({"website": "http://spam.example"}, "meant to catch automated"),
    ],
)
def test_bad_answers_are_refused_with_a_message(client, fields, message):
    response = send_story(client, **fields)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not FormSubmission.objects.filter(page=story_page()).exists()


def test_only_moderators_read_and_export_answers(client, staff_client):
    send_story(client, **{NAME: '=HYPERLINK("http://evil.example","x")'})
    page = story_page()
    for role in ("Editors", "Translators"):
        listing = staff_client(role).get(f"/admin/forms/submissions/{page.pk}/")
        assert listing.status_code in (302, 403, 404)
    moderator = staff_client("Moderators")
    assert moderator.get(f"/admin/forms/submissions/{page.pk}/").status_code == 200
    export = moderator.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil.example","x")' in cells
    assert not any(cell.startswith("=") for cell in cells)


def test_answers_and_their_files_are_deleted_when_their_time_is_up(
    client, django_capture_on_commit_callbacks
):
    send_story(client, **{FILE: upload("old.png", small_png())})
    answer = FormSubmission.objects.get(page=story_page())
    stored = answer.form_data[FILE]
    FormSubmission.objects.filter(pk=answer.pk).update(
        submit_time=timezone.now()
        - timedelta(days=story_page().keep_answers_for_days + 1)
    )
    send_story(client, **{NAME: "Recent"})
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_personal_data", stdout=io.StringIO())
    assert not FormSubmission.objects.filter(pk=answer.pk).exists()
    assert not documents_storage.exists(stored)
    assert [a.form_data[NAME] for a in FormSubmission.objects.all()] == ["Recent"]


def test_a_moderator_finds_and_erases_a_persons_answers(
    client, staff_client, django_capture_on_commit_callbacks
):
    send_story(client, **{NAME: "Robin Request", FILE: upload("r.png", small_png())})
    answer = FormSubmission.objects.get(page=story_page())
    stored = answer.form_data[FILE]
    moderator = staff_client("Moderators")
    found = moderator.post(
        "/admin/personal-data/", {"q": "robin request"}
    ).content.decode()
    assert f'value="form:{answer.pk}"' in found
    with django_capture_on_commit_callbacks(execute=True):
        erased = moderator.post(
            "/admin/personal-data/",
            {
                "q": "robin request",
                "chosen": [f"form:{answer.pk}"],
                "reference": "r",
                "confirm_erase": "on",
                "erase": "",
            },
        )
    assert erased.status_code == 302
    assert not FormSubmission.objects.filter(pk=answer.pk).exists()
    assert not documents_storage.exists(stored)


def test_a_form_in_arabic_shows_its_page_right_to_left(client):
    response = client.get(story_page("ar").url)
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()


def test_a_typed_path_to_a_file_is_never_deleted(
    client, django_capture_on_commit_callbacks
):
    victim = documents_storage.save(
        "packs/annual-accounts.pdf", io.BytesIO(b"%PDF-1.4")
    )
    send_story(client, **{STORY: victim, NAME: "form-uploads/../" + victim})
    with django_capture_on_commit_callbacks(execute=True):
        FormSubmission.objects.filter(page=story_page()).delete()
    assert documents_storage.exists(victim)
    documents_storage.delete(victim)


def test_files_go_when_answers_are_deleted_anywhere(
    client, django_capture_on_commit_callbacks
):
    send_story(client, **{FILE: upload("gone.png", small_png())})
    stored = FormSubmission.objects.get(page=story_page()).form_data[FILE]
    with django_capture_on_commit_callbacks(execute=True):
        FormSubmission.objects.filter(page=story_page()).delete()  # e.g. under Forms
    assert not documents_storage.exists(stored)


@pytest.mark.parametrize("label", ["Website", "Started", "Consent"])
def test_a_question_may_not_take_a_name_every_form_has(label):
    from django.core.exceptions import ValidationError

    from home.models import FormField

    question = FormField(page=story_page(), label=label, field_type="singleline")
    with pytest.raises(ValidationError) as refused:
        question.clean()
    assert "label" in refused.value.message_dict
