"""Does an uploaded document hold what its extension says?

Downloads are served with the type their extension names (resources.documents):
a program renamed "pack.pdf" would reach a teacher's computer as a PDF, and an
HTML or SVG file could run script on our address. So each accepted extension
(WAGTAILDOCS_EXTENSIONS) has a check of the file's own bytes, and a file that
fails it is refused with a message saying what it seems to be instead.
"""

import zipfile

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

HEAD_BYTES = 64 * 1024
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 and other old Office files
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Text a browser would run or draw if it ever treated the file as a page.
MARKUP = (
    b"<!doctype html",
    b"<html",
    b"<script",
    b"<svg",
    b"<?xml",
    b"<body",
    b"<iframe",
)
KNOWN_STARTS = {
    b"MZ": gettext_lazy("a Windows program"),
    b"\x7fELF": gettext_lazy("a Linux program"),
    b"#!": gettext_lazy("a script"),
    b"%PDF-": gettext_lazy("a PDF"),
    b"PK\x03\x04": gettext_lazy("a ZIP archive"),
    OLE2: gettext_lazy("an old Office file"),
    b"\x89PNG": gettext_lazy("an image"),
    b"\xff\xd8\xff": gettext_lazy("an image"),
    b"GIF8": gettext_lazy("an image"),
}
OFFICE_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
OPEN_DOCUMENT_TYPES = {"odt": b"application/vnd.oasis.opendocument.text"}


def content_problem(upload, extension):
    """None when `upload`'s bytes fit `extension`, else a message for the editor."""
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    extension = extension.lower()
    fits = {
        "pdf": lambda: b"%PDF-" in head[:1024],
        "doc": lambda: head.startswith(OLE2),
        "zip": lambda: (
            head.startswith(ZIP_SIGNATURES) and _zip_names(upload) is not None
        ),
        "csv": lambda: _is_plain_text(head),
        "txt": lambda: _is_plain_text(head),
    }
    if extension in OFFICE_FOLDERS:
        folder = OFFICE_FOLDERS[extension]
        names = _zip_names(upload)
        ok = names is not None and any(name.startswith(folder) for name in names)
    elif extension in OPEN_DOCUMENT_TYPES:
        ok = _open_document_type(upload) == OPEN_DOCUMENT_TYPES[extension]
    elif extension in fits:
        ok = fits[extension]()
    else:
        ok = False
    if ok:
        return None
    return _(
        "This file does not look like a .%(extension)s file: it seems to be "
        "%(found)s. Save it again as a real .%(extension)s file, or choose the "
        "right file."
    ) % {"extension": extension, "found": _describe(head)}


def _describe(head):
    for start, description in KNOWN_STARTS.items():
        if head.startswith(start):
            return str(description)
    lowered = head[:1024].lstrip().lower()
    if lowered.startswith(MARKUP):
        return _("a web page or drawing (HTML, SVG or XML)")
    if not head:
        return _("empty")
    return _("something else")


def _is_plain_text(head):
    """Text in any common encoding, and not markup a browser would run."""
    if head.startswith(TEXT_BOMS[1:]):  # UTF-16: NUL bytes are expected
        return True
    if b"\x00" in head:
        return False
    return not head.lstrip(TEXT_BOMS[0] + b" \t\r\n").lower().startswith(MARKUP)


def _zip_names(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)


def _open_document_type(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            # Read no more than a type name: a tiny entry could unpack to gigabytes.
            if archive.getinfo("mimetype").file_size > 100:
                return None
            with archive.open("mimetype") as entry:
                return entry.read(100).strip()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None
    finally:
        upload.seek(0)
