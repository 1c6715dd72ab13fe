"""Dialogue Assistant: cited answers about the 2023 Constructive Dialogue (UNTOC Article 27)."""

__version__ = "0.1.0"
