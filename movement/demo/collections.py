"""Collections: photographs, packs, and a team-only folder behind the sign-in.

Images and documents made by the earlier steps start in the root collection;
on the first load they are sorted into "Photographs" and "Packs and guides".
"Team only" is private: its documents are served only to signed-in staff
(Wagtail's collection privacy, which the download links announce, see
movement/privacy.py).
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from .pdfs import Section, build_pdf

PHOTOGRAPHS = "Photographs"
PACKS = "Packs and guides"
TEAM_ONLY = "Team only"


def load(demo):
    root = Collection.get_first_root_node()
    if root.get_children().filter(name=PHOTOGRAPHS).exists():
        return  # sorted before: later runs leave the editors' filing alone
    photographs = root.add_child(name=PHOTOGRAPHS)
    packs = root.add_child(name=PACKS)
    team_only = root.add_child(name=TEAM_ONLY)
    CollectionViewRestriction.objects.create(
        collection=team_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    get_image_model().objects.filter(collection=root).update(collection=photographs)
    get_document_model().objects.filter(collection=root).update(collection=packs)
    _facilitator_notes(team_only)


def _facilitator_notes(collection):
    document = get_document_model()(
        title="Facilitator notes for the teacher pack (team only)",
        collection=collection,
    )
    sections = [
        Section(
            "Before the session",
            [
                "Read the pack through once and choose two activities that suit the "
                "group. Check who in the room may find the topic close to home.",
            ],
        ),
        Section(
            "After the session",
            [
                "Note what the young people asked to change, and pass it to the "
                "campaign team: changing the odds starts with what they tell us.",
            ],
        ),
    ]
    notes = build_pdf(document.title, "For the movement's own facilitators", sections)
    document.file.save("facilitator-notes.pdf", ContentFile(notes), save=False)
    document.save()
