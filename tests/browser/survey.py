"""One visit per page and width, shared by the smoke and accessibility tests.

Loading a page and running axe-core on it are the browser suite's main costs:
each happens once, and each test asserts on its own part of the record.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@dataclass(frozen=True)
class Visit:
    status: int
    h1_count: int
    direction: str
    shows_untranslated_content: bool
    errors: tuple
    failed_requests: tuple  # (status, URL) of anything but the page itself
    requested_hosts: frozenset
    violations: tuple  # (axe rule id, [node targets])


def visit(page, url, axe):
    hosts, errors, failed = set(), [], []

    def on_request(request):
        hosts.add(urlsplit(request.url).hostname)

    def on_console(message):
        # Chromium logs every 4xx/5xx response as an error, the 404 page's own
        # status too: responses are checked by URL below instead.
        if message.type == "error" and not message.text.startswith(
            "Failed to load resource"
        ):
            errors.append(message.text)

    def on_response(response):
        if response.status >= 400 and response.url != url:
            failed.append((response.status, response.url))

    def on_page_error(error):
        errors.append(str(error))

    listeners = [
        ("request", on_request),
        ("console", on_console),
        ("pageerror", on_page_error),
        ("response", on_response),
    ]
    for event, listener in listeners:
        page.on(event, listener)
    try:
        response = page.goto(url)
        page.wait_for_load_state("load")
        results = axe.run(
            page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}}
        )
        return Visit(
            status=response.status,
            h1_count=page.locator("h1").count(),
            direction=page.locator("html").get_attribute("dir"),
            shows_untranslated_content=page.locator(".untranslated-content").count()
            > 0,
            errors=tuple(errors),
            failed_requests=tuple(failed),
            requested_hosts=frozenset(hosts),
            violations=tuple(
                (violation["id"], [node["target"] for node in violation["nodes"]])
                for violation in results.response["violations"]
            ),
        )
    finally:
        for event, listener in listeners:
            page.remove_listener(event, listener)
