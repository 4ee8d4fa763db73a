"""What a logger was given, for loggers that do not pass records up to the root
(where pytest's caplog listens): the ones held back to once a minute."""

import contextlib
import logging


@contextlib.contextmanager
def records_of(logger_name):
    """What the named logger is given (these loggers do not propagate to root)."""

    class Keep(logging.Handler):
        def __init__(self):
            super().__init__(logging.DEBUG)
            self.records = []

        def emit(self, record):
            self.records.append(record)

    keep = Keep()
    logger = logging.getLogger(logger_name)
    logger.addHandler(keep)
    try:
        yield keep.records
    finally:
        logger.removeHandler(keep)
