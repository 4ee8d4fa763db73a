"""PostgreSQL restarts under a running site: visitors get a 503, then the site by itself.

The server reaches PostgreSQL through a proxy the test cuts, which is what a
restart looks like from the application: open connections drop, new ones are
refused, then all is well again. It serves pytest's own test database (the demo
content is loaded into it once per run, committed), so it runs in the suite's
PostgreSQL pass: `DATABASE_URL=postgres://… make test`, as CI does.
"""

import time

import pytest

from tests.servers import TcpProxy, fetch, gunicorn, production_environment


@pytest.fixture
def postgres_site(postgres_test_database, static_root, tmp_path):
    settings = postgres_test_database
    proxy = TcpProxy(settings["PORT"] or 5432, settings["HOST"] or "127.0.0.1")
    proxy.start()
    user = settings["USER"] or "postgres"
    environment = production_environment(
        {
            "DATABASE_URL": f"postgres://{user}@127.0.0.1:{proxy.port}/{settings['NAME']}",
            "MEDIA_ROOT": str(tmp_path / "media"),
            "PRIVATE_MEDIA_ROOT": str(tmp_path / "private_media"),
            **_process_environment(),
        },
        static_root,
    )
    try:
        yield environment, proxy
    finally:
        proxy.stop()


def _process_environment():
    import os

    return {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}


def test_a_database_restart_shows_a_503_and_the_site_recovers(postgres_site):
    environment, proxy = postgres_site
    with gunicorn(environment, workers=2, threads=2) as server:
        base = server.url
        assert fetch(base + "/pl/")[0] == 200
        assert fetch(base + "/healthz")[0] == 200

        proxy.stop()
        status, headers, body = fetch(base + "/pl/")
        assert status == 503
        assert headers["Retry-After"] == "30"
        assert 'lang="pl"' in body and "Zaraz wracamy" in body
        status, _headers, body = fetch(base + "/healthz")
        assert status == 503 and '"failing"' in body

        proxy.start()
        started = time.monotonic()
        while fetch(base + "/pl/")[0] != 200:
            assert time.monotonic() - started < 10, "the site did not recover"
            time.sleep(0.1)
        assert fetch(base + "/healthz")[0] == 200
