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
        PRIVATE_MEDIA_ROOT=str(workdir / "private_media"),
        LOG_LEVEL="WARNING",
        # A publish's background work (indexing, warming) in the publishing process,
        # not on a db_worker: the benches time it there, with no worker to start.
        TASK_BACKEND="immediate",
    )


# --- servers other than gunicorn (bench/viral.py) ---------------------------------------

VARNISH_CONFIGURATION = ROOT / "docs" / "deployment" / "varnish"


def wait_for_server(url, server, name, seconds=60, headers=None):
    """Until `url` answers anything at all (an error status is an answer)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"{name} exited during start-up")
        try:
            request = urllib.request.Request(url, headers=headers or {})
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{name} did not answer {url} within {seconds} s")


def start_redis(workdir):
    """A Redis of our own on a free loopback port; returns (process, URL without a db)."""
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        + ["--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("redis-server exited during start-up")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as client:
                client.sendall(b"PING\r\n")
                if client.recv(16) == b"+PONG\r\n":
                    return server, f"redis://127.0.0.1:{port}"
        except OSError:
            pass
        time.sleep(0.1)
    stop(server)
    raise SystemExit("redis-server did not answer within 30 s")


def start_varnish(backend_port, workdir, purgers=("127.0.0.1",), port=None):
    """varnishd with the repository's VCL (docs/deployment/varnish) in front of
    127.0.0.1:`backend_port`, as tests/servers.py's varnish() but returning the
    process (for its CPU time); returns (process, base URL).

    Only backend.vcl, the site-specific part, is written (into `workdir`).
    """
    port = port or free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    allowed = "".join(f'    "{address}";\n' for address in purgers)
    (workdir / "backend.vcl").write_text(
        "backend default {\n"
        f'    .host = "127.0.0.1";\n    .port = "{backend_port}";\n'
        "}\n"
        f"acl purgers {{\n{allowed}}}\n"
    )
    server = subprocess.Popen(
        ["/usr/sbin/varnishd", "-F", "-j", "none", "-n", str(workdir)]
        + ["-a", f"127.0.0.1:{port}", "-T", "none", "-s", "malloc,256m"]
        + ["-p", f"vcl_path={workdir}:{VARNISH_CONFIGURATION}"]
        + ["-f", str(VARNISH_CONFIGURATION / "movement.vcl")],
        stdout=(workdir / "varnishd.log").open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return answering(server, f"http://127.0.0.1:{port}", "/healthz", "varnishd")


def answering(server, base, path, name):
    """(server, base) once `base + path` answers; the server is stopped if it never does."""
    try:
        wait_for_server(base + path, server, name)
    except BaseException:
        stop(server)
        raise
    return server, base


NGINX_CONF = """\
daemon off;
{user}worker_processes {workers};
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type text/html;
    access_log off;
    sendfile on;
    tcp_nopush on;
    # index.html.gz next to index.html: sent as is to clients that take gzip.
    gzip_static on;
    client_body_temp_path {workdir}/client_body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
"""


def start_nginx(root, workdir, workers=2, port=None):
    """nginx serving the files under `root` on 127.0.0.1; returns (process, base URL).

    Its configuration, pid and logs live in `workdir`. Run as root, its workers
    stay root (`user root;`) so they can read a private temporary directory.
    """
    port = port or free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    conf = workdir / "nginx.conf"
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf.write_text(
        NGINX_CONF.format(
            user=user, workers=workers, workdir=workdir, port=port, root=root
        )
    )
    server = subprocess.Popen(
        ["/usr/sbin/nginx", "-p", str(workdir), "-e", str(workdir / "error.log")]
        + ["-c", str(conf)],
        start_new_session=True,
    )
    return answering(server, f"http://127.0.0.1:{port}", "/", "nginx")
