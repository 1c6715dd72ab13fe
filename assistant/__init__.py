"""Dialogue Assistant: cited answers about the 2023 Constructive Dialogue on International Cooperation."""

__version__ = "0.1.0"
