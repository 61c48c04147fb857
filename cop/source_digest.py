"""A short digest of source files, for the keys of cached HTML: a deploy that changes how
something is rendered makes new keys, so no page shows HTML made by the old code."""

import hashlib
from pathlib import Path


def source_digest(*paths: Path) -> str:
    return hashlib.sha256(b"".join(Path(p).read_bytes() for p in paths)).hexdigest()[:12]
