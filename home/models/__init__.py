from .blog import BlogIndexPage, BlogPostAuthor, BlogPostPage
from .comments import Comment, CommentStatus
from .event_index import EventIndexPage
from .events import EventPage
from .forms import FormField, FormPage
from .home import HomePage
from .newsletters import NewsletterPage
from .people import BlogCategory, Person
from .safeguarding import SafeguardingNotice
from .standard import StandardPage

__all__ = [
    "BlogCategory",
    "BlogIndexPage",
    "BlogPostAuthor",
    "BlogPostPage",
    "Comment",
    "CommentStatus",
    "EventIndexPage",
    "EventPage",
    "FormField",
    "FormPage",
    "HomePage",
    "NewsletterPage",
    "Person",
    "SafeguardingNotice",
    "StandardPage",
]
