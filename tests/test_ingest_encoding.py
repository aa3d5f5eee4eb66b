"""Ingest: encodings found by charset-normalizer after strict UTF-8, and garbled text
(mojibake) quarantined as bad_encoding, never accepted. Every text is encoded here."""
from __future__ import annotations

import json

import pytest

from tasks.ingest import decode_text, garble_reason
from tests.test_ingest import AR, AR2, run, write

EN = "President Bashar al-Assad met Vladimir Putin in Moscow on Tuesday, the Kremlin said."
FR = "Le président Macron a reçu à l'Élysée son homologue égyptien, après une journée très chargée à Genève."
AR_WITH_LATIN = AR + " وقال قصر الإليزيه (Élysée) إن ماكرون (Macron) سيحضر نهائي الـFIFA في الدوحة."

# The classic ways Arabic text comes out garbled.
GARBLED = {
    "utf-8 read as windows-1256": AR.encode("utf-8").decode("cp1256"),  # 'ط§ظ„طھظ‚ظ‰'
    "utf-8 read as latin-1": AR.encode("utf-8").decode("latin-1"),  # 'Ø§Ù\x84Ø'
    "utf-8 read as windows-1252": AR.encode("utf-8").decode("cp1252", "ignore"),  # 'Ø§Ù„Ø'
    "iso-8859-6 read as windows-1256": AR.encode("iso-8859-6").decode("cp1256"),  # 'انتâé'
    "windows-1256 read as latin-1": AR.encode("cp1256").decode("latin-1"),  # 'ÇáÊÞì'
    "replacement characters": AR.replace("ب", "\ufffd"),
}


@pytest.mark.parametrize("text", [AR, AR2, EN, FR, AR_WITH_LATIN, "", "ب", "\ufffd" + AR * 10])
def test_clean_text_is_not_garbled(text):
    assert garble_reason(text) is None


@pytest.mark.parametrize("how", GARBLED)
def test_each_kind_of_mojibake_has_a_reason(how):
    assert garble_reason(GARBLED[how])


@pytest.mark.parametrize("how", GARBLED)
def test_garbled_utf8_files_and_records_are_quarantined(tmp_path, how):
    text = GARBLED[how]
    write(tmp_path, "a.txt", text)
    write(tmp_path, "r.jsonl", json.dumps({"content": text}, ensure_ascii=False) + "\n"
          + json.dumps({"content": AR2}, ensure_ascii=False) + "\n")
    docs, quarantine = run(tmp_path)
    assert list(docs) == ["r.jsonl#1"]
    for name in ("a.txt", "r.jsonl#0"):
        assert quarantine[name]["reason"] == "bad_encoding"
        assert quarantine[name]["detail"].startswith("garbled text: ")


@pytest.mark.parametrize("codec, expected", [
    ("iso-8859-6", "iso8859-6"), ("cp1256", "cp1256"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
@pytest.mark.parametrize("text", [AR, AR2, AR2[:25]])
def test_arabic_encodings_decode_right_however_short(text, codec, expected):
    assert decode_text(text.encode(codec)) == (text, expected)


def test_utf8_is_tried_first_and_strictly():
    assert decode_text(AR.encode("utf-8")) == (AR, "utf-8")
    # bytes valid in cp1256 too: UTF-8 wins
    assert decode_text("ال".encode("utf-8")) == ("ال", "utf-8")


def test_html_declaring_the_wrong_arabic_charset_is_read_in_the_right_one(tmp_path):
    page = (f'<html><head><meta charset="windows-1256"><title>خبر</title></head>'
            f"<body><article><p>{AR}</p><p>{AR2}</p></article></body></html>")
    write(tmp_path, "p.html", page.encode("iso-8859-6"))
    docs, quarantine = run(tmp_path)
    assert quarantine == {}
    assert docs["p.html"]["encoding"] == "iso8859-6"
    assert AR in docs["p.html"]["raw_text"]


def test_a_declared_latin_charset_reads_a_latin_page(tmp_path):
    """A declared charset needs only to give no mojibake: an English page is read
    (and left to clean's no_arabic), not called an encoding error."""
    page = f'<html><head><meta charset="iso-8859-1"></head><body><article><p>{FR}</p></article></body></html>'
    write(tmp_path, "p.html", page.encode("latin-1"))
    docs, quarantine = run(tmp_path)
    assert docs["p.html"]["encoding"] == "iso8859-1" and FR in docs["p.html"]["raw_text"]


@pytest.mark.parametrize("data", [
    FR.encode("latin-1"),  # not Arabic in any code page that decodes it
    AR.encode("utf-8")[:-1] + b"\xd8",  # UTF-8 cut inside its last letter
    AR.encode("mac_arabic"),  # an Arabic code page charset-normalizer does not know
])
def test_bytes_no_encoding_turns_into_clean_arabic_are_quarantined(tmp_path, data):
    write(tmp_path, "a.txt", data)
    docs, quarantine = run(tmp_path)
    assert docs == {} and quarantine["a.txt"]["reason"] == "bad_encoding"
