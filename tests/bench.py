"""`make bench`: the site's performance figures, measured on this machine, never asserted.

Prints, in one run: `make build` cold and warm; `mkdocs serve` rebuild latency after an
edit of one page and of one snippet (hooks/incremental_serve.py re-renders the pages
concerned), and after a page title change, which takes the full build; the doc test's
wall time next to its floor (one process that imports torch once and runs each unique
code block once); page weights (compressed bytes a reader downloads per page type);
Lighthouse medians of 3 mobile runs on a home page, a chapter and a lab in every language. Targets (issue: budgets): doc test
<= 1.3x its floor, serve rebuild <= 2 s, Lighthouse performance >= 0.95 and the other
categories 1.00, an article page < 400 KB compressed.

`SERVE_FLAGS="--dirty --no-strict"` times `mkdocs serve` with extra flags, for comparison
(`make serve` runs it without any).

The pages are served by a small static server that compresses text like a production
host (GitHub Pages does); `python -m http.server` does not, which Lighthouse penalizes.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LANGUAGES = ["en", "zh", "zh-Hant", "ru"]
PAGE_TYPES = {"home": "", "chapter": "multiple-losses/", "lab": "labs/multi-output-gradients/"}
LIGHTHOUSE = "lighthouse@13.5.0"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
                "--disable-background-networking --disable-component-update --disable-sync")
SERVE_FLAGS = os.environ.get("SERVE_FLAGS", "").split()
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
ENGINE = os.environ.get("DOCS_ENGINE", "mkdocs")  # `make bench ENGINE=properdocs`


def seconds(cmd: list[str], **kwargs) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=ENV, check=True, capture_output=True, **kwargs)
    return time.perf_counter() - start


def build_times(site: Path) -> dict:
    shutil.rmtree(ROOT / ".cache", ignore_errors=True)
    cmd = [str(BIN / ENGINE), "build", "--strict", "--clean", "--site-dir", str(site)]
    return {"make build cold (s)": seconds(cmd), "make build warm (s)": seconds(cmd)}


def serve_rebuilds() -> dict:
    """Time from saving a file to `mkdocs serve` reloading the browser, for a page and a snippet."""
    port = 8123
    proc = subprocess.Popen([str(BIN / ENGINE), "serve", *SERVE_FLAGS, "--dev-addr", f"127.0.0.1:{port}"], cwd=ROOT, env=ENV,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True).start()

    def wait_for(text: str, after: int, timeout: float = 300) -> float:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(text in line for line in lines[after:]):
                return time.perf_counter()
            time.sleep(0.02)
        raise TimeoutError(f"mkdocs serve never printed {text!r}")

    results = {}
    try:
        wait_for("Serving on", 0)
        page, snippet = ROOT / "docs/en/multiple-losses.md", ROOT / "snippets/multiple-losses/sum_of_losses.py"
        def append_line(text):
            return text + "\n"

        def retitle(text):  # changes the nav of every page of the language: a full build
            return re.sub(r"^# ", "# Title changed: ", text, count=1, flags=re.M)

        for name, path, edit in (("serve rebuild after editing a page (s)", page, append_line),
                                 ("serve rebuild after editing a snippet (s)", snippet, append_line),
                                 ("serve rebuild after a title change, full (s)", page, retitle)):
            original = path.read_text(encoding="utf-8")
            try:
                mark = len(lines)
                start = time.perf_counter()
                path.write_text(edit(original), encoding="utf-8")
                results[name] = wait_for("Reloading browsers", mark) - start
            finally:
                mark = len(lines)
                path.write_text(original, encoding="utf-8")
            wait_for("Reloading browsers", mark)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return results


# The floor: one process that imports torch and runs each unique block once, in order,
# with nothing around it. Timed from outside like the doc test, start-up to exit.
FLOOR = r"""
import io, sys
from contextlib import redirect_stdout
import torch
codes = dict.fromkeys(sys.stdin.read().split("\0"))
for code in codes:
    try:
        with redirect_stdout(io.StringIO()):
            exec(compile(code, "<block>", "exec"), {"__name__": "__main__"})
    except BaseException:
        pass
