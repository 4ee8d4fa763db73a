"""Servers in other processes, for tests that must run the way production does:
gunicorn with production settings, a Redis of the test's own, and a TCP proxy
in front of PostgreSQL that a test can cut to play a database restart.

Everything binds to 127.0.0.1 on a free port.
"""

import contextlib
import dataclasses
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).parent / "gunicorn"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url, timeout=10):
    """(status, headers, body) of a GET; error statuses are answers, not exceptions."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def production_environment(base_environment, static_root, **extra):
    """Production settings with throwaway secrets, over plain HTTP on loopback."""
    return {
        **base_environment,
        "DJANGO_SETTINGS_MODULE": "movement.settings.production",
        "SECRET_KEY": "integration-tests-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(static_root),
        "LOG_LEVEL": "WARNING",
        # A publish's background work done in its own process, as these tests
        # expect; test_background_worker.py runs production's worker instead.
        "TASK_BACKEND": "immediate",
        **extra,
    }


def manage(environment, *arguments, timeout=120, check=True):
    """Runs a management command as another process would (a cron job, a shell);
    unless `check` is false, one that fails raises CalledProcessError."""
    return subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), *arguments],
        env=environment,
        cwd=PROJECT,
        check=check,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def restore_site(environment, folder):
    """`manage.py restore_site FOLDER`, failing or not (movement/backups.py)."""
    return manage(environment, "restore_site", str(folder), check=False)


@dataclasses.dataclass(frozen=True)
class Server:
    url: str
    pid: int  # gunicorn's master, whose children are the workers


@contextlib.contextmanager
def gunicorn(environment, workers=2, threads=2, port=None, arguments=()):
    """gunicorn as the README runs it (movement/gunicorn.conf.py); yields a Server.

    `arguments` go on its command line, e.g. a certificate to serve HTTPS.
    """
    port = port or free_port()
    scheme = "https" if "--certfile" in arguments else "http"
    env = {
        **environment,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": str(workers),
        "GUNICORN_THREADS": str(threads),
        "GUNICORN_ACCESS_LOG": "",
    }
    # Its log goes to a file: a pipe nobody reads fills up and blocks the workers.
    with tempfile.TemporaryFile(mode="w+") as log:
        server = subprocess.Popen(
            [str(GUNICORN), "-c", "movement/gunicorn.conf.py", *arguments]
            + ["movement.wsgi"],
            env=env,
            cwd=PROJECT,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        base = f"{scheme}://127.0.0.1:{port}"
        with _healthy(server, base, log):
            yield Server(base, server.pid)


@contextlib.contextmanager
def redis_server():
    """A Redis of the test's own, so stopping it touches no other test; yields
    (its URL, a function that stops it)."""
    binary = shutil.which("redis-server")
    if binary is None:
        import pytest

        pytest.skip("redis-server is not installed (apt-get install -y redis-server)")
    port = free_port()
    with tempfile.TemporaryFile(mode="w+") as log:
        server = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )

        def answers():
            with socket.create_connection(("127.0.0.1", port), timeout=1) as client:
                client.sendall(b"PING\r\n")
                return client.recv(16) == b"+PONG\r\n"

        def stop():
            server.terminate()
            server.wait(timeout=10)

        try:
            _wait_for(answers, server, log)
            yield f"redis://127.0.0.1:{port}/0", stop
        finally:
            if server.poll() is None:
                stop()


VARNISH_CONFIGURATION = PROJECT / "docs" / "deployment" / "varnish"


@contextlib.contextmanager
def varnish(backend_port, purgers=("127.0.0.1",), port=None):
    """Debian's varnishd with the repository's configuration (docs/deployment/varnish),
    in front of the app on `backend_port`, or on each of several ports (a list),
    taken in turn as docs/deployment/varnish/several-backends.vcl does; yields
    its base URL.

    Only backend.vcl, the site-specific part, is written here: the app's ports
    and the addresses allowed to purge.
    """
    binary = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not os.path.exists(binary):
        import pytest

        pytest.skip("varnishd is not installed (apt-get install -y varnish)")
    port = port or free_port()
    with tempfile.TemporaryDirectory(prefix="varnish-") as workdir:
        Path(workdir, "backend.vcl").write_text(_backends_vcl(backend_port, purgers))
        with tempfile.TemporaryFile(mode="w+") as log:
            server = subprocess.Popen(
                [binary, "-F", "-j", "none", "-n", workdir]
                + ["-a", f"127.0.0.1:{port}", "-T", "none", "-s", "malloc,64m"]
                + ["-p", f"vcl_path={workdir}:{VARNISH_CONFIGURATION}"]
                + ["-f", str(VARNISH_CONFIGURATION / "movement.vcl")],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            base = f"http://127.0.0.1:{port}"
            with _healthy(server, base, log):
                yield base


def _backends_vcl(ports, purgers):
    """backend.vcl for the app on one port, or several-backends.vcl for several."""
    allowed = "".join(f'    "{address}";\n' for address in purgers)
    if isinstance(ports, int):
        return (
            f'backend default {{\n    .host = "127.0.0.1";\n    .port = "{ports}";\n}}\n'
            f"acl purgers {{\n{allowed}}}\n"
        )
    backends = "".join(
        f'backend app{number} {{\n    .host = "127.0.0.1";\n    .port = "{port}";\n'
        "    .connect_timeout = 1s;\n    .first_byte_timeout = 30s;\n"
        "    .probe = health;\n}\n"
        for number, port in enumerate(ports, 1)
    )
    joined = "".join(
        f"    apps.add_backend(app{number});\n" for number in range(1, len(ports) + 1)
    )
    vcl = (VARNISH_CONFIGURATION / "several-backends.vcl").read_text()
    for part, text in (
        ("backends", backends),
        ("director", joined),
        ("purgers", allowed),
    ):
        start, end = vcl.index(f"# <{part}>"), vcl.index(f"# </{part}>")
        start = vcl.rindex("\n", 0, start) + 1  # the marker's whole line
        end = vcl.index("\n", end) + 1
        vcl = vcl[:start] + text + vcl[end:]
    return vcl


@contextlib.contextmanager
def _healthy(server, base, log):
    """Once `server` answers on base/healthz; its whole process group stops after."""
    try:
        _wait_for(lambda: _answers(base + "/healthz"), server, log)
        yield
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def _answers(url):
    """True once anything answers at `url` (a certificate is not checked here)."""
    context = ssl._create_unverified_context()
    with contextlib.suppress(urllib.error.HTTPError):
        urllib.request.urlopen(url, timeout=5, context=context).close()
    return True


def _wait_for(check, process, log, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    log.seek(0)
    raise RuntimeError(f"{process.args[0]} did not start: {log.read()[-2000:]}")


class TcpProxy:
    """Forwards 127.0.0.1:<port> to a server; stop() drops every connection and
    refuses new ones, as a database that restarts does, until start()."""

    def __init__(self, target_port, target_host="127.0.0.1"):
        self.target = (target_host, target_port)
        self.port = free_port()
        self._listener = None
        self._sockets = set()
        self._lock = threading.Lock()

    def start(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def stop(self):
        listener, self._listener = self._listener, None
        if listener is not None:
            # Closing alone would not wake the thread waiting in accept().
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # stopped
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._sockets.update((client, upstream))
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self._pump, args=(source, target), daemon=True
                ).start()

    def _pump(self, source, target):
        try:
            while chunk := source.recv(65536):
                target.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def copy_of_test_database(source):
    """A new database made from the test database as its template; dropped after."""
    import psycopg
    from django.db import connections

    connections.close_all()  # a template must have no one connected
    name = f"{source['NAME']}_servers_{uuid.uuid4().hex[:6]}"
    server = f"host={source['HOST'] or '127.0.0.1'} port={source['PORT'] or 5432} "
    server += f"user={source['USER'] or 'postgres'}"
    with psycopg.connect(server + " dbname=postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source["NAME"]}"')
    try:
        yield (
            f"postgres://{source['USER'] or 'postgres'}@{source['HOST'] or '127.0.0.1'}"
            f":{source['PORT'] or 5432}/{name}"
        )
    finally:
        with psycopg.connect(server + " dbname=postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
