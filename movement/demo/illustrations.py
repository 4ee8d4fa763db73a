"""The demo's pictures, drawn here so the demo needs no network and no stock photos.

They stand in for the photos editors will upload, and say something the old
random circles did not: a group of young people and adults standing together
on a hill at sunrise (`scene`), one person (`portrait`), or a partner's
abstract mark (`mark`). Each is drawn from a seed, so a picture is the same
on every load.
"""

import io
import random

from PIL import Image, ImageDraw

# (sky, sun, light) in the movement's colours.
PALETTES = [
    ("#5b2a86", "#ffd23f", "#f4f2fb"),
    ("#0b6e4f", "#f4f2fb", "#ffd23f"),
    ("#b3541e", "#ffd23f", "#1d1d2c"),
    ("#1d3557", "#a8dadc", "#f1faee"),
    ("#3e1c5c", "#ff8fab", "#ffe5ec"),
]
SKIN = ["#8d5524", "#c68642", "#e0ac69", "#f1c27d", "#5a3825", "#ffdbac"]
CLOTHES = ["#ffd23f", "#ff8fab", "#a8dadc", "#f4f2fb", "#2ec4b6", "#ff9f1c", "#e71d36"]
INK = "#1d1d2c"


def drawn(picture, seed, width, height):
    """The picture as a PNG file in memory."""
    rng = random.Random(seed)
    canvas = Image.new("RGB", (width, height))
    DRAWINGS[picture](ImageDraw.Draw(canvas), rng, width, height)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return buffer


def scene(draw, rng, width, height):
    sky, sun, _light = rng.choice(PALETTES)
    draw.rectangle((0, 0, width, height), fill=sky)
    # On a tall cover the sun and the people keep a landscape picture's size
    # and the sky takes the rest.
    size = min(height, width * 0.75)
    radius = size * rng.uniform(0.22, 0.3)
    sun_x = width * rng.uniform(0.2, 0.8)
    draw.ellipse(
        (
            sun_x - radius,
            height * 0.62 - radius,
            sun_x + radius,
            height * 0.62 + radius,
        ),
        fill=sun,
    )
    draw.ellipse(
        (-width * 0.3, height * 0.6, width * 0.9, height * 1.6), fill=shade(sky, 0.25)
    )
    crest = height * 0.78
    draw.ellipse(
        (width * 0.05, crest, width * 1.4, height * 2.1), fill=shade(sky, 0.45)
    )
    # The group stands together, whole, inside the frame.
    people = rng.randint(3, 6)
    step = min(width * 0.13, width * 0.8 / people)
    first = width / 2 - step * (people - 1) / 2 + rng.uniform(-0.08, 0.08) * width
    first = min(max(first, step), width - step * people)
    clothes = [colour for colour in CLOTHES if colour not in (sun, sky)]
    for place in range(people):
        adult = rng.random() < 0.35
        tall = size * (rng.uniform(0.5, 0.56) if adult else rng.uniform(0.36, 0.46))
        person(
            draw,
            rng,
            x=first + place * step,
            ground=crest + size * (0.05 + (place % 2) * 0.015),
            tall=tall,
            colours=(rng.choice(SKIN), rng.choice(clothes)),
            arm_up=rng.random() < 0.4,
        )


def portrait(draw, rng, width, height):
    _sky, sun, light = rng.choice(PALETTES)
    draw.rectangle((0, 0, width, height), fill=light if light != INK else sun)
    person(
        draw,
        rng,
        x=width / 2,
        ground=height * 1.35,
        tall=height * 1.25,
        colours=(rng.choice(SKIN), rng.choice(CLOTHES[:-1])),
        arm_up=False,
    )


def mark(draw, rng, width, height):
    """Rings in a partner's colours: a logo, not a picture of anyone."""
    background, accent, light = rng.choice(PALETTES)
    draw.rectangle((0, 0, width, height), fill=background)
    for _ in range(9):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            outline=accent if rng.random() < 0.5 else light,
            width=rng.randint(6, 24),
        )


def person(draw, rng, x, ground, tall, colours, arm_up):
    """A person `tall` high standing at `ground`: head, body, legs, and one arm
    raised when `arm_up`."""
    skin, clothes = colours
    head = tall * 0.13
    body = tall * 0.26
    body_top = ground - tall + head * 2.1
    legs_top = ground - tall * 0.38
    leg = body * 0.36
    trousers = shade(clothes, 0.55)
    for left, right in (
        (x - body / 2 + leg * 0.1, x - leg * 0.1),
        (x + leg * 0.1, x + body / 2 - leg * 0.1),
    ):
        draw.rounded_rectangle(
            (left, legs_top - 4, right, ground), radius=leg / 2, fill=trousers
        )
    draw.rounded_rectangle(
        (x - body / 2, body_top, x + body / 2, legs_top + head * 0.3),
        radius=body / 2.2,
        fill=clothes,
    )
    if arm_up:
        arm = body * 0.28
        arm_x = x + rng.choice((-1, 1)) * (body / 2 - arm / 2)
        hand_y = body_top - tall * 0.3
        draw.rounded_rectangle(
            (arm_x - arm / 2, hand_y, arm_x + arm / 2, body_top + head),
            radius=arm / 2,
            fill=clothes,
        )
        hand = arm * 0.7
        draw.ellipse(
            (arm_x - hand, hand_y - hand, arm_x + hand, hand_y + hand), fill=skin
        )
    draw.ellipse(
        (x - head, body_top - head * 2.05, x + head, body_top - head * 0.05), fill=skin
    )


def shade(colour, amount):
    """`colour` ("#rrggbb") darkened towards black by `amount` (0 to 1)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(round(channel * (1 - amount)) for channel in (red, green, blue))


DRAWINGS = {"scene": scene, "portrait": portrait, "mark": mark}
# Each kind's alt text. A portrait sits beside its person's name and a mark beside
# its partner's, so they say nothing more (empty alt: decorative).
DESCRIPTIONS = {
    "scene": "Young people and adults standing together on a hill at sunrise",
    "portrait": "",
    "mark": "",
}
