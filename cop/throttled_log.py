"""Warnings about a failing service, which would otherwise repeat on every request: each is
logged at most once a minute per subject, saying how many were held back meanwhile."""

import logging
import threading
import time


class ThrottledWarning:
    def __init__(self, logger: logging.Logger, every_seconds: float = 60):
        self.logger = logger
        self.every_seconds = every_seconds
        self._lock = threading.Lock()
        self._next_at: dict[str, float] = {}
        self._held: dict[str, int] = {}

    def warning(self, subject: str, message: str, *args: object) -> None:
        now = time.monotonic()
        with self._lock:
            if now < self._next_at.get(subject, 0):
                self._held[subject] = self._held.get(subject, 0) + 1
                return
            self._next_at[subject] = now + self.every_seconds
            held = self._held.pop(subject, 0)
        if held:
            message += " (%d more since the last warning)"
            args = (*args, held)
        self.logger.warning(message, *args)
