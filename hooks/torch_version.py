"""Replace `{{ torch_version }}` in pages with the torch version the stored outputs come from.

The home page states the version the examples were verified with. The build executes no
example and must not need torch (on Linux, PyPI's torch is the CUDA build, gigabytes), so
it reads the version that `make outputs` recorded next to the outputs it wrote
(snippets/torch-version.txt); tests/test_snippets.py fails when the installed torch is
another version, so the record cannot drift from the runs.
"""

from pathlib import Path

PLACEHOLDER = "{{ torch_version }}"
RECORD = Path(__file__).resolve().parent.parent / "snippets" / "torch-version.txt"


def torch_version() -> str:
    return RECORD.read_text(encoding="utf-8").strip()


def on_page_markdown(markdown, page, config, files):
    return markdown.replace(PLACEHOLDER, torch_version())
