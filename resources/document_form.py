"""Every document upload in the admin (WAGTAILDOCS_DOCUMENT_FORM_BASE).

Its own module: Wagtail's document forms cannot be imported while the models
load, and resources.forms is imported by them.
"""

import os

from django import forms
from django.conf import settings
from wagtail.documents.forms import BaseDocumentForm

from movement.uploads import CleanUploadFormMixin

from .choices import language_name
from .file_contents import content_problem


class DocumentForm(CleanUploadFormMixin, BaseDocumentForm):
    """Refuses a file whose bytes do not match its extension, and, like the image
    form, fails cleanly when the storage cannot take it (movement.uploads).

    A file's language is chosen from the site's languages, each in its own name,
    not from the hundred Django knows; a file saved before in another language
    keeps it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("language")
        if field is not None:
            choices = [
                (code, language_name(code)) for code, _name in settings.LANGUAGES
            ]
            current = self.instance.language
            if current and current not in dict(choices):
                choices.append((current, language_name(current)))
            field.choices = choices
            field.widget = forms.Select(choices=choices)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            extension = os.path.splitext(upload.name)[1].lstrip(".")
            problem = content_problem(upload, extension)
            if problem:
                raise forms.ValidationError(problem, code="content_does_not_match")
        return upload
