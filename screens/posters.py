"""Posters and flyers: a project or a success story as an A4 or A3 poster, an event as an A5
flyer, in the room's branding and in Welsh, English or both (Welsh first).

Everything is drawn by hand with QPainter on a QPdfWriter, so the PDF holds vector text that a
reader can search and copy. Sizes are designed in points on A4 and scaled with the paper; long
titles and paragraphs wrap, shrink and, at the last resort, end in an ellipsis: nothing ever
leaves the page. The team lists only the names the DTO carries (consenting members).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from kiosk.dto.showcase import (
    BeforeAfter,
    FlyerEvent,
    ProjectSlide,
    Sparkline,
    StorySlide,
    ThanksItem,
)
from kiosk.palette import text_on
from kiosk.qr import qr_png
from screens.i18n import qdate
from screens.presenters.chart import COLOURS
from screens.presenters.events import local
from screens.words import CONTEXT as TERMS_CONTEXT
from screens.words import EVENT_KINDS, STAGES

CONTEXT = "Poster"
WORDS = {
    "qi": QT_TRANSLATE_NOOP("Poster", "Quality improvement"),
    "project": QT_TRANSLATE_NOOP("Poster", "QI project"),
    "story": QT_TRANSLATE_NOOP("Poster", "Success story"),
    "aim": QT_TRANSLATE_NOOP("Poster", "Our aim"),
    "team": QT_TRANSLATE_NOOP("Poster", "Team"),
    "stage": QT_TRANSLATE_NOOP("Poster", "Stage"),
    "cycles": QT_TRANSLATE_NOOP("Poster", "PDSA cycles"),
    "collaborators": QT_TRANSLATE_NOOP("Poster", "Looking for collaborators"),
    "join_us": QT_TRANSLATE_NOOP("Poster", "Want to help? Get in touch"),
    "scan_project": QT_TRANSLATE_NOOP("Poster", "Scan to see this project on the register"),
    "scan_story": QT_TRANSLATE_NOOP("Poster", "Scan to read this story on the register"),
    "problem": QT_TRANSLATE_NOOP("Poster", "The problem"),
    "change": QT_TRANSLATE_NOOP("Poster", "What changed"),
    "result": QT_TRANSLATE_NOOP("Poster", "The result"),
    "lessons": QT_TRANSLATE_NOOP("Poster", "Lessons learnt"),
    "before": QT_TRANSLATE_NOOP("Poster", "Before"),
    "after": QT_TRANSLATE_NOOP("Poster", "After"),
    "median": QT_TRANSLATE_NOOP("Poster", "Median"),
    "thank_you": QT_TRANSLATE_NOOP("Poster", "Thank you"),
    "thanks_to": QT_TRANSLATE_NOOP("Poster", "Thanks to %1"),
    "from_project": QT_TRANSLATE_NOOP("Poster", "From the project: %1"),
    "headline": QT_TRANSLATE_NOOP("Poster", "Headline measure"),
    "centre": QT_TRANSLATE_NOOP("Poster", "Centre line"),
    "common": QT_TRANSLATE_NOOP("Poster", "Common cause variation"),
    "improvement": QT_TRANSLATE_NOOP("Poster", "Special cause: improvement"),
    "concern": QT_TRANSLATE_NOOP("Poster", "Special cause: concern"),
    "neutral": QT_TRANSLATE_NOOP("Poster", "Special cause variation"),
    "consistent_pass": QT_TRANSLATE_NOOP("Poster", "Consistently meets the target"),
    "consistent_fail": QT_TRANSLATE_NOOP("Poster", "Consistently misses the target"),
    "inconsistent": QT_TRANSLATE_NOOP("Poster", "Hit and miss against the target"),
    "event": QT_TRANSLATE_NOOP("Poster", "Event"),
    "when": QT_TRANSLATE_NOOP("Poster", "When"),
    "where": QT_TRANSLATE_NOOP("Poster", "Where"),
    "all_welcome": QT_TRANSLATE_NOOP("Poster", "All welcome"),
    "tagline": QT_TRANSLATE_NOOP("Poster", "Peer support for quality improvement"),
}
PAPERS = {
    "A3": QPageSize.PageSizeId.A3,
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
}
LANGS = ("cy", "en", "both")
LOCALES = {
    "cy": QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
DPI = 300
FAMILY = "DejaVu Sans"
A4_WIDTH_PT = 595.0
INK = QColor("#1D2329")
MUTED = QColor("#4A5561")
RULE = QColor("#D5DBE1")
TINT = QColor("#F3F5F8")
MARGIN = 40.0  # points on A4
BAND = 92.0
SCALES = (1.4, 1.33, 1.26, 1.2, 1.14, 1.08, 1.03, 0.98, 0.92, 0.86, 0.8, 0.74, 0.68, 0.62, 0.56)


@dataclass(frozen=True)
class Branding:
    """The room's look on paper: its name, its health board, brand colours and logo file."""

    room_name: str
    health_board: str
    primary: str  # "#RRGGBB"
    accent: str
    logo: Path | None


# --- words -----------------------------------------------------------------------------------


