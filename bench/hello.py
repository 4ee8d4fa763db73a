"""A Django hello world: the fastest any Django page can be under the same gunicorn.

    gunicorn bench.hello:application

No apps, no middleware, no database, no templates: one view returning a short
response for any path (bench/viral.py measures it as "the Python limit").
"""

import django
from django.conf import settings
from django.http import HttpResponse
from django.urls import re_path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-only-not-secret",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    USE_I18N=False,
)
django.setup()


def hello(request):
    return HttpResponse("Hello, world\n", content_type="text/plain; charset=utf-8")


urlpatterns = [re_path(r"", hello)]

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
