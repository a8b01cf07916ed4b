"""Atomic file writes: a failure leaves no half-written file and never damages an existing one."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator

__all__ = ["atomic_path"]


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it onto ``path`` only on success.

    The temporary file lives in the same directory so that :func:`os.replace`
    is an atomic rename on POSIX and Windows. On any exception the temporary
    file is removed and ``path`` is left exactly as it was.

    Parameters
    ----------
    path
        The final destination. Its directory must exist.
    suffix
        Suffix of the temporary file (default: the destination's own suffix,
        which drivers such as GDAL's use to pick a format).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_path(d / "out.txt") as tmp:
    ...     _ = tmp.write_text("done")
    >>> (d / "out.txt").read_text()
    'done'
    """
    final = Path(path)
    directory = final.parent if str(final.parent) else Path(".")
    if not directory.is_dir():
        raise FileNotFoundError(f"cannot write {str(final)!r}: directory {str(directory)!r} does not exist")
    fd, name = tempfile.mkstemp(
        prefix=f".{final.name}.part-", suffix=final.suffix if suffix is None else suffix, dir=directory
    )
    os.close(fd)
    tmp = Path(name)
    # mkstemp creates an empty file; GDAL drivers refuse to create over an existing file.
    tmp.unlink()
    try:
        yield tmp
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
