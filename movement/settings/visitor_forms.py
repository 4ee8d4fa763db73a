"""Forms visitors fill in: pledges, form pages, bookings (movement/visitor_forms)."""

from .env import env_int

# A post from a kept page carries no token: the browser's Origin proves where it
# came from (movement/visitor_forms/csrf.py); without it, the visitor confirms.
CSRF_FAILURE_VIEW = "movement.visitor_forms.csrf.csrf_failure"
# Django's check for its CSRF middleware looks for it by name; ours subclasses it
# and has its own check (movement.W003 in movement/visitor_forms/csrf.py).
SILENCED_SYSTEM_CHECKS = ["security.W003"]

# Sends per network address and form kind in a window. A school or a phone
# network puts many people behind one address, so the limit is generous.
VISITOR_FORM_RATE_LIMIT = env_int("VISITOR_FORM_RATE_LIMIT", 30)
VISITOR_FORM_RATE_SECONDS = 10 * 60
# No person fills in a form in less; a page kept by caches (up to a day while the
# site is down) is still good to send from for this long.
VISITOR_FORM_QUICKEST_SECONDS = 3
VISITOR_FORM_OLDEST_SECONDS = 3 * 24 * 60 * 60
# A photo or PDF sent with a form page (movement/visitor_forms/uploads.py).
VISITOR_UPLOAD_MAX_BYTES = 10 * 1024 * 1024

# Comments on blog posts (home/models/comments.py, docs/privacy.md): one never
# published is deleted this many days after it was sent, or after a moderator
# rejected it or marked it as spam; a published one stays with its post, and the
# email address given with it is emptied this many days after it was published.
COMMENT_PENDING_KEEP_DAYS = env_int("COMMENT_PENDING_KEEP_DAYS", 90)
COMMENT_REFUSED_KEEP_DAYS = env_int("COMMENT_REFUSED_KEEP_DAYS", 30)
COMMENT_EMAIL_KEEP_DAYS = env_int("COMMENT_EMAIL_KEEP_DAYS", 90)
