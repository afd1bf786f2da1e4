"""Qspace Kiosk entry point: `python main.py --help`."""

import logging
import os
import sys

from kiosk.cli import main

if __name__ == "__main__":
    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip the interpreter's final garbage collection: PySide6 objects (QtCharts especially)
    # torn down after Qt itself can abort an otherwise finished process. Everything is written.
    os._exit(code)
