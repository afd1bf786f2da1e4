"""The room's colour palette, built from two branding colours, with WCAG contrast checks."""

from __future__ import annotations

from dataclasses import dataclass

DARK_TEXT = "#1D2329"
LIGHT_TEXT = "#FFFFFF"
AA_NORMAL = 4.5


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of a #RRGGBB colour (WCAG 2.2)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two #RRGGBB colours (1 to 21)."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_on(background: str) -> str:
    """White or dark text, whichever reads better on `background`."""
    return max((LIGHT_TEXT, DARK_TEXT), key=lambda text: contrast(text, background))


@dataclass(frozen=True)
class Palette:
    """Every colour the style sheet uses; pairs in TEXT_PAIRS must reach 4.5:1."""

    primary: str
    on_primary: str
    accent: str
    on_accent: str
    background: str = "#F3F5F8"
    surface: str = "#FFFFFF"
    text: str = DARK_TEXT
    muted: str = "#4A5561"
    border: str = "#C3CBD4"
    focus: str = "#FFB81C"
    # The focus ring on light surfaces: amber on white is 1.73:1, under WCAG's 3:1 for a
    # focus indicator; amber stays for rings on the primary colour (the header, the start bar).
    focus_ring: str = DARK_TEXT
    on_focus: str = DARK_TEXT
    danger: str = "#B00020"
    on_danger: str = LIGHT_TEXT
    success_bg: str = "#DFF3E8"
    error_bg: str = "#FBE3E6"
    heading: str = DARK_TEXT

    def indicator_pairs(self) -> dict[str, tuple[str, str]]:
        """Focus rings against what surrounds them (3:1 for WCAG 1.4.11), by name."""
        return {
            "ring on background": (self.focus_ring, self.background),
            "ring on surface": (self.focus_ring, self.surface),
            "header ring on primary": (self.focus, self.primary),
        }

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Foreground/background pairs used for text, by name."""
        return {
            "text on background": (self.text, self.background),
            "text on surface": (self.text, self.surface),
            "muted on background": (self.muted, self.background),
            "muted on surface": (self.muted, self.surface),
            "on primary": (self.on_primary, self.primary),
            "on accent": (self.on_accent, self.accent),
            "on focus": (self.on_focus, self.focus),
            "on danger": (self.on_danger, self.danger),
            "text on success": (self.text, self.success_bg),
            "text on error": (self.text, self.error_bg),
            "heading on background": (self.heading, self.background),
            "heading on surface": (self.heading, self.surface),
        }


def build_palette(primary: str, accent: str) -> Palette:
    """A palette from the two branding colours, text colours chosen for contrast."""
    heading = primary.upper() if contrast(primary, "#F3F5F8") >= AA_NORMAL else DARK_TEXT
    return Palette(
        primary=primary.upper(),
        on_primary=text_on(primary),
        accent=accent.upper(),
        on_accent=text_on(accent),
        heading=heading,
    )
