"""Room checks before an import: free space on the medium, and FAT32's 4 GiB - 1 byte file limit."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import psutil

from desktop.core.errors import NotEnoughSpace

FAT32_MAX_FILE = 4 * 1024**3 - 1
# Journal, thumbnails, indexes and SQLite's page slack on top of the content itself.
OVERHEAD_PER_FILE = 96 * 1024
SAFETY_MARGIN = 16 * 1024**2


def filesystem_type(path: Path) -> str:
    """The file system holding path ('vfat', 'exfat', 'ntfs', 'ext4', 'FAT32' on Windows…), or ''."""
    target = os.path.realpath(path)
    best, fstype = "", ""
    for part in psutil.disk_partitions(all=True):
        mount = part.mountpoint
        if (target == mount or target.startswith(mount.rstrip(os.sep) + os.sep) or mount == os.sep) \
                and len(mount) > len(best):
            best, fstype = mount, part.fstype
    return fstype


def is_fat32(fstype: str) -> bool:
    return fstype.lower() in {"vfat", "fat32", "fat", "msdos"}


def bytes_needed(sizes: list[int]) -> int:
    return sum(sizes) + OVERHEAD_PER_FILE * len(sizes)


def check_room(case_path: Path, sizes: list[int], *, fstype: str | None = None, free: int | None = None) -> None:
    """Raise NotEnoughSpace, with what to do, when the import cannot fit. fstype and free may be
    given by tests; otherwise they are read from the system."""
    needed = bytes_needed(sizes)
    folder = case_path.parent
    free = shutil.disk_usage(folder).free if free is None else free
    if needed + SAFETY_MARGIN > free:
        raise NotEnoughSpace(
            f"Not enough free space: these files need about {_mb(needed + SAFETY_MARGIN)} and the disk holding "
            f"the case has {_mb(free)} free. Nothing was imported. Free some space or move the case to a larger disk.",
            str(case_path), code="space.free", needed=_mb(needed + SAFETY_MARGIN), free=_mb(free),
        )
    fstype = filesystem_type(folder) if fstype is None else fstype
    if is_fat32(fstype):
        current = case_path.stat().st_size if case_path.exists() else 0
        if current + needed > FAT32_MAX_FILE:
            raise NotEnoughSpace(
                f"The case is on a FAT32 disk, where one file cannot exceed 4 GB. With these files the case would "
                f"reach about {_mb(current + needed)}. Nothing was imported. Move the case to a disk formatted "
                "as exFAT or NTFS, or import fewer or smaller files.",
                str(case_path), code="space.fat32", size=_mb(current + needed),
            )


def _mb(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GB"
    return f"{max(size / 1024**2, 0.1):.1f} MB"
