"""The Letters page: the case's letters, a chooser for a new one, and the editor."""

from desktop.ui.letters.view import LettersView

__all__ = ["LettersView"]
