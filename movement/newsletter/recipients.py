"""A recipient list for every topic, made when the topic is added, so a
newsletter page can be sent to it without a Moderator making one first."""

from django.db.models.signals import post_save
from wagtail_newsletter.models import NewsletterRecipients


def list_for_new_topic(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    # One list per topic in every language: a translation is the same topic.
    NewsletterRecipients.objects.get_or_create(
        audience=str(instance.translation_key), defaults={"name": instance.name}
    )


def connect_signals():
    from movement.models.newsletter import NewsletterTopic

    post_save.connect(
        list_for_new_topic, sender=NewsletterTopic, dispatch_uid="newsletter-recipients"
    )
