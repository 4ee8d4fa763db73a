from .blog import BlogIndexPage, BlogPostAuthor, BlogPostPage
from .event_index import EventIndexPage
from .events import EventPage
from .forms import FormField, FormPage
from .home import HomePage
from .people import BlogCategory, Person
from .standard import StandardPage

__all__ = [
    "BlogCategory",
    "BlogIndexPage",
    "BlogPostAuthor",
    "BlogPostPage",
    "EventIndexPage",
    "EventPage",
    "FormField",
    "FormPage",
    "HomePage",
    "Person",
    "StandardPage",
]
