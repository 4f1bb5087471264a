"""hooks/incremental_serve.py: `mkdocs serve` re-renders only what an edit touches, and
what it writes is what a full build writes.

The end-to-end test serves a copy of the project with the real `mkdocs serve`, edits
files in it, and reads the served pages, search indexes and chapter notebooks back."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from tests import translations
from tests.conftest import DOCS_ONLY_ENV, ENGINE

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["en", "zh", "zh-Hant", "ru"]


def load_hook():
    spec = importlib.util.spec_from_file_location("incremental_serve", ROOT / "hooks" / "incremental_serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hook = load_hook()


BEFORE = {"/p/snippets/a.py": 1, "/p/docs/en/x.md": 1, "/p/docs/en/y.md": 1, "/p/mkdocs.yml": 1}
READS = {
    "/p/snippets/a.py": {("en", "en/x.md"), ("zh", "zh/x.md")},
    "/p/docs/en/x.md": {("en", "en/x.md")},
    "/p/docs/en/y.md": {("en", "en/y.md")},
}


def plan(edits: dict, deleted=()):
    after = {path: stamp for path, stamp in {**BEFORE, **edits}.items() if path not in deleted}
    return hook.plan(BEFORE, after, READS, ["/p/snippets/"])


def test_plan_re_renders_the_pages_that_read_a_changed_file():
    assert plan({}) == set()
    assert plan({"/p/snippets/a.py": 2}) == {("en", "en/x.md"), ("zh", "zh/x.md")}
    assert plan({"/p/snippets/a.py": 2, "/p/docs/en/y.md": 2}) == {("en", "en/x.md"), ("zh", "zh/x.md"),
                                                                   ("en", "en/y.md")}


def test_plan_ignores_snippets_no_page_includes():
    assert plan({"/p/snippets/labs/b.py": 1}) == set()
    assert plan({}, deleted={"/p/snippets/a.py"}) == {("en", "en/x.md"), ("zh", "zh/x.md")}  # their error shows


def test_plan_builds_everything_for_other_files_and_added_or_deleted_pages():
    assert plan({"/p/mkdocs.yml": 2, "/p/snippets/a.py": 2}) is None
    assert plan({"/p/docs/en/new.md": 1}) is None
    assert plan({}, deleted={"/p/docs/en/y.md"}) is None


def test_snapshot_sees_edits_additions_and_deletions_but_not_hidden_files(tmp_path):
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "a.md"
    page.write_text("a")
    (tmp_path / "docs" / ".a.md.swp").write_text("editor")
    before = hook.snapshot([tmp_path / "docs"])
    assert list(before) == [os.path.realpath(page)]
    page.write_text("abc")
    (tmp_path / "docs" / "b.md").write_text("b")
    after = hook.snapshot([tmp_path / "docs"])
    assert after.keys() == {os.path.realpath(page), os.path.realpath(tmp_path / "docs" / "b.md")}
    assert after[os.path.realpath(page)] != before[os.path.realpath(page)]


# --- end to end -------------------------------------------------------------------------

PROBE = "incremental-serve-probe"
REPO = "https://github.com/example-owner/backward-docs"


class Served:
    """`mkdocs serve` of a copy of the project; `edit()` waits for the browsers' reload."""

    def __init__(self, project: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/"
        self.project = project
        # As the deploy workflow builds: the repository is known (tests/test_site.py
        # proves that a build without it links to no repository).
        env = {**os.environ, **DOCS_ONLY_ENV, "SITE_URL": self.url, "REPO_URL": REPO, "EDIT_URI": "edit/main/docs/"}
        self.proc = subprocess.Popen([sys.executable, "-m", ENGINE, "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                     cwd=project, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.lines: list[str] = []
        threading.Thread(target=lambda: self.lines.extend(self.proc.stderr), daemon=True).start()
        self.wait_for("Serving on", 0)

    def wait_for(self, text: str, after: int, timeout: float = 300) -> list[str]:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(text in line for line in self.lines[after:]):
                return self.lines[after:]
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"mkdocs serve never printed {text!r}:\n{''.join(self.lines[after:])}")

    def edit(self, relative: str, change) -> str:
        """Apply change(text) to a file; the serve log of the rebuild it caused."""
        path = self.project / relative
        mark = len(self.lines)
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
        return "".join(self.wait_for("Reloading browsers", mark))

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.url + path) as response:
            return response.read().decode("utf-8")

    def page(self, path: str) -> str:
        return re.sub(r"livereload\(\d+, \d+\)", "livereload()", self.get(path))  # the reload epoch

    def index_docs(self, lang: str) -> list[dict]:
        prefix = "" if lang == "en" else lang + "/"
        docs = json.loads(self.get(prefix + "search/search_index.json"))["docs"]
        return sorted(docs, key=lambda doc: json.dumps(doc, sort_keys=True))

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)


def rerendered(log: str) -> list[str]:
    found = re.findall(r"Re-rendered \d+ page\(s\) in [\d.]+ seconds: (.*)", log)
    assert found, log
    return found[-1].split(", ")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = tmp_path_factory.mktemp("project")
    for name in ["mkdocs.yml", "glossary.yml"]:
        shutil.copy(ROOT / name, project / name)
    for name in ["docs", "snippets", "hooks", "overrides"]:
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    # Start with every translation up to date, whatever the work tree holds: the tests
    # below edit English pages and look for the "behind" notice.
    for path in translations.translations(LANGS, project / "docs"):
        translations.stamp(path, project / "docs")
    server = Served(project)
    yield server
    server.close()


