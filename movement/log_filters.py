"""Logging filters."""

import logging
import threading
import time


class OncePerMinute(logging.Filter):
    """Lets a message through at most once a minute, saying how many it held back.

    A cache that is down fails on every call of every request; one line a minute
    tells the operator as much as a thousand would.
    """

    MAX_REMEMBERED = 1000  # distinct messages; then start afresh

    def __init__(self, name="", seconds=60):
        super().__init__(name)
        self.seconds = seconds
        self._lock = threading.Lock()
        self._last_shown = {}
        self._held_back = {}

    def filter(self, record):
        # The same message with another kind of error is news, not a repeat.
        error = record.exc_info[0].__name__ if record.exc_info else ""
        key = (record.name, record.getMessage(), error)
        now = time.monotonic()
        with self._lock:
            if len(self._last_shown) >= self.MAX_REMEMBERED:
                self._last_shown.clear()
                self._held_back.clear()
            last = self._last_shown.get(key)
            if last is not None and now - last < self.seconds:
                self._held_back[key] = self._held_back.get(key, 0) + 1
                return False
            self._last_shown[key] = now
            held_back = self._held_back.pop(key, 0)
        if held_back:
            record.msg = f"{record.msg} (and {held_back} more since the last report)"
        return True
