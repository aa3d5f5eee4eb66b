"""Files, zips and compressed files: each read as the type its name says, within the
size limits (a zip or compression bomb is never expanded in full)."""
from __future__ import annotations

import io
import lzma
import stat
import zipfile
import zlib
from pathlib import Path

from tasks.ingest.decode import Reject
from tasks.ingest.feeds import read_feed
from tasks.ingest.names import (ARCHIVES, COMPRESSIONS, FEED_FORMATS, READABLE, RECORD_FORMATS, TEXT_FORMATS, escape_name,
                                hidden_member, input_type, member_name, unsafe_member)
from tasks.ingest.records import read_records
from tasks.ingest.sink import Sink, read_article
from tasks.ingest.warc import read_warc
from ziyarat.settings import Settings

# A zip member (or compressed file) is only judged by its compression ratio above this
# size: small text files of repeated characters compress very well and are no bomb.
ZIP_RATIO_FLOOR = 1024 * 1024
CHUNK = 1024 * 1024


def _decompress(data: bytes, compression: str, cap: int, ratio: int) -> bytes:
    """A .gz/.bz2/.xz file's content, read in chunks and stopped past `cap` bytes or
    the ratio limit (a bomb is never expanded in full)."""
    out = bytearray()
    try:
        with COMPRESSIONS[compression](io.BytesIO(data)) as fh:
            while chunk := fh.read(CHUNK):
                out += chunk
                if len(out) > cap:
                    raise Reject("too_large", f"decompresses past {cap} bytes")
                if len(out) > ZIP_RATIO_FLOOR and len(out) > ratio * max(len(data), 1):
                    raise Reject("zip_bomb", f"expands more than {ratio}x while decompressing")
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as e:
        raise Reject("parse_error", f"not a readable {compression} file: {e}") from None
    return bytes(out)


def size_limit(settings: Settings, ext: str, compressed: bool = False) -> tuple[int, str]:
    """The size limit of an input of type `ext`: that of one article (txt, html), or
    of a collection (any other type, and any compressed file: its size is not its text's)."""
    if ext in TEXT_FORMATS and not compressed:
        return settings.max_file_bytes, "max_file_bytes"
    return settings.max_zip_bytes, "max_zip_bytes"


def read_bytes(sink: Sink, source_file: str, data: bytes, ext: str, container: str | None = None) -> None:
    """The (decompressed) bytes of one input of type `ext`."""
    if ext in TEXT_FORMATS:
        read_article(sink, source_file, data, TEXT_FORMATS[ext], container)
    elif ext in RECORD_FORMATS:
        read_records(sink, source_file, data, RECORD_FORMATS[ext])
    elif ext in FEED_FORMATS:
        read_feed(sink, source_file, data)
    elif ext == ".warc":
        read_warc(sink, source_file, io.BytesIO(data))
    elif ext == ".zip":
        read_zip(sink, source_file, data)
    else:
        sink.reject(source_file, "not_text", f"unsupported file type {ext or '(no extension)'!r}", data)


def read_compressed(sink: Sink, source_file: str, data: bytes, ext: str, compression: str,
                     container: str | None = None) -> None:
    """A compressed file: its content read as a file of the inner type."""
    cap, _ = size_limit(sink.settings, ext)
    try:
        inner = _decompress(data, compression, cap, sink.settings.max_zip_ratio)
    except Reject as r:
        sink.reject(source_file, r.reason, r.detail, data)
        return
    read_bytes(sink, source_file, inner, ext, container)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, ratio: int) -> bytes:
    """Read a member in chunks, stopping past `cap` bytes or the ratio limit (the
    declared sizes may lie)."""
    out = bytearray()
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            out += chunk
            if len(out) > cap:
                raise Reject("too_large", f"member grew past {cap} bytes while reading")
            if len(out) > ZIP_RATIO_FLOOR and len(out) > ratio * max(info.compress_size, 1):
                raise Reject("zip_bomb", f"member expands more than {ratio}x while reading")
    return bytes(out)


def _zip_members(source_file: str, infos: list[zipfile.ZipInfo]) -> list[tuple[str, str, zipfile.ZipInfo]]:
    """(source_file, raw name, info) of the members that are inputs, in zip order:
    hidden ones (.DS_Store, __MACOSX/) are not; a name the zip holds twice is numbered
    ('a.txt', 'a.txt~2', ...: '~' of real names is escaped, so no collision)."""
    out = []
    seen: dict[str, int] = {}
    for info in infos:
        raw = member_name(info)
        if hidden_member(raw) and not unsafe_member(raw):
            continue
        name = f"{source_file}/{escape_name(raw)}"
        seen[name] = seen.get(name, 0) + 1
        out.append((name if seen[name] == 1 else f"{name}~{seen[name]}", raw, info))
    return out


