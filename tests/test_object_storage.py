"""Images and documents on S3-compatible object storage (movement/settings/storage.py,
movement/storage.py), against a real S3 server on loopback (moto's server mode).

Uploads go through the admin as an editor does (a member of the Editors group).
"""

import socket
import time
import urllib.error
import urllib.request

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from movement.object_storage import ObjectStorage
from movement.settings.storage import object_storages
from movement.storage import StorageUnavailable
from tests.admin_uploads import STORAGE_FULL, post_upload, small_png
from tests.s3_server import bucket_environment, keys, s3_server, storages_setting

pytestmark = pytest.mark.django_db


def status_of(url):
    """The status an anonymous visitor gets for `url`, straight from the bucket."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture(scope="module")
def s3_endpoint():
    with s3_server() as endpoint:
        yield endpoint


@pytest.fixture
def buckets(s3_endpoint, monkeypatch, settings):
    """Two fresh buckets, and the site's STORAGES pointing at them."""
    environment = bucket_environment(s3_endpoint)
    with override_settings(
        STORAGES=storages_setting(environment, monkeypatch, settings.STORAGES)
    ):
        yield environment


@pytest.fixture
def storage_away(buckets, monkeypatch, settings):
    """STORAGES for the same buckets at an address where nothing listens."""
    away = {**buckets, "S3_ENDPOINT_URL": "http://127.0.0.1:9"}
    return storages_setting(away, monkeypatch, settings.STORAGES)


