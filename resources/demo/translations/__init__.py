"""What the resources' demo translates: the Bounce Forward teacher pack.

In Polish the page also offers a Polish PDF of the pack (teacher_pack_pl.py).
"""

from resources.models import ResourcePage

from . import ar, es, pl

LANGUAGES = {"pl": pl, "es": es, "ar": ar}

RESOURCE = "bounce-forward-teacher-pack"


def translated_objects(demo):
    return [ResourcePage.objects.child_of(demo.pages["resources"]).get(slug=RESOURCE)]
