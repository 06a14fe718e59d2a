"""Refund Case Organizer: evidence, timeline and steps of a clinic refund dispute in one case file."""

__version__ = "0.1.0"
