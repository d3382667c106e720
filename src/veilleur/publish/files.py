"""File modes of what we write: a temporary file renamed into place must end up with the mode a
plainly created file would have (0644 under umask 022), not tempfile's private 0600, or a web
server or another build user cannot read the posts."""

from __future__ import annotations

import os
from pathlib import Path


def umask() -> int:
    """The process umask, read without changing it where the system allows (Linux ≥ 4.7)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # the only portable way to read it: set, then put back
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode `open(path, "w")` would give a new file."""
    return 0o666 & ~umask()
