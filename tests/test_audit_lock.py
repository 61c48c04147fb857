"""The dependency audit (.ci/audit_lock.py, `make audit` in CI), mostly against a small PyPI
JSON API served on 127.0.0.1, and at the end against PyPI itself: it fails on a known
vulnerability, on a package the index does not know, and on a feed that carries no
vulnerability data or does not answer; a pin older than its latest release is reported as
not checkable, not failed, unless an advisory against the latest release affects it."""

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
    assert "2 pinned packages: 2 checked (2 at their latest release); 0 not the latest" in out
    assert "0 known vulnerabilities" in out
    assert "outdated" not in out


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


def test_an_outdated_pin_without_advisories_is_reported_not_failed(index, tmp_path, capsys):
    index.projects.update({"alpha": project("1.2"), "beta": project("3.0")})
    status, out = run(index, tmp_path, capsys, ["alpha==1.1", "beta==3.0"])
    assert status == 0, out
    assert "  outdated, not checkable: alpha==1.1 (latest 1.2)\n" in out
    assert "1 checked (1 at their latest release); 1 not the latest release, not checkable" in out


def test_a_pin_newer_than_the_latest_release_is_reported_as_such(index, tmp_path, capsys):
    index.projects["alpha"] = project("1.2")
    status, out = run(index, tmp_path, capsys, ["alpha==2.0rc1"])
    assert status == 0, out
    assert "newer than the latest release, not checkable: alpha==2.0rc1 (latest 1.2)" in out


@pytest.mark.parametrize("fixed_in, pin, affected", [
    ([], "1.1", True),  # no fix anywhere: every older release is taken to have it
    (["1.0.5"], "1.0.4", True),  # fixed on its series, but after the pin
    (["1.0.5"], "1.1.0", True),  # fixed on another series only
    (["1.0.5"], "1.0.5", False),  # the pin is that fix
    (["0.9.9", "1.0.5"], "1.0.7", False),  # a later release on the fixed series
])
def test_an_advisory_against_the_latest_release_fails_an_older_pin_it_affects(
        index, tmp_path, capsys, fixed_in, pin, affected):
    index.projects["alpha"] = project("1.2", advisory("PYSEC-2099-2", fixed_in=fixed_in))
    status, out = run(index, tmp_path, capsys, [f"alpha=={pin}"])
    assert f"outdated, not checkable: alpha=={pin} (latest 1.2)" in out
    if affected:
        assert status == 1
        assert f"VULNERABLE: alpha=={pin}: PYSEC-2099-2 " in out
        assert "(listed against 1.2, the latest release)" in out
    else:
        assert status == 0, out
        assert "; PYSEC-2099-2 is fixed in 1.0.5" in out


def test_a_package_the_index_does_not_know_fails_unless_listed(index, tmp_path, capsys):
    status, out = run(index, tmp_path, capsys, ["unknown-package==1.0"])
    assert status == 1
    assert "NOT AUDITED: unknown-package==1.0: not on the index" in out
    status, out = run(index, tmp_path, capsys, ["unknown-package==1.0"],
                      "unknown-package==1.0  # built here; checked by hand\n")
    assert status == 0, out
    assert "NOT AUDITED (accepted in exceptions.txt): unknown-package==1.0" in out


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
    err = capsys.readouterr().err
    assert err.startswith("audit failed: cannot read PyPI's vulnerability data (no answer from "
                          "http://127.0.0.1:9/pypi/pycrypto/json")
    assert err.count("\n") == 1  # one line says it


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
    assert result.checked_by["by pip-audit"] == 2
    assert result.vulnerable == ["Beta==2.0: GHSA-aaaa-bbbb-cccc (fixed in 2.1)"]
    assert not result.ok
    # A pin pip-audit skipped ("not found") goes to the project's JSON instead.
    report["alpha"] = {"name": "alpha", "skip_reason": "Dependency not found on PyPI"}
    projects["alpha"] = project("1.2")
    result = audit_lock.audit(pins, report, project_json)
    assert result.outdated == ["outdated, not checkable: alpha==1.1 (latest 1.2)"]
    assert result.checked_by["by pip-audit"] == 1


def test_the_real_lock_is_read_whole():
    pins = audit_lock.read_pins(ROOT / "requirements.lock")
    lines = [line for line in (ROOT / "requirements.lock").read_text().splitlines()
             if "==" in line and not line.lstrip().startswith("#")]
    assert len(pins) == len(lines) > 50
    assert pins["django"][1].startswith("6.")
    assert "make audit" in (ROOT / ".ci" / "run").read_text()


# Against PyPI itself, as `make audit` runs (CI reaches PyPI: the venv needs it too). pycrypto
# was abandoned in 2013: its advisories have no fix and stay listed against 2.6.1 for good.

def test_pypi_a_pinned_version_with_a_known_advisory_fails(tmp_path, capsys):
    lock = tmp_path / "requirements.lock"
    for pin in ("2.6.1", "2.6"):  # the latest release, and an older one
        lock.write_text(f"pycrypto=={pin}\n")
        status = audit_lock.main([str(lock), "--exceptions", str(tmp_path / "none.txt")])
        out = capsys.readouterr().out
        assert status == 1, out
        assert f"VULNERABLE: pycrypto=={pin}: PYSEC-2017-94 (no fix yet)" in out
        assert out.endswith("audit FAILED\n")


def test_pypi_an_outdated_pin_without_known_advisories_is_reported_and_passes(tmp_path,
                                                                              capsys):
    lock = tmp_path / "requirements.lock"
    lock.write_text("six==1.16.0\n")  # six 1.17.0 has been out since 2024, with no advisory
    # Only PyPI's project JSON: where pip-audit can ask about 1.16.0 itself, it checks it.
    status = audit_lock.main([str(lock), "--exceptions", str(tmp_path / "none.txt"),
                              "--without-pip-audit"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "outdated, not checkable: six==1.16.0 (latest 1." in out
    assert "0 checked; 1 not the latest release, not checkable" in out
    assert out.endswith("audit passed\n")
