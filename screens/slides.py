"""Showcase slides for the room's screens: project cards, stories, thanks, what's on, numbers.

A SlideView draws one slide (a kiosk.dto slide DTO) for a big screen, landscape or portrait.
Headings are bilingual: the loop's language first and large, the other under it, so that
Welsh is offered on equal terms on every public screen. Every word a slide shows is a QLabel,
so that tests (and screen readers) can walk the text; the sparkline and before/after chart
are painted and carry their meaning in an accessible name.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.showcase import (
    BeforeAfter,
    HotTopicsSlide,
    NoticeSlide,
    ProjectSlide,
    RoomNumbersSlide,
    SlideContent,
    Sparkline,
    StorySlide,
    ThanksSlide,
    WelcomeSlide,
    WhatsOnSlide,
)
from kiosk.palette import text_on
from kiosk.qr import qr_png
from screens.i18n import qdate
from screens.presenters.chart import COLOURS
from screens.presenters.events import group_by_day, local
from screens.widgets import named
from screens.words import CONTEXT as TERMS_CONTEXT
from screens.words import EVENT_KINDS, STAGES

CONTEXT = "SlideView"
WORDS = {
    "project": QT_TRANSLATE_NOOP("SlideView", "QI project"),
    "story": QT_TRANSLATE_NOOP("SlideView", "Success story"),
    "thanks": QT_TRANSLATE_NOOP("SlideView", "Wall of thanks"),
    "whats_on": QT_TRANSLATE_NOOP("SlideView", "What's on"),
    "hot_topics": QT_TRANSLATE_NOOP("SlideView", "Hot topics this month"),
    "room_numbers": QT_TRANSLATE_NOOP("SlideView", "The room in numbers"),
    "welcome": QT_TRANSLATE_NOOP("SlideView", "Welcome"),
    "urgent": QT_TRANSLATE_NOOP("SlideView", "Urgent message"),
    "emergency": QT_TRANSLATE_NOOP("SlideView", "Emergency"),
    "aim": QT_TRANSLATE_NOOP("SlideView", "Our aim"),
    "team": QT_TRANSLATE_NOOP("SlideView", "Team"),
    "stage": QT_TRANSLATE_NOOP("SlideView", "Stage"),
    "cycles": QT_TRANSLATE_NOOP("SlideView", "PDSA cycles"),
    "collaborators": QT_TRANSLATE_NOOP("SlideView", "Looking for collaborators"),
    "scan": QT_TRANSLATE_NOOP("SlideView", "Scan to see this project on the register"),
    "problem": QT_TRANSLATE_NOOP("SlideView", "The problem"),
    "change": QT_TRANSLATE_NOOP("SlideView", "What changed"),
    "result": QT_TRANSLATE_NOOP("SlideView", "The result"),
    "lessons": QT_TRANSLATE_NOOP("SlideView", "Lessons learnt"),
    "before": QT_TRANSLATE_NOOP("SlideView", "Before"),
    "after": QT_TRANSLATE_NOOP("SlideView", "After"),
    "thank_you": QT_TRANSLATE_NOOP("SlideView", "Thank you"),
    "to": QT_TRANSLATE_NOOP("SlideView", "To"),
    "today": QT_TRANSLATE_NOOP("SlideView", "Today"),
    "tomorrow": QT_TRANSLATE_NOOP("SlideView", "Tomorrow"),
    "nothing_on": QT_TRANSLATE_NOOP("SlideView", "Nothing is booked yet: ask us about sessions."),
    "more_on": QT_TRANSLATE_NOOP("SlideView", "More sessions are coming up: ask us about them."),
    "visits": QT_TRANSLATE_NOOP("SlideView", "Visits this month"),
    "active": QT_TRANSLATE_NOOP("SlideView", "Active projects"),
    "stories": QT_TRANSLATE_NOOP("SlideView", "Stories shared"),
    "topics": QT_TRANSLATE_NOOP("SlideView", "Topics talked about this month"),
    "chosen": QT_TRANSLATE_NOOP("SlideView", "visits"),
    "projects_on": QT_TRANSLATE_NOOP("SlideView", "active projects"),
    "no_topics": QT_TRANSLATE_NOOP("SlideView", "No topics chosen in the last 30 days yet."),
    "no_thanks": QT_TRANSLATE_NOOP("SlideView", "Leave a thank-you note at the kiosk."),
    "welcome_line": QT_TRANSLATE_NOOP(
        "SlideView", "Peer support for quality improvement: come in, share, learn"
    ),
    "headline": QT_TRANSLATE_NOOP("SlideView", "Headline measure"),
    "common": QT_TRANSLATE_NOOP("SlideView", "Common cause variation"),
    "improvement": QT_TRANSLATE_NOOP("SlideView", "Special cause: improvement"),
    "concern": QT_TRANSLATE_NOOP("SlideView", "Special cause: concern"),
    "neutral": QT_TRANSLATE_NOOP("SlideView", "Special cause variation"),
    "consistent_pass": QT_TRANSLATE_NOOP("SlideView", "Consistently meets the target"),
    "consistent_fail": QT_TRANSLATE_NOOP("SlideView", "Consistently misses the target"),
    "inconsistent": QT_TRANSLATE_NOOP("SlideView", "Hit and miss against the target"),
}
INK = "#1D2329"
MUTED = "#4A5561"
PAPER = "#F4F6F8"
CARD = "#FFFFFF"
QR_CACHE_SIZE = 64
SLIDE_TEXT_MAX = 320  # characters of an aim or a story's section on a slide


def _label(name: str, role: str, *, wrap: bool = True) -> QLabel:
    widget = QLabel()
    widget.setObjectName(name)
    widget.setProperty("slide", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def _card(name: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("slide", "card")
    return frame


def shortened(text: str, limit: int = SLIDE_TEXT_MAX) -> str:
    """`text` cut at a word to at most `limit` characters, ending in "…" when it was cut.

    A slide is read from across the room in seconds: the whole story is on the register,
    its poster and the QR code.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–—") + "…"


