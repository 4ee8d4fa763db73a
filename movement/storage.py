"""File storage that keeps files whole or not at all, and says when it cannot.

Django's FileSystemStorage leaves a truncated file behind when a write fails
half way (a full disk), and its OSError reaches the editor as the public error
page. UploadStorage writes under a temporary name first and links the finished
file into place, so a failed write leaves nothing behind, and raises
StorageUnavailable, which movement.uploads turns into a message on the form.

Object storage keeps the same promises (movement/object_storage.py). Which
storage a FileField uses is looked up by name (NamedStorage), so it follows
STORAGES, and pages may show images from the storage's host (public_media_origin).
"""

import errno
import functools
import logging
import os
import uuid
from urllib.parse import urlsplit

from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _

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


class NamedStorage(LazyObject):
    """storages[alias], looked up when first used, and again after STORAGES
    changes (a FileField keeps the storage it was given at import)."""

    def __init__(self, alias="default"):  # LazyObject's copy makes one with none
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
