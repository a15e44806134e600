"""One way to start the headless Chromium the page tests drive (Debian's chromium + chromium-driver,
installed by the README's test command and .ci/run): the binaries, the flags, a driver, a wait.

A test module starts with `chromium.require()` (a module-level skip with the reason when the browser
is missing) and keeps its own module-scoped `browser` fixture built by `chromium.start(...)`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage")


def require() -> None:
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Debian chromium + chromium-driver are not installed (apt-get install -y chromium "
                    "chromium-driver; .ci/run installs them)", allow_module_level=True)


def start(profile: Path, size: tuple[int, int] = (1280, 900), script_timeout: float | None = None):
    """A fresh headless Chromium with its own profile folder; the caller quits it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--window-size={size[0]},{size[1]}", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    if script_timeout:
        driver.set_script_timeout(script_timeout)
    return driver


def wait(driver, condition, seconds: float = 15):
    """Poll `condition()` every 0.1 s until it is truthy (its value) or `seconds` pass (TimeoutException)."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, poll_frequency=0.1).until(lambda d: condition())
