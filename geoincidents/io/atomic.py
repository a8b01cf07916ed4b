"""Atomic file writes: a failure leaves no half-written file and never damages an existing one.

The guarantee, for every file geoincidents writes (exports, maps):

- The destination is either its old content or the complete new file, never
  a mix: the new file is written beside it under a temporary name, flushed to
  disk (``fsync``), and renamed onto it (:func:`os.replace`, atomic on POSIX
  and Windows); the directory is then flushed so that the rename survives a
  power cut.
- On an error the temporary file (and a GeoPackage's ``-journal``, ``-wal``
  and ``-shm`` beside it) is removed.
- A process killed outright (SIGKILL, power cut) cannot clean up after
  itself: its temporary files stay. The next write to the same destination
  removes them (those of processes that are no longer running).

Temporary names are short whatever the destination's name
(``.<first 24 characters>~<hash>.part-<pid>-<random><suffix>``, under 80
characters plus the suffix), so a destination name up to the file system's
255 is writable.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
from pathlib import Path
from typing import Any, Iterator

from geoincidents.errors import ExportError

__all__ = ["atomic_path", "part_prefix", "export_failure"]

log = logging.getLogger(__name__)

#: Files SQLite (GDAL's GeoPackage driver) keeps beside a database while writing it.
_SIDE_FILES = ("-journal", "-wal", "-shm")
_SUFFIX_MAX = 16


def part_prefix(final: Path) -> str:
    """The start of every temporary name for ``final`` (unique to its name, short whatever its length).

    Examples
    --------
    >>> part_prefix(Path("out/" + "x" * 248 + ".geojson"))
    '.xxxxxxxxxxxxxxxxxxxxxxxx~1abfb3a8aa.part-'
    """
    digest = hashlib.sha1(final.name.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return f".{final.name[:24]}~{digest}.part-"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a platform that cannot tell: leave its file alone
    return True


def _remove_stale(directory: Path, prefix: str) -> None:
    """Remove temporary files of ``prefix`` left by writers that are no longer running."""
    for leftover in directory.glob(glob_escape(prefix) + "*"):
        pid_text = leftover.name[len(prefix):].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
            leftover.unlink()
            log.info("removed %s, left by an interrupted write of the same file", leftover)


def glob_escape(text: str) -> str:
    """``text`` with glob wildcards escaped (a name may hold ``[``, ``*``, ``?``)."""
    return "".join(f"[{c}]" if c in "[]*?" else c for c in text)


def _fsync_file(path: Path) -> None:
    if path.is_file():
        with open(path, "rb+") as fh:
            os.fsync(fh.fileno())


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows cannot open a directory; its rename is durable
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse fsync on a directory
        pass
    finally:
        os.close(fd)


def _remove(tmp: Path) -> None:
    for path in (tmp, *(tmp.with_name(tmp.name + side) for side in _SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it onto ``path`` only on success.

    See the module docstring for the guarantee. The temporary file does not
    exist when the block starts (GDAL drivers refuse to create over an
    existing file).

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
    >>> (d / "out.txt").read_text(), [p.name for p in d.iterdir()]
    ('done', ['out.txt'])
    """
    final = Path(path)
    directory = final.parent if str(final.parent) else Path(".")
    if not directory.is_dir():
        raise FileNotFoundError(f"cannot write {str(final)!r}: directory {str(directory)!r} does not exist")
    if final.is_dir():
        raise IsADirectoryError(f"cannot write {str(final)!r}: it is a directory; give a file name")
    prefix = part_prefix(final)
    _remove_stale(directory, prefix)
    ending = final.suffix if suffix is None else suffix
    tmp = directory / f"{prefix}{os.getpid()}-{secrets.token_hex(4)}{ending[:_SUFFIX_MAX]}"
    try:
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, final)
    except BaseException:
        _remove(tmp)
        raise
    _fsync_directory(directory)


def export_failure(kind: str, path: Any, err: BaseException) -> ExportError:
    """The error of a writer that failed: which format, which file, and why."""
    return ExportError(f"could not write {kind} to {os.fspath(path)!r}: {err}")