def _source(key: str) -> tuple[str, str]:
    """The context and English source of a word: "st_<stage>" names a stage (screens.words)."""
    if key.startswith("st_"):
        return TERMS_CONTEXT, STAGES[key.removeprefix("st_")]
    if key in EVENT_KINDS:  # a kind of event: named once in screens.words
        return TERMS_CONTEXT, EVENT_KINDS[key]
    return CONTEXT, str(WORDS[key])


class _Words:
    """Phrases in the poster's language: one, or Welsh then English."""

    def __init__(self, lang: str, welsh: Callable[[str, str], str]) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")
        self.lang = lang
        self._welsh = welsh

    def word(self, key: str, lang: str) -> str:
        context, source = _source(key)
        return self._welsh(context, source) if lang == "cy" else source

    def pair(self, key: str, *args: str) -> tuple[str, ...]:
        """The phrase in each language shown, Welsh first; once when both read the same."""
        texts = []
        for lang in ("cy", "en") if self.lang == "both" else (self.lang,):
            text = self.word(key, lang)
            for n, arg in enumerate(args, start=1):
                text = text.replace(f"%{n}", arg)
            if text not in texts:
                texts.append(text)
        return tuple(texts)

    def joined(self, key: str, *args: str, separator: str = " · ") -> str:
        return separator.join(self.pair(key, *args))


def _poster_paper(paper: str) -> str:
    if paper not in ("A4", "A3"):
        raise ValueError(f"unknown paper size {paper!r}: a poster is A4 or A3")
    return paper


def _number(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2g}"


def _variation_key(icon: str) -> str:
    if icon.startswith("special_cause_"):
        kind = icon.removeprefix("special_cause_").removesuffix("_high").removesuffix("_low")
        return kind if kind in ("improvement", "concern", "neutral") else "neutral"
    return "common"


# --- drawing primitives ----------------------------------------------------------------------


class _Text:
    """A laid-out paragraph: wrapped to a width, at most `max_lines` lines (then "…")."""

    def __init__(
        self,
        device: QPaintDevice,
        text: str,
        font: QFont,
        width: float,
        *,
        max_lines: int = 0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        spacing: float = 1.18,
        formats: Sequence[tuple[int, int, QTextCharFormat]] = (),
    ) -> None:
        self.font = font
        self.width = width
        metrics = QFontMetricsF(font, device)
        self._pitch = metrics.height() * spacing
        self.layout = self._lay(device, text, align, formats)
        lines = self.layout.lineCount()
        if max_lines and lines > max_lines:
            cut = self.layout.lineAt(max_lines - 1).textStart()
            rest = " ".join(text[cut:].split())
            last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
            if not last.endswith("…"):
                last = last.rstrip() + "…"
            self.layout = self._lay(device, text[:cut] + last, align, formats)
            # the elided line may still wrap on a word boundary: drop what spills
            lines = min(self.layout.lineCount(), max_lines)
        self.lines = lines
        self.height = self._pitch * lines - (self._pitch - metrics.height()) if lines else 0.0

    def _lay(
        self,
        device: QPaintDevice,
        text: str,
        align: Qt.AlignmentFlag,
        formats: Sequence[tuple[int, int, QTextCharFormat]],
    ) -> QTextLayout:
        layout = QTextLayout(text.replace("\n", "\u2028"), self.font, device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        ranges = []
        for start, length, fmt in formats:
            item = QTextLayout.FormatRange()
            item.start, item.length, item.format = start, length, fmt
            ranges.append(item)
        if ranges:
            layout.setFormats(ranges)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0, y))
            y += self._pitch
        layout.endLayout()
        return layout

    def draw(self, painter: QPainter, x: float, y: float, colour: QColor) -> None:
        painter.setPen(colour)
        for n in range(self.lines):
            self.layout.lineAt(n).draw(painter, QPointF(x, y))


@dataclass
class _Block:
    """Something stacked on the page: its height and how to draw it at (x, y)."""

    height: float
    paint: Callable[[QPainter, float, float], None]
    gap_after: float = 0.0
    foot: bool = False  # sits on the bottom margin, whatever space is left above it


def _drawer(text: _Text, colour: QColor) -> Callable[[QPainter, float, float], None]:
    """A block's paint function that draws `text` in `colour`."""

    def paint(p: QPainter, x: float, y: float) -> None:
        text.draw(p, x, y, colour)

    return paint


