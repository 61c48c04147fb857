"""Known vulnerabilities in the locked dependencies (`make audit`, run by .ci/run).

Each package pinned in requirements.lock is looked up in PyPI's vulnerability data (the
Python Packaging Advisory Database and OSV, as PyPI publishes them). What fails the audit
and what is only reported:

1. pip-audit asks PyPI about each pinned version (https://pypi.org/pypi/NAME/VERSION/json).
   Where it answers, the pin is checked, and any advisory against it FAILS the audit.
2. Where it does not (the PyPI mirror CI reaches serves only each project's main JSON, and
   the OSV API is not reachable there), the project's JSON is read. It lists the advisories
   of the project's latest release only.
   - A pin that IS the latest release is checked: any advisory FAILS the audit.
   - A pin older than the latest cannot be checked: an advisory fixed between the pin and
     the latest release is not visible (so a flaw whose fix has been released passes here
     unseen: renew the lock with `make lock`). It is REPORTED ("outdated, not checkable"),
     not failed, so a commit's verdict does not change because a dependency released a new
     version. But an advisory against the latest release FAILS it too, unless the
     advisory's fixed_in names a release on the pin's own series (same major.minor) at or
     below the pin: a flaw that the latest release still has is taken to be older than it.
     A pin newer than the latest release (a pre-release) is reported the same way.
   - A pin whose project the index does not know is not checked at all, and FAILS the audit
     unless listed, with a reason, in .ci/audit-exceptions.txt.
3. A canary proves the data is real: pycrypto 2.6.1 (abandoned in 2013) has an advisory
   that will never be fixed (PYSEC-2017-94); if PyPI's answer for it shows none, the feed
   is not carrying vulnerability data and the audit fails. If PyPI does not answer at all,
   the audit fails too, saying so in one line: nothing can be passed unchecked.

Advisory ids listed in .ci/audit-exceptions.txt, with a reason, are ignored.
Exit status: 0 when no known advisory affects a pin and every pin was looked up, else 1.
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
    outdated: list[str] = field(default_factory=list)  # older than the latest: reported only
    unchecked: list[str] = field(default_factory=list)  # pins nothing is known about
    excused: list[str] = field(default_factory=list)  # unchecked, but listed with a reason
    checked_by: dict = field(default_factory=dict)  # how -> how many pins

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
        raise AuditError(f"PyPI answered HTTP {exc.code} for {url}") from exc
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise AuditError(f"cannot read PyPI's vulnerability data (no answer from {url}: "
                         f"{reason}), so nothing is passed") from exc


def live_advisories(project: dict) -> list[dict]:
    return [v for v in project.get("vulnerabilities") or [] if not v.get("withdrawn")]


def same_version(a: str, b: str) -> bool:
    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return a == b


def newer_version(a: str, b: str) -> bool:
    try:
        return Version(a) > Version(b)
    except InvalidVersion:
        return False


def fixed_on_its_series(advisory: dict, version: str) -> str | None:
    """The release in the advisory's fixed_in that shows `version` is not affected: one on
    its own series (same major.minor) at or below it; None if there is none."""
    try:
        pinned = Version(version)
    except InvalidVersion:
        return None
    for fixed in advisory.get("fixed_in") or []:
        try:
            fix = Version(fixed)
        except InvalidVersion:
            continue
        if fix.release[:2] == pinned.release[:2] and fix <= pinned:
            return fixed
    return None


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


def check_canary(canary: dict | None) -> None:
    name, version, advisory_id = CANARY
    if canary is None or not same_version(canary["info"]["version"], version) or \
            advisory_id not in {v["id"] for v in live_advisories(canary)}:
        raise AuditError(
            f"the vulnerability feed is not carrying advisories: it shows no {advisory_id} "
            f"for {name} {version}, which has had it since 2017")


def audit(pins, pip_audit_report, project_json, excused_pins=frozenset(),
          ignored_ids=frozenset()) -> Result:
    """Decide, for every pin, whether it was checked and whether it is vulnerable.
    `project_json(name)` gives PyPI's project JSON (or None)."""
    result = Result(checked_by={"by pip-audit": 0, "at their latest release": 0})
    check_canary(project_json(CANARY[0]))
    for key, (name, version) in sorted(pins.items()):
        answer = pip_audit_report.get(key, {})
        if "vulns" in answer and same_version(answer.get("version", ""), version):
            result.checked_by["by pip-audit"] += 1
            for vuln in answer["vulns"]:
                ids = {vuln["id"], *vuln.get("aliases", [])}
                if not ids & ignored_ids:
                    result.vulnerable.append(describe(name, version, vuln["id"],
                                                      vuln.get("fix_versions")))
            continue
        project = project_json(name)
        if project is None:
            why = f"{name}=={version}: not on the index"
            if f"{key}=={version}" in excused_pins:
                result.excused.append(why)
            else:
                result.unchecked.append(why)
            continue
        latest = project["info"]["version"]
        found = [v for v in live_advisories(project)
                 if not {v["id"], *v.get("aliases", [])} & ignored_ids]
        if same_version(latest, version):
            result.checked_by["at their latest release"] += 1
            result.vulnerable += [describe(name, version, v["id"], v.get("fixed_in"))
                                  for v in found]
            continue
        # Not the latest: only the latest's advisories are known, and any that fixed_in
        # does not clear for this pin is taken to affect it.
        spared = []
        for advisory in found:
            fix = fixed_on_its_series(advisory, version)
            if fix:
                spared.append(f"{advisory['id']} is fixed in {fix}")
            else:
                result.vulnerable.append(
                    describe(name, version, advisory["id"], advisory.get("fixed_in"))
                    + f" (listed against {latest}, the latest release)")
        result.outdated.append(("newer than the latest release"
                                if newer_version(version, latest) else "outdated")
                               + f", not checkable: {name}=={version} (latest {latest})"
                               + (f"; {', '.join(spared)}" if spared else ""))
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
        # The canary first: if PyPI does not answer at all, that is the one thing to say.
        fetched = {CANARY[0]: fetch_project(args.index, CANARY[0])}
        check_canary(fetched[CANARY[0]])
        report = {} if args.without_pip_audit else run_pip_audit(args.lock)
        # The projects pip-audit could not answer for, fetched side by side.
        wanted = [name for key, (name, _) in pins.items() if "vulns" not in report.get(key, {})]
        with ThreadPoolExecutor(max_workers=8) as pool:
            fetched |= zip(wanted, pool.map(lambda n: fetch_project(args.index, n), wanted),
                           strict=True)
        result = audit(pins, report, fetched.get, excused_pins, ignored_ids)
    except AuditError as exc:
        print(f"audit failed: {exc}", file=sys.stderr)
        return 1
    if result.outdated:
        print("Reported, not failed: pins pip-audit could not check that are not their "
              "project's latest release (PyPI's project JSON lists the latest release's "
              "advisories only: one fixed since the pin cannot be seen).")
        for line in result.outdated:
            print(f"  {line}")
    for line in result.excused:
        print(f"NOT AUDITED (accepted in {args.exceptions.name}): {line}")
    for line in result.unchecked:
        print(f"NOT AUDITED: {line}")
    for line in result.vulnerable:
        print(f"VULNERABLE: {line}")
    checked = sum(result.checked_by.values())
    how = ", ".join(f"{n} {how}" for how, n in result.checked_by.items() if n)
    print(f"{len(pins)} pinned packages: {checked} checked{f' ({how})' if how else ''}; "
          f"{len(result.outdated)} not the latest release, not checkable; "
          f"{len(result.unchecked) + len(result.excused)} not on the index"
          f"{f' ({len(result.excused)} accepted)' if result.excused else ''}; "
          f"{len(result.vulnerable)} known vulnerabilities.")
    if result.unchecked:
        print(f"List a package the index does not know in {args.exceptions} with a reason.")
    print("audit passed" if result.ok else "audit FAILED")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
