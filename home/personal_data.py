"""Bookings and form answers as personal data: found and erased on request,
deleted when their time is up (with any file sent)."""

from datetime import timedelta

from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FormSubmission

from movement.personal_data import PersonalData

from .models.bookings import Booking
from .models.comments import Comment, CommentStatus
from .models.forms import FormPage


class BookingPersonalData(PersonalData):
    kind = "booking"
    label = _("Event bookings")
    model = Booking
    search_fields = ("name", "email")
    fields = Booking.KEPT_FIELDS


class CommentPersonalData(PersonalData):
    kind = "comment"
    label = _("Comments on blog posts")
    model = Comment
    search_fields = ("display_name", "email")
    fields = Comment.KEPT_FIELDS

    def queryset(self):
        # The movement's own replies are not a visitor's data.
        return Comment.objects.filter(by_the_movement=False).select_related("page")

    def shown(self, comment):
        return [
            (_("post"), comment.page.title),
            *super().shown(comment),
        ]

    def exported(self, comment):
        return {
            "post": comment.page.title,
            "url": comment.page.full_url,
            **super().exported(comment),
        }

    def expire(self, now):
        """Published comments stay with their post and lose their email address;
        the rest (never published, rejected, spam) are deleted."""
        expired = self.expired(now)
        number = expired.count()
        expired.filter(status=CommentStatus.APPROVED).update(email="", keep_until=None)
        self.expired(now).delete()
        return number


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
