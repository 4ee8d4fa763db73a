"""Two app servers behind Varnish, sharing one PostgreSQL, one Redis and one
S3-compatible storage: the several-servers set-up of docs/deployment.md.

An editor works through one server and visitors are served by either, as a load
balancer sends them: a publish shows on both and through the cache at once, an
image or a document uploaded through one is served by the other, a session and
a page lock hold on both, and when one server dies the cache and the other
server answer every request they can.

It runs on a copy of pytest's PostgreSQL test database (the demo content), so in
the suite's PostgreSQL pass: `DATABASE_URL=postgres://… make test`, as CI does.
"""

import json
import os
import re
import signal
import uuid
from pathlib import Path

import pytest
import requests
from django.conf import settings

from tests.admin_uploads import small_png
from tests.s3_server import bucket_environment, client, s3_server
from tests.servers import (
    copy_of_test_database,
    free_port,
    gunicorn,
    manage,
    production_environment,
    redis_server,
    varnish,
)

POST_TITLE = "Same pay, same day: the first employers sign"


@pytest.fixture
def shared_services(postgres_test_database, static_root):
    """One PostgreSQL database (a copy of the demo site), one Redis and two S3
    buckets holding the demo's files: what every app server is given."""
    with (
        copy_of_test_database(postgres_test_database) as database_url,
        redis_server() as (redis_url, _stop),
        s3_server() as endpoint,
    ):
        buckets = bucket_environment(endpoint)
        upload_folder(endpoint, buckets["S3_MEDIA_BUCKET"], settings.MEDIA_ROOT)
        upload_folder(
            endpoint, buckets["S3_DOCUMENTS_BUCKET"], settings.PRIVATE_MEDIA_ROOT
        )
        yield production_environment(
            {
                **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
                "DATABASE_URL": database_url,
                "REDIS_URL": redis_url,
                **buckets,
            },
            static_root,
        )


def upload_folder(endpoint, bucket, root):
    s3 = client(endpoint)
    for path in Path(root).rglob("*"):
        if path.is_file():
            s3.upload_file(str(path), bucket, path.relative_to(root).as_posix())


# What the comms team prepared: a moderator (who publishes), an editor and a
# draft of a live post.
PREPARE = """
import json
from django.contrib.auth.models import Group
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site
from home.models import BlogPostPage
for name, group in (("moderator", "Moderators"), ("editor", "Editors")):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw-" + name)
    user.groups.add(Group.objects.get(name=group))
post = BlogPostPage.objects.live().filter(locale=Locale.get_default()).first()
post.title = %r
post.save_revision(user=user)
print(json.dumps({
    "id": post.id,
    "path": post.url,
    "published": Page.objects.get(id=post.id).title,
    "host": Site.objects.get(is_default_site=True).hostname,
}))
"""


class Editor:
    """A browser signed in to the admin, sending each request to the server it
    is given. It keeps its cookies itself: production marks them Secure, and
    these servers speak plain HTTP on loopback (TLS ends before them)."""

    def __init__(self, username):
        self.username = username
        self.cookies = {}

    def sign_in(self, server):
        self.get(server, "/admin/login/")
        response = self.post(
            server,
            "/admin/login/",
            {"username": self.username, "password": f"pw-{self.username}"},
        )
        assert response.status_code == 302, response.text[:500]

    def get(self, server, path):
        return self._kept(
            requests.get(
                server + path, cookies=self.cookies, allow_redirects=False, timeout=30
            )
        )

    def post(self, server, path, fields, files=None):
        return self._kept(
            requests.post(
                server + path,
                data={**fields, "csrfmiddlewaretoken": self.cookies["csrftoken"]},
                files=files,
                cookies=self.cookies,
                headers={"Referer": server + path},
                allow_redirects=False,
                timeout=30,
            )
        )

    def _kept(self, response):
        self.cookies.update(response.cookies.get_dict())
        return response


def visit(url, host):
    """A visitor's GET, sent with the site's own name as a browser sends it:
    what the cache keeps a copy under, and what a purge names."""
    response = requests.get(
        url, headers={"Host": host}, allow_redirects=False, timeout=30
    )
    return response.status_code, response.headers.get("X-Cache", ""), response.text


