"""The team's email of a form page's answers, sent by the background worker.

The answers are stored before this is queued; a mail server that is down makes
the task fail, and the worker tries it again (movement/task_retries.py). The
email is plain text: whatever a visitor typed, HTML and script included, is
shown as the characters they typed and never run.
"""

from django.core.mail import EmailMessage
from django_tasks import task


@task()
def send_form_answers(submission_id):
    from wagtail.contrib.forms.models import FormSubmission

    submission = FormSubmission.objects.filter(pk=submission_id).first()
    if submission is None:
        return "gone"  # erased before the mail went
    page = submission.page.specific
    lines = [
        f"{label}: {submission.form_data.get(name, '')}"
        for name, label in _fields(page)
    ]
    EmailMessage(
        subject=" ".join((page.subject or page.title).split()),
        body="\n".join(lines) + "\n",
        from_email=page.from_address or None,
        to=[
            address.strip() for address in page.to_address.split(",") if address.strip()
        ],
    ).send()
    return "sent"


def _fields(page):
    return [(field.clean_name, field.label) for field in page.get_form_fields()]
