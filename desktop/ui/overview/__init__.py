"""The Overview page: the case's details and where the case stands."""

from desktop.ui.overview.view import OverviewView

__all__ = ["OverviewView"]
