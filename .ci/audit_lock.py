"""Known vulnerabilities in the locked dependencies (`make audit`, run by .ci/run).

Every package pinned in requirements.lock must be checked against PyPI's vulnerability
data (the Python Packaging Advisory Database and OSV, as PyPI publishes them), or the audit
fails. A package whose data cannot be had is never passed as if it had been checked.

1. pip-audit asks PyPI about each pinned version (https://pypi.org/pypi/NAME/VERSION/json).
2. Where that answer is missing (some PyPI mirrors, such as the one CI reaches, serve only
   each project's main JSON), the project's JSON is read instead: it carries the
   advisories of the project's latest release, so it answers for a pin that IS the latest
   release. A pin older than the latest cannot be checked that way; unless it is listed,
   with a reason, in .ci/audit-exceptions.txt, the audit fails. Even when listed, any
   advisory against the latest release fails it (it most likely affects older ones too).
3. A canary proves the data is real: pycrypto 2.6.1 (abandoned in 2013) has an advisory
   that will never be fixed (PYSEC-2017-94); if PyPI's answer for it shows none, the feed
   is not carrying vulnerability data and the audit fails instead of passing everything.

Exit status: 0 when every pin was checked and none has a known vulnerability, 1 otherwise.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
PYPI_JSON = "https://pypi.org/pypi"
CANARY = ("pycrypto", "2.6.1", "PYSEC-2017-94")
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*([^\s;#\\]+)")


class AuditError(Exception):
    """The audit could not be carried out (as opposed to: it found something)."""


@dataclass
class Result:
    vulnerable: list[str] = field(default_factory=list)  # "name==version: ID (fixed in ...)"
    unchecked: list[str] = field(default_factory=list)  # pins nobody could check
    excused: list[str] = field(default_factory=list)  # unchecked, but listed with a reason
    checked_by: dict = field(default_factory=dict)  # "pip-audit" / "latest release" -> count

    @property
    def ok(self) -> bool:
        return not self.vulnerable and not self.unchecked


def read_pins(lock: Path) -> dict[str, tuple[str, str]]:
    """{canonical name: (name, version)} of every requirement line; an unpinned one is an
    error (the audit checks exact versions only)."""
    pins = {}
    for number, raw in enumerate(lock.read_text().splitlines(), start=1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith(("#", "--")):  # comments, --hash= and other options
            continue
        match = PIN.match(line)
        if not match:
            raise AuditError(f"{lock.name}:{number}: not an exact pin: {raw.strip()}")
        pins[canonicalize_name(match.group(1))] = (match.group(1), match.group(2))
    if not pins:
        raise AuditError(f"{lock} pins no packages")
    return pins


def read_exceptions(path: Path) -> tuple[set[str], set[str]]:
    """(pins accepted as not checkable "name==version", advisory ids to ignore). Each line
    needs a reason after '#'."""
    pins, ids = set(), set()
    if not path.exists():
        return pins, ids
    for number, raw in enumerate(path.read_text().splitlines(), start=1):
        entry, _, reason = raw.partition("#")
        entry = entry.strip()
        if not entry:
            continue
        if not reason.strip():
            raise AuditError(f"{path.name}:{number}: give a reason after '#': {raw.strip()}")
        if "==" in entry:
            name, version = entry.split("==", 1)
            pins.add(f"{canonicalize_name(name)}=={version.strip()}")
        else:
            ids.add(entry)
    return pins, ids


def fetch_project(index: str, name: str, timeout: float = 60) -> dict | None:
    """PyPI's JSON for a project, or None if the index does not know it."""
    url = f"{index.rstrip('/')}/{canonicalize_name(name)}/json"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310
            return json.load(response)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        raise AuditError(f"{url}: HTTP {exc.code}") from exc
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        raise AuditError(f"cannot read PyPI's vulnerability data at {url}: {exc}") from exc


def live_advisories(project: dict) -> list[dict]:
    return [v for v in project.get("vulnerabilities") or [] if not v.get("withdrawn")]


def same_version(a: str, b: str) -> bool:
    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return a == b


def describe(name, version, advisory_id, fixed) -> str:
    return f"{name}=={version}: {advisory_id}" + (
        f" (fixed in {', '.join(fixed)})" if fixed else " (no fix yet)")


