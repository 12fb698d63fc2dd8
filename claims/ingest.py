"""Ingest step: files in, decoded ``RawDocument`` records out, one bad file never stopping the rest.

Needs: paths (files or folders, searched recursively). Assigns: ``RawDocument`` (file relative to
its input root, decoded text with universal newlines, metadata from HTML/CSV/JSONL/manifest) and
``IngestError`` records (file, stage, error) for what could not be read.

Formats: .txt .md (text as is), .html/.htm (main text via trafilatura, title/date/url from its
metadata), .jsonl and .csv (one article per row; columns below), plus an optional manifest CSV
(file, outlet, url, published) that overrides inference.

Hostile input is reported, never raised: binary files, undecodable or empty text, files over
MAX_FILE_BYTES, articles over MAX_DOCUMENT_CHARS, and per row of a table the row, line and column
of what is wrong (the good rows still go through).
"""
from __future__ import annotations

import csv
import io
import json
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import charset_normalizer

from claims.export import FORMULA_PREFIXES

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
MAX_FILE_BYTES = 64 * 1024 * 1024  # larger files are reported, not read (bounded memory)
# One article's text, 25x the longest news feature. Every per-document step is linear in the text
# (measured whole build of one article at this limit: claim-dense one-line text 27 s / 680 MB, the
# five seeds repeated 14 s / 400 MB); longer texts are reported, not processed, to bound a build.
MAX_DOCUMENT_CHARS = 5_000_000
# HTML markup handed to the parser (news pages are 0.1-2 MB; parsing costs ~0.5 s and ~40 MB per MB).
MAX_HTML_CHARS = 10_000_000
PAGE_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
TITLE_SEARCH_CHARS = 200_000  # the <title> sits in the page head
TITLE_SEPARATOR_RE = re.compile(r"\s+[|\-–—]\s+|_(?=[^_\s][^_]*$)")  # Chinese portals: "Title_NetEase News"
SNIFF_BYTES = 8192
DETECT_BYTES = 1_000_000  # charset detection looks at this much; beyond it adds time, not accuracy
# Undecodable input is read as UTF-8 (bad bytes replaced) when valid multi-byte UTF-8 outweighs the
# bad bytes this many times: one stray byte must not turn a UTF-8 article into mojibake.
UTF8_EVIDENCE_RATIO = 4
# Detected single-byte candidates tie often (cp1250 vs cp1252 on "café"); the web's default for
# undeclared Western text wins a tie (WHATWG maps latin-1 to windows-1252).
WESTERN_DEFAULT = "cp1252"

