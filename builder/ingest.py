"""Read an input file as text, or refuse it with one line that says why and what to do.

Decoding: UTF-8 (with or without a BOM); UTF-16 and UTF-32 with a BOM; GB18030
(which covers GBK and GB2312) when the bytes are not UTF-8 and decode cleanly
as GB18030 into mostly CJK text within the GB2312 zone (Big5 or Shift-JIS bytes
also decode as GB18030, into rare characters). Anything else is refused rather
than guessed. Texts in another language (by script: too few Chinese characters,
or Japanese kana) are refused too.
Line ends are left as they are (offsets point into the decoded text).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

# A UN report is well under 1 MB of text (a 500-page report about 2 MB). The
# build takes about 5 s and 80 MB of memory per MB of text, so a bigger file is
# refused from its size, before it is read.
MAX_BYTES = 16 * 1024 * 1024

_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.odt document)",
    b"\xd0\xcf\x11\xe0": "an OLE document (.doc/.xls)",
    b"\x1f\x8b": "a gzip archive",
    b"{\\rtf": "an RTF document",
}


@dataclass(frozen=True)
class SourceText:
    path: Path
    text: str
    encoding: str
    sha256: str


def _refuse(path: Path, problem: str, hint: str) -> InputError:
    return InputError(path, problem, hint)


def read_input(path: Path, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read and decode one input file, or raise InputError."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise _refuse(path, "no such file", "check the path") from None
    except OSError as error:  # symlink loops, permissions on a parent…
        raise _refuse(path, f"cannot be opened ({error.strerror or error})", "check the path and its permissions") from None
    if stat.S_ISDIR(info.st_mode):
        raise _refuse(path, "is a directory, not a report file", "give the report .txt files, or a directory that holds them")
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(path, "is not a regular file", "give a text file extracted from a UN report")
    if info.st_size > max_bytes:
        raise _refuse(path, f"is {_size(info.st_size)}, over the {_size(max_bytes)} limit for one report",
                      "split the corpus into one file per report")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise _refuse(path, f"cannot be read ({error.strerror or error})", "check its permissions") from None
    if len(data) > max_bytes:  # a file whose size stat does not tell (procfs), or one that grew
        raise _refuse(path, f"is over the {_size(max_bytes)} limit for one report",
                      "split the corpus into one file per report")
    text, encoding = decode(path, data)
    if not text.strip():
        raise _refuse(path, "is empty (or whitespace only)", "extract the report's text again")
    _check_language(path, text)
    return SourceText(path, text, encoding, hashlib.sha256(data).hexdigest())


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n} bytes"


def decode(path: Path, data: bytes) -> tuple[str, str]:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise _refuse(path, f"is {what}, not text", "extract its text first (for a PDF: pdftotext -layout)")
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _clean_decoded(path, data.decode(codec)), codec
            except UnicodeDecodeError:
                raise _refuse(path, f"starts with a {codec} byte-order mark but is not valid {codec}",
                              "re-save it as UTF-8") from None
    if b"\x00" in data[:4096]:
        if _looks_utf16(data):
            # ASCII in UTF-16-LE has its NUL in the odd bytes; whatever the first character is
            codec = "utf-16-le" if data[1:4096:2].count(0) > data[0:4096:2].count(0) else "utf-16-be"
            try:
                return _clean_decoded(path, data.decode(codec)), codec
            except UnicodeDecodeError:
                pass
        raise _refuse(path, "contains binary data (NUL bytes)", "give the report's extracted text, as UTF-8")
    try:
        return _clean_decoded(path, data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise _refuse(path, f"is not valid UTF-8 (byte {utf8_error.start}) nor GB18030", "re-save it as UTF-8") from None
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    if cjk < 0.2 * len(re.sub(r"\s", "", text)) or not _gb2312_zone(text):
        raise _refuse(path, f"is not valid UTF-8 (byte {utf8_error.start}) and does not read as Chinese in GB18030",
                      "re-save it as UTF-8")
    return _clean_decoded(path, text), "gb18030"


def _gb2312_zone(text: str) -> bool:
    """Simplified Chinese in GBK/GB18030 keeps to the GB2312 zone (both bytes
    0xA1-0xFE); Big5 or Shift-JIS bytes read as GB18030 decode without error
    but fall largely outside it, into rare characters (mojibake)."""
    wide = [ch for ch in text if ord(ch) >= 0x80]
    inside = 0
    for ch in wide:
        encoded = ch.encode("gb18030")
        inside += len(encoded) == 2 and encoded[0] >= 0xA1 and encoded[1] >= 0xA1
    return inside >= 0.9 * len(wide)


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2 or 1
    return max(even, odd) > 0.3 * half and min(even, odd) < 0.05 * half


def _clean_decoded(path: Path, text: str) -> str:
    controls = re.findall(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", text)
    if len(controls) > 0.01 * max(len(text), 1):
        raise _refuse(path, "contains control characters: it looks binary", "give the report's extracted text, as UTF-8")
    return text


def _check_language(path: Path, text: str) -> None:
    """unkg reads Chinese reports; refuse a text in another script."""
    letters = re.findall(r"[^\W\d_]", text)
    if len(letters) < 20:
        raise _refuse(path, "has too little text to be a report", "check that the extraction worked")
    cjk = sum(1 for ch in letters if "\u3400" <= ch <= "\u9fff")
    kana = sum(1 for ch in letters if "\u3040" <= ch <= "\u30ff")
    if cjk < 0.3 * len(letters) or kana > 0.05 * len(letters):
        raise _refuse(path, "is not in Chinese (unkg reads the Chinese versions of UN reports for now)",
                      "give the Chinese (.zh) text of the report")
