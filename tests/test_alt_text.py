"""Alt text describes the picture: never its file's name, asked for at upload."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage
from movement import blocks
from movement.alt_text import fallback_alt_text, looks_like_a_file_name
from movement.templatetags.image_tags import responsive_image
from tests.factories import ImageFactory
from tests.test_images import tag

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    ["IMG_2041", "DSC00123", "young-people-workshop", "photo.jpg", "Mural.PNG"],
)
def test_file_names_are_recognised(text):
    assert looks_like_a_file_name(text)


@pytest.mark.parametrize(
    "text",
    ["Young people painting a mural", "Logo", "A teacher, 2019", "", "Co-production"],
)
def test_descriptions_are_not_file_names(text):
    assert not looks_like_a_file_name(text)


def test_a_word_that_is_the_stored_files_name_is_one():
    image = ImageFactory(file__filename="Team.jpg")
    assert looks_like_a_file_name("team", image)
    assert not looks_like_a_file_name("Our team", image)


def image_block_value(image, alt_text, decorative=False):
    block = blocks.DescribedImageBlock()
    return block, block.to_python(
        {"image": image.pk, "alt_text": alt_text, "decorative": decorative}
    )


def test_publishing_a_file_name_as_alt_text_is_refused_with_what_to_do():
    block, value = image_block_value(ImageFactory(), "IMG_2041")
    with pytest.raises(blocks.blocks.StructBlockValidationError) as refused:
        block.clean(value)
    message = refused.value.block_errors["alt_text"].messages[0]
    assert "“IMG_2041” looks like the file's name" in message
    assert "Image is decorative" in message


def test_a_description_or_a_decorative_image_is_accepted():
    image = ImageFactory()
    block, described = image_block_value(image, "Pupils planting a garden")
    assert block.clean(described).contextual_alt_text == "Pupils planting a garden"
    block, decorative = image_block_value(image, "IMG_2041", decorative=True)
    assert block.clean(decorative).decorative


def test_a_draft_may_keep_it_until_publishing():
    block, value = image_block_value(ImageFactory(), "IMG_2041")
    block.defer_required_validation()
    assert block.clean(value).contextual_alt_text == "IMG_2041"


def upload_image(client, description):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "IMG_2041",
            "description": description,
            "file": SimpleUploadedFile(
                "IMG_2041.jpg", ImageFactory.build().file.read()
            ),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_an_upload_asks_for_alt_text_and_keeps_the_rest(staff_client):
    editor = staff_client("Editors")
    response = upload_image(editor, description="")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Alt text" in html
    assert "This field is required" in html
    assert 'value="IMG_2041"' in html  # the title typed is still there
    assert not get_image_model().objects.filter(title="IMG_2041").exists()


def test_choosing_an_uploaded_image_starts_from_its_alt_text(staff_client):
    editor = staff_client("Editors")
    assert upload_image(editor, "Young people painting a mural").status_code == 302
    image = get_image_model().objects.get(title="IMG_2041")
    chosen = editor.get(reverse("wagtailimages_chooser:chosen", args=[image.pk]))
    result = chosen.json()["result"]
    assert result["default_alt_text"] == "Young people painting a mural"


def test_a_picture_without_a_description_never_reads_out_its_file_name():
    named_by_file = ImageFactory(title="IMG_2041", description="")
    titled = ImageFactory(title="Young people at the town hall", description="")
    assert fallback_alt_text(named_by_file) == ""
    assert tag(responsive_image(named_by_file, "card"), "img")["alt"] == ""
    assert tag(responsive_image(titled, "card"), "img")["alt"] == titled.title


def page_with_image(image, alt_text, action):
    body = streamfield(
        [
            (
                "image",
                {
                    "image": {"image": image.pk, "alt_text": alt_text},
                    "caption": "",
                    "credit": "",
                },
            )
        ]
    )
    return nested_form_data(
        {
            "title": "Our mural",
            "slug": "our-mural",
            "introduction": rich_text("<p>What we painted.</p>"),
            "body": body,
            action: action.removeprefix("action-"),
        }
    )


def test_the_page_editor_refuses_to_publish_it_and_keeps_the_draft(
    staff_client, home_page
):
    moderator = staff_client("Moderators")
    image = ImageFactory(title="IMG_2041", description="")
    add_url = f"/admin/pages/add/home/standardpage/{home_page.pk}/"

    refused = moderator.post(
        add_url, page_with_image(image, "IMG_2041", "action-publish")
    )
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "looks like the file&#x27;s name" in html
    assert 'value="Our mural"' in html
    assert not StandardPage.objects.filter(slug="our-mural").exists()

    saved = moderator.post(add_url, page_with_image(image, "IMG_2041", "action-draft"))
    assert saved.status_code == 302
    draft = StandardPage.objects.get(locale=home_page.locale, slug="our-mural")
    assert not draft.live


def test_the_multiple_uploader_keeps_the_file_until_its_alt_text_is_written(
    staff_client,
):
    editor = staff_client("Editors")
    picture = ImageFactory.build().file.read()
    uploaded = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("IMG_2041.jpg", picture)},
    ).json()
    assert uploaded["success"]
    assert "Alt text" in uploaded["form"]
    assert not get_image_model().objects.filter(title="IMG_2041").exists()

    upload_id = uploaded["uploaded_file_id"]
    finish = reverse(
        "wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]
    )
    prefix = f"uploaded-image-{upload_id}"
    fields = {
        f"{prefix}-title": "IMG_2041",
        f"{prefix}-collection": Collection.get_first_root_node().pk,
    }
    assert editor.post(finish, fields).json()["success"] is False
    fields[f"{prefix}-description"] = "Young people painting a mural"
    assert editor.post(finish, fields).json()["success"] is True
    image = get_image_model().objects.get(title="IMG_2041")
    assert image.default_alt_text == "Young people painting a mural"
