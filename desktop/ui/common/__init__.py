"""Widgets, models and helpers shared by the pages: no page package imports another."""
