"""Replace `{{ torch_version }}` in pages with the torch version this build ran with.

The home page states the version the examples were verified with; typing it would let it
drift from requirements.txt. importlib.metadata reads it without importing torch.
"""

from importlib.metadata import version

PLACEHOLDER = "{{ torch_version }}"


def torch_version() -> str:
    return version("torch")


def on_page_markdown(markdown, page, config, files):
    return markdown.replace(PLACEHOLDER, torch_version())
