from .blog import BlogIndexPage, BlogPostAuthor, BlogPostPage
from .fundamentals import Fundamental, FundamentalsPage, FundamentalsTagging
from .home import HomePage
from .people import BlogCategory, Person
from .standard import StandardPage

__all__ = [
    "BlogCategory",
    "BlogIndexPage",
    "BlogPostAuthor",
    "BlogPostPage",
    "Fundamental",
    "FundamentalsPage",
    "FundamentalsTagging",
    "HomePage",
    "Person",
    "StandardPage",
]
