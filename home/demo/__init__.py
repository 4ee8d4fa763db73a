"""Home's demo content, run by movement.demo (see its step order).

Each module has load(demo); `translations` says which pages are translated.
"""

STEPS = {
    10: "home.demo.site",
    12: "home.demo.forms",  # under the contact page; campaigns link "share your story"
    20: "home.demo.fundamentals",
    30: "home.demo.blog",
    32: "home.demo.comments",  # on two of the blog's posts
    35: "home.demo.newsletters",  # in the blog; the home page's sign-up form
    70: "home.demo.events",  # links a blog post
    75: "home.demo.get_involved",  # links a campaign, the events and the communities
    85: "home.demo.featured",  # features other apps' pages: once every section exists
}