@pytest.fixture
def silent_endpoint():
    """An address that takes connections and never answers: a storage that hangs."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


# Settings from the environment


@pytest.fixture
def two_buckets_named(monkeypatch):
    """S3_MEDIA_BUCKET and S3_DOCUMENTS_BUCKET set; the monkeypatch, for more."""
    monkeypatch.setenv("S3_MEDIA_BUCKET", "media")
    monkeypatch.setenv("S3_DOCUMENTS_BUCKET", "documents")
    return monkeypatch


def test_both_buckets_are_needed(monkeypatch):
    monkeypatch.setenv("S3_MEDIA_BUCKET", "media")
    monkeypatch.delenv("S3_DOCUMENTS_BUCKET", raising=False)
    with pytest.raises(ImproperlyConfigured, match="S3_DOCUMENTS_BUCKET is not set"):
        object_storages()


def test_a_public_media_address_becomes_the_images_address(two_buckets_named):
    two_buckets_named.setenv("S3_MEDIA_URL", "https://media.example.org/site/")
    setting = object_storages()
    storage = ObjectStorage(**setting["default"]["OPTIONS"])
    assert storage.url("images/a.png") == "https://media.example.org/site/images/a.png"
    # Documents get no public address at all: none is configured for them.
    assert "custom_domain" not in setting["documents"]["OPTIONS"]
    assert setting["documents"]["OPTIONS"]["querystring_auth"] is True


def test_one_bucket_for_both_is_refused_as_documents_would_be_public(monkeypatch):
    monkeypatch.setenv("S3_MEDIA_BUCKET", "site-files")
    monkeypatch.setenv("S3_DOCUMENTS_BUCKET", "site-files")
    with pytest.raises(ImproperlyConfigured, match="must name two buckets"):
        object_storages()


def test_a_media_address_that_is_not_one_is_refused(two_buckets_named):
    two_buckets_named.setenv("S3_MEDIA_URL", "media.example.org")
    with pytest.raises(ImproperlyConfigured, match="give a full address"):
        object_storages()


# The storage itself


def test_a_name_already_taken_gets_another_never_overwritten(buckets):
    storage = storages["default"]
    first = storage.save("images/mural.png", ContentFile(b"first"))
    second = storage.save("images/mural.png", ContentFile(b"second"))
    assert first == "images/mural.png" and second != first
    assert storage.open(first).read() == b"first"
    assert storage.open(second).read() == b"second"


def test_a_missing_file_is_not_found_not_an_outage(buckets):
    with pytest.raises(FileNotFoundError):
        storages["documents"].open("documents/never-uploaded.pdf")


def test_storage_that_does_not_answer_is_unavailable(storage_away):
    with override_settings(STORAGES=storage_away):
        with pytest.raises(StorageUnavailable):
            storages["default"].save("images/a.png", ContentFile(b"x"))
        with pytest.raises(StorageUnavailable):
            storages["documents"].open("documents/a.pdf")


def test_storage_that_hangs_is_given_up_on_after_its_timeout(
    buckets, silent_endpoint, monkeypatch, settings
):
    hanging = {**buckets, "S3_ENDPOINT_URL": silent_endpoint, "S3_TIMEOUT_SECONDS": "1"}
    with override_settings(
        STORAGES=storages_setting(hanging, monkeypatch, settings.STORAGES)
    ):
        started = time.monotonic()
        with pytest.raises(StorageUnavailable):
            storages["default"].save("images/a.png", ContentFile(b"x"))
    # One try of one call (the check before writing), not botocore's retries.
    assert time.monotonic() - started < 3


def test_a_bucket_that_is_not_there_is_an_outage_not_a_missing_file(
    buckets, monkeypatch, settings
):
    gone = {**buckets, "S3_MEDIA_BUCKET": "never-made"}
    with (
        override_settings(
            STORAGES=storages_setting(gone, monkeypatch, settings.STORAGES)
        ),
        pytest.raises(StorageUnavailable),
    ):
        storages["default"].save("images/a.png", ContentFile(b"x"))


# Uploads through the admin, as an editor


def test_an_editors_image_is_public_in_the_media_bucket(buckets, staff_client):
    editor = staff_client("Editors")
    response = post_upload(editor, "images", "mural.png", small_png())
    assert response.status_code == 302, response.content[:500]
    image = get_image_model().objects.get(title="Upload")
    assert keys(buckets["S3_ENDPOINT_URL"], buckets["S3_MEDIA_BUCKET"]) == [
        image.file.name
    ]
    assert image.file.url.startswith(buckets["S3_ENDPOINT_URL"])
    assert status_of(image.file.url) == 200
    rendition = image.get_rendition("width-20")
    assert status_of(rendition.url) == 200


def test_an_editors_document_is_never_public_on_the_bucket(
    buckets, staff_client, client
):
    editor = staff_client("Editors")
    response = post_upload(editor, "documents", "pack.txt", b"Ideas to try at home")
    assert response.status_code == 302, response.content[:500]
    document = get_document_model().objects.get(title="Upload")
    endpoint = buckets["S3_ENDPOINT_URL"]
    assert keys(endpoint, buckets["S3_DOCUMENTS_BUCKET"]) == [document.file.name]
    assert keys(endpoint, buckets["S3_MEDIA_BUCKET"]) == []
    bare = f"{endpoint}/{buckets['S3_DOCUMENTS_BUCKET']}/{document.file.name}"
    assert status_of(bare) == 403
    # Visitors download it through the site, which streams it from the bucket.
    client.logout()
    download = client.get(document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"Ideas to try at home"


def test_a_private_collections_document_sends_visitors_to_sign_in(buckets, client):
    members = Collection.get_first_root_node().add_child(name="Members")
    CollectionViewRestriction.objects.create(
        collection=members, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Members' notes",
        collection=members,
        file=ContentFile(b"notes", name="notes.txt"),
    )
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_an_upload_during_a_storage_outage_is_refused_and_nothing_is_saved(
    buckets, monkeypatch, settings, staff_client
):
    away = {**buckets, "S3_ENDPOINT_URL": "http://127.0.0.1:9"}
    editor = staff_client("Editors")
    with override_settings(
        STORAGES=storages_setting(away, monkeypatch, settings.STORAGES)
    ):
        image = post_upload(editor, "images", "mural.png", small_png())
        document = post_upload(editor, "documents", "pack.txt", b"Ideas")
    for response in (image, document):
        assert response.status_code in (200, 503)
        assert STORAGE_FULL in response.content.decode()
    assert not get_image_model().objects.filter(title="Upload").exists()
    assert not get_document_model().objects.filter(title="Upload").exists()
    endpoint = buckets["S3_ENDPOINT_URL"]
    assert keys(endpoint, buckets["S3_MEDIA_BUCKET"]) == []
    assert keys(endpoint, buckets["S3_DOCUMENTS_BUCKET"]) == []


def test_a_download_during_a_storage_outage_is_a_503_to_come_back_to(
    buckets, monkeypatch, settings, client
):
    document = get_document_model().objects.create(
        title="Pack", file=ContentFile(b"pack", name="pack.txt")
    )
    away = {**buckets, "S3_ENDPOINT_URL": "http://127.0.0.1:9"}
    client.raise_request_exception = False
    with override_settings(
        STORAGES=storages_setting(away, monkeypatch, settings.STORAGES)
    ):
        response = client.get(document.url)
    assert response.status_code == 503
    assert response["Retry-After"]


# Pages may show the bucket's images


def test_the_content_security_policy_allows_images_from_the_media_bucket(
    buckets, client, home_page, staff_client
):
    origin = buckets["S3_ENDPOINT_URL"]
    public = client.get(home_page.url)
    assert origin in _directive(public, "img-src")
    admin = staff_client("Editors").get("/admin/")
    assert origin in _directive(admin, "img-src")


def test_the_content_security_policy_names_no_other_host_with_local_files(
    client, home_page
):
    assert _directive(client.get(home_page.url), "img-src") == "img-src 'self'"


def _directive(response, name):
    policy = response["Content-Security-Policy"]
    return next(
        part.strip() for part in policy.split(";") if part.strip().startswith(name)
    )


# Backups (movement/backups.py) read and write files through the same storages


def test_a_backup_of_the_buckets_restores_into_new_buckets(
    buckets, monkeypatch, settings, tmp_path
):
    from movement.backups import _archive_files, _extract_files

    storages["default"].save("original_images/mural.png", ContentFile(b"png"))
    storages["documents"].save("documents/pack.pdf", ContentFile(b"pdf"))
    archive = tmp_path / "files.tar"
    assert _archive_files(archive) == 2

    fresh = bucket_environment(buckets["S3_ENDPOINT_URL"])
    with override_settings(
        STORAGES=storages_setting(fresh, monkeypatch, settings.STORAGES)
    ):
        assert _extract_files(archive) == 2
        assert storages["default"].open("original_images/mural.png").read() == b"png"
        assert storages["documents"].open("documents/pack.pdf").read() == b"pdf"
    endpoint = fresh["S3_ENDPOINT_URL"]
    assert keys(endpoint, fresh["S3_DOCUMENTS_BUCKET"]) == ["documents/pack.pdf"]
