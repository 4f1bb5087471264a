"""Which translations are behind their English page, and the English diff since.

    python -m tests.translations                 # `make translations`: list, with diffs
    python -m tests.translations stamp FILE...   # `make translated FILE=...`: up to date

A translation records the English version it translates (hooks/translation_status.py:
a hash of the English text). Stamping writes the current one; do it after bringing the
translation up to date, or after an English change that needs no translation (a typo).
The diff needs the English text the translation was made from. Stamping keeps a copy of
it in .cache/english/ (not committed), so the diff works for an English version that was
never committed (two edits in one working tree); otherwise it is looked up by its hash
in the git history of the English file.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def kept(docs: Path) -> Path:
    """English texts by hash, as they were when stamped (gitignored)."""
    return docs.parent / ".cache" / "english"


def _load_hook():
    sys.path.insert(0, str(ROOT / "hooks"))  # for ui_text, as MkDocs does
    spec = importlib.util.spec_from_file_location("translation_status", ROOT / "hooks" / "translation_status.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


status = _load_hook()


def translations(languages: list[str], docs: Path = DOCS) -> list[Path]:
    """Every translated page and lab, in every language but English."""
    english = sorted(p.relative_to(docs / "en") for p in (docs / "en").rglob("*") if p.suffix in (".md", ".ipynb"))
    return [docs / lang / rel for lang in languages if lang != "en" for rel in english if (docs / lang / rel).exists()]


def english_of(path: Path, docs: Path = DOCS) -> Path:
    lang = path.relative_to(docs).parts[0]
    return status.english_of(path, docs, lang)


def behind(languages: list[str], docs: Path = DOCS) -> list[Path]:
    return [p for p in translations(languages, docs)
            if status.recorded_hash(p) != status.source_hash(english_of(p, docs))]


def stamp(path: Path, docs: Path = DOCS) -> None:
    """Record that ``path`` translates the English page as it is now."""
    english = english_of(path, docs)
    current = status.source_hash(english)
    kept(docs).mkdir(parents=True, exist_ok=True)
    rel = english.relative_to(docs.parent).as_posix()
    (kept(docs) / current).write_text(status.translatable(rel, english.read_text(encoding="utf-8")), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        notebook = json.loads(text)
        notebook.setdefault("metadata", {})["translation_of"] = current
        import nbformat

        text = nbformat.writes(nbformat.from_dict(notebook)) + "\n"
    else:
        front = status.FRONT_MATTER.match(text)
        if not front:
            raise ValueError(f"{path}: no front matter to record the English version in")
        body = front.group(1)
        body = status.STAMP.sub(f"translation_of: {current}", body) if status.STAMP.search(body) \
            else f"{body}\ntranslation_of: {current}"
        text = f"---\n{body}\n---\n" + text[front.end():]
    path.write_text(text, encoding="utf-8")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout


def english_diff(path: Path, docs: Path = DOCS, repo: Path = ROOT) -> str:
    """The English changes since the version ``path`` translates, as a unified diff."""
    english = english_of(path, docs)
    rel = english.relative_to(repo).as_posix()
    wanted = status.recorded_hash(path)
    if wanted is None:
        return f"{path.relative_to(repo)} records no English version: translate it, then stamp it\n"
    new = status.translatable(rel, english.read_text(encoding="utf-8"))
    copy = kept(docs) / wanted
    if copy.exists() and status.text_hash(copy.read_text(encoding="utf-8")) == wanted:
        return "".join(difflib.unified_diff(copy.read_text(encoding="utf-8").splitlines(True), new.splitlines(True),
                                            f"{rel} (translated, not committed)", f"{rel} (now)"))
    for commit in _git(repo, "log", "--format=%H", "--", rel).split():
        old = status.translatable(rel, _git(repo, "show", f"{commit}:{rel}"))
        if status.text_hash(old) == wanted:
            return "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                                f"{rel} (translated, {commit[:10]})", f"{rel} (now)"))
    return f"English version {wanted} of {rel} is not in the git history: no diff to show\n"


def main(argv: list[str]) -> int:
    from tests.languages import LANGUAGES

    if argv[:1] == ["stamp"]:
        for name in argv[1:]:
            stamp(Path(name).resolve())
            print(f"stamped {name}")
        return 0
    late, every = behind(LANGUAGES), translations(LANGUAGES)
    if argv:  # one page: `python -m tests.translations leaves.md` (make page PAGE=leaves.md)
        of_page = lambda paths: [p for p in paths if p.relative_to(DOCS).as_posix().split("/", 1)[1] == argv[0]]  # noqa: E731
        late, every = of_page(late), of_page(every)
    for path in late:
        print(f"== {path.relative_to(ROOT)} is behind {english_of(path).relative_to(ROOT)}")
        print(english_diff(path))
    print(f"{len(late)} of {len(every)} translations are behind English")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
