"""The usage examples in the language modules' docstrings are true."""

import doctest
import importlib

import pytest


@pytest.mark.parametrize("module", ["analysis", "stemmers", "translit", "detect", "keyboard", "glossary", "letterstats", "declension", "belarusian"])
def test_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(f"searchsvc.lang.{module}"))
    assert result.attempted > 0 and result.failed == 0
