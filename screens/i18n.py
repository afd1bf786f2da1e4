"""Languages: installing the Welsh catalogue, and bilingual text with Welsh first."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QWidget

import assets

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"cy": "Cymraeg", "en": "English"}
LOCALES = {
    "cy": QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


# Parts Qt names once, when it builds them (objectName: the source text in Qt's catalogue).
QT_NAMED_PARTS = {
    "ScrollLeftButton": ("QTabBar", "Scroll Left"),
    "ScrollRightButton": ("QTabBar", "Scroll Right"),
}


def retranslate_qt_parts(root: QWidget) -> None:
    """Name Qt's own parts under `root` again in the language showing (Qt does not)."""
    for part in root.findChildren(QWidget):
        source = QT_NAMED_PARTS.get(part.objectName())
        if source is not None:
            part.setAccessibleName(QCoreApplication.translate(*source))


def qdate(day: date) -> QDate:
    """A Python date as Qt's, for QLocale.toString (the stubs take no Python date)."""
    return QDate(day.year, day.month, day.day)


def _load(lang: str, catalogue: str = "qspace") -> QTranslator | None:
    translator = QTranslator()
    path = assets.FOLDER / "i18n" / f"{catalogue}_{lang}.qm"
    if not translator.load(str(path)):
        log.warning("translation catalogue %s not found; run 'make translations'", path.name)
        return None
    return translator


_QT_CATALOGUES: dict[str, QTranslator | None] = {}


def _qt_catalogues() -> dict[str, QTranslator | None]:
    """Welsh for Qt's own texts (the tab bar's arrows ...): Qt ships none, the kiosk brings it.
    Loaded once per process."""
    if not _QT_CATALOGUES:
        _QT_CATALOGUES["cy"] = _load("cy", "qt")
    return _QT_CATALOGUES


class Languages(QObject):
    """The current language; switching installs the catalogue and Qt retranslates widgets."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogues = {lang: _load(lang) for lang in ("cy", "en")}
        self._current = "en"
        self._installed: list[QTranslator] = []

    @property
    def current(self) -> str:
        """ "cy" or "en"."""
        return self._current

    @property
    def locale(self) -> QLocale:
        """The locale for dates and numbers in the current language."""
        return LOCALES[self._current]

    def switch(self, lang: str) -> None:
        """Show the interface in `lang` ("cy" or "en")."""
        app = QCoreApplication.instance()
        if app is not None:
            # Qt's catalogues are one per process: whoever installed one, it goes.
            for installed in [*self._installed, *_qt_catalogues().values()]:
                if installed is not None:
                    QCoreApplication.removeTranslator(installed)
            self._installed = []
            for catalogue in (self._catalogues.get(lang), _qt_catalogues().get(lang)):
                if catalogue is not None:
                    QCoreApplication.installTranslator(catalogue)
                    self._installed.append(catalogue)
        self._current = lang
        QLocale.setDefault(LOCALES[lang])
        # Qt posts LanguageChange; deliver it now so no widget shows the old language.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(lang)

    def welsh(self, context: str, source: str) -> str:
        """The Welsh for `source` whatever language is showing (for bilingual text)."""
        catalogue = self._catalogues.get("cy")
        text = catalogue.translate(context, source) if catalogue is not None else ""
        return text or source

    def both(self, context: str, source: str, separator: str = " / ") -> str:
        """Welsh first, then English: for the bilingual first screen."""
        welsh = self.welsh(context, source)
        return source if welsh == source else f"{welsh}{separator}{source}"
