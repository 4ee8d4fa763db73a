from django.http import HttpResponseServerError
from django.template import loader
from django.utils.translation import get_language


def server_error(request):
    """Render 500.html without touching the database, which may be what failed."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(
        template.render({"request": request, "LANGUAGE_CODE": get_language()})
    )