class _Canvas:
    """One page: device units (pixels at DPI) from A4 points scaled with the paper."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, branding: Branding) -> None:
        self.device = writer
        self.painter = painter
        self.branding = branding
        rect = writer.pageLayout().fullRectPoints()
        ratio = rect.width() / A4_WIDTH_PT
        self.k = ratio * DPI / 72.0
        # the band and footer text stay readable on A5: they shrink less than the page
        self.chrome = max(1.0, 0.85 / ratio)
        self.width = writer.width()
        self.height = writer.height()
        self.primary = QColor(branding.primary)
        self.accent = QColor(branding.accent)
        self.on_primary = QColor(text_on(branding.primary))
        self.on_accent = QColor(text_on(branding.accent))
        self.content_w = self.width - 2 * self.u(MARGIN)

    def u(self, points: float) -> float:
        return points * self.k

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(FAMILY)
        font.setPixelSize(max(1, round(self.u(size))))
        font.setBold(bold)
        font.setItalic(italic)
        font.setKerning(True)
        for feature in ("liga", "clig", "dlig"):  # "ffi" stays three letters a reader can find
            font.setFeature(QFont.Tag(feature), 0)
        return font

    def text(self, text: str, size: float, width: float, **kw: object) -> _Text:
        bold = bool(kw.pop("bold", False))
        italic = bool(kw.pop("italic", False))
        return _Text(self.device, text, self.font(size, bold=bold, italic=italic), width, **kw)  # type: ignore[arg-type]

    def bilingual(
        self, texts: Sequence[str], size: float, width: float, *, bold: bool = True, **kw: object
    ) -> _Text:
        """Welsh then English on one wrapped run: the second language lighter."""
        text = "  ·  ".join(texts)
        formats = []
        if len(texts) > 1:
            second = QTextCharFormat()
            second.setFontWeight(QFont.Weight.Normal)
            start = len(texts[0])
            formats.append((start, len(text) - start, second))
        return self.text(text, size, width, bold=bold, formats=formats, **kw)

    def round_rect(self, rect: QRectF, radius: float, fill: QColor) -> None:
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(fill)
        self.painter.drawRoundedRect(rect, self.u(radius), self.u(radius))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)


def _logo(path: Path | None) -> QImage | None:
    if path is None:
        return None
    try:
        if not Path(path).is_file():
            return None
    except OSError:
        return None
    image = QImage(str(path))
    return None if image.isNull() else image


def _band(c: _Canvas) -> float:
    """The brand band across the top: logo, room and health board; returns its bottom."""
    p, b = c.painter, c.branding
    band_h = c.u(BAND * min(c.chrome, 1.1))
    p.fillRect(QRectF(0, 0, c.width, band_h), c.primary)
    p.fillRect(QRectF(0, band_h, c.width, c.u(5)), c.accent)
    x = c.u(MARGIN)
    logo = _logo(b.logo)
    if logo is not None:
        box_h = c.u(BAND - 36)
        box_w = min(c.u(150), box_h * logo.width() / max(1, logo.height()))
        scaled_h = min(box_h, box_w * logo.height() / max(1, logo.width()))
        target = QRectF(x, (band_h - scaled_h) / 2, box_w, scaled_h)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.drawImage(target, logo)
        x += box_w + c.u(16)
    name_w = c.width - c.u(MARGIN) - x
    for shrink in (1.0, 0.92, 0.84, 0.76, 0.68, 0.6):  # long names shrink to fit the band
        size = c.chrome * shrink
        name = c.text(b.room_name, 18 * size, name_w, bold=True, max_lines=2)
        board = c.text(b.health_board, 11 * size, name_w, max_lines=2)
        total = name.height + c.u(4) + board.height
        if total <= band_h - c.u(16):
            break
    y = (band_h - total) / 2
    name.draw(p, x, y, c.on_primary)
    board.draw(p, x, y + name.height + c.u(4), c.on_primary)
    return band_h + c.u(5)


def _footer(c: _Canvas, words: _Words) -> float:
    """A slim strip at the foot: the tagline; returns its top."""
    p = c.painter
    h = c.u(24 * min(c.chrome, 1.1))
    top = c.height - h
    p.fillRect(QRectF(0, top, c.width, h), c.primary)
    line = c.text(
        words.joined("tagline", separator="  ·  "),
        8.5 * c.chrome,
        c.width - 2 * c.u(MARGIN),
        max_lines=1,
        align=Qt.AlignmentFlag.AlignHCenter,
    )
    line.draw(p, c.u(MARGIN), top + (h - line.height) / 2, c.on_primary)
    return top


def _heading(c: _Canvas, words: _Words, key: str, width: float, s: float) -> _Block:
    text = c.bilingual(words.pair(key), 13 * s, width, max_lines=2)

    def paint(p: QPainter, x: float, y: float) -> None:
        p.fillRect(QRectF(x, y + c.u(1), c.u(4), text.height - c.u(2)), c.accent)
        text.draw(p, x + c.u(10), y, c.primary)

    return _Block(text.height, paint)


def _paragraph(
    c: _Canvas, text: str, size: float, width: float, *, max_lines: int, colour: QColor = INK
) -> _Block:
    body = c.text(text, size, width, max_lines=max_lines)
    return _Block(body.height, lambda p, x, y: body.draw(p, x, y, colour))


def _section(
    c: _Canvas, words: _Words, key: str, text: str, width: float, s: float, max_lines: int
) -> _Block:
    head = _heading(c, words, key, width, s)
    gap = c.u(6 * s)
    body = _paragraph(c, text, 11.5 * s, width, max_lines=max_lines)

    def paint(p: QPainter, x: float, y: float) -> None:
        head.paint(p, x, y)
        body.paint(p, x, y + head.height + gap)

    return _Block(head.height + gap + body.height, paint)


def _columns(blocks: Sequence[_Block], width: float, gutter: float) -> _Block:
    """Blocks side by side, each `width` wide, separated by `gutter`."""

    def paint(p: QPainter, x: float, y: float) -> None:
        for n, block in enumerate(blocks):
            block.paint(p, x + n * (width + gutter), y)

    return _Block(max((b.height for b in blocks), default=0.0), paint)


def _boxed(c: _Canvas, inner: _Block, fill: QColor, pad: float, *, bar: QColor | None) -> _Block:
    pad_px = c.u(pad)

    def paint(p: QPainter, x: float, y: float) -> None:
        rect = QRectF(x, y, c.content_w, inner.height + 2 * pad_px)
        c.round_rect(rect, 6, fill)
        if bar is not None:
            p.fillRect(QRectF(x, y, c.u(5), rect.height()), bar)
        inner.paint(p, x + pad_px + (c.u(5) if bar is not None else 0), y + pad_px)

    return _Block(inner.height + 2 * pad_px, paint)


def _stack(blocks: Sequence[_Block]) -> float:
    return sum(b.height + b.gap_after for b in blocks)


def _fit(c: _Canvas, top: float, bottom: float, build: Callable[[float], list[_Block]]) -> None:
    """Build the middle of the page at the largest scale that fits between top and bottom."""
    blocks: list[_Block] = []
    for s in SCALES:
        blocks = build(s)
        if _stack(blocks) <= bottom - top:
            break
    p = c.painter
    p.save()
    p.setClipRect(QRectF(0, top, c.width, bottom - top))
    # what is left over opens the gaps a little (the foot block still sits on the bottom)
    spare = max(0.0, bottom - top - _stack(blocks))
    extra = min(c.u(28), spare / 2 / max(1, len(blocks) - 1))
    y = top
    for block in blocks:
        if block.foot:
            y = max(y, bottom - block.height)
        block.paint(p, c.u(MARGIN), y)
        y += block.height + block.gap_after + extra
    p.restore()


QR_SIZE = 84.0  # points on A4: about 30 mm, easy to scan from a step away
QR_CAPTION = 118.0


def _qr_block(c: _Canvas, words: _Words, url: str, caption_key: str) -> _Block:
    """The QR code with its caption to its left, right-aligned beside it."""
    image = QImage.fromData(qr_png(url, box_size=8, border=1))
    side = c.u(QR_SIZE)
    caption = c.text(
        "\n".join(words.pair(caption_key)),
        8.5,
        c.u(QR_CAPTION),
        align=Qt.AlignmentFlag.AlignRight,
        max_lines=7,
    )

    def paint(p: QPainter, x: float, y: float) -> None:
        caption.draw(p, x, y + max(0.0, (side - caption.height) / 2), MUTED)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(QRectF(x + c.u(QR_CAPTION + 10), y, side, side), image)

    return _Block(max(side, caption.height), paint)


def _team_and_qr(
    c: _Canvas,
    words: _Words,
    team: Sequence[str],
    url: str | None,
    caption_key: str,
    s: float,
) -> _Block:
    """The foot of a poster: team first names beside the QR code."""
    qr = _qr_block(c, words, url, caption_key) if url else None
    qr_w = c.u(QR_CAPTION + 10 + QR_SIZE) if qr is not None else 0.0
    width = c.content_w - qr_w - (c.u(24) if qr is not None else 0)
    parts: list[_Block] = []
    if team:
        head = _heading(c, words, "team", width, s)
        names = _paragraph(c, ", ".join(team), 13 * s, width, max_lines=4)
        gap = c.u(6 * s)

        def paint_team(p: QPainter, x: float, y: float) -> None:
            head.paint(p, x, y)
            names.paint(p, x, y + head.height + gap)

        parts.append(_Block(head.height + gap + names.height, paint_team))
    left_h = max((b.height for b in parts), default=0.0)
    height = max(left_h, qr.height if qr is not None else 0.0)

    def paint(p: QPainter, x: float, y: float) -> None:
        p.setPen(QPen(RULE, c.u(0.8)))
        p.drawLine(QPointF(x, y), QPointF(x + c.content_w, y))
        top = y + c.u(14)
        for block in parts:
            block.paint(p, x, top)
        if qr is not None:
            qr.paint(p, x + c.content_w - qr_w, top)

    return _Block(height + c.u(14), paint, foot=True)


# --- charts ----------------------------------------------------------------------------------


def _sparkline_block(c: _Canvas, words: _Words, spark: Sparkline, s: float) -> _Block:
    width = c.content_w
    head = _heading(c, words, "headline", width, s)
    unit = f" ({spark.unit})" if spark.unit and spark.unit.lower() not in spark.name.lower() else ""
    name = c.text(spark.name + unit, 11.5 * s, width, bold=True, max_lines=2)
    chart_h = c.u(130 * s)
    key = _variation_key(spark.variation_icon)
    colour = QColor(COLOURS.get(key, COLOURS["common"]))
    meaning = c.text(words.joined(key), 11 * s, width - c.u(22), bold=True, max_lines=2)
    assurance = (
        c.text(words.joined(spark.assurance_icon), 10 * s, width - c.u(22), max_lines=2)
        if spark.assurance_icon in WORDS
        else None
    )
    axis_font = c.font(7.5 * s)
    centre_text = (
        f"{words.joined('centre', separator=' / ')}: {_number(spark.centre)}"
        if spark.centre is not None
        else ""
    )
    gap = c.u(6 * s)

    def paint(p: QPainter, x: float, y: float) -> None:
        head.paint(p, x, y)
        y += head.height + gap
        name.draw(p, x, y, INK)
        y += name.height + gap
        _draw_sparkline(c, p, QRectF(x, y, width, chart_h), spark, colour, axis_font, centre_text)
        y += chart_h + gap
        dot = c.u(11)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(
            QRectF(
                x, y + (meaning.height - dot) / 2 if meaning.lines == 1 else y + c.u(2), dot, dot
            )
        )
        p.setBrush(Qt.BrushStyle.NoBrush)
        meaning.draw(p, x + c.u(20), y, INK)
        if assurance is not None:
            assurance.draw(p, x + c.u(20), y + meaning.height + c.u(3), MUTED)

    height = head.height + gap + name.height + gap + chart_h + gap + meaning.height
    if assurance is not None:
        height += c.u(3) + assurance.height
    return _Block(height, paint)


def _draw_sparkline(
    c: _Canvas,
    p: QPainter,
    rect: QRectF,
    spark: Sparkline,
    colour: QColor,
    axis_font: QFont,
    centre_text: str,
) -> None:
    c.round_rect(rect, 6, TINT)
    values = list(spark.values)
    if not values:
        return
    metrics = QFontMetricsF(axis_font, c.device)
    pad_l = metrics.horizontalAdvance("00000") + c.u(14)
    inner = rect.adjusted(pad_l, c.u(14), -c.u(16), -c.u(14) - metrics.height())
    low = min([*values, spark.centre] if spark.centre is not None else values)
    high = max([*values, spark.centre] if spark.centre is not None else values)
    span = high - low or max(1.0, abs(high))
    low, high = low - span * 0.12, high + span * 0.12

    def at(i: int, v: float) -> QPointF:
        fx = i / (len(values) - 1) if len(values) > 1 else 0.5
        fy = (v - low) / (high - low)
        return QPointF(inner.left() + fx * inner.width(), inner.bottom() - fy * inner.height())

    p.setFont(axis_font)
    p.setPen(MUTED)
    for v in (low + span * 0.12, high - span * 0.12):
        label_y = at(0, v).y()
        p.setPen(QPen(RULE, c.u(0.5)))
        p.drawLine(QPointF(inner.left(), label_y), QPointF(inner.right(), label_y))
        p.setPen(MUTED)
        p.drawText(
            QRectF(rect.left(), label_y - metrics.height() / 2, pad_l - c.u(8), metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _number(v),
        )
    if spark.centre is not None:
        cy = at(0, spark.centre).y()
        pen = QPen(QColor("#1D2329"), c.u(1.1))
        pen.setDashPattern([6, 4])
        p.setPen(pen)
        p.drawLine(QPointF(inner.left(), cy), QPointF(inner.right(), cy))
        p.setPen(MUTED)
        p.drawText(
            QRectF(inner.left(), inner.bottom() + c.u(4), inner.width(), metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            centre_text,
        )
    path = QPainterPath(at(0, values[0]))
    for i, v in enumerate(values[1:], start=1):
        path.lineTo(at(i, v))
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(COLOURS["common"]), c.u(1.6)))
    p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)
    r = c.u(2.6)
    for i, v in enumerate(values):
        p.setBrush(colour if i == len(values) - 1 else QColor(COLOURS["common"]))
        last = i == len(values) - 1
        p.drawEllipse(at(i, v), r * (1.6 if last else 1), r * (1.6 if last else 1))
    p.setBrush(Qt.BrushStyle.NoBrush)


def _before_after_block(
    c: _Canvas, words: _Words, data: BeforeAfter, width: float, s: float
) -> _Block:
    unit = f" ({data.unit})" if data.unit and data.unit.lower() not in data.name.lower() else ""
    name = c.text(data.name + unit, 10.5 * s, width, bold=True, max_lines=2)
    chart_h = c.u(125 * s)
    label_font = c.font(9 * s)
    value_font = c.font(15 * s, bold=True)
    gap = c.u(6 * s)
    median = words.joined("median", separator=" / ")

    def paint(p: QPainter, x: float, y: float) -> None:
        name.draw(p, x, y, INK)
        area = QRectF(x, y + name.height + gap, width, chart_h)
        lm = QFontMetricsF(label_font, c.device)
        vm = QFontMetricsF(value_font, c.device)
        base = area.bottom() - 2 * lm.height() - c.u(4)
        top = area.top() + vm.height() + lm.height() + c.u(6)
        high = max(data.before_median, data.after_median, 0.0)
        high = high or 1.0
        bar_w = width * 0.3
        p.setPen(QPen(MUTED, c.u(0.8)))
        p.drawLine(QPointF(area.left(), base), QPointF(area.right(), base))
        bars = (
            ("before", data.before_median, QColor(COLOURS["common"])),
            ("after", data.after_median, c.primary),
        )
        for n, (key, value, colour) in enumerate(bars):
            left = area.left() + width * (0.12 + n * 0.46)
            h = (base - top) * max(0.0, value) / high
            bar = QRectF(left, base - h, bar_w, h)
            p.fillRect(bar, colour)
            p.setFont(value_font)
            p.setPen(INK)
            label = QRectF(
                left - bar_w, bar.top() - vm.height() - lm.height() - c.u(8), 3 * bar_w, vm.height()
            )
            p.drawText(label, Qt.AlignmentFlag.AlignHCenter, _number(value))
            p.setFont(label_font)
            p.setPen(MUTED)
            p.drawText(
                QRectF(label.left(), label.bottom(), label.width(), lm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                median,
            )
            p.setPen(INK)
            p.drawText(
                QRectF(left - bar_w, base + c.u(3), 3 * bar_w, 2 * lm.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                words.joined(key, separator=" / "),
            )

    return _Block(name.height + gap + chart_h, paint)


# --- the three documents ---------------------------------------------------------------------


def _chip_row(c: _Canvas, tiles: Sequence[tuple[Sequence[str], str, bool]], s: float) -> _Block:
    """Tiles in a row: a small label (each language) over a bold value; `strong` fills accent."""
    gutter = c.u(10)
    width = (c.content_w - gutter * (len(tiles) - 1)) / len(tiles)
    pad = c.u(9 * s)
    laid = []
    for labels, value, strong in tiles:
        label = c.text("\n".join(labels), 8.5 * s, width - 2 * pad, max_lines=4)
        # a second language, after the first line break, is set lighter
        first = value.find("\n")
        lighter = QTextCharFormat()
        lighter.setFontWeight(QFont.Weight.Normal)
        formats = [(first, len(value) - first, lighter)] if first >= 0 else []
        body = c.text(value, 13 * s, width - 2 * pad, bold=True, max_lines=6, formats=formats)
        laid.append((label, body, strong))
    inner = max(lab.height + c.u(4) + body.height for lab, body, _ in laid)
    height = inner + 2 * pad

    def paint(p: QPainter, x: float, y: float) -> None:
        for n, (label, body, strong) in enumerate(laid):
            left = x + n * (width + gutter)
            fill = c.accent if strong else TINT
            c.round_rect(QRectF(left, y, width, height), 6, fill)
            ink = c.on_accent if strong else INK
            label.draw(p, left + pad, y + pad, ink if strong else MUTED)
            body.draw(p, left + pad, y + pad + label.height + c.u(4), ink)

    return _Block(height, paint)


def _title_block(c: _Canvas, kicker: Sequence[str], title: str, s: float) -> _Block:
    width = c.content_w
    kick = c.text("  ·  ".join(kicker).upper(), 10 * s, width, bold=True, max_lines=2)
    size = 34 * s
    heading = c.text(title, size, width, bold=True, max_lines=4, spacing=1.1)
    while heading.lines > 2 and size > 18 * s:
        size -= 2 * s
        heading = c.text(title, size, width, bold=True, max_lines=4, spacing=1.1)
    gap = c.u(6 * s)

    def paint(p: QPainter, x: float, y: float) -> None:
        kick.draw(p, x, y, c.accent)
        heading.draw(p, x, y + kick.height + gap, INK)

    return _Block(kick.height + gap + heading.height, paint)


def _department(words: _Words, slide: ProjectSlide) -> str:
    names = {"cy": slide.department_cy or slide.department_en, "en": slide.department_en}
    shown: list[str] = []
    for lang in ("cy", "en") if words.lang == "both" else (words.lang,):
        if names[lang] and names[lang] not in shown:
            shown.append(names[lang])
    return " · ".join(shown)


def project_poster(
    slide: ProjectSlide,
    path: Path,
    *,
    paper: str = "A4",
    lang: str = "both",
    branding: Branding,
    welsh: Callable[[str, str], str],
) -> Path:
    """A project as an A4 or A3 poster PDF at `path`: title, aim, stage, PDSA cycles, the
    headline measure with its variation, the team (consenting first names) and a QR code."""
    paper = _poster_paper(paper)
    words = _Words(lang, welsh)

    def draw(c: _Canvas) -> None:
        top = _band(c) + c.u(26)
        bottom = _footer(c, words) - c.u(22)

        def build(s: float) -> list[_Block]:
            gap = c.u(18 * s)
            blocks = [_title_block(c, words.pair("project"), slide.title, s)]
            blocks[-1].gap_after = c.u(6 * s)
            department = _department(words, slide)
            if department:
                blocks.append(
                    _paragraph(c, department, 12 * s, c.content_w, max_lines=2, colour=MUTED)
                )
            blocks[-1].gap_after = gap
            stage_key = f"st_{slide.stage}"
            stage = (
                words.joined(stage_key, separator="\n") if slide.stage in STAGES else slide.stage
            )
            tiles: list[tuple[Sequence[str], str, bool]] = [
                (words.pair("stage"), stage, False),
                (words.pair("cycles"), str(slide.pdsa_cycles), False),
            ]
            if slide.seeking_collaborators:
                tiles.append(
                    (words.pair("collaborators"), words.joined("join_us", separator="\n"), True)
                )
            blocks.append(_chip_row(c, tiles, s))
            blocks[-1].gap_after = gap
            aim = _section(c, words, "aim", slide.aim, c.content_w - c.u(32), s * 1.1, 9)
            blocks.append(_boxed(c, aim, TINT, 14, bar=None))
            blocks[-1].gap_after = gap
            if slide.sparkline is not None:
                blocks.append(_sparkline_block(c, words, slide.sparkline, s))
                blocks[-1].gap_after = gap
            blocks.append(_team_and_qr(c, words, slide.team, slide.url, "scan_project", s))
            return blocks

        _fit(c, top, bottom, build)

    return _render(path, paper, branding, slide.title, draw)


def _thanks_block(c: _Canvas, words: _Words, notes: Sequence[ThanksItem], s: float) -> _Block:
    head = _heading(c, words, "thank_you", c.content_w, s)
    gutter = c.u(12)
    shown = list(notes[:3])
    width = (c.content_w - gutter * (len(shown) - 1)) / len(shown)
    pad = c.u(10 * s)
    cards = []
    for note in shown:
        to = c.text(
            words.joined("thanks_to", note.to_whom, separator=" / "),
            9 * s,
            width - 2 * pad,
            bold=True,
            max_lines=2,
        )
        message = c.text(f"“{note.message}”", 10.5 * s, width - 2 * pad, italic=True, max_lines=6)
        signed = c.text(
            f"— {note.signed}" if note.signed else "", 9 * s, width - 2 * pad, max_lines=1
        )
        cards.append((to, message, signed))
    inner = max(t.height + m.height + sg.height + c.u(8) for t, m, sg in cards)
    height = inner + 2 * pad
    gap = c.u(8 * s)

    def paint(p: QPainter, x: float, y: float) -> None:
        head.paint(p, x, y)
        top = y + head.height + gap
        for n, (to, message, signed) in enumerate(cards):
            left = x + n * (width + gutter)
            c.round_rect(QRectF(left, top, width, height), 6, TINT)
            p.fillRect(QRectF(left, top, width, c.u(3)), c.accent)
            to.draw(p, left + pad, top + pad, c.primary)
            message.draw(p, left + pad, top + pad + to.height + c.u(4), INK)
            signed.draw(p, left + pad, top + pad + to.height + message.height + c.u(8), MUTED)

    return _Block(head.height + gap + height, paint)


def story_poster(
    slide: StorySlide,
    path: Path,
    *,
    paper: str = "A4",
    lang: str = "both",
    branding: Branding,
    welsh: Callable[[str, str], str],
) -> Path:
    """A success story as an A4 or A3 poster PDF at `path`: the problem, what changed, the
    result with its before/after chart, lessons learnt, up to three thank-you notes, the team
    (consenting first names) and a QR code when the story has a page on the register."""
    paper = _poster_paper(paper)
    words = _Words(lang, welsh)

    def draw(c: _Canvas) -> None:
        top = _band(c) + c.u(26)
        bottom = _footer(c, words) - c.u(22)

        def build(s: float) -> list[_Block]:
            gap = c.u(18 * s)
            width = c.content_w
            blocks = [_title_block(c, words.pair("story"), slide.title, s)]
            blocks[-1].gap_after = c.u(6 * s)
            if slide.project_title:
                blocks.append(
                    _paragraph(
                        c,
                        words.joined("from_project", slide.project_title, separator="\n"),
                        11.5 * s,
                        width,
                        max_lines=3,
                        colour=MUTED,
                    )
                )
            blocks[-1].gap_after = gap
            parts = [(k, t) for k, t in (("problem", slide.problem), ("change", slide.change)) if t]
            if parts:
                column = (width - c.u(24) * (len(parts) - 1)) / len(parts)
                sections = [_section(c, words, k, t, column, s, 8) for k, t in parts]
                blocks.append(_columns(sections, column, c.u(24)))
                blocks[-1].gap_after = gap
            inner_w = width - c.u(28)
            inner: _Block | None = None
            if slide.before_after is not None:
                text_w = inner_w * 0.5
                chart_w = inner_w - text_w - c.u(20)
                result = _section(c, words, "result", slide.result, text_w, s * 1.1, 9)
                chart = _before_after_block(c, words, slide.before_after, chart_w, s)

                def paint_result(p: QPainter, x: float, y: float) -> None:
                    result.paint(p, x, y)
                    chart.paint(p, x + text_w + c.u(20), y)

                inner = _Block(
                    max(result.height, chart.height),
                    paint_result,
                )
            elif slide.result:
                inner = _section(c, words, "result", slide.result, inner_w, s * 1.1, 9)
            if inner is not None:
                blocks.append(_boxed(c, inner, TINT, 14, bar=None))
                blocks[-1].gap_after = gap
            if slide.lessons:
                blocks.append(_section(c, words, "lessons", slide.lessons, width, s, 6))
                blocks[-1].gap_after = gap
            if slide.thanks:
                blocks.append(_thanks_block(c, words, slide.thanks, s))
                blocks[-1].gap_after = gap
            if slide.team or slide.url:
                blocks.append(_team_and_qr(c, words, slide.team, slide.url, "scan_story", s))
            return blocks

        _fit(c, top, bottom, build)

    return _render(path, paper, branding, slide.title, draw)


def event_flyer(
    event: FlyerEvent,
    path: Path,
    *,
    lang: str = "both",
    branding: Branding,
    welsh: Callable[[str, str], str],
) -> Path:
    """An event as an A5 flyer PDF at `path`: its kind, title, date and time in the room's
    local time, location, description and an "All welcome" line."""
    words = _Words(lang, welsh)
    kind_key = event.kind if event.kind in EVENT_KINDS else "event"
    titles: list[str] = []
    for code in ("cy", "en") if lang == "both" else (lang,):
        title = (event.title_cy or event.title_en) if code == "cy" else event.title_en
        if title and title not in titles:
            titles.append(title)
    start, end = local(event.starts_at), local(event.ends_at)
    dates: list[str] = []
    for code in ("cy", "en") if lang == "both" else (lang,):
        day = LOCALES[code].toString(qdate(start.date()), "dddd d MMMM yyyy")
        if start.date() != end.date():
            day += " – " + LOCALES[code].toString(qdate(end.date()), "dddd d MMMM yyyy")
        dates.append(day)
    times = f"{start:%H:%M} – {end:%H:%M}"
    # The description in each language shown (Welsh first), falling back to the other one.
    descriptions: list[str] = []
    for code in ("cy", "en") if lang == "both" else (lang,):
        mine, other = (
            (event.description_cy, event.description)
            if code == "cy"
            else (event.description, event.description_cy)
        )
        text = mine.strip() or other.strip()
        if text and text not in descriptions:
            descriptions.append(text)

    def draw(c: _Canvas) -> None:
        top = _band(c) + c.u(30)
        bottom = _footer(c, words) - c.u(26)

        def build(s: float) -> list[_Block]:
            width = c.content_w
            gap = c.u(20 * s)
            kick = c.text(
                "  ·  ".join(words.pair(kind_key)).upper(), 11 * s, width, bold=True, max_lines=2
            )
            blocks = [_Block(kick.height, lambda p, x, y: kick.draw(p, x, y, c.accent), c.u(8 * s))]
            size = 38.0
            for n, title in enumerate(titles):
                t_size = (size if n == 0 else size * 0.72) * s
                text = c.text(title, t_size, width, bold=n == 0, max_lines=4, spacing=1.08)
                while text.lines > 3 and t_size > 16 * s:
                    t_size -= 2 * s
                    text = c.text(title, t_size, width, bold=n == 0, max_lines=4, spacing=1.08)
                colour = INK if n == 0 else MUTED
                blocks.append(
                    _Block(
                        text.height,
                        _drawer(text, colour),
                        c.u(6 * s),
                    )
                )
            blocks[-1].gap_after = gap
            when_lines = "\n".join(dates)
            when = c.text(when_lines, 13 * s, width - c.u(28), bold=True, max_lines=4)
            clock = c.text(times, 22 * s, width - c.u(28), bold=True, max_lines=1)
            when_head = c.bilingual(words.pair("when"), 9.5 * s, width - c.u(28), max_lines=1)
            where_head = c.bilingual(words.pair("where"), 9.5 * s, width - c.u(28), max_lines=1)
            where = c.text(event.location, 13 * s, width - c.u(28), bold=True, max_lines=3)
            pad = c.u(14)
            inner_h = (
                when_head.height
                + c.u(4)
                + when.height
                + c.u(4)
                + clock.height
                + (c.u(14) + where_head.height + c.u(4) + where.height if event.location else 0)
            )

            def info(p: QPainter, x: float, y: float) -> None:
                c.round_rect(QRectF(x, y, width, inner_h + 2 * pad), 8, c.primary)
                yy = y + pad
                for block, col in (
                    (when_head, c.on_primary),
                    (when, c.on_primary),
                    (clock, c.on_primary),
                ):
                    block.draw(p, x + pad, yy, col)
                    yy += block.height + c.u(4)
                if event.location:
                    yy += c.u(10)
                    where_head.draw(p, x + pad, yy, c.on_primary)
                    yy += where_head.height + c.u(4)
                    where.draw(p, x + pad, yy, c.on_primary)

            blocks.append(_Block(inner_h + 2 * pad, info, gap))
            for about in descriptions:
                lines = 10 if len(descriptions) == 1 else 6
                blocks.append(_paragraph(c, about, 11.5 * s, width, max_lines=lines))
                blocks[-1].gap_after = gap
            welcome = c.bilingual(
                words.pair("all_welcome"),
                16 * s,
                width - c.u(28),
                max_lines=2,
                align=Qt.AlignmentFlag.AlignHCenter,
            )

            def welcome_paint(p: QPainter, x: float, y: float) -> None:
                c.round_rect(QRectF(x, y, width, welcome.height + 2 * c.u(10)), 8, c.accent)
                welcome.draw(p, x + c.u(14), y + c.u(10), c.on_accent)

            blocks.append(_Block(welcome.height + 2 * c.u(10), welcome_paint, foot=True))
            return blocks

        _fit(c, top, bottom, build)

    return _render(path, "A5", branding, " / ".join(titles), draw)


# --- the PDF -----------------------------------------------------------------------------------


def _render(
    path: Path, paper: str, branding: Branding, title: str, draw: Callable[[_Canvas], None]
) -> Path:
    """Paint one page on a PDF in the same directory, then move it over `path` at once."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temp_name)
        writer.setResolution(DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(PAPERS[paper]),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        writer.setTitle(title)
        writer.setCreator(branding.room_name)
        painter = QPainter(writer)
        try:
            canvas = _Canvas(writer, painter, branding)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setBrush(QBrush())
            draw(canvas)
        finally:
            painter.end()
        del writer
        Path(temp_name).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temp_name).unlink()
        raise
    return path
