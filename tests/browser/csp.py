"""Watching a tab for what a Content-Security-Policy refuses.

The browser reports each refusal twice: as a console message and as a
`securitypolicyviolation` event (which also catches refusals before a console
listener is attached); both are collected.
"""

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def watched_tab(context):
    """(a new tab in `context`, the list its refusals are added to)."""
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    refused = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and refused.append(message.text)
        ),
    )
    return page, refused


def violations(page):
    """The refusals the page's events have recorded so far."""
    return page.evaluate("window.__violations")