# Row columns of .csv/.jsonl input: the first present alias of each field is used.
ROW_COLUMNS = {
    "text": ("text", "body", "content", "article", "article_text"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "pub_date", "datetime"),
    "outlet": ("outlet", "source", "publisher", "site"),
}
MANIFEST_COLUMNS = ("file", "outlet", "url", "published")
BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}


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
    # The part of an HTML page's <title> after its last separator ("… | Korea JoongAng Daily"):
    # the site's name when it is a known outlet (the documents step decides).
    title_suffix: str = ""


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
    bom = next((encoding for signature, encoding in BOMS if data.startswith(signature)), None)
    if bom is not None:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid {bom.upper()} text after its byte-order mark (byte {exc.start})") from None
    elif b"\x00" in data[:SNIFF_BYTES]:
        raise InputError("binary file: contains NUL bytes, not text")
    else:
        text = _decode_unmarked(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty file (only whitespace)")
    return text


def _decode_unmarked(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    multibyte_evidence = len(data) - len(lenient)  # bytes beyond the first of valid multi-byte chars
    if multibyte_evidence >= UTF8_EVIDENCE_RATIO * bad:
        return lenient
    return data.decode(_detected_encoding(data), errors="replace")


def _detected_encoding(data: bytes) -> str:
    matches = list(charset_normalizer.from_bytes(data[:DETECT_BYTES]))
    if not matches:
        return "utf-8"
    best = matches[0]
    tied = {m.encoding for m in matches if m.chaos == best.chaos}
    return WESTERN_DEFAULT if best.encoding != WESTERN_DEFAULT and WESTERN_DEFAULT in tied and _single_byte(best.encoding) else best.encoding


def _single_byte(encoding: str) -> bool:
    return encoding.startswith(("cp12", "iso8859", "latin", "mac_"))


def read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"file too large: {size:,} bytes (limit {MAX_FILE_BYTES:,})")
    return path.read_bytes()


def check_length(text: str, what: str = "document") -> str:
    """``text`` unchanged, or InputError when it is longer than one article can be."""
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(f"{what} too long: {len(text):,} characters (limit {MAX_DOCUMENT_CHARS:,} per article); "
                         "split it into articles, one per file or per CSV/JSONL row")
    return text


def html_document(rel: str, markup: str) -> RawDocument:
    """Main text and metadata of an HTML page (scripts, styles and tags never kept).

    The text is the page's visible paragraphs, each written as a reader sees it (every tag a
    space, as the team scorer renders HTML, so "with <a>China</a>." reads "with China ."), kept
    only where trafilatura finds the article's main content: menus and related-story lists drop
    out, and every sentence stays a verbatim piece of the page's visible text."""
    import trafilatura

    if len(markup) > MAX_HTML_CHARS:
        raise InputError(f"HTML page too large: {len(markup):,} characters (limit {MAX_HTML_CHARS:,})")
    extracted = trafilatura.bare_extraction(
        markup, include_comments=False, include_tables=False, with_metadata=True, favor_recall=True
    )
    meta = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})
    paragraphs = main_paragraphs(visible_paragraphs(markup), meta.get("text") or "")
    if not paragraphs:
        raise InputError("HTML page has no readable text (only markup, scripts or styles)")
    text = "\n\n".join(paragraphs)
    title = (meta.get("title") or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    page_title = PAGE_TITLE_RE.search(markup[:TITLE_SEARCH_CHARS])
    return RawDocument(
        rel, check_length(text, "HTML text"), "html", title=title, url=meta.get("url") or "",
        published=meta.get("date") or "", outlet=meta.get("sitename") or "",
        title_suffix=title_suffix(html.unescape(page_title.group(1))) if page_title else "",
    )


def title_suffix(page_title: str) -> str:
    """The last part of a page title after " | ", " - ", " – ", " — " or a last "_" ('' when there is none)."""
    parts = TITLE_SEPARATOR_RE.split(page_title.strip())
    return parts[-1].strip() if len(parts) > 1 else ""


# Work bound of the substring test in main_paragraphs (characters compared), so a huge page of
# many short blocks stays fast: past it, paragraphs not matched line-by-line are left out.
MAX_MATCH_WORK = 200_000_000


def _squeezed(text: str) -> str:
    return "".join(text.split())


def main_paragraphs(paragraphs: list[str], main_text: str) -> list[str]:
    """The visible paragraphs that belong to the main text (compared without whitespace, which
    the two renderings place differently); all of them when no main text was found."""
    if not main_text.strip():
        return paragraphs
    main_lines = {_squeezed(line) for line in main_text.splitlines()}
    main = _squeezed(main_text)
    budget = MAX_MATCH_WORK
    kept = []
    for paragraph in paragraphs:
        key = _squeezed(paragraph)
        if key in main_lines:
            kept.append(paragraph)
        elif budget > 0:
            budget -= len(main)
            if key in main:
                kept.append(paragraph)
    return kept or paragraphs


class _VisibleText(HTMLParser):
    """Text a reader sees: nothing inside script/style/template/embedded-object elements, any depth;
    block elements end a paragraph, every other tag (and comment) stands for a space."""

    HIDDEN = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
              "head", "textarea", "select"}
    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
              "blockquote", "pre", "header", "footer", "table", "ul", "ol", "dd", "dt", "nav", "aside",
              "main", "figure", "figcaption", "td", "th", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0

    def _tag(self, tag: str) -> None:
        self.parts.append("\n" if tag in self.BLOCKS else " ")

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden_depth += 1
        self._tag(tag)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag)

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        self._tag(tag)

    def handle_comment(self, data):
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden_depth:
            self.parts.append(data)


