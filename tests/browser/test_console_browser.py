"""The console in a real Chromium (Debian's, through chromedriver), with axe-core on every page.

One register and one browser for the module: a QI lead signs in, filters the projects, opens
one with its chart, downloads a CSV, approves a room's story and raises an urgent message that
both reach the kiosk by sync, switches to Welsh and signs out.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.models import DataPoint, Department, Measure, Notice, Project, Story
from tests.integration.sync_support import (
    PASSWORD,
    Kiosk,
    RunningRegister,
    make_kiosk,
    running_register,
)

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="chromium and chromium-driver are not installed (installer/apt-packages.txt)",
)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402 - after the skip above


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningRegister, Kiosk]]:
    """A register with an admin account, and a kiosk whose room logged a project and a story."""
    folder = tmp_path_factory.mktemp("console")
    start = datetime.now().astimezone() - timedelta(days=30)
    kiosk = make_kiosk(folder, "room", start)
    with kiosk.store.begin() as s:
        dept = Department(name_en="Cardiology", name_cy="Cardioleg")
        s.add(dept)
        s.flush()
        project = Project(title="Fewer falls on ward 7", aim="Halve falls by June",
                          department_id=dept.id, stage="testing", iqt_ref="IQT-42",
                          measures_text="Falls per 1,000 bed days",
                          changes_text="Hourly rounding")  # fmt: skip
        other = Project(title="Quicker discharge letters", aim="Same-day letters", stage="aim")
        s.add_all([project, other])
        s.flush()
        measure = Measure(
            project_id=project.id, name="Falls per week", chart_type="i", direction="down"
        )
        s.add(measure)
        s.flush()
        for i, value in enumerate([9, 8, 10, 9, 11, 8, 9, 4, 3, 4, 3, 2, 3, 4, 3], start=1):
            s.add(DataPoint(measure_id=measure.id, seq=i, period=f"W{i}", value=float(value)))
        s.add(Story(project_id=project.id, title="Hourly rounding halved falls",
                    problem="Falls at night.", change="Hourly rounding.",
                    result="Falls halved.", lessons="Start small.", approved=False))  # fmt: skip
    with running_register(f"sqlite:///{folder / 'register.sqlite3'}") as register:
        register.user("lead@example.org")
        kiosk.token = register.token("Ystafell Qspace Ysbyty")
        kiosk.sync(register.url)
        yield register, kiosk


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=en-GB"):  # fmt: skip
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads)})
    driver = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=options)
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.downloads = downloads
    yield driver
    driver.quit()


def axe_problems(driver: Any) -> list[str]:
    """Serious and critical axe-core violations of the page shown (WCAG 2.2 A and AA)."""
    assert AXE.exists(), "axe-core is missing: run `make setup` (npm ci)"
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
        ".then(r => done(JSON.stringify(r.violations))).catch(e => done(String(e)));"
    )
    violations = json.loads(result)
    return [
        f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}"
        for v in violations
        if v.get("impact") in ("serious", "critical")
    ]


def wait_for(condition: Any, timeout: float = 10) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def sign_in(driver: Any, url: str) -> None:
    driver.get(url + "/signin")
    driver.find_element(By.ID, "email").send_keys("lead@example.org")
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "sign-in").click()
    wait_for(lambda: driver.find_elements(By.ID, "projects"))


def test_the_qi_team_works_from_the_console(
    world: tuple[RunningRegister, Kiosk], browser: Any
) -> None:
    register, kiosk = world
    url = register.url
    browser.get(url + "/")
    assert browser.current_url.endswith("/signin")  # signed out: the sign-in page, nothing else
    assert axe_problems(browser) == []
    sign_in(browser, url)
    assert "Fewer falls on ward 7" in browser.page_source
    assert axe_problems(browser) == []

    # Filter: the stage "testing" leaves one project.
    from selenium.webdriver.support.select import Select

    Select(browser.find_element(By.ID, "f-stage")).select_by_value("testing")
    browser.find_element(By.ID, "apply-filters").click()
    wait_for(lambda: "stage=testing" in browser.current_url)
    assert browser.find_element(By.ID, "project-count").text.startswith("1 ")
    assert "Quicker discharge letters" not in browser.page_source

    # The project page, with its SPC chart drawn from the kiosk's rules.
    browser.find_element(By.LINK_TEXT, "Fewer falls on ward 7").click()
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "svg.chart"))
    assert "Halve falls by June" in browser.page_source
    circles = browser.find_elements(By.CSS_SELECTOR, "svg.chart circle")
    assert len(circles) == 15
    assert any(c.get_attribute("stroke") == "#1f5fa8" for c in circles)  # improvement marked
    assert axe_problems(browser) == []

    # A CSV download of the filtered projects.
    browser.get(url + "/?stage=testing")
    browser.find_element(By.ID, "export-projects").click()
    csv_file = wait_for(lambda: next(iter(browser.downloads.glob("projects*.csv")), None))
    wait_for(lambda: "Fewer falls" in csv_file.read_text(encoding="utf-8"))
    assert "Quicker discharge" not in csv_file.read_text(encoding="utf-8")

    for path in ("/rooms", "/events", "/coffee", "/stories"):
        browser.get(url + path)
        assert axe_problems(browser) == [], path

    # Approve the room's story from the desk; the kiosk receives it at its next sync.
    browser.get(url + "/desk")
    assert axe_problems(browser) == []
    browser.find_element(By.CSS_SELECTOR, "button[data-approve]").click()
    wait_for(lambda: "done=saved" in browser.current_url)
    # Raise an urgent message for every room.
    browser.find_element(By.ID, "text_cy").send_keys("Mae'r ystafell ar gau heddiw")
    browser.find_element(By.ID, "text_en").send_keys("The room is closed today")
    browser.find_element(By.ID, "raise-notice").click()
    wait_for(lambda: browser.find_elements(By.ID, "clear-notice"))
    assert axe_problems(browser) == []
    kiosk.sync(url)
    with kiosk.store.begin() as s:
        assert s.scalar(select(Story.approved)) is True
        notice = s.scalar(select(Notice))
        assert notice is not None
        assert notice.text_en == "The room is closed today"
        assert notice.cleared_at is None

    # Create an event for the rooms.
    browser.find_element(By.ID, "e-title-en").send_keys("QI huddle")
    browser.find_element(By.ID, "e-title-cy").send_keys("Cwtsh GA")
    day = datetime.now().astimezone().date() + timedelta(days=3)
    for field, hour in (("e-starts", "10:00"), ("e-ends", "11:00")):
        browser.execute_script(
            "arguments[0].value = arguments[1]", browser.find_element(By.ID, field),
            f"{day.isoformat()}T{hour}",
        )  # fmt: skip
    browser.find_element(By.ID, "save-event").click()
    wait_for(lambda: "done=saved" in browser.current_url)
    browser.get(url + "/events")
    assert "QI huddle" in browser.page_source

    # Welsh: the switch, the page's lang attribute, the Welsh names.
    browser.find_element(By.CSS_SELECTOR, "a[hreflang=cy]").click()
    wait_for(lambda: browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "cy")
    assert "Digwyddiadau a sesiynau" in browser.page_source
    browser.get(url + "/")
    assert "Cardioleg" in browser.page_source
    assert axe_problems(browser) == []

    # Sign out: the console is closed again.
    browser.find_element(By.ID, "sign-out").click()
    wait_for(lambda: browser.current_url.endswith("/signin"))
    browser.get(url + "/export/projects.csv")
    assert "Fewer falls" not in browser.page_source
