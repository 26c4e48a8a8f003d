"""builder.ingest: what is read, how it is decoded, and what is refused.

The rule under test: an input is decoded exactly (the text the author wrote,
code point for code point) or it is refused with one line naming the file and
saying what to do. It is never decoded into a wrong text. The sample report
(corpus/TPNW_MSP_2023_14.zh.txt, the UN's text unchanged) is re-encoded here in
memory; the other texts are written by hand below.
"""

from __future__ import annotations

import codecs
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.errors import InputError
from builder.ingest import MAX_BYTES, decode, read_input

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")

# Hand-written texts in languages unkg does not read.
ENGLISH = ("Report of the Second Meeting of States Parties to the Treaty on the Prohibition of Nuclear "
           "Weapons. The Meeting was held at United Nations Headquarters in New York. ") * 20
FRENCH = ("Rapport de la deuxième Réunion des États parties au Traité sur l'interdiction des armes "
          "nucléaires. La Réunion s'est tenue au Siège de l'Organisation des Nations Unies. ") * 20
JAPANESE = ("核兵器禁止条約締約国第二回会議の報告書。会議は、2023年11月27日から12月1日まで、"
            "ニューヨークの国際連合本部で開催された。会議には、以下の59の締約国が参加した。") * 10
TRADITIONAL = ("禁止核武器條約締約國第二次會議報告。會議於 2023 年 11 月 27 日至 12 月 1 日在紐約"
               "聯合國總部舉行。下列 59 個締約國參加了會議：奧地利、智利、墨西哥。") * 20


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("encoded", "codec"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom-le", "utf16-bom-be", "utf16le", "utf16be", "utf32-bom", "gb18030"],
)
def test_ingest_decodes_the_sample_exactly(tmp_path, encoded, codec):
    source = read_input(_write(tmp_path, "r.txt", encoded))
    assert source.encoding == codec
    assert source.text == TEXT  # the BOM is not part of the text: offsets count from the first character


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_ingest_utf16_without_bom_whatever_the_first_character(tmp_path, codec):
    """Regression: the byte order was taken from the first character alone, so
    a UTF-16-LE text opening with a Chinese character was read as big-endian
    and refused as binary."""
    text = TEXT.lstrip()
    assert not text[0].isascii()
    source = read_input(_write(tmp_path, "r.txt", text.encode(codec)))
    assert (source.text, source.encoding) == (text, codec)


def test_ingest_gbk_is_read_as_gb18030(tmp_path):
    source = read_input(_write(tmp_path, "r.txt", TEXT.encode("gbk")))
    assert source.text == TEXT and source.encoding == "gb18030"


def test_ingest_crlf_is_kept_as_written(tmp_path):
    """Offsets point into the decoded text, so line ends are not rewritten."""
    crlf = TEXT.replace("\n", "\r\n")
    assert read_input(_write(tmp_path, "r.txt", crlf.encode("utf-8"))).text == crlf


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "is empty"),
        (b" \n\n\t\r\n\x0c  \n", "is empty"),
        ("\u3000\u3000\n".encode("utf-8"), "is empty"),
        (codecs.BOM_UTF8, "is empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "is a PDF file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "is a PNG image"),
        (b"PK\x03\x04" + bytes(100), "ZIP archive"),
        (bytes(range(256)) * 8, "binary data"),
        (FRENCH.encode("latin-1"), "is not valid UTF-8"),
        (ENGLISH.encode("utf-8"), "is not in Chinese"),
        (FRENCH.encode("utf-8"), "is not in Chinese"),
        (FRENCH.encode("utf-16"), "is not in Chinese"),
        (JAPANESE.encode("utf-8"), "is not in Chinese"),
        (JAPANESE.encode("shift_jis"), "is not valid UTF-8"),
        (JAPANESE.encode("euc_jp"), "is not in Chinese"),
        (TRADITIONAL.encode("big5"), "is not valid UTF-8"),
        ("短".encode("utf-8") * 5, "too little text"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "byte-order mark"),  # a lone surrogate
        ("报告\x01\x02\x03\x04\x05".encode("utf-8") * 40, "control characters"),
    ],
    ids=["empty", "whitespace", "ideographic-space", "bom-only", "pdf", "png", "zip", "random-bytes", "latin1",
         "english", "french", "french-utf16", "japanese", "shift-jis", "euc-jp", "big5", "too-short",
         "bad-utf16", "controls"],
)
def test_ingest_refuses_with_one_line_naming_the_file(tmp_path, data, problem):
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as caught:
        read_input(path)
    message = str(caught.value)
    assert problem in message
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert "; " in message  # what is wrong; what to do


def test_ingest_random_bytes_are_refused(tmp_path):
    import random

    rng = random.Random(20231127)
    for n in range(20):
        data = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 3000)))
        with pytest.raises(InputError):
            read_input(_write(tmp_path, f"r{n}.bin", data))


