"""What every benchmark here does around its measurements: say, run, serve, stop.

The scripts run as `python bench/<name>.py`, which puts bench/ first on the path,
where bench/search.py would hide the search app; they import this module as
`bench.serving` with the project root on the path instead.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
LOADBENCH = ROOT.parent / "shared" / "bench" / "loadbench.py"


def say(*parts):
    """The script's output (a command-line tool writes to stdout)."""
    sys.stdout.write(" ".join(str(part) for part in parts) + "\n")
    sys.stdout.flush()


def run(args, env, **kwargs):
    say("$", *args)
    subprocess.run([str(a) for a in args], env=env, cwd=ROOT, check=True, **kwargs)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url, server, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn exited during start-up")
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                response.read()
                return
        except urllib.error.HTTPError as error:
            raise SystemExit(f"{url} answered {error.code}") from error
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def start_gunicorn(app, env, workers=2, port=None):
    """gunicorn serving `app` on 127.0.0.1; returns (process, base URL) once it answers."""
    port = port or free_port()
    server = subprocess.Popen(
        [str(GUNICORN), app, "-b", f"127.0.0.1:{port}", "-w", str(workers)]
        + ["--log-level", "warning"],
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/en/", server)
    except BaseException:
        stop(server)
        raise
    return server, base


def stop(server):
    if server is not None and server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def production_env(database_url, workdir, base_url="http://127.0.0.1"):
    """Production settings with throwaway secrets, over plain HTTP on loopback."""
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="movement.settings.production",
        DATABASE_URL=database_url,
        SECRET_KEY="bench-only-not-secret",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL=base_url,
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        LOG_LEVEL="WARNING",
    )
