"""A real headless browser for the tests that must see what a person sees (Debian's
``chromium``, which ``.ci/run`` installs): a screenshot of a local HTML file."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
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
    """Open ``page`` (no network: it must be self-contained) and save a screenshot.

    The browser's profile lives in a temporary directory removed afterwards, never beside the
    screenshot (a docs/ screenshot once committed a whole profile)."""
    with tempfile.TemporaryDirectory(prefix="courtparse-chromium-") as profile:
        return _screenshot(page, png, Path(profile), width=width, height=height)


def _screenshot(page: Path, png: Path, profile: Path, *, width: int, height: int) -> Path:
    cmd = [
        browser(), "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}", f"--screenshot={png}", page.resolve().as_uri(),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=SCREENSHOT_TIMEOUT_S)
    assert png.is_file(), f"no screenshot from {cmd[0]}"
    return png
