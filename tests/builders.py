"""Small builders shared by several test modules (bad inputs, stand-in mentions)."""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field


def zip_with_broken_members(good_text: str) -> bytes:
    """A zip with one good member (good.txt), one stored member whose CRC no longer
    matches (a byte changed) and one whose deflate stream is garbage."""
    junk = ("جملة عربية طويلة بعض الشيء للتجربة " * 40).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("good.txt", good_text.encode(), compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("bad_crc.txt", junk, compress_type=zipfile.ZIP_STORED)
        zf.writestr("bad_deflate.txt", junk[::-1], compress_type=zipfile.ZIP_DEFLATED)
    data = bytearray(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        for name, span in (("bad_crc.txt", range(100, 101)), ("bad_deflate.txt", range(2, 40))):
            info = zf.getinfo(name)
            start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
            for i in span:
                data[start + i] ^= 0xFF
    return bytes(data)


@dataclass
class M:
    """Stand-in for tasks.extract.entities.Mention in unit tests of the sentence rules."""

    entity_id: str
    entity_type: str
    name_en: str
    surface: str
    start: int
    end: int
    country: str | None = None
    city: str | None = None
    offices: list = field(default_factory=list)
    name_ar: str = ""
    resolved_by: str = "name"