class Translator:
    """Bilingual words for slides: the loop's language first, the other second."""

    def __init__(self, welsh: Callable[[str, str], str]) -> None:
        self._welsh = welsh
        self.lang = "en"

    def word(self, key: str, lang: str | None = None) -> str:
        """One word or phrase in `lang` (the loop's language when None)."""
        if key.startswith("st_"):  # a stage: its name lives in screens.words
            context, source = TERMS_CONTEXT, STAGES[key.removeprefix("st_")]
        elif key in EVENT_KINDS:  # a kind of event: named once in screens.words
            context, source = TERMS_CONTEXT, EVENT_KINDS[key]
        else:
            context, source = CONTEXT, str(WORDS[key])
        return self._welsh(context, source) if (lang or self.lang) == "cy" else source

    def pair(self, key: str) -> tuple[str, str]:
        """The phrase in the loop's language and in the other."""
        other = "en" if self.lang == "cy" else "cy"
        return self.word(key), self.word(key, other)

    def both(self, key: str) -> str:
        """ "Primary · Secondary" on one line, or one text when they are the same."""
        first, second = self.pair(key)
        return first if first == second else f"{first} · {second}"


class SparklineView(QWidget):
    """A headline measure in miniature: the line, its centre and its latest point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slide.sparkline")
        self.values: tuple[float, ...] = ()
        self.centre: float | None = None
        self.colour = COLOURS["common"]
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, values: Sequence[float], centre: float | None, colour: str) -> None:
        """The values to draw, the centre line and the colour of the latest point."""
        self.values, self.centre, self.colour = tuple(values), centre, colour
        self.update()

    def paintEvent(self, _event: object) -> None:
        if len(self.values) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 14.0
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        low = min(self.values + ((self.centre,) if self.centre is not None else ()))
        high = max(self.values + ((self.centre,) if self.centre is not None else ()))
        span = (high - low) or 1.0

        def point(index: int, value: float) -> QPointF:
            x = area.left() + area.width() * index / (len(self.values) - 1)
            return QPointF(x, area.bottom() - area.height() * (value - low) / span)

        if self.centre is not None:
            painter.setPen(QPen(QColor(MUTED), 2, Qt.PenStyle.DashLine))
            y = point(0, self.centre).y()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        path = QPainterPath(point(0, self.values[0]))
        for index, value in enumerate(self.values[1:], start=1):
            path.lineTo(point(index, value))
        painter.setPen(QPen(QColor("#7F8A94"), 4))
        painter.drawPath(path)
        last = point(len(self.values) - 1, self.values[-1])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.colour))
        painter.drawEllipse(last, 12, 12)
        painter.end()


class BeforeAfterChart(QWidget):
    """Two bars: the median before the change and after it, with the points behind them."""

    MIN_HEIGHT = 160  # px on a 1920x1080 screen; the slide scales it with its type

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slide.before_after")
        self.data: BeforeAfter | None = None
        self.colours = (COLOURS["common"], COLOURS["improvement"])
        self.setMinimumHeight(self.MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: BeforeAfter | None) -> None:
        """The story's before and after values."""
        self.data = data
        self.update()

    def paintEvent(self, _event: object) -> None:
        data = self.data
        if data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(16, 12, -16, -12)
        values = data.before + data.after
        low = min(0.0, *values)
        high = max(values) or 1.0
        span = (high - low) or 1.0
        count = len(values)
        step = area.width() / max(count, 1)
        for index, value in enumerate(values):
            colour = QColor(self.colours[0] if index < len(data.before) else self.colours[1])
            colour.setAlpha(110)
            height = area.height() * (value - low) / span
            painter.fillRect(
                QRectF(area.left() + index * step + 2, area.bottom() - height, step - 4, height),
                colour,
            )
        for part, (first, median) in enumerate(
            ((0, data.before_median), (len(data.before), data.after_median))
        ):
            last = first + (len(data.before) if part == 0 else len(data.after))
            y = area.bottom() - area.height() * (median - low) / span
            painter.setPen(QPen(QColor(self.colours[part]).darker(130), 5))
            painter.drawLine(
                QPointF(area.left() + first * step, y), QPointF(area.left() + last * step, y)
            )
        painter.end()


