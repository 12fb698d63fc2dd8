"""User uploads: safe file names inside the user folder, saving, and the errors of a build."""
from __future__ import annotations

import os
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePath

import pandas as pd

from claims.export import write_bytes_atomic

REPO_ROOT = Path(__file__).resolve().parent.parent
ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".csv", ".jsonl")
# Per file; .streamlit/config.toml sets server.maxUploadSize to the same number of MB.
MAX_UPLOAD_MB = 20
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
# Long enough for real article names, short enough for every file system.
MAX_NAME_CHARS = 120
UNSAFE_NAME_CHARS = re.compile(r"[^\w.-]+")


@dataclass
class SavedUploads:
    saved: list[Path] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (name as given, reason)


def user_dir() -> Path:
    """Everything the user adds lives here: ``USER_DATA`` when set, else ``<repo>/user_data``."""
    return Path(os.environ.get("USER_DATA") or REPO_ROOT / "user_data")


def uploads_dir() -> Path:
    return user_dir() / "uploads"


def user_data_dir() -> Path:
    """The data set built from seeds + uploads (never the bundled data folder)."""
    return user_dir() / "data"


def safe_upload_name(name: str) -> str | None:
    """A plain file name for an uploaded file, or None when nothing usable is left.

    Folders (``../../x.txt``, ``/etc/x.txt``, ``C:\\x.txt``) are dropped, characters outside
    letters, digits, ``._-`` become ``_``, leading dots go (no hidden files, no ``..``), and the
    suffix must be one the pipeline reads.
    """
    base = PurePath(str(name).replace("\\", "/")).name
    base = unicodedata.normalize("NFC", base)
    base = UNSAFE_NAME_CHARS.sub("_", base).lstrip(".")
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem.strip("_") or f".{suffix.lower()}" not in ALLOWED_SUFFIXES:
        return None
    return f"{stem[:MAX_NAME_CHARS]}.{suffix.lower()}"


def upload_path(folder: Path, name: str) -> Path:
    """Where an upload called ``name`` is saved; raises ValueError if it would leave ``folder``."""
    safe = safe_upload_name(name)
    if safe is None:
        raise ValueError(f"unusable file name (allowed types: {', '.join(ALLOWED_SUFFIXES)})")
    folder = Path(folder).resolve()
    target = (folder / safe).resolve()
    if target.parent != folder:
        raise ValueError("file name points outside the upload folder")
    return target


def rejection_reason(name: str, size: int) -> str | None:
    if size == 0:
        return "empty file"
    if size > MAX_UPLOAD_BYTES:
        return f"larger than {MAX_UPLOAD_MB} MB"
    return None


def save_uploads(files: list[tuple[str, bytes]], folder: Path) -> SavedUploads:
    """Save (name, bytes) pairs under ``folder`` with safe names; list the ones refused and why."""
    result = SavedUploads()
    for name, data in files:
        reason = rejection_reason(name, len(data))
        if reason is None:
            try:
                target = upload_path(folder, name)
            except ValueError as error:
                reason = str(error)
        if reason is not None:
            result.rejected.append((name, reason))
            continue
        write_bytes_atomic(target, data)
        result.saved.append(target)
    return result


def uploaded_files(folder: Path) -> list[Path]:
    folder = Path(folder)
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def upload_errors(errors: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    """Rows of errors.csv about the given uploaded file names."""
    wanted = set(names)
    about_upload = errors["file"].map(lambda f: PurePath(str(f).replace("\\", "/")).name in wanted)
    return errors[about_upload].reset_index(drop=True)


def remove_user_data() -> None:
    """Forget every upload and the user's data set; the bundled data is untouched."""
    for folder in (uploads_dir(), user_data_dir()):
        if folder.is_dir():
            shutil.rmtree(folder)
