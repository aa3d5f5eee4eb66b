"""Input names: the type of a file from its name, how real names are written in
``source_file`` so that no two inputs share one, and which zip members are hidden or
unsafe."""
from __future__ import annotations

import bz2
import gzip
import lzma
import re
import zipfile
from pathlib import PurePosixPath

TEXT_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html"}
RECORD_FORMATS = {".json": "json", ".jsonl": "jsonl"}
FEED_FORMATS = {".rss", ".atom", ".xml"}
ARCHIVES = {".zip", ".warc"}  # containers of inputs; one is never read inside another
COMPRESSIONS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
READABLE = set(TEXT_FORMATS) | set(RECORD_FORMATS) | FEED_FORMATS | ARCHIVES
MANIFEST_NAME = "manifest.csv"


# source_file joins a file's path, a zip member's path ("a.zip/b/c.txt"), the number of a
# repeated member ("a.zip/c.txt~2") and a record's index ("feed.jsonl#3"). The characters
# of that notation are escaped in real names, as are bytes that are not UTF-8 (kept as
# surrogates by os.fsdecode), so two inputs never share a name: a file named
# "feed.jsonl#0" is "feed.jsonl%230", a name with the byte 0xFF is "%FF.txt" beside a
# file literally named "\xff.txt". "/" needs no escape: a file and a folder (or a zip
# and a folder) of one name cannot sit in the same folder.
_ESCAPED_RE = re.compile("[%#~\udc80-\udcff]")


def escape_name(name: str) -> str:
    """A real path (os.fsdecode'd, or a zip member's) as it appears in source_file:
    '%', '#', '~' and undecodable bytes written as %XX."""
    return _ESCAPED_RE.sub(lambda m: f"%{ord(m[0]) & 0xFF:02X}", name)


def input_type(name: str) -> tuple[str, str | None]:
    """(type suffix, compression suffix) of a file name, lower case:
    'a.jsonl.gz' -> ('.jsonl', '.gz'), 'a.txt' -> ('.txt', None)."""
    path = PurePosixPath(name.lower())
    if path.suffix in COMPRESSIONS:
        return PurePosixPath(path.stem).suffix, path.suffix
    return path.suffix, None


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as written in the zip: UTF-8 (flagged or not: legacy tools
    store UTF-8 without the flag), other bytes kept as surrogates for escape_name."""
    if info.flag_bits & 0x800:
        return info.filename
    return info.filename.encode("cp437").decode("utf-8", "surrogateescape")


def unsafe_member(name: str) -> bool:
    """An absolute member path or one climbing out with '..' (a zip-slip attempt):
    never extracted here, but refused so that no tool ever does."""
    parts = re.split(r"[/\\]", name)
    return name.startswith(("/", "\\")) or bool(re.match(r"[A-Za-z]:", name)) or ".." in parts


def hidden_member(name: str) -> bool:
    """.DS_Store, __MACOSX/...: not inputs, as hidden files in folders are not."""
    return any(p.startswith(".") and p not in (".", "..") or p == "__MACOSX" for p in re.split(r"[/\\]", name))
