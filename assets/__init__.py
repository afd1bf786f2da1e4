"""Bundled assets: theme, translations, sounds, images.

`FOLDER` is where they are, in a checkout and in the package alike (the bundle keeps this
module's file beside the assets it carries). Read before the first paint without
importlib.resources, which cost 8 ms of the kiosk's start."""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
