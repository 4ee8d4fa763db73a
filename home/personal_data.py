"""Bookings and form answers as personal data: found and erased on request,
deleted when their time is up (with any file sent)."""

from datetime import timedelta

from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FormSubmission

from movement.personal_data import PersonalData

from .models.bookings import Booking
from .models.forms import FormPage


class BookingPersonalData(PersonalData):
    kind = "booking"
    label = _("Event bookings")
    model = Booking
    search_fields = ("name", "email")
    fields = Booking.KEPT_FIELDS


class FormAnswersPersonalData(PersonalData):
    kind = "form"
    label = _("Form answers")
    model = FormSubmission
    made_at = "submit_time"
    # Erasing or expiring answers deletes their files too (home/apps.py).

    def queryset(self):
        return FormSubmission.objects.annotate(
            answers=Cast("form_data", TextField())
        ).select_related("page")

    def found(self, term):
        return self.queryset().filter(answers__icontains=term)

    def shown(self, answer):
        return [(_("form"), answer.page.title), (_("answers"), answer.form_data)]

    def export(self, keys):
        return [
            {"form": a.page.title, "sent": a.submit_time.isoformat(), **a.form_data}
            for a in self.chosen(keys)
        ]

    def expired(self, now):
        expired = FormSubmission.objects.none()
        for page in FormPage.objects.only("pk", "keep_answers_for_days"):
            cutoff = now - timedelta(days=page.keep_answers_for_days)
            expired |= FormSubmission.objects.filter(
                page_id=page.pk, submit_time__lt=cutoff
            )
        return expired
