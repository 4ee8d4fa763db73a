"""Alt text that describes a picture, never its file's name.

Wagtail's default alt text for an image is its description or, failing that,
its title, which the uploader fills in from the file's name ("IMG_2041"). A
screen reader then reads out the file's name, and the accessibility checker,
finding some alt text, reports nothing. So here:

- the image form asks for the description as the image's alt text and
  requires it (movement.uploads.ImageForm), so choosing an image starts from
  words a person wrote;
- an image block refuses, on publishing, alt text that is a file's name
  (movement.blocks.DescribedImageBlock);
- a picture drawn without alt text of its own gets `fallback_alt_text`, which
  is never a file's name.
"""

import os
import re

from django.conf import settings

# A word with no spaces that has an underscore, a dot, two hyphens or a run of
# digits in it:
# "IMG_2041", "young-people-workshop", "DSC00123", "photo.final".
_FILE_LIKE_WORD = re.compile(r"^\S*(_|\.|\d{3,}|-\S*-)\S*$")


def looks_like_a_file_name(text, image=None):
    """Whether `text` reads as a file's name rather than a description of `image`."""
    text = (text or "").strip()
    if not text:
        return False
    extension = os.path.splitext(text)[1].lstrip(".").lower()
    if extension in settings.WAGTAILIMAGES_EXTENSIONS:
        return True
    if _FILE_LIKE_WORD.match(text):
        return True
    return image is not None and text.lower() == _stored_file_stem(image).lower()


def fallback_alt_text(image):
    """The alt text of a picture the editor gave none for in place."""
    if image.description:
        return image.description
    if looks_like_a_file_name(image.title, image):
        return ""
    return image.title


def _stored_file_stem(image):
    name = os.path.basename(image.file.name or "")
    return os.path.splitext(name)[0]
