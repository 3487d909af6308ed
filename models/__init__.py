"""Qamqor's headless core. The version is here, and only here: pyproject.toml reads it from this line."""

__version__ = "0.1.0"
