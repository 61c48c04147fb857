"""For mypy's django-stubs plugin (README "Types"), which loads settings to learn the models:
the test settings, with no embedded server started (COP_OFFLINE)."""

import os

os.environ.setdefault("COP_OFFLINE", "1")

from .test import *  # noqa: E402, F403
