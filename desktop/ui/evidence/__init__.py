"""The evidence view."""