def read_zip(sink: Sink, source_file: str, source: Path | bytes) -> None:
    """Members are read as files of their type (compressed ones too, archives not);
    a zip bomb is refused by the declared sizes first, then by capped chunked reads."""
    s = sink.settings
    whole = source if isinstance(source, bytes) else None
    size = len(whole) if whole is not None else source.stat().st_size
    try:
        zf = zipfile.ZipFile(io.BytesIO(source) if whole is not None else source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, UnicodeDecodeError) as e:
        sink.reject(source_file, "parse_error", f"not a readable zip archive: {e}",
                    whole if whole is not None else source.read_bytes())
        return
    with zf:
        members = _zip_members(source_file, [i for i in zf.infolist() if not i.is_dir()])
        declared = sum(info.file_size for _, _, info in members)
        if declared > s.max_zip_bytes:
            sink.reject(source_file, "zip_bomb", f"members declare {declared} bytes uncompressed "
                                                 f"> max_zip_bytes {s.max_zip_bytes}", n_bytes=size)
            return
        if not members:
            sink.reject(source_file, "empty", "zip archive without files",
                        whole if whole is not None else source.read_bytes())
            return
        sink.units.extend((name, source_file) for name, _, _ in members)
        budget = s.max_zip_bytes
        for name, raw, info in members:
            ext, compression = input_type(raw)
            if unsafe_member(raw):
                sink.reject(name, "unsafe_path", "absolute member path or one climbing out with '..': not read",
                            n_bytes=info.file_size)
                continue
            if ext in ARCHIVES or ext not in READABLE:
                sink.reject(name, "not_text", f"unsupported member type {ext or '(none)'!r}"
                            + (" (archives inside archives are not read)" if ext in ARCHIVES else ""),
                            n_bytes=info.file_size)
                continue
            if info.file_size > ZIP_RATIO_FLOOR and info.file_size > s.max_zip_ratio * max(info.compress_size, 1):
                sink.reject(name, "zip_bomb", f"compression ratio {info.file_size // max(info.compress_size, 1)} "
                                              f"> max_zip_ratio {s.max_zip_ratio}", n_bytes=info.file_size)
                continue
            limit, limit_name = size_limit(s, ext, compressed=compression is not None)
            if info.file_size > limit:
                sink.reject(name, "too_large", f"{info.file_size} bytes > {limit_name} {limit}",
                            n_bytes=info.file_size)
                continue
            try:
                data = _read_member(zf, info, min(limit, budget), s.max_zip_ratio)
            except Reject as r:
                sink.reject(name, r.reason, r.detail, n_bytes=info.file_size)
                continue
            except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, RuntimeError, NotImplementedError,
                    EOFError, OSError, ValueError) as e:
                sink.reject(name, "parse_error", f"unreadable zip member: {e}", n_bytes=info.file_size)
                continue
            budget -= len(data)
            if compression:
                read_compressed(sink, name, data, ext, compression, container=source_file)
            else:
                read_bytes(sink, name, data, ext, container=source_file)


def read_file(sink: Sink, source_file: str, path: Path) -> None:
    ext, compression = input_type(path.name)
    try:
        st = path.stat()
        size = st.st_size
        if not stat.S_ISREG(st.st_mode):
            # a named pipe, socket or device would block or never end on read
            sink.reject(source_file, "not_text", "not a regular file (pipe, socket or device): not read",
                        n_bytes=0)
            return
        if ext not in READABLE:
            data = path.read_bytes() if size <= sink.settings.max_file_bytes else None
            what = f"{ext}{compression}" if compression else ext or "(no extension)"
            sink.reject(source_file, "not_text", f"unsupported file type {what!r}", data, size)
            return
        if ext == ".warc" and compression in (None, ".gz"):
            # streamed record by record (warcio reads gzip records itself): a 1 GB
            # Common Crawl file needs no more memory than its largest page
            with path.open("rb") as fh:
                read_warc(sink, source_file, fh)
            return
        limit, limit_name = size_limit(sink.settings, ext, compressed=compression is not None)
        if size > limit:
            sink.reject(source_file, "too_large", f"{size} bytes > {limit_name} {limit}", n_bytes=size)
            return
        if ext == ".zip" and compression is None:
            read_zip(sink, source_file, path)
            return
        data = path.read_bytes()
    except OSError as e:
        sink.reject(source_file, "unreadable", f"cannot read: {e.strerror or e}")
        return
    if compression:
        read_compressed(sink, source_file, data, ext, compression)
    else:
        read_bytes(sink, source_file, data, ext)
