"""A real headless browser for the tests that must see what a person sees (Debian's
``chromium``, which ``.ci/run`` installs): a screenshot of a local HTML file."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
SCREENSHOT_TIMEOUT_S = 60


def browser() -> str:
    """The browser's path; in CI its absence fails, elsewhere the test skips."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but no headless browser is installed (apt-get install chromium)")
    pytest.skip("no headless browser installed (apt-get install chromium)")


def screenshot(page: Path, png: Path, *, width: int = 1200, height: int = 3000) -> Path:
    """Open ``page`` (no network: it must be self-contained) and save a screenshot."""
    cmd = [
        browser(), "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
        f"--user-data-dir={png.parent / 'chromium-profile'}",
        f"--window-size={width},{height}", f"--screenshot={png}", page.resolve().as_uri(),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=SCREENSHOT_TIMEOUT_S)
    assert png.is_file(), f"no screenshot from {cmd[0]}"
    return png
