"""The site's languages, read from mkdocs.yml (plugins.i18n.languages), in its order.

One place: adding a language is one edit of mkdocs.yml plus its pages. The tests, the lab
runner and the translation tools import LANGUAGES and DEFAULT from here. Needs only
PyYAML, which the docs environment has (MkDocs depends on it).
"""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses MkDocs' own tags (!ENV); their values do not matter here."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def _i18n_languages() -> list[dict]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    plugin = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    return [lang for lang in plugin["languages"] if lang.get("build", True)]


LANGUAGES: list[str] = [lang["locale"] for lang in _i18n_languages()]
DEFAULT: str = next(lang["locale"] for lang in _i18n_languages() if lang.get("default"))
