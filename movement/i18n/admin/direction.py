"""Right-to-left target languages in wagtail-localize's translation editor.

The editor lays out every language left to right (wagtail-localize#197). Its
page carries the target locale in its React props, so a static script (the
admin's policy allows scripts from our host) reads it and marks the text boxes.
"""

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html

from movement.i18n import text_direction


def right_to_left_languages():
    """Codes of the site's content languages that are written right to left."""
    return [
        code
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if text_direction(code) == "rtl"
    ]


def translation_direction_script():
    return format_html(
        '<script src="{}" data-rtl-languages="{}" defer></script>',
        static("js/translation-direction.js"),
        " ".join(right_to_left_languages()),
    )