class _Page(QWidget):
    """One kind of slide; `show_content` fills it in, `set_portrait` rearranges it.

    A page takes any height it is given (the attract screen's band on a 1280x800 kiosk is
    under half a big screen's) and shows only what fits it whole: the parts listed in
    `optional` are left out, the first first, until nothing is cut off or squeezed.
    """

    def __init__(self, words: Translator) -> None:
        super().__init__()
        self.words = words
        self.optional: list[tuple[QWidget, ...]] = []
        # Long texts that end in "…" where even the page without its optional parts is too
        # short for them; each label's whole text is kept to try again at another size.
        self.elidable: list[QLabel] = []
        self._whole: dict[QLabel, str] = {}
        self._left_out: list[QWidget] = []  # what `fit` hid (content had shown it)
        self._fitting = self._fit_again = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def set_portrait(self, portrait: bool) -> None:
        """Stack columns on a portrait screen."""

    def show_content(self, content: Any) -> None:
        """Fill the page in from a slide's content."""
        raise NotImplementedError

    def fill(self, content: SlideContent) -> None:
        """Show `content`, leaving out the optional parts this page's height cannot hold."""
        self._bring_back()
        self.show_content(content)
        self._whole = {label: label.text() for label in self.elidable}
        self.fit()

    def fit(self) -> None:
        """Leave out optional parts, the first first, until the rest fits the page whole; if it
        still does not, end the long texts in "…" where the room runs out."""
        if not (self.optional or self.elidable) or not self.isVisible():
            return
        if self._fitting:  # resized while parts came and went: once more when this one ends
            self._fit_again = True
            return
        self._fitting = True
        try:
            for _ in range(4):
                self._fit_again = False
                self._fit_once()
                if not self._fit_again:
                    break
        finally:
            self._fitting = False

    def _fit_once(self) -> None:
        self._bring_back()
        for label, whole in self._whole.items():
            if label.text() != whole:
                label.setText(whole)
        dropped: list[list[QWidget]] = []
        fits = not self._overflows()
        for part in self.optional:
            if fits:
                break
            hidden = [widget for widget in part if not widget.isHidden()]
            for widget in hidden:
                widget.hide()
            dropped.append(hidden)
            fits = not self._overflows()
        # Leaving a later part out may have made room for an earlier one: try them again, the
        # most wanted first.
        for hidden in reversed(dropped[:-1]):
            for widget in hidden:
                widget.show()
            if self._overflows():
                for widget in hidden:
                    widget.hide()
        self._left_out = [widget for hidden in dropped for widget in hidden if widget.isHidden()]
        for _ in range(3):  # a shorter text frees room the layout may hand to another
            if fits:
                return
            for label in self.elidable:
                if label.isVisibleTo(self) and label.heightForWidth(label.width()) > label.height():
                    _elide(label, label.height())
            fits = not self._overflows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def _bring_back(self) -> None:
        for widget in self._left_out:
            widget.show()
        self._left_out.clear()

    def _overflows(self) -> bool:
        """Whether any text shown is squeezed, or any part reaches past its parent or over
        another part."""
        layout = self.layout()
        if layout is None:
            return False
        layout.activate()
        placed: dict[QWidget | None, list[QRect]] = {}  # the parts laid out in each parent
        for widget in self.findChildren(QWidget):
            if not widget.isVisibleTo(self):
                continue
            parent = widget.parentWidget()
            inner = widget.geometry().adjusted(1, 1, -1, -1)
            if parent is not None and not parent.rect().adjusted(-1, -1, 1, 1).contains(
                widget.geometry()
            ):
                return True
            siblings = placed.setdefault(parent, [])
            if any(inner.intersects(other) for other in siblings):
                return True  # a layout short of room lays its parts over each other
            siblings.append(inner)
            if widget.height() + 1 < widget.minimumHeight():
                return True
            if isinstance(widget, QLabel) and widget.text():
                need = (
                    widget.heightForWidth(widget.width())
                    if widget.wordWrap()
                    else widget.fontMetrics().height() * (widget.text().count("\n") + 1)
                )
                if widget.height() + 1 < need:
                    return True
        return False

    def heading(self, name: str) -> tuple[QLabel, QLabel]:
        return _label(f"{name}", "section"), _label(f"{name}.second", "section-second")


def _elide(label: QLabel, height: int) -> None:
    """End `label`'s wrapped text in "…" after the most words that fit `height`."""
    words = label.text().split()
    fits, too_many = 0, len(words)
    while too_many - fits > 1:
        middle = (fits + too_many) // 2
        label.setText(" ".join(words[:middle]) + "…")
        if label.heightForWidth(label.width()) <= height:
            fits = middle
        else:
            too_many = middle
    label.setText(" ".join(words[:fits]) + "…" if fits else "")


def _set_pair(labels: tuple[QLabel, QLabel], words: tuple[str, str]) -> None:
    labels[0].setText(words[0])
    labels[1].setText(words[1])
    labels[1].setVisible(words[0] != words[1])


