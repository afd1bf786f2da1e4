"""The one style sheet, filled from the palette and the text-size setting."""

from __future__ import annotations

from importlib import resources
from string import Template

from kiosk.palette import Palette

BASE_SIZES = {"base": 24, "small": 20, "lead": 28, "tile": 36, "h2": 36, "h1": 52, "hero": 120}
LARGE_TEXT_SCALE = 1.3


def style_sheet(palette: Palette, *, large_text: bool = False) -> str:
    """The application style sheet for `palette`; text 30% larger with `large_text`."""
    scale = LARGE_TEXT_SCALE if large_text else 1.0
    template = Template(resources.files("assets").joinpath("theme.qss").read_text("utf-8"))
    values: dict[str, object] = {k: round(v * scale) for k, v in BASE_SIZES.items()}
    values.update(vars(palette))
    return template.substitute(values)
