"""The site's URLs, plus uploaded files, which Django serves only with DEBUG on.

(In production the web server in front serves them; `runserver --insecure` serves
the static files.)
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from movement.urls import handler500, urlpatterns

__all__ = ["handler500", "urlpatterns"]

urlpatterns = [
    re_path(
        rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
        serve,
        {"document_root": settings.MEDIA_ROOT},
    ),
    *urlpatterns,
]
