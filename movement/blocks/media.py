"""Images, videos and documents."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from movement.alt_text import looks_like_a_file_name

from .rich_text import SIMPLE_RICH_TEXT_FEATURES


class DescribedImageBlock(ImageBlock):
    """Wagtail's ImageBlock, refusing on publish alt text that is a file's name.

    Choosing an image fills its alt text from the image's description, or its
    title when it has none, and an uploaded image's title is its file's name
    (movement.alt_text). A draft may keep it; publishing asks for words.
    """

    def clean(self, value):
        value = super().clean(value)
        alt_text = value.contextual_alt_text if value else ""
        if (
            not self.is_deferred_validation
            and value
            and not value.decorative
            and looks_like_a_file_name(alt_text, value)
        ):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _(
                            "“%(alt_text)s” looks like the file's name. Say what the "
                            "picture shows for someone who cannot see it, or tick "
                            "“Image is decorative”."
                        )
                        % {"alt_text": alt_text}
                    )
                }
            )
        return value


class CaptionedImageBlock(blocks.StructBlock):
    image = DescribedImageBlock(
        help_text=_(
            "Describe the image for people who cannot see it, or mark it decorative."
        )
    )
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        description = _("A picture across the text, with a caption and a credit.")

    def get_preview_value(self):
        """A picture from the library, for the block picker's preview."""
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("pk").first()
        if image is None:
            return None
        return self.to_python(
            {
                "image": {
                    "image": image.pk,
                    "decorative": False,
                    "alt_text": image.description,
                },
                "caption": "Young leaders at the summer camp",
                "credit": "The movement",
            }
        )


class EmbedWithTitleBlock(blocks.StructBlock):
    embed = EmbedBlock(help_text=_("A YouTube, Vimeo or similar address."))
    title = blocks.CharBlock(
        max_length=120,
        help_text=_("Names the video for screen readers and before it loads."),
    )
    transcript = blocks.RichTextBlock(
        required=False, features=SIMPLE_RICH_TEXT_FEATURES + ["ol", "ul"]
    )

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"
        description = _(
            "A video from YouTube or Vimeo, shown as a link (no tracking) with its "
            "transcript."
        )
        preview_value = {
            "embed": "https://video.example.org/watch/resilience",
            "title": "Young people on what resilience means",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"


class DocumentsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    documents = blocks.ListBlock(DocumentLinkBlock(), min_num=1)

    class Meta:
        icon = "download"
        template = "blocks/documents_block.html"
        description = _("Files to download, each with its type, size and page count.")

    def get_preview_value(self):
        """Files from the library, for the block picker's preview."""
        from wagtail.documents import get_document_model

        documents = get_document_model().objects.order_by("pk")[:2]
        if not documents:
            return None
        return self.to_python(
            {
                "heading": "Downloads",
                "documents": [{"document": doc.pk, "title": ""} for doc in documents],
            }
        )
