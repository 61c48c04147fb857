"""The order `make test` hands test files to its xdist workers: the browser journeys first
(their package's stack is started once per worker and stopped after its last journey), then
every other file, each group longest first, so that neither worker is left running a long
file alone at the end. The seconds per file come from a run, in tests/durations.json; a file
not in it counts as the longest. Refresh them after a run that wrote a JUnit report:

    make test PYTEST_ARGS=--junitxml=/tmp/junit.xml
    .venv/bin/python -m tests.durations /tmp/junit.xml
"""

import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

DURATIONS = Path(__file__).with_name("durations.json")
BROWSER = "tests/browser/"


def file_order(items: list) -> None:
    """Sort pytest's items (in place, each file's own order kept) into the order above."""
    seconds = json.loads(DURATIONS.read_text())

    def key(item) -> tuple[bool, float]:
        path = item.nodeid.split("::", 1)[0]
        return not path.startswith(BROWSER), -seconds.get(path, float("inf"))

    items.sort(key=key)


def main(report: str) -> None:
    seconds: Counter[str] = Counter()
    for case in ET.parse(report).iter("testcase"):
        module = [part for part in case.get("classname", "").split(".") if not part[0].isupper()]
        seconds["/".join(module) + ".py"] += float(case.get("time", 0))
    DURATIONS.write_text(json.dumps({path: round(seconds[path]) for path in sorted(seconds)},
                                    indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
