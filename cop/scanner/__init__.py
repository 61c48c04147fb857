"""Finds direct identifiers (names, NHS numbers, addresses...) in case notes, so that a
case study can be checked before it is published. Pure Python: no Django here.

    >>> from cop.scanner import scan
    >>> [(f.kind, f.text) for f in scan("Ring Tanya Moore on 07700 900660.")]
    [('PERSON', 'Tanya Moore'), ('PHONE', '07700 900660')]
"""

from .finding import Finding
from .kinds import KIND_LABELS
from .scanner import scan

__all__ = ["Finding", "KIND_LABELS", "scan"]
