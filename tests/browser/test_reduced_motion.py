"""A visitor who asks for reduced motion gets none: no animation, transition or smooth scroll."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Motion a future stylesheet might add; the site's reduced-motion rule must undo it.
MOTION = """
@keyframes test-pulse { from { opacity: 0.5; } to { opacity: 1; } }
*, *::before, *::after { transition: color 1s ease; animation: test-pulse 2s infinite; }
html { scroll-behavior: smooth; }
"""

MOVING = """() => {
    const seconds = (value) => value.split(",").map(parseFloat);
    const moving = [];
    for (const element of document.querySelectorAll("*")) {
        const style = getComputedStyle(element);
        const animated = style.animationName !== "none"
            && seconds(style.animationDuration).some((s) => s > 0);
        const transitions = seconds(style.transitionDuration).some((s) => s > 0);
        if (animated || transitions) { moving.push(element.tagName); }
    }
    return {
        moving: moving,
        scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
    };
}"""


@pytest.mark.parametrize(
    ("reduced_motion", "expect_motion"), [("reduce", False), ("no-preference", True)]
)
def test_reduced_motion_stops_every_animation(
    browser, site_url, reduced_motion, expect_motion
):
    context = browser.new_context(
        viewport={"width": 390, "height": 900},
        reduced_motion=reduced_motion,
        bypass_csp=True,  # the test adds motion in an inline <style>
    )
    page = context.new_page()
    for path in ["/en/", "/ar/blog/blackpool-schools-community-of-practice/"]:
        page.goto(site_url + path)
        page.add_style_tag(content=MOTION)

        found = page.evaluate(MOVING)

        if expect_motion:  # the added motion is really there without the preference
            assert found["moving"] and found["scrollBehavior"] == "smooth"
        else:
            assert found == {"moving": [], "scrollBehavior": "auto"}
    context.close()
