"""Leakage validation of synthetic tables."""
