"""Ingest step: files in, decoded ``RawDocument`` records out, one bad file never stopping the rest.

Needs: paths (files or folders, searched recursively). Assigns: ``RawDocument`` (file relative to
its input root, decoded text with universal newlines, metadata from HTML/CSV/JSONL/manifest) and
``IngestError`` records (file, stage, error) for what could not be read.

Formats: .txt .md (text as is), .html/.htm (main text via trafilatura, title/date/url from its
metadata), .jsonl and .csv (one article per row; columns below), plus an optional manifest CSV
(file, outlet, url, published) that overrides inference.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
import pandas as pd

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
MAX_FILE_BYTES = 64 * 1024 * 1024  # larger files are reported, not read (bounded memory)
SNIFF_BYTES = 8192

# Row columns of .csv/.jsonl input: the first present alias of each field is used.
ROW_COLUMNS = {
    "text": ("text", "body", "content", "article", "article_text"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "pub_date", "datetime"),
    "outlet": ("outlet", "source", "publisher", "site"),
}
MANIFEST_COLUMNS = ("file", "outlet", "url", "published")
BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class RawDocument:
    file: str
    text: str
    format: str
    title: str = ""
    url: str = ""
    published: str = ""
    outlet: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass
class IngestError:
    file: str
    stage: str
    error: str


class InputError(Exception):
    """A file (or row) that cannot be read; the message names what is wrong."""


def discover(paths: list[str | Path]) -> list[tuple[Path, str]]:
    """(absolute path, path relative to its input root) of every file under ``paths``, sorted."""
    found: list[tuple[Path, str]] = []
    for given in paths:
        root = Path(given)
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in path.relative_to(root).parts):
                    found.append((path, path.relative_to(root).as_posix()))
        else:
            found.append((root, root.name))
    return found


def decode(data: bytes) -> str:
    """Bytes -> text: BOMs honoured, UTF-8 tried first, else detected charset; newlines unified."""
    if not data.strip():
        raise InputError("empty file (no text)")
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"binary file: looks like {kind}, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    else:
        if b"\x00" in data[:SNIFF_BYTES]:
            raise InputError("binary file: contains NUL bytes, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_detected(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty file (only whitespace)")
    return text


def _decode_detected(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    if best is None:
        return data.decode("utf-8", errors="replace")
    return data.decode(best.encoding, errors="replace")


def read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"file too large: {size:,} bytes (limit {MAX_FILE_BYTES:,})")
    return path.read_bytes()


def html_document(rel: str, markup: str) -> RawDocument:
    """Main text and metadata of an HTML page (trafilatura; scripts, styles and tags never kept)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        markup, include_comments=False, include_tables=False, with_metadata=True, favor_recall=True
    )
    meta = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})
    text = (meta.get("text") or "").strip()
    if not text:
        text = _visible_text(markup)
    if not text.strip():
        raise InputError("HTML page has no readable text")
    title = (meta.get("title") or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return RawDocument(
        rel, text, "html", title=title, url=meta.get("url") or "", published=meta.get("date") or "",
        outlet=meta.get("sitename") or "",
    )


def _visible_text(markup: str) -> str:
    from lxml import html as lxml_html
    from lxml_html_clean import Cleaner

    try:
        tree = lxml_html.fromstring(markup)
    except Exception:  # lxml raises several unrelated types on broken markup
        return ""
    cleaned = Cleaner(scripts=True, javascript=True, style=True, comments=True).clean_html(tree)
    return re.sub(r"[ \t]+", " ", cleaned.text_content()).strip()


def _pick(row: dict, field_name: str) -> str:
    for alias in ROW_COLUMNS[field_name]:
        if alias in row and row[alias] is not None:
            return str(row[alias])
    return ""


def _text_column(columns: list[str], rel: str) -> None:
    if not any(alias in columns for alias in ROW_COLUMNS["text"]):
        raise InputError(
            f"no text column: expected one of {', '.join(ROW_COLUMNS['text'])}; found {', '.join(columns) or 'none'}"
        )


def row_documents(rel: str, rows: list[tuple[int, dict]], fmt: str) -> tuple[list[RawDocument], list[IngestError]]:
    """One RawDocument per article row; a row without text or with formula-like metadata is reported."""
    docs, errors = [], []
    for number, row in rows:
        where = f"{rel}#row{number}"
        text = _pick(row, "text").replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            errors.append(IngestError(where, "ingest", f"row {number}: empty text column"))
            continue
        meta = {}
        for name in ("title", "url", "published", "outlet"):
            value = _pick(row, name).strip()
            if value.startswith(FORMULA_PREFIXES):
                column = next(a for a in ROW_COLUMNS[name] if a in row)
                errors.append(IngestError(
                    where, "ingest", f"row {number}, column {column!r}: formula-like value neutralised"))
                value = value.lstrip("".join(FORMULA_PREFIXES))
            meta[name] = value
        docs.append(RawDocument(where, text, fmt, **meta))
    return docs, errors


def table_rows(rel: str, text: str, suffix: str) -> list[tuple[int, dict]]:
    """(row number, row mapping) of a CSV or JSONL article table."""
    if suffix == ".csv":
        try:
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, csv.Error, ValueError) as exc:
            raise InputError(f"malformed CSV: {exc}".splitlines()[0]) from None
        _text_column(list(frame.columns), rel)
        return [(i + 1, row) for i, row in enumerate(frame.to_dict("records"))]
    rows = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}: invalid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"line {number}: expected a JSON object, got {type(row).__name__}")
        rows.append((number, row))
    if rows:
        _text_column(sorted({k for _, r in rows for k in r}), rel)
    return rows


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Manifest rows keyed by file (relative path and base name): outlet, url, published overrides."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "file" not in frame.columns:
        raise InputError(f"manifest {path}: needs a 'file' column and any of outlet, url, published")
    out = {}
    for row in frame.to_dict("records"):
        values = {k: row.get(k, "").strip() for k in MANIFEST_COLUMNS[1:] if row.get(k, "").strip()}
        out[row["file"].strip()] = values
        out.setdefault(Path(row["file"].strip()).name, values)
    return out


def load(path: Path, rel: str) -> tuple[list[RawDocument], list[IngestError]]:
    """Read one file into documents; problems are raised as InputError with the reason."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"unsupported file type {suffix or '(none)'}; expected one of "
                         + ", ".join(sorted(SUPPORTED_SUFFIXES)))
    text = decode(read_bytes(path))
    if suffix in HTML_SUFFIXES:
        return [html_document(rel, text)], []
    if suffix in TABLE_SUFFIXES:
        return row_documents(rel, table_rows(rel, text, suffix), suffix.lstrip("."))
    return [RawDocument(rel, text, suffix.lstrip("."))], []


def ingest(paths: list[str | Path], manifest: Path | None = None):
    """Yield (RawDocument | None, [IngestError]) per input file, in a stable order."""
    overrides = read_manifest(manifest) if manifest else {}
    for path, rel in discover(paths):
        try:
            docs, errors = load(path, rel)
        except InputError as exc:
            yield None, [IngestError(rel, "ingest", str(exc))]
            continue
        except (OSError, UnicodeError, RecursionError, MemoryError) as exc:
            yield None, [IngestError(rel, "ingest", f"{type(exc).__name__}: {exc}")]
            continue
        for doc in docs:
            for key, value in (overrides.get(doc.file) or overrides.get(Path(rel).name) or {}).items():
                setattr(doc, key, value)
                doc.notes.append(f"{key} from manifest")
        yield docs, errors