def test_ingest_big5_regression():
    """Regression: Big5 bytes decode as GB18030 without error, into rare
    characters; the mojibake was accepted as Chinese."""
    with pytest.raises(InputError, match="does not read as Chinese"):
        decode(Path("tw.txt"), TRADITIONAL.encode("big5"))


def test_ingest_japanese_regression(tmp_path):
    """Regression: a Japanese text (kanji and kana) passed the language check."""
    with pytest.raises(InputError, match="not in Chinese"):
        read_input(_write(tmp_path, "ja.txt", JAPANESE.encode("utf-8")))


# --------------------------------------------------------------------------- paths


def test_ingest_missing_directory_fifo_and_loop(tmp_path):
    cases = {
        tmp_path / "missing.txt": "no such file",
        tmp_path: "is a directory",
    }
    os.mkfifo(tmp_path / "pipe.txt")
    cases[tmp_path / "pipe.txt"] = "is not a regular file"  # refused from stat: never opened, so never blocks
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    cases[tmp_path / "a.txt"] = "cannot be opened (Too many levels of symbolic links)"
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    cases[tmp_path / "dangling.txt"] = "no such file"
    for path, problem in cases.items():
        with pytest.raises(InputError) as caught:
            read_input(path)
        assert problem in str(caught.value), path


def test_ingest_unreadable_file(tmp_path, monkeypatch):
    """As root chmod 000 does not stop reads, so the refusal of open() is simulated."""
    path = _write(tmp_path, "secret.txt", TEXT.encode("utf-8"))

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builder.ingest.open", refuse, raising=False)
    with pytest.raises(InputError, match=r"cannot be read \(Permission denied\); check its permissions"):
        read_input(path)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux procfs")
def test_ingest_file_that_fails_to_read():
    """/proc/self/mem opens but reading its offset 0 fails (EIO), even as root."""
    with pytest.raises(InputError, match=r"cannot be read \(Input/output error\)"):
        read_input(Path("/proc/self/mem"))


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux procfs")
def test_ingest_limit_holds_when_stat_size_lies():
    """Regression: the size limit came from stat alone, and procfs files (or a
    file that grows while read) report a smaller size than they hold."""
    assert os.stat("/proc/self/maps").st_size == 0
    with pytest.raises(InputError, match="over the 64 bytes limit"):
        read_input(Path("/proc/self/maps"), max_bytes=64)


def test_ingest_size_limit_boundary(tmp_path):
    data = TEXT.encode("utf-8")
    path = _write(tmp_path, "r.txt", data)
    assert read_input(path, max_bytes=len(data)).text == TEXT
    with pytest.raises(InputError, match=f"is {len(data)} bytes, over the {len(data) - 1} bytes limit"):
        read_input(path, max_bytes=len(data) - 1)


def test_ingest_huge_file_refused_from_its_size(tmp_path):
    """100 MB (sparse after a real opening) is refused before a byte is read."""
    import tracemalloc

    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.write(TEXT.encode("utf-8"))
        handle.truncate(100 * 1024 * 1024)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(InputError, match=r"is 100 MB, over the \d+ MB limit for one report; split"):
            read_input(path)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 0.5
    assert peak < 1024 * 1024
    assert MAX_BYTES < 100 * 1024 * 1024


# --------------------------------------------------------------------------- exact or refused

_CJK = sorted({ch for ch in TEXT if "\u4e00" <= ch <= "\u9fff"})
_CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "gbk", "big5",
           "shift_jis", "latin-1", "cp1252"]


@st.composite
def _texts(draw):
    pieces = draw(st.lists(
        st.one_of(
            st.text(alphabet=st.sampled_from(_CJK), min_size=1, max_size=40),
            st.sampled_from(["，", "。", "、", "：", "\n", "\n\n", "\r\n", " ", "2023 年", "TPNW/MSP/2023/14",
                             "3/22 23-25276", "(a) ", "１２", "·", "—"]),
            st.text(alphabet=st.characters(codec="latin-1", categories=("L", "N", "P", "Z")), max_size=20),
        ),
        min_size=1, max_size=60,
    ))
    return "".join(pieces)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_texts(), codec=st.sampled_from(_CODECS))
def test_ingest_decodes_exactly_or_refuses(tmp_path, text, codec):
    """Whatever the text and its encoding: the decoded text is the text, or the
    file is refused. (Known limit, not generated here: EUC-KR text is read as
    GB2312 mojibake, as the two share their byte ranges.)"""
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        data = text.encode(codec, errors="ignore")
        text = data.decode(codec)
    path = _write(tmp_path, "p.txt", data)
    try:
        source = read_input(path)
    except InputError as error:
        assert str(error).startswith(f"{path}: ")
        return
    assert source.text == text, source.encoding
