"""The demo site, prepared once per test run for tests that serve it from other processes.

Preparing it (`prepare_local_site`: migrate, demo content) takes half a minute,
so one copy is made per run, shared by the pytest-xdist workers through a lock
file, and every server gets its own copy of the database and files to change.
"""

import fcntl
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
MANAGE = [sys.executable, str(PROJECT / "manage.py")]
# Each page once, so its image renditions exist in every copy: AVIF encoding
# takes a tenth of a second or more per image, and every server would repeat it.
VISIT_EVERY_PAGE = """
from django.test import Client
from wagtail.models import Page
client = Client(SERVER_NAME="localhost")
for page in Page.objects.live().public().filter(depth__gt=1).specific():
    client.get(page.url)
"""


def site_environment(workdir, settings_module, **extra):
    """The environment of a process serving (or changing) the site in `workdir`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private_media"),
        **extra,
    }


def _run_folder(tmp_path_factory):
    """A folder this test run's workers share (the base folder without xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def prepared_demo_site(tmp_path_factory):
    shared = _run_folder(tmp_path_factory) / "demo-site"
    with open(shared.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the first to come prepares, others wait
        _prepare(shared)
    return shared


def start_preparing(tmp_path_factory):
    """Prepare the demo site in a thread of this (the controlling) process while
    the workers build their own test databases: a worker that needs the site
    then waits less, or not at all. The lock is taken here, before any worker
    starts; the thread gives it back when the site is ready. Returns the thread."""
    shared = _run_folder(tmp_path_factory) / "demo-site"
    lock = open(shared.with_suffix(".lock"), "w")  # noqa: SIM115 (closed by the thread)
    fcntl.flock(lock, fcntl.LOCK_EX)

    def prepare():
        with lock:
            _prepare(shared)

    thread = threading.Thread(target=prepare, name="demo-site", daemon=True)
    thread.start()
    return thread


def _prepare(shared):
    """Migrate the demo site and load its content, unless that is done already."""
    if (shared / "ready").exists():
        return
    shutil.rmtree(shared, ignore_errors=True)
    shared.mkdir()
    for command in (
        ["prepare_local_site"],
        ["shell", "-v0", "-c", VISIT_EVERY_PAGE],
    ):
        subprocess.run(
            [*MANAGE, *command],
            env=site_environment(shared, "movement.settings.dev"),
            check=True,
            cwd=PROJECT,
            capture_output=True,
            timeout=300,
        )
    (shared / "ready").touch()


def copy_of_demo_site(tmp_path_factory, name):
    """A folder with its own copy of the prepared demo site's database and files."""
    source = prepared_demo_site(tmp_path_factory)
    target = tmp_path_factory.mktemp(name)
    shutil.copy2(source / "db.sqlite3", target / "db.sqlite3")
    for folder in ("media", "private_media"):
        if (source / folder).exists():
            shutil.copytree(source / folder, target / folder)
    return target
