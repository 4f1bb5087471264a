"""Loaded by Python at start-up when this folder is on PYTHONPATH (tests/conftest.py puts
it there for the builds the tests run): the site's build must not import torch, numpy,
matplotlib or the Jupyter kernel. `make serve` and `make build` install
requirements-docs.txt, which has none of them (on Linux, PyPI's torch is gigabytes), so a
build that needs one would fail for every reader who previews a page. Blocking them here
makes that a test failure instead."""

import sys

NOT_IN_THE_DOCS_ENVIRONMENT = {"torch", "numpy", "matplotlib", "IPython", "ipykernel"}


class _Blocked:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.split(".")[0] in NOT_IN_THE_DOCS_ENVIRONMENT:
            raise ImportError(f"the site's build imported {name}, which requirements-docs.txt does not install")
        return None


sys.meta_path.insert(0, _Blocked())
