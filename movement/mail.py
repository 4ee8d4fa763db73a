"""A plain-text email to one person, in their language, from two templates.

The background tasks that mail visitors (a booking, a reply to a comment, a
newsletter sign-up) call this; a mail server that is down raises, and the
worker tries the task again (movement/task_retries.py).
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def send_plain_mail(address, language, subject_template, body_template, context):
    with translation.override(language):
        subject = render_to_string(subject_template, context)
        body = render_to_string(body_template, context)
    # A subject is one line, however the template wraps it.
    send_mail(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, [address])