def visible_paragraphs(markup: str) -> list[str]:
    """Every visible paragraph of the page, spaces squashed; markup and hidden elements dropped."""
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return [line for line in lines if line]


def _pick(row: dict, field_name: str) -> tuple[str, str]:
    """(column used, value) of the first present alias of ``field_name``; ("", "") when absent."""
    for alias in ROW_COLUMNS[field_name]:
        if row.get(alias) not in (None, ""):
            return alias, row[alias]
    return "", ""


def _require_column(columns: list[str], aliases: tuple[str, ...], name: str) -> None:
    if not any(alias in columns for alias in aliases):
        raise InputError(f"missing column: no {name} column (expected one of {', '.join(aliases)}; "
                         f"found {', '.join(columns) or 'none'})")


@dataclass
class Row:
    """One article row of a CSV/JSONL table; ``where`` names it in messages ("row 3 (line 4)")."""
    number: int
    where: str
    values: dict


def row_document(rel: str, row: Row, fmt: str) -> tuple[RawDocument | None, list[IngestError]]:
    """The article of one row, and what is wrong with it (naming row and column)."""
    errors = []
    column, text = _pick(row.values, "text")
    if not isinstance(text, str):
        return None, [IngestError(rel, "ingest", f"{row.where}, column {column!r}: text is not a string "
                                  f"(got {type(text).__name__})")]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, [IngestError(rel, "ingest", f"{row.where}: empty text (columns tried: "
                                  f"{', '.join(ROW_COLUMNS['text'])})")]
    check_length(text, f"{row.where}: text")
    if text.startswith(FORMULA_PREFIXES):
        errors.append(IngestError(rel, "ingest", f"{row.where}, column {column!r}: formula-like text "
                                  "(kept as text; neutralised in every CSV written)"))
    meta = {}
    for name in ("title", "url", "published", "outlet"):
        column, value = _pick(row.values, name)
        value = str(value).strip()
        if value.startswith(FORMULA_PREFIXES):
            errors.append(IngestError(rel, "ingest", f"{row.where}, column {column!r}: formula-like value "
                                      f"{value[:40]!r} (leading {value[0]!r} removed)"))
            value = value.lstrip("".join(FORMULA_PREFIXES)).strip()
        meta[name] = value
    return RawDocument(f"{rel}#row{row.number}", text, fmt, **meta), errors


