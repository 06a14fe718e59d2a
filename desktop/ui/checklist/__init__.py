"""The checklist view."""
