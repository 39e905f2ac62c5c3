"""Saved web pages in, clean Markdown articles with YAML front matter out."""

from converter.compiled import use_build

__version__ = "0.1.0"

# The text-dump hot path compiled by mypyc, when built from these very sources (converter/compiled.py).
use_build()
