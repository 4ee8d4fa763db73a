"""Where uploaded files live: the server's disk by default, S3-compatible object
storage when S3_MEDIA_BUCKET and S3_DOCUMENTS_BUCKET are set.

Two storages, kept apart because one may be seen by anyone and the other never:
- "default": images and their renditions. Public: pages link to them directly,
  from MEDIA_ROOT or the media bucket (S3_MEDIA_URL, e.g. a CDN in front of it).
- "documents": packs and other documents, some in private collections. Never
  reachable directly: outside MEDIA_ROOT, or in a bucket nobody outside can read;
  only Wagtail's download view, which checks the collection's privacy, reads them.

Several app servers need object storage (or one shared file system): a file one
uploads must be served by all. docs/deployment.md says how to set up the buckets.
"""

from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .env import env_int, env_str, missing_variables

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MEDIA_URL = env_str("MEDIA_URL") or "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or PROJECT_ROOT / "media")
PRIVATE_MEDIA_ROOT = Path(
    env_str("PRIVATE_MEDIA_ROOT") or PROJECT_ROOT / "private_media"
)

__all__ = ["MEDIA_URL", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT", "STORAGES"]

S3_BUCKET_VARIABLES = ["S3_MEDIA_BUCKET", "S3_DOCUMENTS_BUCKET"]


def local_storages(private_media_root):
    """Files on this server's disk, stored whole or not at all (movement/storage.py):
    images in MEDIA_ROOT (read when first used, so a test may change it)."""
    return {
        "default": {"BACKEND": "movement.storage.UploadStorage"},
        "documents": {
            "BACKEND": "movement.storage.UploadStorage",
            "OPTIONS": {"location": private_media_root, "base_url": None},
        },
    }


def object_storages():
    """Both storages on S3-compatible object storage, from the S3_* variables."""
    missing = missing_variables(S3_BUCKET_VARIABLES)
    if missing:
        raise ImproperlyConfigured(
            f"Object storage needs both {' and '.join(S3_BUCKET_VARIABLES)}; "
            f"{', '.join(missing)} is not set."
        )
    if env_str("S3_MEDIA_BUCKET") == env_str("S3_DOCUMENTS_BUCKET"):
        # The media bucket is readable by anyone: documents there would be too.
        raise ImproperlyConfigured(
            "S3_MEDIA_BUCKET and S3_DOCUMENTS_BUCKET must name two buckets: the media "
            "bucket is public, and private documents must never be."
        )
    connection = {
        "endpoint_url": env_str("S3_ENDPOINT_URL") or None,
        "region_name": env_str("S3_REGION") or None,
        # Unset, boto3 looks further: AWS_* variables, the instance's role.
        "access_key": env_str("S3_ACCESS_KEY_ID") or None,
        "secret_key": env_str("S3_SECRET_ACCESS_KEY") or None,
        "timeout_seconds": env_int("S3_TIMEOUT_SECONDS", 5),
    }
    media = {
        "bucket_name": env_str("S3_MEDIA_BUCKET"),
        # Plain addresses: the same for every visitor, so pages can be cached.
        "querystring_auth": False,
        # Only for servers that grant reading per object; most grant it to the
        # whole bucket by its policy (docs/deployment.md).
        "default_acl": env_str("S3_MEDIA_ACL") or None,
        **_media_address(env_str("S3_MEDIA_URL")),
    }
    documents = {
        "bucket_name": env_str("S3_DOCUMENTS_BUCKET"),
        # Any address made for a document expires: nothing in the bucket is public.
        "querystring_auth": True,
        "querystring_expire": 300,
        "default_acl": None,
    }
    return {
        "default": {
            "BACKEND": "movement.object_storage.ObjectStorage",
            "OPTIONS": {**connection, **media},
        },
        "documents": {
            "BACKEND": "movement.object_storage.ObjectStorage",
            "OPTIONS": {**connection, **documents},
        },
    }


def _media_address(public_url):
    """django-storages' options for S3_MEDIA_URL (a CDN or the bucket's own address)."""
    if not public_url:
        return {}
    parts = urlsplit(public_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ImproperlyConfigured(
            f"S3_MEDIA_URL={public_url!r}: give a full address, such as "
            "https://media.example.org"
        )
    return {
        "custom_domain": parts.netloc + parts.path.rstrip("/"),
        "url_protocol": f"{parts.scheme}:",
    }


_object_storage_wanted = any(env_str(name) for name in S3_BUCKET_VARIABLES)
STORAGES = {
    **(
        object_storages()
        if _object_storage_wanted
        else local_storages(PRIVATE_MEDIA_ROOT)
    ),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