class ProjectPage(_Page):
    """A project card: title, department, aim, stage, PDSA cycles, team, headline measure, QR."""

    def __init__(self, words: Translator, qr: Callable[[str], QPixmap]) -> None:
        super().__init__(words)
        self._qr = qr
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.columns.setSpacing(48)
        left = QVBoxLayout()
        left.setSpacing(14)
        self.title = _label("slide.project.title", "title")
        self.department = _label("slide.project.department", "lead")
        self.aim_heading = self.heading("slide.project.aim_heading")
        self.aim = _label("slide.project.aim", "body-large")
        facts = QHBoxLayout()
        facts.setSpacing(16)
        self.stage = _label("slide.project.stage", "chip", wrap=False)
        self.cycles = _label("slide.project.cycles", "chip", wrap=False)
        self.collaborators = _label("slide.project.collaborators", "flag", wrap=False)
        for chip in (self.stage, self.cycles):
            facts.addWidget(chip)
        facts.addStretch(1)
        self.team = _label("slide.project.team", "body")
        left.addWidget(self.title)
        left.addWidget(self.department)
        left.addSpacing(12)
        left.addWidget(self.aim_heading[0])
        left.addWidget(self.aim_heading[1])
        left.addWidget(self.aim)
        left.addSpacing(12)
        left.addLayout(facts)
        left.addWidget(self.collaborators, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.team)
        left.addStretch(1)
        self.columns.addLayout(left, 3)
        self.elidable = [self.aim]
        right = QVBoxLayout()
        right.setSpacing(14)
        self.measure_card = _card("slide.project.measure_card")
        card = QVBoxLayout(self.measure_card)
        card.setContentsMargins(24, 20, 24, 20)
        self.measure_heading = _label("slide.project.measure_heading", "caption")
        self.measure_name = _label("slide.project.measure_name", "body")
        self.sparkline = SparklineView()
        self.variation = _label("slide.project.variation", "icon-text")
        self.dot = named(QFrame(), "slide.project.variation_dot")
        self.dot.setFixedSize(QSize(26, 26))
        icon_row = QHBoxLayout()
        icon_row.setSpacing(12)
        icon_row.addWidget(self.dot)
        icon_row.addWidget(self.variation, 1)
        self.assurance = _label("slide.project.assurance", "icon-text")
        for widget in (self.measure_heading, self.measure_name, self.sparkline):
            card.addWidget(widget)
        card.addLayout(icon_row)
        card.addWidget(self.assurance)
        right.addWidget(self.measure_card, 3)
        qr_row = QHBoxLayout()
        self.qr = named(QLabel(), "slide.project.qr")
        self.qr.setFixedSize(QSize(220, 220))
        self.qr.setScaledContents(True)
        self.qr_caption = _label("slide.project.qr_caption", "caption")
        qr_row.addWidget(self.qr)
        qr_row.addWidget(self.qr_caption, 1)
        right.addLayout(qr_row)
        right.addStretch(1)
        self.columns.addLayout(right, 2)

    def set_portrait(self, portrait: bool) -> None:
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        # Portrait: the card and the QR follow the text, the space left goes at the bottom.
        self.columns.setStretch(0, 0 if portrait else 3)
        self.columns.setStretch(1, 1 if portrait else 2)

    def show_content(self, slide: ProjectSlide) -> None:
        w = self.words
        self.title.setText(slide.title)
        department = slide.department_cy if w.lang == "cy" else slide.department_en
        self.department.setText(department or slide.department_en)
        _set_pair(self.aim_heading, w.pair("aim"))
        self.aim.setText(shortened(slide.aim))
        self.stage.setText(f"{w.word('stage')}: {w.word('st_' + slide.stage)}")
        self.cycles.setText(f"{w.word('cycles')}: {slide.pdsa_cycles}")
        self.collaborators.setText(w.word("collaborators"))
        self.collaborators.setVisible(slide.seeking_collaborators)
        self.team.setText(f"{w.word('team')}: {', '.join(slide.team)}" if slide.team else "")
        self.team.setVisible(bool(slide.team))
        spark = slide.sparkline
        self.measure_card.setVisible(spark is not None)
        if spark is not None:
            self._show_sparkline(spark)
        self.qr.setPixmap(self._qr(slide.url))
        self.qr.setAccessibleName(w.word("scan"))
        self.qr_caption.setText(w.word("scan"))

    def _show_sparkline(self, spark: Sparkline) -> None:
        w = self.words
        kind, _, _side = spark.variation_icon.rpartition("_")
        if spark.variation_icon == "common_cause":
            kind = "common"
        colour = {
            "common": COLOURS["common"],
            "improvement": COLOURS["improvement"],
            "concern": COLOURS["concern"],
            "neutral": COLOURS["neutral"],
        }.get(kind, COLOURS["common"])
        self.measure_heading.setText(w.both("headline"))
        unit = f" ({spark.unit})" if spark.unit and spark.unit not in spark.name else ""
        self.measure_name.setText(spark.name + unit)
        self.sparkline.set_data(spark.values, spark.centre, colour)
        meaning = w.word(kind) if kind in WORDS else ""
        self.sparkline.setAccessibleName(f"{spark.name}: {meaning}")
        self.variation.setText(meaning)
        self.dot.setStyleSheet(f"background: {colour}; border-radius: {self.dot.width() // 2}px;")
        self.assurance.setVisible(spark.assurance_icon is not None)
        if spark.assurance_icon is not None:
            self.assurance.setText(f"◆ {w.word(spark.assurance_icon)}")


