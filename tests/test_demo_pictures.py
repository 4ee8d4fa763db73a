"""The demo's pictures (movement/demo/illustrations.py): drawn here, the same on
every load, and showing people whole rather than random circles."""

import pytest
from PIL import Image

from movement.demo.illustrations import DRAWINGS, SKIN, drawn


def picture(kind, seed, width, height):
    return Image.open(drawn(kind, seed, width, height)).convert("RGB")


@pytest.mark.parametrize("kind", DRAWINGS)
def test_each_kind_is_a_png_of_the_size_asked_and_the_same_every_time(kind):
    first = drawn(kind, 7, 480, 270).getvalue()
    assert first == drawn(kind, 7, 480, 270).getvalue()
    assert first != drawn(kind, 8, 480, 270).getvalue()
    image = Image.open(drawn(kind, 7, 480, 270))
    assert (image.format, image.size) == ("PNG", (480, 270))


def skin_at(image, x):
    """The skin colours found in column x: someone cut by the frame's edge."""
    skins = {tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5)) for colour in SKIN}
    return {image.getpixel((x, y)) for y in range(image.height)} & skins


@pytest.mark.parametrize("size", [(800, 450), (450, 600)], ids=["landscape", "cover"])
def test_a_scene_shows_everyone_whole(size):
    for seed in range(40):
        image = picture("scene", seed, *size)
        people = {
            image.getpixel((x, y))
            for x in range(0, size[0], 4)
            for y in range(0, size[1], 4)
        }
        assert any(skin_at(image, x) for x in range(0, size[0], 8)), (
            f"seed {seed}: nobody"
        )
        assert not skin_at(image, 0) and not skin_at(image, size[0] - 1), seed
        assert len(people) > 6, f"seed {seed}: too few colours for a scene"
