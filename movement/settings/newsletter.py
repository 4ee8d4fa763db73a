"""The newsletter (movement/newsletter): double opt-in, sending in batches.

wagtail-newsletter gives a newsletter page its Newsletter tab; our backend
(movement.newsletter.backend) keeps subscribers here and sends through
Django's email backend, a batch per background task.
"""

from .env import env_int, env_str

WAGTAIL_NEWSLETTER_CAMPAIGN_BACKEND = "movement.newsletter.backend.LocalCampaignBackend"
WAGTAIL_NEWSLETTER_FROM_NAME = (
    env_str("NEWSLETTER_FROM_NAME") or "Resilience Revolution"
)
WAGTAIL_NEWSLETTER_REPLY_TO = env_str("NEWSLETTER_REPLY_TO") or "hello@example.org"

# A sign-up nobody confirms is deleted after this many days; its link works
# for NEWSLETTER_CONFIRM_DAYS (no longer than that).
NEWSLETTER_UNCONFIRMED_DAYS = env_int("NEWSLETTER_UNCONFIRMED_DAYS", 14)
NEWSLETTER_CONFIRM_DAYS = 7
# Someone who signs up again is sent the link again at most this often.
NEWSLETTER_RESEND_SECONDS = 10 * 60
# Emails per background task: each task sends this many, then queues the next,
# so a worker is never busy for long and a restart loses at most one batch.
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 200)