class StoryPage(_Page):
    """A success story: problem, change, result with its chart, lessons, team and thanks."""

    def __init__(self, words: Translator) -> None:
        super().__init__(words)
        outer = QVBoxLayout(self)
        outer.setSpacing(18)
        self.title = _label("slide.story.title", "title")
        self.project = _label("slide.story.project", "lead")
        header = QHBoxLayout()
        header.setSpacing(28)
        words_column = QVBoxLayout()
        words_column.addWidget(self.title)
        words_column.addWidget(self.project)
        words_column.addStretch(1)
        header.addLayout(words_column, 1)
        # The story's photo (downscaled, without metadata), beside its title.
        self.photo = QLabel()
        self.photo.setObjectName("slide.story.photo")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.photo.hide()
        self._photo = QPixmap()
        header.addWidget(self.photo)
        outer.addLayout(header)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(28)
        self.parts: dict[str, tuple[tuple[QLabel, QLabel], QLabel]] = {}
        for key in ("problem", "change", "result"):
            card = _card(f"slide.story.{key}_card")
            layout = QVBoxLayout(card)
            layout.setContentsMargins(24, 20, 24, 20)
            heading = self.heading(f"slide.story.{key}_heading")
            text = _label(f"slide.story.{key}", "body")
            layout.addWidget(heading[0])
            layout.addWidget(heading[1])
            layout.addWidget(text)
            if key == "result":
                self.chart = BeforeAfterChart()
                self.chart_caption = _label("slide.story.chart_caption", "caption")
                layout.addWidget(self.chart, 1)
                layout.addWidget(self.chart_caption)
            layout.addStretch(1)
            self.parts[key] = (heading, text)
            self.columns.addWidget(card, 1)
        outer.addLayout(self.columns, 3)
        bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        bottom.setSpacing(28)
        self.lessons_box = named(QWidget(), "slide.story.lessons_box")
        lessons = QVBoxLayout(self.lessons_box)
        lessons.setContentsMargins(0, 0, 0, 0)
        self.lessons_heading = self.heading("slide.story.lessons_heading")
        self.lessons = _label("slide.story.lessons", "body")
        self.team = _label("slide.story.team", "body")
        lessons.addWidget(self.lessons_heading[0])
        lessons.addWidget(self.lessons_heading[1])
        lessons.addWidget(self.lessons)
        lessons.addWidget(self.team)
        lessons.addStretch(1)
        bottom.addWidget(self.lessons_box, 1)
        self.thanks_box = named(QWidget(), "slide.story.thanks_box")
        thanks = QVBoxLayout(self.thanks_box)
        thanks.setContentsMargins(0, 0, 0, 0)
        self.thanks_heading = self.heading("slide.story.thanks_heading")
        thanks.addWidget(self.thanks_heading[0])
        thanks.addWidget(self.thanks_heading[1])
        self.thanks = [_label(f"slide.story.thanks{i}", "quote") for i in range(3)]
        for note in self.thanks:
            thanks.addWidget(note)
        thanks.addStretch(1)
        bottom.addWidget(self.thanks_box, 1)
        self.bottom = bottom
        outer.addLayout(bottom, 2)
        # On a short screen the thanks go first, then the lessons, then the chart: the problem,
        # the change and the result always show.
        self.optional = [
            (self.thanks_box,),
            (self.lessons_box,),
            (self.chart, self.chart_caption),
            (self.project,),
        ]
        self.elidable = [self.parts[key][1] for key in ("problem", "change", "result")]

    def set_portrait(self, portrait: bool) -> None:
        direction = (
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.columns.setDirection(direction)
        self.bottom.setDirection(direction)

    def _show_photo(self, data: bytes | None) -> None:
        self._photo = QPixmap()
        if data is not None and not self._photo.loadFromData(data):
            self._photo = QPixmap()
        self.photo.setVisible(not self._photo.isNull())
        self._fit_photo()

    def _fit_photo(self) -> None:
        if self._photo.isNull():
            return
        side = max(96, min(self.height() // 5, self.width() // 4))
        scaled = self._photo.scaled(
            side * 16 // 9,
            side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.photo.setPixmap(scaled)
        self.photo.setFixedSize(scaled.size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_photo()  # first: the photo's size is part of what must fit
        super().resizeEvent(event)

    def show_content(self, slide: StorySlide) -> None:
        w = self.words
        self.title.setText(slide.text("title", w.lang))
        self.project.setText(slide.project_title or "")
        self.project.setVisible(bool(slide.project_title))
        self._show_photo(slide.photo)
        self.photo.setAccessibleName(slide.text("title", w.lang))
        for key in ("problem", "change", "result"):
            heading, body = self.parts[key]
            _set_pair(heading, w.pair(key))
            body.setText(shortened(slide.text(key, w.lang)))
        data = slide.before_after
        self.chart.set_data(data)
        self.chart.setVisible(data is not None)
        self.chart_caption.setVisible(data is not None)
        if data is not None:
            caption = (
                f"{data.name}: {w.word('before')} {data.before_median:.3g} → "
                f"{w.word('after')} {data.after_median:.3g}"
            )
            self.chart_caption.setText(caption)
            self.chart.setAccessibleName(caption)
        _set_pair(self.lessons_heading, w.pair("lessons"))
        self.lessons.setText(shortened(slide.text("lessons", w.lang)))
        self.team.setText(f"{w.word('team')}: {', '.join(slide.team)}" if slide.team else "")
        self.team.setVisible(bool(slide.team))
        _set_pair(self.thanks_heading, w.pair("thank_you"))
        for label, note in zip(self.thanks, (*slide.thanks, None, None, None), strict=False):
            label.setVisible(note is not None)
            if note is not None:
                signed = f" — {note.signed}" if note.signed else ""
                label.setText(f"“{note.message}”{signed}")
        first, second = w.pair("thank_you")
        self.thanks_heading[0].setVisible(bool(slide.thanks))
        self.thanks_heading[1].setVisible(bool(slide.thanks) and first != second)


class ThanksPage(_Page):
    """The wall of thanks: up to six notes as cards."""

    def __init__(self, words: Translator) -> None:
        super().__init__(words)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(28)
        self.cards: list[tuple[QFrame, QLabel, QLabel]] = []
        for index in range(6):
            card = _card(f"slide.thanks.card{index}")
            layout = QVBoxLayout(card)
            layout.setContentsMargins(28, 24, 28, 24)
            message = _label(f"slide.thanks.message{index}", "quote-large")
            whom = _label(f"slide.thanks.to{index}", "caption")
            layout.addWidget(message, 1)
            layout.addWidget(whom)
            self.cards.append((card, message, whom))
        self.empty = _label("slide.thanks.empty", "lead")
        self._portrait = False
        self._place()

    def _place(self) -> None:
        columns = 2 if self._portrait else 3
        for index, (card, _m, _w) in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        self.grid.addWidget(self.empty, 3, 0, 1, columns)

    def set_portrait(self, portrait: bool) -> None:
        if portrait != self._portrait:
            self._portrait = portrait
            self._place()

    def show_content(self, slide: ThanksSlide) -> None:
        w = self.words
        notes = list(slide.notes)
        for index, (card, message, whom) in enumerate(self.cards):
            note = notes[index] if index < len(notes) else None
            card.setVisible(note is not None)
            if note is not None:
                message.setText(f"“{note.message}”")
                signed = f" — {note.signed}" if note.signed else ""
                whom.setText(f"{w.word('to')}: {note.to_whom}{signed}")
        self.empty.setText(w.both("no_thanks"))
        self.empty.setVisible(not notes)


class WhatsOnPage(_Page):
    """Upcoming events, today first, grouped by day: as many as fit the screen whole."""

    ROWS = 8

    def __init__(
        self, words: Translator, now: Callable[[], datetime], locale: Callable[[], QLocale]
    ) -> None:
        super().__init__(words)
        self._now = now
        self._locale = locale
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        for index in range(self.ROWS):
            day = _label(f"slide.whats_on.day{index}", "day")
            row = QHBoxLayout()
            row.setSpacing(24)
            when = _label(f"slide.whats_on.when{index}", "when", wrap=False)
            what = _label(f"slide.whats_on.what{index}", "body-large")
            row.addWidget(when)
            row.addWidget(what, 1)
            layout.addWidget(day)
            layout.addLayout(row)
            self.rows.append((day, when, what))
        self.empty = _label("slide.whats_on.empty", "lead")
        layout.addWidget(self.empty)
        self.more = _label("slide.whats_on.more", "lead")
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.optional = list(reversed(self.rows[1:]))  # the latest sessions go first

    def show_content(self, slide: WhatsOnSlide) -> None:
        w = self.words
        now = self._now()
        lines: list[tuple[str, str, str]] = []
        for day in group_by_day(list(slide.events), now=now):
            heading = (
                w.word(day.relative)
                if day.relative
                else self._locale().toString(qdate(day.day), "dddd d MMMM")
            )
            for index, event in enumerate(day.events):
                start, end = local(event.starts_at), local(event.ends_at)
                title = event.title_cy if w.lang == "cy" else event.title_en
                place = f" · {event.location}" if event.location else ""
                lines.append(
                    (
                        heading if index == 0 else "",
                        f"{start:%H:%M}–{end:%H:%M}",
                        f"{title}\n{w.word(event.kind)}{place}",
                    )
                )
        for index, (day_label, when, what) in enumerate(self.rows):
            line = lines[index] if index < len(lines) else None
            day_label.setVisible(bool(line and line[0]))
            when.setVisible(line is not None)
            what.setVisible(line is not None)
            if line is not None:
                day_label.setText(line[0])
                when.setText(line[1])
                what.setText(line[2])
        self.empty.setText(w.both("nothing_on"))
        self.empty.setVisible(not lines)
        self.more.setText(w.word("more_on"))

    def _fit_once(self) -> None:
        self.more.hide()
        super()._fit_once()
        if self._left_out:  # sessions left out: say more are coming, with room to say it
            self.more.show()
            super()._fit_once()


class HotTopicsPage(_Page):
    """The topics visitors chose most over the last 30 days, as bars."""

    def __init__(self, words: Translator) -> None:
        super().__init__(words)
        layout = QVBoxLayout(self)
        layout.setSpacing(22)
        self.rows: list[tuple[QLabel, QFrame, QLabel]] = []
        self.bar_rows: list[QHBoxLayout] = []
        for index in range(5):
            name = _label(f"slide.hot_topics.name{index}", "body-large")
            bar_row = QHBoxLayout()
            bar = named(QFrame(), f"slide.hot_topics.bar{index}")
            bar.setProperty("slide", "bar")
            bar.setFixedHeight(34)
            bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            figures = _label(f"slide.hot_topics.figures{index}", "caption", wrap=False)
            bar_row.addWidget(bar)
            bar_row.addStretch(1)
            bar_row.addWidget(figures)
            layout.addWidget(name)
            layout.addLayout(bar_row)
            self.rows.append((name, bar, figures))
            self.bar_rows.append(bar_row)
        self.empty = _label("slide.hot_topics.empty", "lead")
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.optional = list(reversed(self.rows[1:]))  # the least chosen go first

    def show_content(self, slide: HotTopicsSlide) -> None:
        w = self.words
        top = max((t.visits for t in slide.topics), default=1) or 1
        for index, (name, bar, figures) in enumerate(self.rows):
            topic = slide.topics[index] if index < len(slide.topics) else None
            for widget in (name, bar, figures):
                widget.setVisible(topic is not None)
            if topic is not None:
                name.setText(topic.name_cy if w.lang == "cy" else topic.name_en)
                # The bar and the space after it share the row in proportion to the visits.
                share = max(1, round(100 * topic.visits / top))
                self.bar_rows[index].setStretch(0, share)
                self.bar_rows[index].setStretch(1, 100 - share + 8)
                figures.setText(
                    f"{topic.visits} {w.word('chosen')} · "
                    f"{topic.active_projects} {w.word('projects_on')}"
                )
        self.empty.setText(w.both("no_topics"))
        self.empty.setVisible(not slide.topics)


class NumbersPage(_Page):
    """The room in numbers: four large figures."""

    KEYS = ("visits", "active", "stories", "topics")

    def __init__(self, words: Translator) -> None:
        super().__init__(words)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(32)
        self.tiles: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for index, key in enumerate(self.KEYS):
            card = _card(f"slide.numbers.{key}_card")
            layout = QVBoxLayout(card)
            layout.setContentsMargins(32, 28, 32, 28)
            figure = _label(f"slide.numbers.{key}", "figure", wrap=False)
            first = _label(f"slide.numbers.{key}_label", "lead")
            second = _label(f"slide.numbers.{key}_label.second", "section-second")
            layout.addStretch(1)
            layout.addWidget(figure)
            layout.addWidget(first)
            layout.addWidget(second)
            layout.addStretch(1)
            self.grid.addWidget(card, index // 2, index % 2)
            self.tiles[key] = (figure, first, second)

    def show_content(self, slide: RoomNumbersSlide) -> None:
        values = {
            "visits": slide.visits_this_month,
            "active": slide.active_projects,
            "stories": slide.stories_shared,
            "topics": slide.topics_discussed,
        }
        for key, (figure, first, second) in self.tiles.items():
            figure.setText(f"{values[key]:,}")
            _set_pair((first, second), self.words.pair(key))


class NoticePage(_Page):
    """An emergency or urgent message, in both languages, filling the screen."""

    def __init__(self, words: Translator) -> None:
        super().__init__(words)
        layout = QVBoxLayout(self)
        layout.setSpacing(28)
        layout.addStretch(1)
        self.first = _label("slide.notice.first", "notice")
        self.second = _label("slide.notice.second", "notice-second")
        for widget in (self.first, self.second):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_content(self, slide: NoticeSlide) -> None:
        texts = (slide.text_cy, slide.text_en)
        if self.words.lang == "en":
            texts = (slide.text_en, slide.text_cy)
        first, second = (t for t in texts)
        self.first.setText(first or second)
        self.second.setText(second if first else "")
        self.second.setVisible(bool(first and second))


class WelcomePage(_Page):
    """The room's welcome, Welsh first: shown when nothing else may play."""

    def __init__(self, words: Translator) -> None:
        super().__init__(words)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.welcome_cy = _label("slide.welcome.cy", "hero")
        self.welcome_en = _label("slide.welcome.en", "hero-second")
        self.room = _label("slide.welcome.room", "lead")
        self.line = _label("slide.welcome.line", "body-large")
        self.line_second = _label("slide.welcome.line.second", "section-second")
        for widget in (self.welcome_cy, self.welcome_en, self.room, self.line, self.line_second):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_content(self, slide: WelcomeSlide) -> None:
        w = self.words
        self.welcome_cy.setText(w.word("welcome", "cy"))
        self.welcome_en.setText(w.word("welcome", "en"))
        self.room.setText(slide.room_name)
        _set_pair((self.line, self.line_second), w.pair("welcome_line"))


class SlideView(QWidget):
    """One slide at a time, drawn for a big screen in the room's colours."""

    def __init__(
        self,
        *,
        welsh: Callable[[str, str], str],
        now: Callable[[], datetime],
        locale: Callable[[], QLocale],
        primary: str = "#005EB8",
        accent: str = "#00703C",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("slide")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.words = Translator(welsh)
        self.primary, self.accent = primary, accent
        self._qr_cache: OrderedDict[str, QPixmap] = OrderedDict()
        self.content: SlideContent | None = None
        self.kind = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.band = named(QFrame(), "slide.band")
        self.band.setProperty("slide", "band")
        band = QHBoxLayout(self.band)
        band.setContentsMargins(64, 24, 64, 24)
        kind_box = QVBoxLayout()
        kind_box.setSpacing(0)
        self.kind_label = _label("slide.kind", "kind", wrap=False)
        self.kind_second = _label("slide.kind.second", "kind-second", wrap=False)
        kind_box.addWidget(self.kind_label)
        kind_box.addWidget(self.kind_second)
        band.addLayout(kind_box, 1)
        self.room = _label("slide.room", "room", wrap=False)
        band.addWidget(self.room, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(self.band)
        self.body = named(QWidget(), "slide.body")
        self.pages_layout = QStackedLayout(self.body)
        self.body_margins = 64
        self.body.setContentsMargins(64, 40, 64, 40)
        outer.addWidget(self.body, 1)
        self.pages: dict[str, _Page] = {
            "project": ProjectPage(self.words, self.qr_pixmap),
            "story": StoryPage(self.words),
            "thanks": ThanksPage(self.words),
            "whats_on": WhatsOnPage(self.words, now, locale),
            "hot_topics": HotTopicsPage(self.words),
            "room_numbers": NumbersPage(self.words),
            "emergency": NoticePage(self.words),
            "welcome": WelcomePage(self.words),
        }
        for name, page in self.pages.items():
            page.setObjectName(f"slide.page.{name}")
            self.pages_layout.addWidget(page)
        self._portrait: bool | None = None
        self._scale = 0.0
        self.room_name = ""

    # --- drawing --------------------------------------------------------------------------

    def qr_pixmap(self, url: str) -> QPixmap:
        """The QR code for `url` (cached: the same projects come round again and again)."""
        pixmap = self._qr_cache.get(url)
        if pixmap is None:
            pixmap = QPixmap.fromImage(QImage.fromData(qr_png(url, box_size=8, border=2)))
            self._qr_cache[url] = pixmap
            if len(self._qr_cache) > QR_CACHE_SIZE:
                self._qr_cache.popitem(last=False)
        else:
            self._qr_cache.move_to_end(url)
        return pixmap

    def show_slide(self, kind: str, content: SlideContent, lang: str, room_name: str) -> None:
        """Draw `content` as a slide of `kind` with its headings in `lang` first."""
        self.words.lang = lang
        self.kind, self.content, self.room_name = kind, content, room_name
        page_kind = kind if kind in self.pages else "welcome"
        if isinstance(content, NoticeSlide):
            page_kind = "emergency"
        page = self.pages[page_kind]
        page.fill(content)
        self.pages_layout.setCurrentWidget(page)
        word = content.level if isinstance(content, NoticeSlide) else page_kind
        first, second = self.words.pair(word)
        self.kind_label.setText(first)
        self.kind_second.setText(second)
        self.kind_second.setVisible(first != second)
        self.room.setText(room_name)
        self._set_notice(word if page_kind == "emergency" else "")
        self.setAccessibleName(first)

    def _set_notice(self, level: str) -> None:
        """Colour the slide for an urgent or emergency message, or back to normal.

        Only the few widgets whose look depends on it are polished again: setting the whole
        style sheet would restyle every label of every page (15 ms at 1920x1080).
        """
        if self.property("notice") == level:
            return
        notice = self.pages["emergency"]
        assert isinstance(notice, NoticePage)
        for widget in (
            self,
            self.band,
            self.kind_label,
            self.kind_second,
            self.room,
            notice.first,
            notice.second,
        ):
            widget.setProperty("notice", level)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._restyle()

    def _restyle(self) -> None:
        portrait = self.height() > self.width()
        # 1.0 on a 1920x1080 screen, and on a 1080x1920 one: portrait keeps the type size and
        # wraps more, so a slide reads the same from across the room either way.
        long_side, short_side = max(self.width(), self.height()), min(self.width(), self.height())
        scale = max(0.5, min(long_side, short_side * 16 / 9) / 1920)
        key = (portrait, round(scale, 3), self.primary)
        if key == getattr(self, "_style_key", None):
            return
        self._style_key = key
        if portrait != self._portrait:
            self._portrait = portrait
            for page in self.pages.values():
                page.set_portrait(portrait)
        self.setStyleSheet(slide_style(scale, self.primary, self.accent))
        margin = int(64 * scale)
        self.body.setContentsMargins(margin, int(40 * scale), margin, int(40 * scale))
        qr = int(220 * scale)
        project = self.pages["project"]
        assert isinstance(project, ProjectPage)
        project.qr.setFixedSize(QSize(qr, qr))
        project.measure_card.setMinimumWidth(0 if portrait else int(600 * scale))
        story = self.pages["story"]
        assert isinstance(story, StoryPage)
        story.chart.setMinimumHeight(int(BeforeAfterChart.MIN_HEIGHT * scale))
        current = self.pages_layout.currentWidget()
        if isinstance(current, _Page):
            current.fit()  # the type changed size: see what fits now

    def texts(self) -> list[str]:
        """Every text the slide shows now (for tests and the consent walk)."""
        found = []
        for widget in self.findChildren(QLabel):
            if widget.isVisibleTo(self) and widget.text():
                found.append(widget.text())
        for child in self.findChildren(QWidget):
            if child.isVisibleTo(self) and child.accessibleName():
                found.append(child.accessibleName())
        return found


NOTICE_COLOURS = {
    # level: (band, background); urgent is NHS warm yellow, emergency NHS emergency red
    "urgent": ("#FFB81C", "#FFF4D6"),
    "emergency": ("#D5281B", "#D5281B"),
}


def slide_style(scale: float, primary: str, accent: str) -> str:
    """The slides' style sheet at `scale` (1.0 is 1920 x 1080) in the room's colours."""

    def px(size: float) -> str:
        return f"{max(9, round(size * scale))}px"

    notices = ""
    for level, (band_colour, background) in NOTICE_COLOURS.items():
        on_band, on_background = text_on(band_colour), text_on(background)
        notices += f"""
        QWidget#slide[notice="{level}"] {{ background: {background}; }}
        QFrame[slide="band"][notice="{level}"] {{ background: {band_colour}; }}
        QLabel[slide="kind"][notice="{level}"], QLabel[slide="kind-second"][notice="{level}"],
        QLabel[slide="room"][notice="{level}"] {{ color: {on_band}; }}
        QLabel[slide="notice"][notice="{level}"],
        QLabel[slide="notice-second"][notice="{level}"] {{ color: {on_background}; }}"""
    return f"""
        QWidget#slide {{ background: {PAPER}; }}
        QFrame[slide="band"] {{ background: {primary}; }}
        QLabel[slide="kind"] {{ color: {text_on(primary)}; font-size: {px(44)};
            font-weight: bold; }}
        QLabel[slide="kind-second"] {{ color: {text_on(primary)}; font-size: {px(26)}; }}
        QLabel[slide="room"] {{ color: {text_on(primary)}; font-size: {px(30)};
            font-weight: bold; }}
        QLabel {{ color: {INK}; background: transparent; }}
        QLabel[slide="title"] {{ font-size: {px(60)}; font-weight: bold; }}
        QLabel[slide="lead"] {{ font-size: {px(32)}; color: {MUTED}; }}
        QLabel[slide="section"] {{ font-size: {px(30)}; font-weight: bold; color: {primary}; }}
        QLabel[slide="section-second"] {{ font-size: {px(22)}; color: {MUTED}; }}
        QLabel[slide="body-large"] {{ font-size: {px(36)}; }}
        QLabel[slide="body"] {{ font-size: {px(28)}; }}
        QLabel[slide="caption"] {{ font-size: {px(24)}; color: {MUTED}; }}
        QLabel[slide="icon-text"] {{ font-size: {px(26)}; font-weight: bold; }}
        QLabel[slide="chip"] {{ font-size: {px(26)}; background: #E8EDEE; border-radius: {px(10)};
            padding: {px(8)} {px(18)}; }}
        QLabel[slide="flag"] {{ font-size: {px(26)}; font-weight: bold; color: {text_on(accent)};
            background: {accent}; border-radius: {px(10)}; padding: {px(8)} {px(18)}; }}
        QFrame[slide="card"] {{ background: {CARD}; border-radius: {px(18)};
            border: 1px solid #D8DDE0; }}
        QLabel[slide="quote"] {{ font-size: {px(26)}; font-style: italic; }}
        QLabel[slide="quote-large"] {{ font-size: {px(34)}; font-style: italic; }}
        QLabel[slide="day"] {{ font-size: {px(30)}; font-weight: bold; color: {primary};
            padding-top: {px(12)}; }}
        QLabel[slide="when"] {{ font-size: {px(34)}; font-weight: bold; min-width: {px(260)}; }}
        QFrame[slide="bar"] {{ background: {primary}; border-radius: {px(8)}; }}
        QLabel[slide="figure"] {{ font-size: {px(120)}; font-weight: bold; color: {primary}; }}
        QLabel[slide="hero"] {{ font-size: {px(150)}; font-weight: bold; color: {primary}; }}
        QLabel[slide="hero-second"] {{ font-size: {px(80)}; color: {MUTED}; }}
        QLabel[slide="notice"] {{ font-size: {px(72)}; font-weight: bold; }}
        QLabel[slide="notice-second"] {{ font-size: {px(48)}; }}
        {notices}
    """
