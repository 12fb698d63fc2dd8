"""Safe, atomic CSV output: every CSV the project writes or serves goes through here.

Cells that a spreadsheet would run as a formula (OWASP CSV injection: leading ``= + - @``, tab, CR,
LF) get a leading apostrophe. Numeric columns stay numeric. Files are written to a temporary file
in the target folder and renamed over the old one, so readers never see half a file.
"""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pandas as pd

from claims.schema import NUMERIC_COLUMNS

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_cell(value):
    """Prefix a text cell that a spreadsheet would treat as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``frame`` with text cells and headers neutralised; numeric columns untouched."""
    out = frame.copy()
    for column in out.columns:
        if column in NUMERIC_COLUMNS or pd.api.types.is_numeric_dtype(out[column]):
            continue
        out[column] = out[column].map(neutralise_cell)
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