def test_two_servers_behind_the_cache_serve_one_site(shared_services):
    environment = shared_services
    prepared = json.loads(
        manage(environment, "shell", "-c", PREPARE % POST_TITLE).stdout.splitlines()[-1]
    )
    ports = [free_port(), free_port()]
    cache_port = free_port()
    environment = {
        **environment,
        "FRONTEND_CACHE_PURGE_URLS": f"http://127.0.0.1:{cache_port}",
    }
    with (
        gunicorn(environment, port=ports[0]) as first,
        gunicorn(environment, port=ports[1]) as second,
        varnish(ports, port=cache_port) as cache,
    ):
        servers = (first.url, second.url)
        post, host = prepared["path"], prepared["host"]

        # Visitors see the published post everywhere, the cache keeping it.
        for base in servers:
            assert prepared["published"] in visit(base + post, host)[2]
        visit(cache + post, host)
        status, kept, body = visit(cache + post, host)
        assert (status, kept) == (200, "HIT") and prepared["published"] in body

        # One session, both servers: signed in through one, known to the other.
        editor = Editor("moderator")
        editor.sign_in(first.url)
        assert editor.get(second.url, "/admin/").status_code == 200

        # A publish through the first server shows on both and through the cache.
        page_id = prepared["id"]
        bulk = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}"
        editor.get(first.url, bulk)  # the confirmation form
        assert editor.post(first.url, bulk, {}).status_code == 302
        for base in (*servers, cache):
            status, _kept, body = visit(base + post, host)
            assert status == 200 and POST_TITLE in body, base

        # A lock taken through one server holds on the other, for another editor.
        assert (
            editor.post(first.url, f"/admin/pages/{page_id}/lock/", {}).status_code
            == 302
        )
        colleague = Editor("editor")
        colleague.sign_in(second.url)
        edit_form = colleague.get(second.url, f"/admin/pages/{page_id}/edit/").text
        assert "locked" in edit_form.lower() and "moderator" in edit_form

        # An image and a document uploaded through one are served by the other.
        image_title = f"Mural {uuid.uuid4().hex[:6]}"
        uploaded = editor.post(
            first.url,
            "/admin/images/add/",
            {"title": image_title, "collection": "1", "description": "A painted wall"},
            files={"file": ("mural.png", small_png(), "image/png")},
        )
        assert uploaded.status_code == 302, uploaded.text[:500]
        listing = colleague.get(second.url, f"/admin/images/?q={image_title}").text
        image_id = re.search(r"/admin/images/(\d+)/", listing).group(1)
        # The other server makes its sizes from the file in the bucket.
        edit_view = colleague.get(second.url, f"/admin/images/{image_id}/").text
        rendition = re.search(r'src="([^"]+/images/[^"]+)"', edit_view).group(1)
        assert requests.get(rendition, timeout=10).status_code == 200

        pack_title = f"Pack {uuid.uuid4().hex[:6]}"
        uploaded = editor.post(
            first.url,
            "/admin/documents/add/",
            {"title": pack_title, "collection": "1"},
            files={"file": ("pack.txt", b"Ideas to try this week", "text/plain")},
        )
        assert uploaded.status_code == 302, uploaded.text[:500]
        listing = colleague.get(second.url, f"/admin/documents/?q={pack_title}").text
        download = re.search(r'href="(/documents/\d+/pack[^"]*)"', listing).group(1)
        status, _kept, body = visit(second.url + download, host)
        assert (status, body) == (200, "Ideas to try this week")

        # One server dies: pages the cache keeps are served from it, and pages
        # it must fetch (each search below is new to it) are fetched from the
        # server that is left, also when its turn names the dead one.
        kept = ["/en/", post, "/en/blog/", "/en/campaigns/"]
        for path in kept:
            visit(cache + path, host)
        os.killpg(first.pid, signal.SIGKILL)
        for path in kept:
            assert visit(cache + path, host)[:2] == (200, "HIT"), path
        for number in range(6):  # the round-robin director's turns, both servers'
            path = f"/en/search/?q=pay{number}"
            assert visit(cache + path, host)[:2] == (200, "MISS"), path
