"""The newsletter's topics (each gets its recipient list as it is made:
movement/newsletter/recipients.py)."""

from wagtail.models import Locale

from movement.models import NewsletterTopic

TOPICS = [
    ("Campaign news", "What our campaigns have done, and what you can do next."),
    ("Events", "Training, talks and meet-ups, near you and online."),
    ("Resources for schools", "New packs and guides for teachers and practitioners."),
]


def load(demo):
    locale = Locale.get_default()
    for position, (name, description) in enumerate(TOPICS):
        if not NewsletterTopic.objects.filter(locale=locale, name=name).exists():
            NewsletterTopic.objects.create(
                locale=locale, name=name, description=description, position=position
            )
