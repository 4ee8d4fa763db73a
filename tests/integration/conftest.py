"""Integration tests: the site served by gunicorn with production settings, in
other processes, with the services it uses started and stopped by the tests.

Slow (each starts servers), so CI runs them once: marked `integration`, they run
in the SQLite pass of `make test` on a copy of the demo site, and the PostgreSQL
pass leaves them out. The database outage needs PostgreSQL, so it runs in that
pass instead, against pytest's own test database (test_database_outage.py).
"""

import pytest

from tests.demo_site import copy_of_demo_site, site_environment
from tests.servers import manage, production_environment, redis_server


def pytest_collection_modifyitems(items):
    for item in items:
        if "/integration/" in str(item.fspath):
            item.add_marker(pytest.mark.xdist_group("integration"))


@pytest.fixture
def postgres_test_database(request):
    """pytest's own test database with the demo content committed, for servers
    in other processes; only in the suite's PostgreSQL pass."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip(
            "needs the suite on PostgreSQL "
            "(DATABASE_URL=postgres://postgres@127.0.0.1:5432/<name> make test)"
        )
    request.getfixturevalue("django_db_setup")
    return connection.settings_dict


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """collectstatic once: production settings serve files from its manifest."""
    root = tmp_path_factory.mktemp("static")
    unused = tmp_path_factory.mktemp("collectstatic")  # it reads no database
    environment = production_environment(
        site_environment(unused, "movement.settings.production"), root
    )
    manage(environment, "collectstatic", "--noinput", "-v0")
    return root


@pytest.fixture
def demo_site(tmp_path_factory, static_root):
    """The environment of a production process on a fresh copy of the demo site."""
    site = copy_of_demo_site(tmp_path_factory, "integration-site")
    return production_environment(
        site_environment(site, "movement.settings.production"), static_root
    )


@pytest.fixture(params=["memory", "redis"])
def site_on_each_cache(request, demo_site):
    """The demo site's environment, once with each process's own memory cache and
    once with one Redis they share."""
    if request.param == "memory":
        yield demo_site
        return
    with redis_server() as (redis_url, _stop):
        yield {**demo_site, "REDIS_URL": redis_url}
