"""The output-path policy, end to end through the real CLI: nothing lost, nothing written elsewhere.

Every test puts a sentinel file beside the output that must stay byte-identical, and checks
that no other file (no temp file, no folder, no shortened name) appeared.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "examples" / "cases").glob("*.json"))
CASE = CASES[0]
DRAFT = next((ROOT / "examples" / "drafts").glob("*.docx"))
SENTINEL = b"brief van een andere client - moet blijven staan"


def cli(*args: str, cwd: Path | None = None, preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wmo_docs", *args], capture_output=True, text=True, cwd=cwd,
        preexec_fn=preexec, timeout=240,
    )


def files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def assert_dutch_usage_error(res: subprocess.CompletedProcess, name: str) -> None:
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr and "Error" not in res.stderr
    assert name in res.stderr and res.stderr.startswith("Fout:")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "brief.docx").write_bytes(SENTINEL)
    return tmp_path


def test_two_dot_name_is_taken_literally_and_sentinel_survives_force(folder):
    for extra in ((), ("--force",)):
        res = cli("generate", str(CASE), "-d", "beschikking", "-o", str(folder / "brief.v2.docx"), *extra)
        assert res.returncode == 0, res.stderr
        assert (folder / "brief.docx").read_bytes() == SENTINEL
        assert files(folder) == {"brief.docx", "brief.v2.docx"}
    import docx

    assert docx.Document(folder / "brief.v2.docx").paragraphs  # a real letter, opened again


def test_existing_output_is_refused_without_force_and_kept(folder):
    target = folder / "brief.docx"
    res = cli("generate", str(CASE), "-d", "beschikking", "-o", str(target))
    assert_dutch_usage_error(res, "brief.docx")
    assert "--force" in res.stderr and target.read_bytes() == SENTINEL


@pytest.mark.slow
def test_pdf_sibling_keeps_every_dot(folder):
    res = cli("generate", str(CASE), "-d", "beschikking", "--pdf", "-o", str(folder / "brief.v2.docx"))
    assert res.returncode == 0, res.stderr
    assert files(folder) == {"brief.docx", "brief.v2.docx", "brief.v2.pdf"}
    assert (folder / "brief.v2.pdf").read_bytes().startswith(b"%PDF")


def test_several_cases_need_a_folder_and_no_folder_named_like_a_file_appears(folder):
    res = cli("generate", str(CASES[0]), str(CASES[1]), "-d", "beschikking", "-o", str(folder / "een.docx"))
    assert_dutch_usage_error(res, "een.docx")
    assert files(folder) == {"brief.docx"}


def test_trailing_slash_is_a_folder_with_documented_names(folder):
    res = cli("generate", str(CASES[0]), str(CASES[1]), "-d", "rapportage", "-o", f"{folder / 'uit'}/")
    assert res.returncode == 0, res.stderr
    made = sorted((folder / "uit").iterdir())
    assert len(made) == 2 and all(p.suffix == ".docx" for p in made)


def test_check_format_follows_the_extension_or_refuses_a_mismatch(folder):
    res = cli("check", str(DRAFT), "--format", "text", "-o", str(folder / "rapport.html"))
    assert_dutch_usage_error(res, "rapport.html")
    assert files(folder) == {"brief.docx"}
    res = cli("check", str(DRAFT), "-o", str(folder / "rapport.v1.html"))
    assert res.returncode in (0, 1), res.stderr
    assert (folder / "rapport.v1.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    res = cli("check", str(DRAFT), "--format", "json", "-o", f"{folder / 'rapporten'}/")
    assert res.returncode in (0, 1), res.stderr
    assert (folder / "rapporten" / "wmo-docs-rapport.json").is_file()


def test_check_docx_comments_literal_name(folder):
    draft = folder / "concept.v3.docx"
    shutil.copy(DRAFT, draft)
    res = cli("check", str(draft), "--format", "docx", "-o", str(folder / "concept.v3.nagekeken.docx"))
    assert res.returncode in (0, 1), res.stderr
    assert files(folder) == {"brief.docx", "concept.v3.docx", "concept.v3.nagekeken.docx"}
    assert draft.read_bytes() == DRAFT.read_bytes()


def test_batch_output_refuses_a_folder_in_the_way(folder):
    (folder / "overzicht.jsonl").mkdir()
    res = cli("check", str(ROOT / "examples" / "drafts"), "--format", "jsonl", "-o", str(folder / "overzicht.jsonl"),
              "--force")
    assert_dutch_usage_error(res, "overzicht.jsonl")
    assert files(folder) == {"brief.docx", "overzicht.jsonl"}


@pytest.mark.parametrize("args", [
    ("generate", str(CASE), "-d", "beschikking", "-o", "{out}"),
    ("check", str(DRAFT), "--format", "json", "-o", "{out}"),
    ("check", str(DRAFT), "--format", "docx", "-o", "{out}"),
], ids=["generate", "check-json", "check-docx"])
def test_a_folder_named_like_the_output_file_is_never_written_into(folder, args):
    name = {"generate": "een.docx", "check": "een.json" if "json" in args else "een.docx"}[args[0]]
    (folder / name).mkdir()
    (folder / name / "binnen.txt").write_bytes(SENTINEL)
    res = cli(*[a.format(out=folder / name) for a in args], "--force")
    assert_dutch_usage_error(res, name)
    assert files(folder) == {"brief.docx", name, f"{name}/binnen.txt"}


@pytest.fixture
def readonly_folder(tmp_path):
    """A folder nobody may write in: chmod for a normal user, a read-only tmpfs for root (root ignores chmod)."""
    ro = tmp_path / "alleen-lezen"
    ro.mkdir()
    if os.geteuid() != 0:
        os.chmod(ro, 0o555)
        yield ro
        os.chmod(ro, 0o755)
        return
    subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(ro)], check=True)
    yield ro
    subprocess.run(["umount", str(ro)], check=True)


@pytest.mark.parametrize("command", ["generate", "check-docx", "check-html"])
def test_read_only_folder_gives_a_dutch_message(readonly_folder, command):
    ro = readonly_folder
    args = {
        "generate": ("generate", str(CASE), "-d", "beschikking", "-o", str(ro / "brief.docx")),
        "check-docx": ("check", str(DRAFT), "--format", "docx", "-o", str(ro / "c.docx")),
        "check-html": ("check", str(DRAFT), "-o", str(ro / "rapport.html")),
    }[command]
    res = cli(*args)
    assert_dutch_usage_error(res, "alleen-lezen")
    assert "schrijfrechten" in res.stderr or "alleen-lezen" in res.stderr.split(":", 2)[-1]
    assert list(ro.iterdir()) == []


def _tiny_file_limit():
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.parametrize("command", ["generate", "check-docx"])
def test_full_disk_leaves_no_half_file(tmp_path, command):
    args = {
        "generate": ("generate", str(CASE), "-d", "beschikking", "-o", str(tmp_path / "brief.docx")),
        "check-docx": ("check", str(DRAFT), "--format", "docx", "-o", str(tmp_path / "c.docx")),
    }[command]
    res = cli(*args, preexec=_tiny_file_limit)
    assert_dutch_usage_error(res, str(tmp_path))
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temp file
