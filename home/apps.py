from django.apps import AppConfig
from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import page_published


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from wagtail.contrib.forms.models import FormSubmission

        from movement.furniture import forget_furniture_on_change

        from .comments import refresh_after_delete
        from .models import BlogCategory, Comment, Person, SafeguardingNotice

        # Authors and categories are named in posts' cached <head> and pages;
        # the safeguarding notice is beside every post's comment form.
        forget_furniture_on_change(Person, BlogCategory, SafeguardingNotice)
        # A published comment deleted, however, leaves its post at once.
        post_delete.connect(
            refresh_after_delete,
            sender=Comment,
            dispatch_uid="home.comment_deleted",
        )
        # However a form's answers go (erased, expired, deleted under Forms, or
        # with their page), the files sent with them go too, once that is final.
        post_delete.connect(
            delete_files_sent_with_answers,
            sender=FormSubmission,
            dispatch_uid="home.delete_files_sent_with_answers",
        )
        # More places, or a new date, for an event that takes bookings.
        page_published.connect(
            places_after_publish, dispatch_uid="home.places_after_publish"
        )


def delete_files_sent_with_answers(sender, instance, **kwargs):
    from movement.visitor_forms.uploads import delete_uploads

    transaction.on_commit(lambda: delete_uploads(instance.form_data))


def places_after_publish(sender, instance, **kwargs):
    from .bookings import after_publish
    from .models import EventPage

    if isinstance(instance, EventPage):
        after_publish(instance)
