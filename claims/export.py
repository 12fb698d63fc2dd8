"""Safe, atomic CSV output: every CSV the project writes or serves goes through here.

Cells that a spreadsheet would run as a formula (OWASP CSV injection: leading ``= + - @``, tab, CR,
LF) get a leading apostrophe. Numbers stay numbers: a numeric cell ("-1", "-0.25") is left alone,
anything else in a numeric column is neutralised like text. Files are written to a temporary file
in the target folder and renamed over the old one, so readers never see half a file.
"""
from __future__ import annotations

import ctypes
import errno
import glob
import io
import os
import re
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from claims.schema import NUMERIC_COLUMNS, TABLES

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
# mkstemp/mkdtemp create 0600/0700, which would hide the data set from the dashboard's user.
# Fixed modes (not the umask: reading it means setting it, racy with the dashboard's threads).
FILE_MODE = 0o644
FOLDER_MODE = 0o755
NUMBER_RE = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")  # what a numeric cell may hold


def neutralise_cell(value):
    """Prefix a text cell that a spreadsheet would treat as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def formula_like(values: pd.Series, numeric: bool) -> pd.Series:
    """Which text cells of a column a spreadsheet would run as a formula; in a ``numeric`` column
    a number written as text ("-1", "-0.25") is not one. Vectorised: a per-cell Python call cost
    0.4 s on a 100k-row table."""
    text = values.astype(str).where(values.map(type) == str) if values.dtype == object else values
    risky = text.str.startswith(FORMULA_PREFIXES).fillna(False).astype(bool)
    if numeric:
        risky &= ~text.str.fullmatch(NUMBER_RE.pattern).fillna(False).astype(bool)
    return risky


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``frame`` with text cells and headers neutralised; numbers untouched."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if isinstance(values.dtype, pd.CategoricalDtype):
            values = values.astype(object)
        if not (pd.api.types.is_string_dtype(values) or values.dtype == object):
            continue  # numbers, booleans, dates: no text a spreadsheet could run
        risky = formula_like(values, column in NUMERIC_COLUMNS)
        if risky.any():
            out[column] = values.mask(risky, "'" + values[risky].astype(str))
    out.columns = [neutralise_cell(str(c)) for c in out.columns]
    return out


def csv_bytes(frame: pd.DataFrame, columns: list[str] | None = None) -> bytes:
    """UTF-8 CSV of ``frame`` (optionally restricted/ordered to ``columns``), neutralised."""
    if columns is not None:
        frame = frame.reindex(columns=columns)
    buffer = io.StringIO()
    neutralise_frame(frame).to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue().encode("utf-8")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and an atomic rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_csv_atomic(path: Path, frame: pd.DataFrame, columns: list[str]) -> None:
    """Write ``frame`` as a neutralised CSV with exactly ``columns``, atomically."""
    write_bytes_atomic(path, csv_bytes(frame, columns))


def read_table(path: Path, columns: list[str] | None = None) -> pd.DataFrame:
    """Read a CSV the pipeline wrote: every cell as text (an outlet named "NA" stays "NA")."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if columns is not None:
        frame = frame.reindex(columns=columns, fill_value="")
    return frame


# -- whole data-set folders ------------------------------------------------------------------------
# A build writes every file into a staging folder beside ``out`` and then swaps the two folders in one
# rename, so a reader (or a build killed at any instant) sees either the old data set or the new one,
# never a mix. Other files in ``out`` (a build log, notes) are moved into the staging folder first, so
# the swap carries them over; a rename keeps the file open for whoever writes it. The old data set is
# deleted after the swap.
DATASET_ENTRIES = frozenset({f"{name}.csv" for name in TABLES} | {"accuracy.json", "texts"})
RENAME_EXCHANGE = 2  # linux/fs.h: atomically exchange two paths (renameat2, Linux >= 3.15)
AT_FDCWD = -100


def foreign_entries(out: Path) -> list[str]:
    """Names in ``out`` that no build writes (the swap carries them over); a build's own leftover
    temporary files (".claims.csv.<random>.tmp") are not among them."""
    if not out.is_dir():
        return []
    return sorted(p.name for p in out.iterdir() if p.name not in DATASET_ENTRIES and not _own_temporary(p.name))


def _own_temporary(name: str) -> bool:
    """A temporary file of write_bytes_atomic for a data-set entry."""
    return name.endswith(".tmp") and any(name.startswith(f".{entry}.") for entry in DATASET_ENTRIES)


def carry_over(source: Path, target: Path) -> None:
    """Move the entries of ``source`` that no build writes into ``target`` (never over a name there)."""
    for name in foreign_entries(source):
        if not (target / name).exists():
            os.rename(source / name, target / name)


def staging_folder(out: Path) -> Path:
    """A fresh empty folder beside ``out`` to build into (leftovers of killed builds removed first)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-{os.getpid()}-", dir=out.parent))
    os.chmod(staging, FOLDER_MODE)
    return staging


def publish_folder(staging: Path, out: Path) -> None:
    """Make ``staging`` the folder at ``out`` in one atomic step and delete the previous one."""
    staging, out = Path(staging), Path(out)
    if not out.exists():
        os.rename(staging, out)
        return
    carry_over(out, staging)
    if _exchange(staging, out):
        carry_over(staging, out)  # anything created in ``out`` during the move
        shutil.rmtree(staging)
        return
    # No atomic exchange here (not Linux, or the file system lacks it): two renames. A kill between
    # them leaves the previous data set under .<out>.old-<pid>-*, restored by the next build.
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-{os.getpid()}-", dir=out.parent))
    os.rename(out, old / out.name)
    os.rename(staging, out)
    carry_over(old / out.name, out)
    shutil.rmtree(old)


def _exchange(a: Path, b: Path) -> bool:
    """Swap paths ``a`` and ``b`` atomically; False when the platform cannot."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def _remove_leftovers(out: Path) -> None:
    """Delete staging folders of builds that no longer run; restore an old data set a killed
    two-rename swap left behind."""
    for leftover in out.parent.glob(f".{glob.escape(out.name)}.*-*-*"):
        kind, pid = leftover.name[len(out.name) + 2:].split("-")[:2]
        if kind not in ("staging", "old") or not pid.isdigit() or _running(int(pid)):
            continue
        saved = leftover / out.name
        if kind == "old" and saved.is_dir() and not out.exists():
            os.rename(saved, out)
        if kind == "staging" and out.is_dir():
            carry_over(leftover, out)  # a build killed after moving the other files here
        shutil.rmtree(leftover, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
