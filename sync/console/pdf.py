"""Approved stories as PDFs: one bilingual page per story, or a pack of a month or quarter.

reportlab lays them out; DejaVu Sans (fonts-dejavu-core, in installer/apt-packages.txt)
carries Welsh letters such as ŵ and ŷ that the PDF base fonts lack.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from sync.console.i18n import MESSAGES

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
SECTIONS = ("problem", "change", "result", "lessons")
Item = tuple[Mapping[str, Any], Mapping[str, Any] | None]


def _fonts() -> tuple[str, str]:
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
                pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"  # no DejaVu: Welsh circumflexes may not show


def period_months(period: str) -> tuple[str, str]:
    """The first and last month ("YYYY-MM") of "2026-05" or "2026-Q2"; ("", "") if neither."""
    period = period.strip().upper()
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", period):
        return period, period
    match = re.fullmatch(r"(\d{4})-[QC]([1-4])", period)
    if match:
        year, quarter = match.group(1), int(match.group(2))
        return f"{year}-{quarter * 3 - 2:02d}", f"{year}-{quarter * 3:02d}"
    return "", ""


def stories_pdf(items: Sequence[Item], *, lang: str) -> bytes:
    """A PDF with one page per story: headings in both languages, the story as written."""
    regular, bold = _fonts()
    title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=22, spaceAfter=4 * mm)
    sub = ParagraphStyle("sub", fontName=regular, fontSize=10, leading=13, textColor="#444444")
    head = ParagraphStyle("head", fontName=bold, fontSize=12, leading=15, spaceBefore=4 * mm)
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14)
    first, second = (1, 0) if lang == "cy" else (0, 1)

    def both(key: str) -> str:
        words = MESSAGES[key]
        return f"{words[first]} / {words[second]}"

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=both("stories"),
        author="Qspace",
        lang="cy-GB" if lang == "cy" else "en-GB",
    )
    flow: list[Any] = []
    for number, (story, project) in enumerate(items):
        if number:
            flow.append(PageBreak())
        flow.append(Paragraph(escape(str(story.get("title", ""))), title))
        if project:
            flow.append(
                Paragraph(f"{both('project')}: {escape(str(project.get('title', '')))}", sub)
            )
        for key in SECTIONS:
            text = str(story.get(key) or "").strip()
            if text:
                flow.append(Paragraph(both(key), head))
                for para in text.split("\n\n"):
                    flow.append(Paragraph(escape(para).replace("\n", "<br/>"), body))
        flow.append(Spacer(1, 6 * mm))
        flow.append(
            Paragraph("Qspace · Improving Quality Together / Gwella Ansawdd Gyda'n Gilydd", sub)
        )
    if not flow:
        flow.append(Paragraph(both("no_rows"), body))
    doc.build(flow)
    return out.getvalue()
