"""Screenshots of a data dir's report for the docs, in headless Chromium (dev time only).

    pip install --target /tmp/shots pillow
    PYTHONPATH=/tmp/shots python tools/report_screenshots.py DATA_DIR docs/img/NAME [--leader NAME] [--referenced]

writes NAME-visits.png (header, filters and the top of the table) and NAME-map.png
(the map and the visits per year), cropped from one full-page screenshot. To find the
crops, a probe script (allowed by adding its hash to the page's CSP, in a temporary copy
only) records where the sections sit. --leader / --referenced preset the filters, as a
user would pick them: the page's own script applies them on load.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image  # dev time only

from tasks.report import render_report
from tasks.report.model import TABLES
from tasks.report.text import esc
from ziyarat import store

WIDTH = 1280
PROBE = ("window.addEventListener('load', function () { setTimeout(function () { var o = {};"
         "document.querySelectorAll('section[id]').forEach(function (s) {"
         "o[s.id] = [s.offsetTop, s.offsetHeight]; });"
         "document.body.setAttribute('data-offsets', JSON.stringify(o)); }, 300); });")


def _chromium(url: str, *args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [shutil.which("chromium") or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--no-first-run", f"--user-data-dir={profile}", "--hide-scrollbars",
             "--virtual-time-budget=3000", *args, url], capture_output=True, text=True, timeout=300).stdout


def preset(page: str, leader: str | None, referenced: bool) -> str:
    """The page with filters chosen before load."""
    if leader:
        page = page.replace(f'<option value="{esc(leader)}">', f'<option value="{esc(leader)}" selected>', 1)
    if referenced:
        page = page.replace('id="show-referenced"', 'id="show-referenced" checked', 1)
    return page


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("out")
    ap.add_argument("--leader")
    ap.add_argument("--referenced", action="store_true")
    args = ap.parse_args()
    page = preset(render_report({n: store.read_table(args.data_dir, n) for n in TABLES}), args.leader, args.referenced)
    digest = base64.b64encode(hashlib.sha256(PROBE.encode()).digest()).decode()
    probed = page.replace("script-src &#x27;sha256-", f"script-src &#x27;sha256-{digest}&#x27; &#x27;sha256-", 1) \
        .replace("</body>", f"<script>{PROBE}</script></body>", 1)
    # the map shot hides the (long) table so that the map sits within one screenshot
    without_table = probed.replace('<section id="visits">', '<section id="visits" hidden>', 1)
    with tempfile.TemporaryDirectory() as tmp:
        _shot(probed, Path(tmp), "visits", f"{args.out}-visits.png")
        _shot(without_table, Path(tmp), "map", f"{args.out}-map.png")
    print(f"{args.out}-visits.png, {args.out}-map.png")


def _shot(page: str, tmp: Path, part: str, out: str) -> None:
    """Screenshot `part` ("visits": the page's first screen; "map": map and years) to `out`."""
    html = tmp / f"{part}.html"
    html.write_text(page, encoding="utf-8")
    dom = _chromium(html.as_uri(), f"--window-size={WIDTH},900", "--dump-dom")
    offsets = json.loads(re.search(r'data-offsets="([^"]*)"', dom).group(1).replace("&quot;", '"'))
    top, bottom = (0, 1000) if part == "visits" else (offsets["map"][0], offsets["years"][0] + offsets["years"][1])
    png = tmp / f"{part}.png"
    _chromium(html.as_uri(), f"--window-size={WIDTH},{bottom + 20}", f"--screenshot={png}")
    Image.open(png).crop((0, top, WIDTH, bottom + 20)).save(out, optimize=True)


if __name__ == "__main__":
    main()
