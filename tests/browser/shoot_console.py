"""Screenshots of the console in both languages for the README (`make screenshots`).

A throwaway register and kiosk with a little content, Debian's Chromium headless.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from tests.browser import test_console_browser as t

    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        factory = _Factory(Path(folder))
        world = t.world.__wrapped__(factory)  # type: ignore[attr-defined]
        register, _kiosk = next(world)
        driver = next(t.browser.__wrapped__(factory))  # type: ignore[attr-defined]
        try:
            t.sign_in(driver, register.url)
            for lang in ("en", "cy"):
                for name, path in (("dashboard", "/"), ("desk", "/desk")):
                    driver.get(f"{register.url}{path}?lang={lang}")
                    driver.save_screenshot(str(out / f"console-{name}-{lang}.png"))
                driver.get(f"{register.url}/?lang={lang}")
                driver.find_element(t.By.PARTIAL_LINK_TEXT, "Fewer falls").click()
                chart = t.wait_for(lambda: driver.find_elements(t.By.CSS_SELECTOR, "svg.chart"))
                driver.execute_script("arguments[0].scrollIntoView()", chart[0].find_element(
                    t.By.XPATH, "ancestor::section"))  # fmt: skip
                driver.save_screenshot(str(out / f"console-project-{lang}.png"))
        finally:
            driver.quit()
            next(world, None)
    return 0


class _Factory:
    def __init__(self, base: Path) -> None:
        self.base = base

    def mktemp(self, name: str) -> Path:
        path = self.base / name
        path.mkdir()
        return path


if __name__ == "__main__":
    raise SystemExit(main())