def chapter(lang: str, name: str) -> str:
    return ("" if lang == "en" else lang + "/") + name + "/"


def test_snippet_edit_rerenders_the_pages_that_include_it_as_a_full_build_would(served):
    pages = {lang: chapter(lang, "multiple-losses") for lang in LANGS}
    before = {lang: (served.page(url), served.index_docs(lang), served.get(url + "multiple-losses.ipynb"))
              for lang, url in pages.items()}
    unrelated = served.page(chapter("zh", "leaves"))

    log = served.edit("snippets/multiple-losses/sum_of_losses.py", lambda text: text + f"# {PROBE}\n")
    assert sorted(rerendered(log)) == sorted(f"{lang}/multiple-losses.md" for lang in LANGS)
    for lang, url in pages.items():
        assert PROBE in served.page(url)
        assert PROBE in served.get(url + "multiple-losses.ipynb")
        # Code is not in the search index (hooks/search_without_code.py), re-rendered or not.
        assert not any(PROBE in doc["text"] for doc in served.index_docs(lang))

    log = served.edit("snippets/multiple-losses/sum_of_losses.py", lambda text: text.replace(f"# {PROBE}\n", ""))
    assert "Documentation built in" not in log
    # Back to the original text: byte for byte what the first (full) build wrote.
    for lang, url in pages.items():
        assert (served.page(url), served.index_docs(lang), served.get(url + "multiple-losses.ipynb")) == before[lang]
    assert served.page(chapter("zh", "leaves")) == unrelated


def test_page_edit_rerenders_that_page_in_its_language_only(served):
    log = served.edit("docs/ru/errors/index.md", lambda text: text + f"\n{PROBE}\n")
    assert rerendered(log) == ["ru/errors/index.md"]
    assert PROBE in served.page(chapter("ru", "errors"))
    assert any(PROBE in doc["text"] for doc in served.index_docs("ru"))
    assert not any(PROBE in doc["text"] for doc in served.index_docs("en"))
    served.edit("docs/ru/errors/index.md", lambda text: text.replace(f"\n{PROBE}\n", ""))


def test_snippet_no_page_includes_rebuilds_nothing(served):
    log = served.edit("snippets/labs/_setup.py", lambda text: text + "\n")
    assert "Nothing to rebuild" in log and "Documentation built in" not in log


@pytest.mark.parametrize("module", ["accessibility.py", "theme_script_patch.py"])  # a hook, a helper hooks import
def test_edited_hook_asks_for_a_restart(served, module):
    log = served.edit(f"hooks/{module}", lambda text: text + "\n")
    assert "Restart `mkdocs serve` to run the edited hook code" in log and module in log
    assert "Documentation built in" not in log  # the running server would build with the old code


def test_english_edit_marks_its_translations_behind_until_undone(served):
    notice = 'class="admonition warning translation-behind"'
    assert not any(notice in served.page(chapter(lang, "leaves")) for lang in LANGS)
    log = served.edit("docs/en/leaves.md", lambda text: text + f"\n{PROBE}\n")
    assert sorted(rerendered(log)) == sorted(f"{lang}/leaves.md" for lang in LANGS)
    for lang in LANGS[1:]:
        page = served.page(chapter(lang, "leaves"))
        assert notice in page and 'href="../../leaves/" hreflang="en"' in page, lang
    assert notice not in served.page(chapter("en", "leaves"))
    log = served.edit("docs/en/leaves.md", lambda text: text.replace(f"\n{PROBE}\n", ""))
    assert not any(notice in served.page(chapter(lang, "leaves")) for lang in LANGS)


def test_where_the_repository_is_known_pages_link_to_their_sources(served):
    """Edit this page (the page's own language file), the snippet file of each code block,
    the repository in the header, and Open in Colab beside a lab's download."""
    page = served.page(chapter("zh", "leaves"))
    assert f'href="{REPO}/edit/main/docs/zh/leaves.md"' in page
    assert f'href="{REPO}/edit/main/snippets/leaves/' in page
    assert 'class="md-source"' in page and f'href="{REPO}"' in page
    lab = served.page("ru/labs/checkpointing-depth/")
    colab = f"https://colab.research.google.com/github/example-owner/backward-docs/blob/main/docs/ru/labs/checkpointing-depth.ipynb"
    assert f'href="{colab}"' in lab


# Last in this file: it leaves the served copy with a changed title, since undoing it
# would cost a second full build (about 15 s) and no test after it would look.
def test_changed_title_gets_a_full_build_for_the_navigation(served):
    log = served.edit("docs/en/leaves.md", lambda text: text.replace("# Leaves and non-leaves {", "# Leaves {", 1))
    assert "Documentation built in" in log
    nav = re.findall(r"\s(Leaves and non-leaves|Leaves)\s", served.page(chapter("en", "accumulation")))
    assert nav and set(nav) == {"Leaves"}  # the other pages' nav has the new title
