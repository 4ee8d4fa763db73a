"""Form pages: "Share your story" (with a photo or PDF) and "Write to us", the
team's addresses at example.org."""

from home.models import FormField, FormPage
from movement.demo.build import ensure_child

KEEP_A_YEAR = (
    "I agree that the Resilience Revolution keeps what I send here for a year, to "
    "read it and, if I gave an email address, to reply. Only our team sees it. We "
    "ask before sharing any story, and never share names."
)


def load(demo):
    demo.pages["share-your-story"] = ensure_child(demo.home, share_your_story())
    demo.pages["write-to-us"] = ensure_child(demo.pages["contact"], write_to_us())


def share_your_story():
    page = FormPage(
        title="Share your story",
        slug="share-your-story",
        listing_summary="Been paid less for the same work, or found a way through "
        "something hard? Tell us in your own words.",
        introduction="<p>Your story helps us show why things need to change. Write "
        "as much or as little as you like. You can use a made-up name.</p>",
        consent_text=KEEP_A_YEAR,
        submit_label="Send my story",
        thank_you_text="<p>Thank you for trusting us with your story. Someone from "
        "the team will read it this week. If you left an email address and asked "
        "for a reply, we will write back.</p>",
        to_address="stories@example.org",
        from_address="website@example.org",
        subject="A story from the website",
        keep_answers_for_days=365,
    )
    page.form_fields = [
        FormField(
            label="Your first name, or a made-up name",
            field_type="singleline",
            required=True,
        ),
        FormField(
            label="Your email address, if you would like a reply",
            field_type="email",
            required=False,
        ),
        FormField(
            label="Your story",
            field_type="multiline",
            required=True,
            help_text="What happened, and what would have made it fairer?",
        ),
        FormField(
            label="A photo or a document",
            field_type="file",
            required=False,
            help_text="A JPEG, PNG, WebP or PDF, up to 10 MB.",
        ),
    ]
    return page


def write_to_us():
    page = FormPage(
        title="Write to us",
        slug="write-to-us",
        listing_summary="A question, an idea or an offer of help: send it here.",
        introduction="<p>Questions about the movement, offers to help, ideas for a "
        "campaign: we read everything and reply within a week.</p>",
        consent_text="I agree that the Resilience Revolution keeps my message and "
        "email address for six months, to reply to me. Only our team sees them.",
        submit_label="Send",
        thank_you_text="<p>Thank you. We reply within a week.</p>",
        to_address="hello@example.org",
        from_address="website@example.org",
        subject="A message from the website",
        keep_answers_for_days=180,
    )
    page.form_fields = [
        FormField(label="Your name", field_type="singleline", required=True),
        FormField(label="Your email address", field_type="email", required=True),
        FormField(label="Your message", field_type="multiline", required=True),
    ]
    return page
