"""The one style sheet, filled from the palette and the text-size setting."""

from __future__ import annotations

from string import Template

import assets
from kiosk.palette import Palette

# Text sizes in pixels on a 1920x1080 screen read from 3 m.
TEXT_SIZES = {"base": 24, "small": 20, "lead": 28, "tile": 36, "h2": 36, "h1": 52, "hero": 120}
# Control sizes on a 1920x1080 screen; touch targets never shrink below 48 px at any scale.
CONTROL_SIZES = {
    "control": 56,
    "input": 48,
    "tile_h": 180,
    "key_w": 110,
    "key_h": 84,
    "pin_w": 760,
    "header_h": 104,
}
# Sizes that never scale below a finger's width: on-screen keyboard keys and scroll bars.
FLOORED_SIZES = {"kbd_key_h": (84, 64), "scrollbar": (28, 24)}
MIN_TOUCH = 48
# The least a size may shrink to: touch targets 48 px, and a header that holds them.
FLOORS = {"control": MIN_TOUCH, "input": MIN_TOUCH, "header_h": 88}
LARGE_TEXT_SCALE = 1.3
DESIGN_SIZE = (1920, 1080)


def screen_scale(width: int, height: int) -> float:
    """How much to scale sizes for a window of this size (1.0 at 1920x1080 and at 1080x1920),
    in 5% steps. A portrait screen is measured against the design turned on its side, so its
    type is as large as landscape's."""
    long_side, short_side = max(width, height), min(width, height)
    if height > width:
        raw = min(width / DESIGN_SIZE[1], height / DESIGN_SIZE[0])
    else:
        raw = min(long_side / DESIGN_SIZE[0], short_side / DESIGN_SIZE[1])
    return max(0.6, min(2.0, round(raw * 20) / 20))


def style_sheet(palette: Palette, *, large_text: bool = False, scale: float = 1.0) -> str:
    """The application style sheet for `palette`, scaled to the window; text 30% larger with
    `large_text`."""
    text_scale = scale * (LARGE_TEXT_SCALE if large_text else 1.0)
    template = Template((assets.FOLDER / "theme.qss").read_text("utf-8"))
    values: dict[str, object] = {k: round(v * text_scale) for k, v in TEXT_SIZES.items()}
    values.update({k: round(v * scale) for k, v in CONTROL_SIZES.items()})
    values.update({k: max(low, round(v * scale)) for k, (v, low) in FLOORED_SIZES.items()})
    values.update({k: max(v, round(CONTROL_SIZES[k] * scale)) for k, v in FLOORS.items()})
    values["touch"] = MIN_TOUCH
    values.update(vars(palette))
    return template.substitute(values)
