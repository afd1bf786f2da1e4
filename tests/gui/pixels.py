"""Contrast measured on rendered pixels: what a visitor sees, whatever rule drew it.

A style sheet rule can win over the palette (the demo badge was drawn at 1.73:1 while the
palette's pair passed), so these helpers grab the widget and read the colours back.
"""

from __future__ import annotations

from array import array
from collections import Counter

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from kiosk.palette import contrast

Rgb = tuple[int, int, int]


def hex_of(rgb: Rgb) -> str:
    """#RRGGBB of an (r, g, b) triple."""
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def ratio(a: Rgb, b: Rgb) -> float:
    """WCAG contrast ratio between two colours."""
    return contrast(hex_of(a), hex_of(b))


def grab(widget: QWidget) -> QImage:
    """The widget as drawn (its children and style sheet included), in device pixels of 1."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if image.width() != widget.width() and widget.width() > 0:
        image = image.scaled(widget.width(), widget.height())
    return image


def colours(image: QImage, rect: QRect | None = None) -> Counter[Rgb]:
    """How often each colour appears in `rect` of `image` (all of it by default)."""
    area = (rect or image.rect()).intersected(image.rect())
    if area.isEmpty():
        return Counter()
    bits = image.constBits()  # Format_RGB32: one native-endian 0xffRRGGBB per pixel
    pitch = image.bytesPerLine()
    pixels = array("I")
    for y in range(area.top(), area.bottom() + 1):
        start = y * pitch + area.left() * 4
        pixels.frombytes(bits[start : start + area.width() * 4])
    return Counter(
        {(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF): n for v, n in Counter(pixels).items()}
    )


def text_contrast(image: QImage, rect: QRect | None = None) -> float:
    """The contrast of text drawn in `rect`: its most common colour (the background) against
    the colour that differs most from it and covers a few pixels (the text's strokes; single
    anti-aliased pixels do not count)."""
    counts = colours(image, rect)
    if not counts:
        return 21.0  # nothing drawn: no text to fail
    background = counts.most_common(1)[0][0]
    total = sum(counts.values())
    floor = max(3, total // 2000)
    strokes = [c for c, n in counts.items() if n >= floor and c != background]
    if not strokes:
        return 21.0  # nothing drawn: no text to fail
    return max(ratio(c, background) for c in strokes)


def widget_text_contrast(widget: QWidget, margin: int = 0, image: QImage | None = None) -> float:
    """`text_contrast` of the widget as drawn in its window (so a transparent label shows what
    lies under it), inside its contents rect shrunk by `margin`. `image` is the window's grab
    when the caller measures many widgets."""
    window = widget.window()
    shot = image if image is not None else grab(window)
    rect = widget.contentsRect().adjusted(margin, margin, -margin, -margin)
    # Only the part a person sees: a row scrolled half out of a scroll area is cut by it, and
    # what lies past the cut belongs to other widgets.
    visible = widget.visibleRegion().boundingRect()
    if not visible.isEmpty():
        rect = rect.intersected(visible)
    return text_contrast(shot, rect.translated(widget.mapTo(window, QPoint(0, 0))))


def pixel(widget: QWidget, at: QPoint) -> Rgb:
    """The colour drawn at `at` in the widget."""
    c = QColor(grab(widget).pixel(at))
    return (c.red(), c.green(), c.blue())
