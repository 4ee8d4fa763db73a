"""The browser tests' server: development settings, but with DEBUG off.

With DEBUG on, Django answers a missing page with its technical 404 page, so the
browser would never see the site's own 404 page a visitor gets.
"""

from movement.settings.dev import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "tests.browser.server_urls"
