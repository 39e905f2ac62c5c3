"""Saved web pages in, clean Markdown articles with YAML front matter out."""

__version__ = "0.1.0"