def csv_rows(text: str, required: tuple[str, ...] = ROW_COLUMNS["text"], name: str = "text"
             ) -> tuple[list[Row], list[tuple[int, str]]]:
    """(article rows, (row number, problem)s) of a CSV table: a row whose cell count differs from the header's is
    reported (its columns cannot be trusted) and skipped; quoted newlines stay inside their cell."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lstrip("\ufeff") for name in next(reader)]
        _require_column(header, required, name)
        rows, problems = [], []
        line = reader.line_num + 1
        for number, cells in enumerate(reader, start=1):
            where = f"row {number} (line {line})"
            line = reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) < len(header):
                problems.append((number, f"{where}: {len(cells)} cells, header has {len(header)}; missing "
                                 f"column(s) {', '.join(repr(c) for c in header[len(cells):])}; row skipped"))
            elif len(cells) > len(header):
                problems.append((number, f"{where}: {len(cells)} cells, header has {len(header)}; "
                                 f"{len(cells) - len(header)} extra cell(s) after column {header[-1]!r}; row skipped"))
            else:
                rows.append(Row(number, where, dict(zip(header, cells))))
    except csv.Error as exc:
        raise InputError(f"malformed CSV at line {reader.line_num}: {exc}") from None
    except StopIteration:
        raise InputError("CSV has no header row") from None
    return rows, problems


def jsonl_rows(text: str) -> tuple[list[Row], list[tuple[int, str]]]:
    """(article rows, (row number, problem)s) of a JSONL table: a bad line is reported and the rest still read."""
    rows, problems = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"row {number} (line {number})"
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            problems.append((number, f"{where}: invalid JSON ({getattr(exc, 'msg', 'nested too deeply')})"))
            continue
        if not isinstance(row, dict):
            problems.append((number, f"{where}: expected a JSON object, got {type(row).__name__}"))
            continue
        if not any(alias in row for alias in ROW_COLUMNS["text"]):
            problems.append((number, f"{where}: missing column: no text field (expected one of "
                             f"{', '.join(ROW_COLUMNS['text'])}; found {', '.join(map(str, row)) or 'none'})"))
            continue
        rows.append(Row(number, where, row))
    return rows, problems


def table_documents(rel: str, text: str, suffix: str) -> tuple[list[RawDocument], list[IngestError]]:
    """One RawDocument per good article row of a CSV/JSONL table, an IngestError per bad row."""
    rows, problems = csv_rows(text) if suffix == ".csv" else jsonl_rows(text)
    docs, numbered = [], [(number, IngestError(rel, "ingest", problem)) for number, problem in problems]
    for row in rows:
        try:
            doc, row_errors = row_document(rel, row, suffix.lstrip("."))
        except InputError as exc:
            doc, row_errors = None, [IngestError(rel, "ingest", str(exc))]
        numbered.extend((row.number, error) for error in row_errors)
        if doc is not None:
            docs.append(doc)
    if not docs and not numbered:
        raise InputError("no article rows")
    return docs, [error for _, error in sorted(numbered, key=lambda item: item[0])]


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Manifest rows keyed by file (relative path and base name): outlet, url, published overrides."""
    rows, problems = csv_rows(decode(read_bytes(Path(path))), ("file",), "file")
    if problems:
        raise InputError("; ".join(problem for _, problem in problems))
    out = {}
    for row in rows:
        values = {k: row.values.get(k, "").strip() for k in MANIFEST_COLUMNS[1:] if row.values.get(k, "").strip()}
        out[row.values["file"].strip()] = values
        out.setdefault(Path(row.values["file"].strip()).name, values)
    return out


def load(path: Path, rel: str) -> tuple[list[RawDocument], list[IngestError]]:
    """Read one file into documents; problems are raised as InputError with the reason."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError("no such file or folder")
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"unsupported file type {suffix or '(none)'}; expected one of "
                         + ", ".join(sorted(SUPPORTED_SUFFIXES)))
    text = decode(read_bytes(path))
    if suffix in HTML_SUFFIXES:
        return [html_document(rel, text)], []
    if suffix in TABLE_SUFFIXES:
        return table_documents(rel, text, suffix)
    return [RawDocument(rel, check_length(text), suffix.lstrip("."))], []


def _manifest_overrides(manifest: Path | None) -> tuple[dict, list[IngestError]]:
    if manifest is None:
        return {}, []
    try:
        return read_manifest(manifest), []
    except (InputError, OSError) as exc:
        return {}, [IngestError(str(manifest), "manifest", f"{exc}; manifest ignored")]


def ingest(paths: list[str | Path], manifest: Path | None = None):
    """Yield (documents | None, [IngestError]) per input file, in a stable order; a bad manifest is
    reported with the first file (or alone when there is none)."""
    overrides, pending = _manifest_overrides(manifest)
    for path, rel in discover(paths):
        try:
            docs, errors = load(path, rel)
        except InputError as exc:
            docs, errors = None, [IngestError(rel, "ingest", str(exc))]
        except (OSError, UnicodeError, RecursionError, MemoryError) as exc:
            docs, errors = None, [IngestError(rel, "ingest", f"{type(exc).__name__}: {exc}")]
        for doc in docs or []:
            for key, value in (overrides.get(doc.file) or overrides.get(Path(rel).name) or {}).items():
                setattr(doc, key, value)
                doc.notes.append(f"{key} from manifest")
        yield docs, pending + errors
        pending = []
    if pending:
        yield None, pending
