"""`manage.py scan_pii`: scan JSON-lines documents from stdin for direct identifiers.

Input, one document a line:  {"id": ..., "text": "...", "allowed": ["Elizabeth"]}
Output, one line a document: {"id": ..., "findings": [{"start": 0, "end": 9, "kind": "PERSON"}]}

Each result is written and flushed as soon as its document is scanned, so the command
can sit at the end of a pipe. It never touches the database.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from cop.scanner import scan


class Command(BaseCommand):
    help = "Read JSON lines {id, text, allowed} on stdin; write {id, findings} lines on stdout."
    requires_system_checks = []  # pure text processing: no models, no database

    def handle(self, *args, **options):
        if hasattr(sys.stdin, "reconfigure"):
            sys.stdin.reconfigure(encoding="utf-8")
        failures = 0
        # readline, not iteration, so each line is handled as soon as it arrives
        for number, line in enumerate(iter(sys.stdin.readline, ""), start=1):
            if not line.strip():
                continue
            try:
                document = json.loads(line)
                findings = scan(document.get("text") or "", document.get("allowed") or ())
            except (ValueError, AttributeError, TypeError) as exc:
                failures += 1
                self.stderr.write(f"line {number}: not a document ({exc})")
                continue
            result = {"id": document.get("id"), "findings": [f.as_dict() for f in findings]}
            self.stdout.write(json.dumps(result))
            self.stdout.flush()
        if failures:
            # A document that was not scanned must not look as if it had no identifiers.
            raise CommandError(f"{failures} line(s) could not be read as documents")
