"""File storage that keeps files whole or not at all, and says when it cannot.

Django's FileSystemStorage leaves a truncated file behind when a write fails
half way (a full disk), and its OSError reaches the editor as the public error
page. This storage writes under a temporary name first and links the finished
file into place, so a failed write leaves nothing behind, and raises
StorageUnavailable, which movement.uploads turns into a message on the form.
"""

import errno
import logging
import os
import uuid

from django.core.files.storage import FileSystemStorage
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class StorageUnavailable(OSError):
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
