"""Responsive image recipes: the renditions each place an image appears in needs.

Each recipe gives AVIF, then WebP, in two or three widths, over a JPEG (PNG for logos, which
may be transparent); {% responsive_image %} (movement/templatetags/image_tags.py)
draws them as a <picture>. Listings prefetch CARD_FILTER_SPECS with their pages
(movement.models.pages): a prefetched image that lacks one of its specs makes Wagtail
encode the missing renditions again on every request, so both read this one list.
"""

from dataclasses import dataclass

MODERN_FORMATS = ("avif", "webp")


@dataclass(frozen=True)
class Recipe:
    resizes: tuple  # Wagtail resize operations, smallest first
    sizes: str  # the image's displayed width at each breakpoint (the `sizes` attribute)
    fallback_format: str = "jpeg"
    # The page's main image is fetched at once; the rest wait until scrolled near.
    above_the_fold: bool = False

    @property
    def filter_specs(self):
        formats = (*MODERN_FORMATS, self.fallback_format)
        return tuple(
            f"{resize}|format-{fmt}" for fmt in formats for resize in self.resizes
        )

    @property
    def loading_attributes(self):
        if self.above_the_fold:
            return {"fetchpriority": "high"}
        return {"loading": "lazy", "decoding": "async"}


# Widths follow site.css: the prose column is 42rem, the page 72rem, a card
# about 23rem at most. The width a small phone needs and about twice the widest
# display, for sharp screens; full-width pictures have one between, so a phone
# at 2× (a 390 px screen wants ~720 pixels) is not sent the desktop file. Each
# AVIF takes a tenth of a second or more to encode, once per image.
PROSE_SIZES = "(min-width: 46rem) 42rem, calc(100vw - 2rem)"
RECIPES = {
    "card": Recipe(
        resizes=("fill-400x225", "fill-800x450"),
        sizes="(min-width: 72rem) 23rem, (min-width: 38rem) 45vw, calc(100vw - 2rem)",
    ),
    "featured": Recipe(
        resizes=("width-640", "width-960", "width-1280"),
        sizes=PROSE_SIZES,
        above_the_fold=True,
    ),
    "hero": Recipe(
        resizes=("width-560", "width-840", "width-1120"),
        sizes="(min-width: 60rem) 35rem, calc(100vw - 2rem)",
        above_the_fold=True,
    ),
    "cover": Recipe(
        resizes=("max-320x640", "max-640x1280"),
        sizes="20rem",
        above_the_fold=True,
    ),
    "content": Recipe(
        resizes=("width-640", "width-960", "width-1280"), sizes=PROSE_SIZES
    ),
    "portrait": Recipe(resizes=("fill-96x96", "fill-192x192"), sizes="96px"),
    "logo": Recipe(
        resizes=("max-192x96", "max-384x192"), sizes="8rem", fallback_format="png"
    ),
}

CARD_FILTER_SPECS = RECIPES["card"].filter_specs
