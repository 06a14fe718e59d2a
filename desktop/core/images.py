"""Opening pictures we did not make: phone HEIC/HEIF included, decompression bombs refused.

Pillow only warns between 89 and 179 megapixels; here that warning is an error, so a crafted
file is never decoded. The import's probe, the preview and the dossier all open images here."""

from __future__ import annotations

import warnings
from contextlib import contextmanager
from typing import Iterator

from PIL import Image
from pillow_heif import register_heif_opener

MAX_IMAGE_PIXELS = 89_478_485
TOO_LARGE = (Image.DecompressionBombError, Image.DecompressionBombWarning)
UNREADABLE = (OSError, SyntaxError, ValueError, EOFError)

register_heif_opener()
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS


@contextmanager
def open_untrusted(source) -> Iterator[Image.Image]:
    """`Image.open` for a path or file object; raises one of TOO_LARGE or UNREADABLE for bad input,
    also while the caller loads the pixels inside the block."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(source) as image:
            yield image