print(len(codes))
"""


def doc_test_against_floor() -> dict:
    """The doc test (pytest on docs/) versus one process running each unique block once."""
    sys.path.insert(0, str(ROOT))
    from pytest_codeblocks.main import extract_from_buffer

    from tests.doc_blocks import PYTHON, expand

    config = str(ROOT / "mkdocs.yml")
    blocks = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for block in extract_from_buffer(io.StringIO(page.read_text(encoding="utf-8"))):
            if (block.syntax or "").split(" ")[0] in PYTHON:
                blocks.append(expand(block.code, config))
    walls, floors = [], []
    for _ in range(5):  # medians: a 2-core machine is noisy at this scale (±1 s a run)
        walls.append(seconds([sys.executable, "-m", "pytest", "docs", "-q", "-p", "no:cacheprovider"]))
        floors.append(seconds([sys.executable, "-c", FLOOR], input="\0".join(blocks).encode()))
    wall, floor = statistics.median(walls), statistics.median(floors)
    return {"doc blocks (all languages)": len(blocks), "unique doc blocks": len(set(blocks)),
            "doc test wall (s)": wall, "doc test floor (s)": floor, "doc test / floor": wall / floor}


class CompressingHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip for text, cache headers for assets: what a real host sends."""

    def log_message(self, *args):
        pass

    def send_head(self):
        requested = self.path.split("?")[0]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not requested.endswith("/"):
                return super().send_head()  # the base class redirects /x to /x/
            path = path / "index.html"
        text = path.suffix in {".html", ".css", ".js", ".json", ".xml", ".svg", ".ipynb"}
        if not path.is_file() or not text or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600" if "/assets/" in requested else "no-cache")
        self.end_headers()
        return io.BytesIO(body)


def serve(site: Path):
    handler = functools.partial(CompressingHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


def page_weights(base: str) -> dict:
    """Compressed bytes a first visit downloads, per page type and language."""
    from playwright.sync_api import sync_playwright

    weights = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROME_FLAGS.split()[1:])
        for lang in LANGUAGES:
            for kind, path in PAGE_TYPES.items():
                page = browser.new_page()
                sizes = {}
                page.on("response", lambda r: sizes.__setitem__(r.url, int(r.headers.get("content-length") or 0)))
                page.goto(base + ("" if lang == "en" else lang + "/") + path, wait_until="networkidle")
                page.close()
                weights[f"{kind} {lang} (KB)"] = sum(sizes.values()) / 1024
            # Part of each figure above, fetched once the page has loaded (hooks/search_index_after_load.py).
            index = [size for url, size in sizes.items() if url.endswith("search/search_index.json")]
            weights[f"of which search index {lang}, after load (KB)"] = sum(index) / 1024
        browser.close()
    return weights


def lighthouse(base: str, runs: int = 3) -> dict:
    medians = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            for kind, path in PAGE_TYPES.items():
                scores: dict[str, list[float]] = {}
                for n in range(runs):
                    out = Path(tmp) / f"{lang}-{kind}-{n}.json"
                    subprocess.run(["npm", "exec", "--yes", f"--package={LIGHTHOUSE}", "--", "lighthouse",
                                    base + ("" if lang == "en" else lang + "/") + path, "--quiet", "--output=json",
                                    f"--output-path={out}", f"--chrome-flags={CHROME_FLAGS}",
                                    "--only-categories=performance,accessibility,best-practices,seo"],
                                   env={**ENV, "CHROME_PATH": "/usr/bin/chromium"}, check=True, capture_output=True)
                    for name, category in json.loads(out.read_text())["categories"].items():
                        scores.setdefault(name, []).append(category["score"])
                for name, values in scores.items():
                    medians[f"lighthouse {kind} {lang} {name}"] = statistics.median(values)
    return medians


def main() -> None:
    only = set(sys.argv[1:])  # e.g. `python -m tests.bench build weights` for a part
    figures: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        if not only or "build" in only:
            figures.update(build_times(site))
        else:
            subprocess.run([str(BIN / ENGINE), "build", "-q", "--site-dir", str(site)], cwd=ROOT, env=ENV, check=True)
        if not only or "serve" in only:
            figures.update(serve_rebuilds())
        if not only or "doctest" in only:
            figures.update(doc_test_against_floor())
        httpd, base = serve(site)
        try:
            if not only or "weights" in only:
                figures.update(page_weights(base))
            if not only or "lighthouse" in only:
                figures.update(lighthouse(base))
        finally:
            httpd.shutdown()
            httpd.server_close()
    for name, value in figures.items():
        print(f"{name:<52} {value:.2f}" if isinstance(value, float) else f"{name:<52} {value}")


if __name__ == "__main__":
    main()
