"""The MDN HTTP Observatory's grade for the site's headers, measured locally (issue 12).

    cd /work/main && .venv/bin/python bench/observatory.py

Serves a copy of the demo site with production settings as a real deployment would be
reached: HTTPS on 127.0.0.1:443 (a certificate for "localhost" signed by a throwaway
certificate authority made here with openssl) and plain HTTP on 127.0.0.1:80, which
redirects to it. Then runs the Observatory's own scanner (the npm package
@mdn/mdn-http-observatory, installed on first run into ~/.cache/movement-bench with
--ignore-scripts: its install scripts download the HSTS preload and TLD lists, which this
machine cannot reach, so empty ones stand in; a site on "localhost" is on neither) against
"localhost", trusting that authority, and prints the grade, the score and each test.
Ports 80 and 443 must be free.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the project, not bench/

from bench.serving import PYTHON, ROOT, run, say  # noqa: E402
from tests.servers import gunicorn, production_environment  # noqa: E402

PACKAGE = "@mdn/mdn-http-observatory@1"
CACHE = Path.home() / ".cache" / "movement-bench"
SCANNER = CACHE / "node_modules" / "@mdn" / "mdn-http-observatory"


def install_scanner():
    if not (SCANNER / "src" / "scan.js").exists():
        run(
            ["npm", "install", "--prefix", CACHE, "--ignore-scripts", "--no-audit"]
            + ["--no-fund", PACKAGE],
            os.environ,
        )
    for name, empty in (("hsts-preload.json", "{}"), ("tld-list.json", "[]")):
        path = SCANNER / "conf" / name
        if not path.exists():
            path.write_text(empty)


def certificate(workdir):
    """A certificate authority, and a certificate it signs for "localhost"."""

    def openssl(*arguments):
        subprocess.run(["openssl", *arguments], check=True, capture_output=True)

    ca_key, ca, key, request, cert = (
        workdir / name
        for name in ("ca.key", "ca.pem", "localhost.key", "localhost.csr", "cert.pem")
    )
    openssl(
        *("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
        *("-keyout", ca_key, "-out", ca, "-subj", "/CN=Bench authority"),
    )
    openssl(
        *("req", "-newkey", "rsa:2048", "-nodes", "-keyout", key),
        *("-out", request, "-subj", "/CN=localhost"),
    )
    extensions = workdir / "extensions.cnf"
    extensions.write_text("subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n")
    openssl(
        *("x509", "-req", "-in", request, "-CA", ca, "-CAkey", ca_key),
        *("-CAcreateserial", "-out", cert, "-days", "1", "-extfile", extensions),
    )
    return ca, cert, key


def main():
    install_scanner()
    workdir = Path(tempfile.mkdtemp(prefix="movement-observatory-"))
    environment = production_environment(
        {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
            "MEDIA_ROOT": str(workdir / "media"),
            "PRIVATE_MEDIA_ROOT": str(workdir / "private_media"),
        },
        workdir / "static",
        ALLOWED_HOSTS="localhost",
        WAGTAILADMIN_BASE_URL="https://localhost",
        SECURE_SSL_REDIRECT="1",
    )
    for command in (["prepare_local_site"], ["collectstatic", "--noinput", "-v0"]):
        run([PYTHON, "manage.py", *command], environment, stdout=subprocess.DEVNULL)
    ca, cert, key = certificate(workdir)
    tls = ("--certfile", str(cert), "--keyfile", str(key))
    with (
        gunicorn(environment, workers=1, port=443, arguments=tls),
        gunicorn(environment, workers=1, port=80),
    ):
        scan = subprocess.run(
            ["node", str(SCANNER / "src" / "scan.js"), "localhost"],
            env={**os.environ, "NODE_EXTRA_CA_CERTS": str(ca)},
            capture_output=True,
            text=True,
            timeout=120,
        )
    shutil.rmtree(workdir, ignore_errors=True)
    result = json.loads(scan.stdout)
    if "error" in result:
        raise SystemExit(f"The scan failed: {result['error']}")
    summary = result["scan"]
    say(
        f"MDN HTTP Observatory (algorithm {summary['algorithmVersion']}): grade "
        f"{summary['grade']}, score {summary['score']}, {summary['testsPassed']} of "
        f"{summary['testsQuantity']} tests passed"
    )
    for name, test in result["tests"].items():
        say(f"  {name:32} {'pass' if test['pass'] else 'FAIL':4}  {test['result']}")


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
