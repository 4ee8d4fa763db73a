import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "movement.settings.production")

application = get_wsgi_application()

# Imported once Django is set up: kept pages are answered before Django's request.
from movement.page_cache import KeptPageFrontDoor  # noqa: E402

application = KeptPageFrontDoor(application)
