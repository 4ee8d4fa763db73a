"""Images and documents are filed in collections; the team-only one is private."""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from movement.demo import collections as demo_collections

pytestmark = pytest.mark.django_db


def collection(name):
    return Collection.objects.get(name=name)


def team_only_document():
    return get_document_model().objects.get(
        collection=collection(demo_collections.TEAM_ONLY)
    )


def test_the_demo_files_everything_away_from_the_root():
    root = Collection.get_first_root_node()
    assert not get_image_model().objects.filter(collection=root).exists()
    assert not get_document_model().objects.filter(collection=root).exists()
    assert (
        get_image_model()
        .objects.filter(collection=collection(demo_collections.PHOTOGRAPHS))
        .exists()
    )
    assert (
        get_document_model()
        .objects.filter(collection=collection(demo_collections.PACKS))
        .exists()
    )


def test_a_team_only_document_asks_a_visitor_to_sign_in(client):
    document = team_only_document()
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_staff_download_it(staff_client):
    document = team_only_document()
    response = staff_client("Editors").get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize("kind", ["wagtailimages", "wagtaildocs"])
def test_editors_file_uploads_into_any_collection(staff_client, kind):
    html = staff_client("Editors").get(reverse(f"{kind}:add")).content.decode()
    for name in (
        demo_collections.PHOTOGRAPHS,
        demo_collections.PACKS,
        demo_collections.TEAM_ONLY,
    ):
        assert name in html


def test_moderators_manage_collections_and_their_privacy(staff_client):
    moderator = staff_client("Moderators")
    team_only = collection(demo_collections.TEAM_ONLY)
    assert moderator.get(reverse("wagtailadmin_collections:index")).status_code == 200
    privacy = reverse("wagtailadmin_collections:set_privacy", args=[team_only.pk])
    assert moderator.get(privacy).status_code == 200
    editor_sees = staff_client("Editors").get(privacy).status_code
    assert editor_sees in (302, 403)
