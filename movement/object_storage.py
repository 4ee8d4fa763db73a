"""Files on S3-compatible object storage (django-storages), with the promises
movement.storage.UploadStorage keeps on a disk:

- whole or not at all: an S3 write is atomic, a failed multipart upload is aborted;
- a name is never overwritten: a second "mural.png" gets a name of its own
  (checked, then written: two servers saving one name in the same instant could
  still collide, which Wagtail's upload names make unlikely);
- a storage that does not answer, or refuses, is StorageUnavailable: a message
  on the upload form, the 503 page for a visitor (movement/views.py). Each call
  gives up after `timeout_seconds` to connect and as long for an answer, once:
  an upload (a check, then the write) stays inside gunicorn's 30-second limit.
"""

import errno
import functools
import logging

from boto3.exceptions import Boto3Error
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from s3transfer.exceptions import RetriesExceededError
from storages.backends.s3 import S3File, S3Storage
from storages.utils import clean_name

from movement.storage import StorageUnavailable

logger = logging.getLogger("movement.storage")

STORAGE_ERRORS = (BotoCoreError, ClientError, Boto3Error, RetriesExceededError)
# A download held in memory up to this size, on disk beyond it.
MEMORY_PER_FILE = 5 * 1024 * 1024


def _missing(error):
    return (
        isinstance(error, ClientError)
        and error.response.get("ResponseMetadata", {}).get("HTTPStatusCode") == 404
    )


def _answered(method, missing_is_not_found=False):
    """`method`, with the storage's failures as StorageUnavailable; an object
    that is not there as FileNotFoundError where that is what callers expect."""

    @functools.wraps(method)
    def call(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except STORAGE_ERRORS as error:
            if missing_is_not_found and _missing(error):
                raise FileNotFoundError(str(error)) from error
            logger.error("Object storage failed: %s", error)
            raise StorageUnavailable(errno.EIO, str(error)) from error

    return call


class ObjectFile(S3File):
    """The object is fetched when first read (Wagtail's download view seeks it
    to learn its size): a failure then is an outage too, not a 500."""

    file = property(_answered(lambda file: file._get_file()), S3File._set_file)


class ObjectStorage(S3Storage):
    """S3-compatible storage, set up by movement/settings/storage.py."""

    def __init__(self, timeout_seconds=5, **settings):
        settings.setdefault("file_overwrite", False)
        settings.setdefault("max_memory_size", MEMORY_PER_FILE)
        settings.setdefault(
            "client_config",
            Config(
                connect_timeout=timeout_seconds,
                read_timeout=timeout_seconds,
                retries={"total_max_attempts": 1},
            ),
        )
        super().__init__(**settings)

    save = _answered(S3Storage.save)
    exists = _answered(S3Storage.exists)
    delete = _answered(S3Storage.delete)
    listdir = _answered(S3Storage.listdir)
    url = _answered(S3Storage.url)
    size = _answered(S3Storage.size, missing_is_not_found=True)
    get_modified_time = _answered(
        S3Storage.get_modified_time, missing_is_not_found=True
    )

    @functools.partial(_answered, missing_is_not_found=True)
    def _open(self, name, mode="rb"):
        # Opening for reading asks for the object's head at once, so a missing
        # or unreachable file fails here, not half way through a response.
        return ObjectFile(self._normalize_name(clean_name(name)), mode, self)
