"""The systemd units in docs/deployment/systemd run commands that exist, with
options they take, and each timer starts a service that is there
(docs/deployment.md tells operators to copy them)."""

import configparser
import shlex
from pathlib import Path

import pytest
from django.core.management import get_commands, load_command_class

from movement.settings.tasks import TASK_BACKENDS

UNITS = Path(__file__).resolve().parent.parent / "docs" / "deployment" / "systemd"


def unit(path):
    # systemd allows a key more than once (ExecStart= in a oneshot service).
    parser = configparser.RawConfigParser(strict=False, delimiters=("=",))
    parser.optionxform = str
    parser.read_string(_numbered(path.read_text()))
    return parser


def _numbered(text):
    """ExecStart= lines made unique, so that none is lost when read."""
    count, lines = 0, []
    for line in text.splitlines():
        if line.startswith("ExecStart="):
            count += 1
            line = f"ExecStart{count}={line.removeprefix('ExecStart=')}"
        lines.append(line)
    return "\n".join(lines)


SERVICES = sorted(UNITS.glob("*.service"))


@pytest.mark.parametrize("service", SERVICES, ids=lambda path: path.name)
def test_every_service_runs_a_command_that_exists(service, settings):
    # As in production, whose worker commands accept only a database backend.
    settings.TASKS = {"default": {"BACKEND": TASK_BACKENDS["database"]}}
    commands = [
        shlex.split(value)
        for key, value in unit(service)["Service"].items()
        if key.startswith("ExecStart")
    ]
    assert commands
    for command in commands:
        if command[1:2] == ["manage.py"]:
            name, arguments = command[2], command[3:]
            assert name in get_commands(), command
            parser = load_command_class(get_commands()[name], name).create_parser(
                "manage.py", name
            )
            parser.parse_args(arguments)  # its options exist (exits 2 if not)
        else:
            assert command[0].endswith("/gunicorn"), command
        assert command[0].startswith("/srv/movement/.venv/bin/")
    service_section = unit(service)["Service"]
    assert service_section["WorkingDirectory"] == "/srv/movement"
    assert service_section["EnvironmentFile"] == "/etc/movement/environment"


@pytest.mark.parametrize(
    "timer", sorted(UNITS.glob("*.timer")), ids=lambda path: path.name
)
def test_every_timer_starts_a_service_that_is_there(timer):
    assert timer.with_suffix(".service") in SERVICES
    assert unit(timer)["Timer"]["OnCalendar"]


def test_the_worker_and_the_web_processes_restart_on_their_own():
    for name in ("movement-web.service", "movement-worker.service"):
        assert unit(UNITS / name)["Service"]["Restart"] == "always"


VARNISH = Path(__file__).resolve().parent.parent / "docs" / "deployment" / "varnish"


@pytest.mark.parametrize("backends", ["backend.vcl", "several-backends.vcl"])
def test_each_varnish_configuration_compiles_as_shipped(backends, tmp_path):
    """movement.vcl with each backend.vcl the docs offer, copied as they say."""
    import shutil
    import subprocess

    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(varnishd).exists():
        pytest.skip("varnishd is not installed (apt-get install -y varnish)")
    shutil.copy(VARNISH / backends, tmp_path / "backend.vcl")
    compiled = subprocess.run(
        [varnishd, "-C", "-j", "none", "-n", str(tmp_path / "instance")]
        + ["-p", f"vcl_path={tmp_path}:{VARNISH}", "-f", str(VARNISH / "movement.vcl")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert compiled.returncode == 0, compiled.stderr[-2000:]
