"""File storage that keeps files whole or not at all, and says when it cannot.

Django's FileSystemStorage leaves a truncated file behind when a write fails
half way (a full disk), and its OSError reaches the editor as the public error
page. UploadStorage writes under a temporary name first and links the finished
file into place, so a failed write leaves nothing behind, and raises
StorageUnavailable, which movement.uploads turns into a message on the form.

ObjectStorage is django-storages' S3 storage with the same promises: an object
appears whole or not at all (S3 writes are atomic; a failed multipart upload is
aborted), a name is never overwritten, and a storage that cannot be reached is
StorageUnavailable, not a botocore error: a message on the upload form, a 503
"try again shortly" for a visitor (movement/views.py).
"""

import errno
import functools
import logging
import os
import uuid
from urllib.parse import urlsplit

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _
from storages.backends.s3 import S3Storage

from movement.outages import ServiceUnavailable

logger = logging.getLogger(__name__)


class StorageUnavailable(OSError, ServiceUnavailable):
    """The storage could not take a file: full, read-only, gone."""

    message = _(
        "The file could not be stored: the server's storage is full or not "
        "responding, so nothing was saved. Please try again later, and tell "
        "whoever looks after the website."
    )
    partly_saved_message = _(
        "The server's storage is full or not responding, so part of this may not "
        "have been saved. Check the list before trying again, and tell whoever "
        "looks after the website."
    )
    before_saving = False  # set by the upload forms (movement.uploads)


class UploadStorage(FileSystemStorage):
    def _save(self, name, content):
        partial = f"{name}.{uuid.uuid4().hex}.part"  # unique: ours alone to delete
        try:
            written = super()._save(partial, content)
            return self._move_into_place(written, name)
        except OSError as error:
            self._discard(partial)
            if isinstance(error, FileExistsError):
                raise
            logger.error("Could not store %s: %s", name, error)
            raise StorageUnavailable(error.errno, str(error)) from error

    def _move_into_place(self, written, name):
        """Links the finished file to its final name, never over another file."""
        while True:
            target = self.path(name)
            try:
                os.link(self.path(written), target)
            except FileExistsError:  # taken since Storage.save chose the name
                name = self.get_available_name(name)
                continue
            except OSError as error:
                if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV):
                    raise
                return self._rename_into_place(written, name)
            os.unlink(self.path(written))
            return name

    def _rename_into_place(self, written, name):
        """Where hard links are not supported: claim the name with an empty file
        (never over another), then move the finished file onto it."""
        while True:
            try:
                os.close(os.open(self.path(name), os.O_WRONLY | os.O_CREAT | os.O_EXCL))
            except FileExistsError:
                name = self.get_available_name(name)
                continue
            os.replace(self.path(written), self.path(name))
            return name

    def _discard(self, name):
        try:
            os.unlink(self.path(name))
        except FileNotFoundError:
            pass
        except OSError as error:  # the disk is in trouble: say so, keep the cause
            logger.error("Could not remove the partial file %s: %s", name, error)


def _unavailable(error):
    logger.error("Object storage failed: %s", error)
    return StorageUnavailable(errno.EIO, str(error))


def _missing(error):
    return (
        isinstance(error, ClientError)
        and error.response.get("ResponseMetadata", {}).get("HTTPStatusCode") == 404
    )


def _object_storage_call(method):
    """Runs `method`; a storage that cannot be reached or refuses becomes
    StorageUnavailable, an object that is not there FileNotFoundError."""

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (BotoCoreError, ClientError) as error:
            if _missing(error):
                raise FileNotFoundError(str(error)) from error
            raise _unavailable(error) from error

    return call


class ObjectStorage(S3Storage):
    """S3-compatible storage (movement/settings/storage.py) that never overwrites
    a file and gives up within `timeout_seconds` when the storage is away."""

    def __init__(self, timeout_seconds=10, **settings):
        settings.setdefault("file_overwrite", False)
        settings.setdefault(
            "client_config",
            Config(
                connect_timeout=timeout_seconds,
                read_timeout=timeout_seconds,
                retries={"max_attempts": 2, "mode": "standard"},
            ),
        )
        super().__init__(**settings)

    save = _object_storage_call(S3Storage.save)
    exists = _object_storage_call(S3Storage.exists)
    delete = _object_storage_call(S3Storage.delete)
    size = _object_storage_call(S3Storage.size)
    listdir = _object_storage_call(S3Storage.listdir)
    get_modified_time = _object_storage_call(S3Storage.get_modified_time)
    # Opening for reading asks for the object's head at once, so a missing or
    # unreachable file fails here, not half way through a response.
    _open = _object_storage_call(S3Storage._open)


class NamedStorage(LazyObject):
    """storages[alias], looked up when first used, and again after STORAGES
    changes (a FileField keeps the storage it was given at import)."""

    def __init__(self, alias):
        self.__dict__["_alias"] = alias
        super().__init__()

    def _setup(self):
        self._wrapped = storages[self.__dict__["_alias"]]


documents_storage = NamedStorage("documents")


@functools.cache
def public_media_origin():
    """The scheme and host images are served from when it is not this site
    (a media bucket or its CDN): the content security policy must allow it."""
    parts = urlsplit(storages["default"].url("probe.png"))
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else None


@receiver(setting_changed)
def _forget_storages(*, setting, **kwargs):
    if setting == "STORAGES":
        documents_storage._wrapped = empty
        public_media_origin.cache_clear()
