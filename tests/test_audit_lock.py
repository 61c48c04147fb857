"""The dependency audit (.ci/audit_lock.py, `make audit` in CI) against a small PyPI JSON
API served on 127.0.0.1: it fails on a known vulnerability, on a pin it cannot check, and
on a feed that carries no vulnerability data; it never passes a package it did not check."""

import importlib.util
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("audit_lock", ROOT / ".ci" / "audit_lock.py")
audit_lock = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit_lock)

CANARY_ADVISORY = {"id": "PYSEC-2017-94", "aliases": ["CVE-2013-7459"], "fixed_in": [],
                   "withdrawn": None, "summary": "Heap overflow"}


def project(version, *advisories):
    return {"info": {"version": version}, "vulnerabilities": list(advisories)}


def advisory(id, fixed_in=("2.0",), withdrawn=None):
    return {"id": id, "aliases": [f"CVE-{id}"], "fixed_in": list(fixed_in),
            "withdrawn": withdrawn, "summary": "Something bad"}


@pytest.fixture
def index():
    """A PyPI JSON API on 127.0.0.1 serving `index.projects` ({name: project JSON})."""
    projects = {"pycrypto": project("2.6.1", CANARY_ADVISORY)}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            parts = self.path.strip("/").split("/")  # pypi/NAME/json
            body = projects.get(parts[1]) if len(parts) == 3 and parts[2] == "json" else None
            self.send_response(200 if body else 404)
            self.end_headers()
            if body:
                self.wfile.write(json.dumps(body).encode())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.projects = projects
    server.url = f"http://127.0.0.1:{server.server_address[1]}/pypi"
    yield server
    server.shutdown()
    server.server_close()


def run(index, tmp_path, capsys, lock_lines, exceptions=""):
    lock = tmp_path / "requirements.lock"
    lock.write_text("# via nothing\n" + "\n".join(lock_lines) + "\n")
    listed = tmp_path / "exceptions.txt"
    listed.write_text(exceptions)
    status = audit_lock.main([str(lock), "--exceptions", str(listed), "--index", index.url,
                              "--without-pip-audit"])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_latest_pins_without_advisories_pass(index, tmp_path, capsys):
    index.projects.update({"alpha": project("1.2"), "beta": project("3.0")})
    status, out = run(index, tmp_path, capsys, ["alpha==1.2", "beta==3.0.0  # via alpha"])
    assert status == 0, out
    assert "2 pinned packages: 2 by latest release" in out
    assert "0 known vulnerabilities" in out


def test_a_known_vulnerability_fails(index, tmp_path, capsys):
    index.projects.update({"alpha": project("1.2", advisory("PYSEC-2099-1", ["1.3"])),
                           "beta": project("3.0")})
    status, out = run(index, tmp_path, capsys, ["alpha==1.2", "beta==3.0"])
    assert status == 1
    assert "VULNERABLE: alpha==1.2: PYSEC-2099-1 (fixed in 1.3)" in out


def test_withdrawn_or_listed_advisories_do_not_fail(index, tmp_path, capsys):
    index.projects.update({
        "alpha": project("1.2", advisory("PYSEC-2099-1", withdrawn="2099-01-01T00:00:00Z")),
        "beta": project("3.0", advisory("GHSA-xxxx-yyyy-zzzz"))})
    status, out = run(index, tmp_path, capsys, ["alpha==1.2", "beta==3.0"],
                      "GHSA-xxxx-yyyy-zzzz  # only affects Windows, which we never run on\n")
    assert status == 0, out


@pytest.mark.parametrize("lock_line, why", [
    ("alpha==1.1", "only the latest release's advisories (1.2)"),
    ("unknown-package==1.0", "not on the index"),
])
def test_a_pin_that_cannot_be_checked_fails(index, tmp_path, capsys, lock_line, why):
    index.projects["alpha"] = project("1.2")
    status, out = run(index, tmp_path, capsys, [lock_line])
    assert status == 1
    assert f"NOT AUDITED: {lock_line}: {why}" in out


