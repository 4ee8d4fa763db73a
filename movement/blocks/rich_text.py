"""The rich-text features editors get, the same on every page."""

# One rich-text feature set everywhere, so pages look consistent. Section headings
# come from HeadingBlock (it gives them anchors); rich text may only go below that.
RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
SIMPLE_RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link"]