def run_pip_audit(lock: Path) -> dict[str, dict]:
    """pip-audit's answer per canonical name: {"version", "vulns"} or {"skip_reason"}."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        process = subprocess.run(
            [sys.executable, "-m", "pip_audit", "--requirement", str(lock), "--no-deps",
             "--disable-pip", "--progress-spinner", "off", "--timeout", "60",
             "--format", "json", "--output", str(report)],
            capture_output=True, text=True, timeout=1800, check=False)
        if process.returncode not in (0, 1) or not report.exists():
            raise AuditError("pip-audit did not run: "
                             + (process.stderr.strip().splitlines() or ["no output"])[-1])
        data = json.loads(report.read_text())
    return {canonicalize_name(d["name"]): d for d in data["dependencies"]}


def audit(pins, pip_audit_report, project_json, excused_pins=frozenset(),
          ignored_ids=frozenset()) -> Result:
    """Decide, for every pin, whether it was checked and whether it is vulnerable.
    `project_json(name)` gives PyPI's project JSON (or None)."""
    result = Result(checked_by={"pip-audit": 0, "latest release": 0})
    canary_name, canary_version, canary_id = CANARY
    canary = project_json(canary_name)
    if canary is None or not same_version(canary["info"]["version"], canary_version) or \
            canary_id not in {v["id"] for v in live_advisories(canary)}:
        raise AuditError(
            f"the vulnerability feed is not carrying advisories: it shows no {canary_id} "
            f"for {canary_name} {canary_version}, which has had it since 2017")

    for key, (name, version) in sorted(pins.items()):
        answer = pip_audit_report.get(key, {})
        if "vulns" in answer and same_version(answer.get("version", ""), version):
            result.checked_by["pip-audit"] += 1
            for vuln in answer["vulns"]:
                ids = {vuln["id"], *vuln.get("aliases", [])}
                if not ids & ignored_ids:
                    result.vulnerable.append(describe(name, version, vuln["id"],
                                                      vuln.get("fix_versions")))
            continue
        project = project_json(name)
        if project is None:
            result.unchecked.append(f"{name}=={version}: not on the index")
            continue
        latest = project["info"]["version"]
        found = [v for v in live_advisories(project)
                 if not {v["id"], *v.get("aliases", [])} & ignored_ids]
        if same_version(latest, version):
            result.checked_by["latest release"] += 1
            result.vulnerable += [describe(name, version, v["id"], v.get("fixed_in"))
                                  for v in found]
            continue
        # An older pin: nobody here can say what affects it; the latest's advisories do.
        result.vulnerable += [describe(name, version, v["id"], v.get("fixed_in")) +
                              f" (listed against {latest}, the latest)" for v in found]
        why = f"{name}=={version}: only the latest release's advisories ({latest}) are available"
        if f"{key}=={version}" in excused_pins:
            result.excused.append(why)
        else:
            result.unchecked.append(why)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lock", nargs="?", type=Path, default=ROOT / "requirements.lock")
    parser.add_argument("--exceptions", type=Path, default=ROOT / ".ci" / "audit-exceptions.txt")
    parser.add_argument("--index", default=PYPI_JSON, help="PyPI's JSON API base")
    parser.add_argument("--without-pip-audit", action="store_true",
                        help="only PyPI's project JSON (for the tests of this script)")
    args = parser.parse_args(argv)
    try:
        pins = read_pins(args.lock)
        excused_pins, ignored_ids = read_exceptions(args.exceptions)
        report = {} if args.without_pip_audit else run_pip_audit(args.lock)
        # The projects pip-audit could not answer for, and the canary, fetched side by side.
        wanted = [CANARY[0]] + [name for key, (name, _) in pins.items()
                                if "vulns" not in report.get(key, {})]
        with ThreadPoolExecutor(max_workers=8) as pool:
            fetched = dict(zip(wanted, pool.map(lambda n: fetch_project(args.index, n),
                                                wanted), strict=True))
        result = audit(pins, report, fetched.get, excused_pins, ignored_ids)
    except AuditError as exc:
        print(f"audit failed: {exc}", file=sys.stderr)
        return 1
    for line in result.excused:
        print(f"NOT AUDITED (accepted in {args.exceptions.name}): {line}")
    for line in result.unchecked:
        print(f"NOT AUDITED: {line}")
    for line in result.vulnerable:
        print(f"VULNERABLE: {line}")
    counts = ", ".join(f"{n} by {how}" for how, n in result.checked_by.items() if n)
    print(f"{len(pins)} pinned packages: {counts or 'none checked'}; "
          f"{len(result.excused)} accepted unchecked; {len(result.unchecked)} unchecked; "
          f"{len(result.vulnerable)} known vulnerabilities.")
    if result.unchecked:
        print(f"Upgrade them (make lock), or list each in {args.exceptions} with a reason.")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
