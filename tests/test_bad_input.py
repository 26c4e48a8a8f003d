"""Bad input: each bad file gets one line naming it and saying what to do, the
build exits non-zero, the other inputs of the same run are still built, and
build-report.json lists the failure (status "error" with the message).

Every case runs through the real command (`unkg build a b c --out DIR`, one
run holding all the cases that do not crash it) and through the Python API
(`builder.pipeline.build_one` / `build`). The inputs are made here, in
tmp_path, from the sample report (corpus/TPNW_MSP_2023_14.zh.txt): re-encoded,
truncated, copied, or replaced by bytes that are not a report. Copies meant
to build beside the sample get their own symbol (the running head
TPNW/MSP/2023/14 rewritten), so that they are not refused as the same report.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.namespace import RDF, UNKG
from builder.pipeline import build, build_one

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")
SYMBOL = "TPNW/MSP/2023/14"
_SCRIPT = Path(sys.executable).with_name("unkg")
UNKG_CMD = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "builder"]

ENGLISH = ("Report of the Second Meeting of States Parties to the Treaty on the Prohibition of Nuclear "
           "Weapons, held at United Nations Headquarters in New York. ") * 30
FRENCH = ("Rapport de la deuxième Réunion des États parties au Traité sur l'interdiction des armes "
          "nucléaires, tenue au Siège de l'Organisation des Nations Unies à New York. ") * 30


def variant(n: int) -> str:
    """The sample as another report: its symbol TPNW/MSP/2023/9NN."""
    return TEXT.replace(SYMBOL, f"TPNW/MSP/2023/{900 + n}")


def truncated_in_list() -> str:
    """The sample cut off inside the list of paragraph 13 (after 「尼加拉瓜」)."""
    return TEXT[: TEXT.index("尼加拉瓜、尼日利亚") + len("尼加拉瓜")]


# name -> (bytes, what the one-line error must say)
BAD: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "is empty (or whitespace only); extract the report's text again"),
    "blank.txt": (b"  \n\n\t\r\n \x0c \n", "is empty (or whitespace only)"),
    "scan.pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
                     "is a PDF file, not text; extract its text first"),
    "figure.png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(300),
                       "is a PNG image, not text"),
    "noise.txt": (bytes((i * 7919 + 13) % 256 for i in range(4000)), "binary data"),
    "latin1.txt": (FRENCH.encode("latin-1"), "is not valid UTF-8"),
    "english.txt": (ENGLISH.encode("utf-8"), "is not in Chinese"),
    "french.txt": (FRENCH.encode("utf-8"), "is not in Chinese"),
}


def run_unkg(*args: str, cwd: Path = ROOT, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*UNKG_CMD, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def entries_by_input(report: dict) -> dict[str, dict]:
    return {entry["input"]: entry for entry in report["inputs"]}


def attendance_pairs(graph) -> set[tuple[str, str]]:
    return {
        (str(graph.value(node, UNKG.participant)), str(graph.value(node, UNKG.role)))
        for node in graph.subjects(RDF.type, UNKG.Attendance)
    }


def evidence(graph) -> set[tuple[int, int, str]]:
    return {
        (int(graph.value(node, UNKG.charStart)), int(graph.value(node, UNKG.charEnd)), str(graph.value(node, UNKG.quote)))
        for node in graph.subjects(RDF.type, UNKG.Evidence)
    }


def assert_quotes_match(graph, text: str) -> int:
    found = evidence(graph)
    assert found
    for start, end, quote in found:
        assert text[start:end] == quote, (start, end, quote)
    return len(found)


def assert_one_line(stderr: str, entry: dict, shown: str) -> None:
    assert entry["status"] == "error"
    message = entry["error"]
    assert message.startswith(f"{shown}: ") and "\n" not in message and "; " in message
    lines = [line for line in stderr.splitlines() if line.startswith(f"unkg: {shown}: ")]
    assert lines == [f"unkg: {message}"], stderr


# --------------------------------------------------------------------------- the one CLI run


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "gb18030.txt").write_bytes(variant(1).encode("gb18030"))
    (folder / "crlf.txt").write_bytes(variant(2).replace("\n", "\r\n").encode("utf-8"))
    (folder / "utf16.txt").write_bytes(variant(3).encode("utf-16"))
    shutil.copyfile(SAMPLE, folder / "copy-of-sample.txt")
    (folder / "sample-utf16.txt").write_bytes(TEXT.encode("utf-16"))  # the same report, re-encoded
    with open(folder / "huge.txt", "wb") as handle:  # 100 MB, sparse after a real opening
        handle.write(TEXT.encode("utf-8"))
        handle.truncate(100 * 1024 * 1024)
    if Path("/proc/self/mem").exists():
        os.symlink("/proc/self/mem", folder / "unreadable.txt")  # open() works, read() fails (EIO), even as root
    return folder


@pytest.fixture(scope="module")
def cli_run(folder):
    """One `unkg build` over the sample, GB18030, UTF-16 and CRLF reports, every
    bad input, and the sample again (same path, a copy, a re-encoded copy)."""
    names = [*BAD, "huge.txt", "missing.txt", "copy-of-sample.txt", "sample-utf16.txt"]
    if (folder / "unreadable.txt").exists():
        names.append("unreadable.txt")
    good = [str(folder / name) for name in ("gb18030.txt", "crlf.txt", "utf16.txt")]
    args = [str(SAMPLE), *(str(folder / name) for name in names), *good, str(SAMPLE)]
    out = folder / "out"
    proc = run_unkg("build", *args, "--out", str(out), "--no-validate", "-q")
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    return proc, report, out


def test_cli_bad_inputs_exit_nonzero(cli_run):
    proc, report, _ = cli_run
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    summary = report["summary"]
    assert summary["built"] == 4
    assert summary["failed"] == summary["inputs"] - 4


@pytest.mark.parametrize("name", list(BAD))
def test_cli_bad_input_one_line(cli_run, folder, name):
    proc, report, _ = cli_run
    shown = str(folder / name)
    entry = entries_by_input(report)[shown]
    assert_one_line(proc.stderr, entry, shown)
    assert BAD[name][1] in entry["error"]


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("huge.txt", "is 100 MB, over the 16 MB limit for one report; split the corpus into one file per report"),
        ("missing.txt", "no such file; check the path"),
        ("copy-of-sample.txt", "has the same content as corpus/TPNW_MSP_2023_14.zh.txt; give each report once"),
        ("sample-utf16.txt", f"is report {SYMBOL} again (already built from corpus/TPNW_MSP_2023_14.zh.txt)"),
        ("unreadable.txt", "cannot be read (Input/output error)"),
    ],
)
def test_cli_unusable_files(cli_run, folder, name, problem):
    if not (folder / name).exists() and name == "unreadable.txt":
        pytest.skip("needs Linux procfs")
    proc, report, _ = cli_run
    shown = str(folder / name)
    entry = entries_by_input(report)[shown]
    assert_one_line(proc.stderr, entry, shown)
    assert problem in entry["error"]


def test_cli_same_path_twice_second_refused(cli_run):
    proc, report, _ = cli_run
    shown = "corpus/TPNW_MSP_2023_14.zh.txt"
    entries = [e for e in report["inputs"] if e["input"] == shown]
    assert sorted(e["status"] for e in entries) == ["error", "ok"]
    [refused] = [e for e in entries if e["status"] == "error"]
    assert refused["error"] == f"{shown}: is given twice; give each report once"


def test_cli_same_path_twice_has_its_line(cli_run):
    """Regression (builder/corpus.py): the 'is given twice' error went into the
    build report but printed no line."""
    proc, _, _ = cli_run
    shown = "corpus/TPNW_MSP_2023_14.zh.txt"
    assert f"unkg: {shown}: is given twice; give each report once" in proc.stderr.splitlines()


def test_cli_other_inputs_still_built(cli_run, folder):
    from rdflib import Dataset

    _, report, out = cli_run
    entries = entries_by_input(report)
    assert entries["corpus/TPNW_MSP_2023_14.zh.txt"]["status"] == "ok"
    for name, symbol, encoding in [("gb18030.txt", "TPNW/MSP/2023/901", "gb18030"),
                                   ("crlf.txt", "TPNW/MSP/2023/902", "utf-8"),
                                   ("utf16.txt", "TPNW/MSP/2023/903", "utf-16")]:
        entry = entries[str(folder / name)]
        assert (entry["status"], entry["symbol"], entry["encoding"]) == ("ok", symbol, encoding)
        assert entry["evidence"]["mismatches"] == []
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert names == {f"https://w3id.org/unkg/id/document/TPNW/MSP/2023/{n}" for n in (14, 901, 902, 903)}


# --------------------------------------------------------------------------- the same through the API


@pytest.mark.parametrize("name", list(BAD))
def test_api_bad_input_is_an_error_entry(folder, name):
    result = build_one(folder / name, run_validation=False)
    assert result.graph is None
    assert result.entry["status"] == "error"
    assert result.entry["error"].startswith(f"{folder / name}: ")
    assert BAD[name][1] in result.entry["error"]


def test_api_mixed_run_builds_the_good_ones(folder):
    paths = [folder / "missing.txt", folder / "huge.txt", *(folder / name for name in BAD), SAMPLE]
    result = build(paths, run_validation=False)
    assert [r.entry["status"] for r in result.reports] == ["error"] * (len(paths) - 1) + ["ok"]
    assert len(result.failed) == len(paths) - 1
    assert {str(g.identifier) for g in result.dataset.graphs() if len(g)} == {
        "https://w3id.org/unkg/id/document/TPNW/MSP/2023/14"}
    assert result.report_json()["summary"]["failed"] == len(paths) - 1


def test_api_same_report_twice(folder, tmp_path):
    os.symlink(SAMPLE, tmp_path / "link.txt")
    cases = [
        (SAMPLE, "is given twice"),
        (ROOT / "corpus" / ".." / "corpus" / SAMPLE.name, "is given twice"),
        (tmp_path / "link.txt", "is given twice"),
        (folder / "copy-of-sample.txt", "has the same content as"),
        (folder / "sample-utf16.txt", f"is report {SYMBOL} again"),
    ]
    result = build([SAMPLE, *(path for path, _ in cases)], run_validation=False)
    assert result.reports[0].ok
    for report, (_, problem) in zip(result.reports[1:], cases):
        assert report.entry["status"] == "error" and problem in report.entry["error"]
        assert report.entry["error"].endswith("; give each report once")
    assert {str(g.identifier) for g in result.dataset.graphs() if len(g)} == {
        "https://w3id.org/unkg/id/document/TPNW/MSP/2023/14"}


def test_api_directory_and_missing(tmp_path):
    assert "is a directory, not a report file" in build_one(tmp_path).entry["error"]
    assert build_one(tmp_path / "nope.txt").entry["error"] == f"{tmp_path / 'nope.txt'}: no such file; check the path"


# --------------------------------------------------------------------------- encodings that build


@pytest.fixture(scope="module")
def utf8_build():
    return build_one(SAMPLE, run_validation=False)


@pytest.mark.parametrize(
    ("text", "encode", "codec"),
    [
        (TEXT, lambda t: t.encode("utf-16"), "utf-16"),
        (TEXT, lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
        (TEXT, lambda t: t.encode("utf-16-le"), "utf-16-le"),
        (TEXT, lambda t: t.encode("utf-16-be"), "utf-16-be"),
        (TEXT.lstrip(), lambda t: t.encode("utf-16-le"), "utf-16-le"),
        (TEXT, lambda t: t.encode("gb18030"), "gb18030"),
        (TEXT, lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    ],
    ids=["utf16-bom-le", "utf16-bom-be", "utf16le", "utf16be", "utf16le-cjk-first", "gb18030", "utf8-bom"],
)
def test_api_encodings_build_with_code_point_offsets(tmp_path, utf8_build, text, encode, codec):
    path = tmp_path / "report.txt"
    path.write_bytes(encode(text))
    result = build_one(path, run_validation=False)
    assert result.entry["status"] == "ok", result.entry.get("error")
    assert result.entry["encoding"] == codec
    assert result.entry["evidence"]["mismatches"] == []
    assert_quotes_match(result.graph, text)
    assert attendance_pairs(result.graph) == attendance_pairs(utf8_build.graph)
    if text == TEXT:
        # the same code-point offsets as the UTF-8 build: bytes and BOMs are never counted
        assert evidence(result.graph) == evidence(utf8_build.graph)


def test_api_crlf_same_facts(tmp_path, utf8_build):
    crlf = TEXT.replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(crlf.encode("utf-8"))
    result = build_one(path, run_validation=False)
    assert result.entry["status"] == "ok" and result.entry["evidence"]["mismatches"] == []
    assert assert_quotes_match(result.graph, crlf) == len(evidence(utf8_build.graph))
    assert attendance_pairs(result.graph) == attendance_pairs(utf8_build.graph)
    assert result.entry["counts"]["facts"] == utf8_build.entry["counts"]["facts"]
    assert result.entry["checks"] == utf8_build.entry["checks"]


# --------------------------------------------------------------------------- a report cut off


@pytest.fixture(scope="module")
def truncated(tmp_path_factory):
    path = tmp_path_factory.mktemp("cut") / "cut.txt"
    path.write_text(truncated_in_list(), encoding="utf-8")
    return path


def assert_no_wrong_fact(result, utf8_build, text: str) -> None:
    """What a truncated report yields is a part of what the whole one yields
    (or nothing, now that a report cut off is an error: see below), and
    its build-report entry shows the shortfall."""
    assert any(c["status"] == "mismatch" for c in result.entry["checks"])
    if result.graph is None:
        assert result.entry["status"] == "error" and "cut off" in result.entry["error"]
        return
    assert result.entry["evidence"]["mismatches"] == []
    assert_quotes_match(result.graph, text)
    assert attendance_pairs(result.graph) <= attendance_pairs(utf8_build.graph)


def test_api_truncated_report_emits_no_wrong_fact(truncated, utf8_build):
    result = build_one(truncated, run_validation=False)
    assert_no_wrong_fact(result, utf8_build, truncated_in_list())
    [check] = [c for c in result.entry["checks"] if c["paragraph"] == "13"]
    assert (check["stated"], check["extracted"], check["status"]) == (59, 39, "mismatch")


@pytest.mark.parametrize("cut", ["多米尼加", "科摩罗、刚", "圣卢", "马耳他、墨西", "几内亚、海地", "孟加拉国、"])
def test_api_truncated_anywhere_in_the_lists_no_wrong_fact(tmp_path, utf8_build, cut):
    """Cut inside a name (「刚|果」, 「圣卢|西亚」, 「墨西|哥」) or after a name that
    is the head of a longer one (「多米尼加|共和国」): still no fact that the
    whole report does not state, and the count check shows the shortfall."""
    text = TEXT[: TEXT.index(cut) + len(cut)]
    path = tmp_path / "cut.txt"
    path.write_text(text, encoding="utf-8")
    assert_no_wrong_fact(build_one(path, run_validation=False), utf8_build, text)


@pytest.fixture(scope="module")
def truncated_run(truncated):
    out = truncated.parent / "out"
    proc = run_unkg("build", str(truncated), "--out", str(out), "--no-validate")
    return proc, json.loads((out / "build-report.json").read_text(encoding="utf-8"))


def test_cli_truncated_report_shows_the_mismatch(truncated_run):
    proc, report = truncated_run
    [entry] = report["inputs"]
    assert report["summary"]["count_mismatches"] == 1
    assert any(c["status"] == "mismatch" and c["stated"] == 59 for c in entry["checks"])
    assert "1 count mismatch(es)" in proc.stdout


def test_cli_truncated_report_is_an_error(truncated_run):
    proc, report = truncated_run
    [entry] = report["inputs"]
    assert proc.returncode == 1
    assert entry["status"] == "error" and "cut off" in entry["error"]


# --------------------------------------------------------------------------- paths that are not files


def test_cli_huge_file_refused_quickly(folder, tmp_path):
    started = time.perf_counter()
    proc = run_unkg("build", str(folder / "huge.txt"), "--out", str(tmp_path / "out"), "-q")
    elapsed = time.perf_counter() - started
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"unkg: {folder / 'huge.txt'}: is 100 MB, over the 16 MB limit for one report; "
        "split the corpus into one file per report"]
    assert elapsed < 10  # interpreter start and imports; the file itself is refused from its size


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 files (the procfs case covers a read that fails)")
def test_cli_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(variant(4), encoding="utf-8")
    path.chmod(0)
    proc = run_unkg("build", str(path), "--out", str(tmp_path / "out"), "-q")
    assert proc.returncode == 1
    assert f"unkg: {path}: cannot be read (Permission denied); check its permissions" in proc.stderr


def test_cli_symlink_loop(tmp_path):
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    (tmp_path / "good.txt").write_text(variant(5), encoding="utf-8")
    proc = run_unkg("build", "a.txt", "good.txt", "--out", "out", "--no-validate", "-q", cwd=tmp_path)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1
    assert "unkg: a.txt: cannot be opened (Too many levels of symbolic links)" in proc.stderr
    entries = entries_by_input(json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8")))
    assert entries["good.txt"]["status"] == "ok" and entries["a.txt"]["status"] == "error"


def test_api_symlink_loop(tmp_path):
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    result = build([tmp_path / "a.txt"], run_validation=False)
    assert "Too many levels of symbolic links" in result.reports[0].entry["error"]


def test_cli_directory_given_as_a_file(tmp_path):
    (tmp_path / "report.txt").mkdir()
    (tmp_path / "report.txt" / "notes.md").write_text("not a report", encoding="utf-8")
    (tmp_path / "other.txt").write_bytes(b"")
    proc = run_unkg("build", "report.txt", "other.txt", "--out", "out", "--no-validate", "-q", cwd=tmp_path)
    assert proc.returncode == 1
    assert "unkg: report.txt: is a directory" in proc.stderr
    entries = entries_by_input(json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8")))
    assert entries["report.txt"]["status"] == "error"