def test_an_older_pin_may_be_accepted_with_a_reason_but_is_still_shown(index, tmp_path,
                                                                        capsys):
    index.projects["alpha"] = project("1.2")
    status, out = run(index, tmp_path, capsys, ["alpha==1.1"],
                      "alpha==1.1  # beta pins it; checked by hand\n")
    assert status == 0, out
    assert "NOT AUDITED (accepted in exceptions.txt): alpha==1.1" in out
    # ... but an advisory against the latest release still fails it.
    index.projects["alpha"] = project("1.2", advisory("PYSEC-2099-2", fixed_in=[]))
    status, out = run(index, tmp_path, capsys, ["alpha==1.1"],
                      "alpha==1.1  # beta pins it; checked by hand\n")
    assert status == 1
    assert "VULNERABLE: alpha==1.1: PYSEC-2099-2 (no fix yet) (listed against 1.2" in out


def test_a_feed_without_vulnerability_data_fails(index, tmp_path, capsys):
    index.projects.update({"pycrypto": project("2.6.1"), "alpha": project("1.2")})
    status, out = run(index, tmp_path, capsys, ["alpha==1.2"])
    assert status == 1
    assert "not carrying advisories" in out


def test_an_unreachable_feed_fails(tmp_path, capsys):
    lock = tmp_path / "requirements.lock"
    lock.write_text("alpha==1.2\n")
    status = audit_lock.main([str(lock), "--exceptions", str(tmp_path / "none.txt"),
                              "--index", "http://127.0.0.1:9/pypi", "--without-pip-audit"])
    assert status == 1
    assert "cannot read PyPI's vulnerability data" in capsys.readouterr().err


@pytest.mark.parametrize("lock_lines, exceptions, why", [
    (["alpha>=1.2"], "", "not an exact pin"),
    (["-e ."], "", "not an exact pin"),
    (["alpha==1.2"], "alpha==1.1\n", "give a reason"),
])
def test_malformed_input_fails(index, tmp_path, capsys, lock_lines, exceptions, why):
    index.projects["alpha"] = project("1.2")
    status, out = run(index, tmp_path, capsys, lock_lines, exceptions)
    assert status == 1
    assert why in out


def test_pip_audit_answers_are_used_and_its_findings_fail():
    projects = {"pycrypto": project("2.6.1", CANARY_ADVISORY)}
    asked = []

    def project_json(name):
        asked.append(name)
        return projects.get(name)

    pins = {"alpha": ("alpha", "1.1"), "beta": ("Beta", "2.0")}
    report = {"alpha": {"name": "alpha", "version": "1.1", "vulns": []},
              "beta": {"name": "beta", "version": "2.0",
                       "vulns": [{"id": "GHSA-aaaa-bbbb-cccc", "fix_versions": ["2.1"]}]}}
    result = audit_lock.audit(pins, report, project_json)
    assert asked == ["pycrypto"]  # pip-audit answered for both pins
    assert result.checked_by["pip-audit"] == 2
    assert result.vulnerable == ["Beta==2.0: GHSA-aaaa-bbbb-cccc (fixed in 2.1)"]
    assert not result.ok
    # A pin pip-audit skipped ("not found") goes to the project's JSON instead.
    report["alpha"] = {"name": "alpha", "skip_reason": "Dependency not found on PyPI"}
    projects["alpha"] = project("1.2")
    result = audit_lock.audit(pins, report, project_json)
    assert result.unchecked == ["alpha==1.1: only the latest release's advisories (1.2) are "
                                "available"]


def test_the_real_lock_is_read_whole():
    pins = audit_lock.read_pins(ROOT / "requirements.lock")
    lines = [line for line in (ROOT / "requirements.lock").read_text().splitlines()
             if "==" in line and not line.lstrip().startswith("#")]
    assert len(pins) == len(lines) > 50
    assert pins["django"][1].startswith("6.")
    assert "make audit" in (ROOT / ".ci" / "run").read_text()
