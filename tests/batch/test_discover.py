from pathlib import Path

from wmo_docs.batch.discover import discover


def _touch(root: Path, *names: str) -> None:
    for n in names:
        p = root / n
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")


def test_walks_recursively_in_stable_order_and_skips_noise(tmp_path):
    _touch(tmp_path, "b/2.docx", "a/1.txt", "a/z/3.md", "a/~$1.docx", ".git/x.txt", "a/.verborgen.txt",
           "a/bijlage.png", "c/4.pdf", "c/oud.doc")
    names = [s.name for s in discover([tmp_path])]
    assert names == ["a/1.txt", "a/z/3.md", "b/2.docx", "c/4.pdf"]


def test_include_and_exclude_patterns(tmp_path):
    _touch(tmp_path, "2025-01/noord/a.docx", "2025-01/zuid/b.docx", "2025-02/noord/c.txt", "archief/d.docx")
    assert [s.name for s in discover([tmp_path], include=["*.docx"])] == [
        "2025-01/noord/a.docx", "2025-01/zuid/b.docx", "archief/d.docx"]
    assert [s.name for s in discover([tmp_path], exclude=["archief"])] == [
        "2025-01/noord/a.docx", "2025-01/zuid/b.docx", "2025-02/noord/c.txt"]
    assert [s.name for s in discover([tmp_path], include=["2025-0*/noord/*"], exclude=["*.txt"])] == [
        "2025-01/noord/a.docx"]
    assert [s.name for s in discover([tmp_path], include=["NOORD"])] == ["2025-01/noord/a.docx", "2025-02/noord/c.txt"]


def test_explicit_files_are_always_taken_once(tmp_path):
    _touch(tmp_path, "m/a.txt", "los.doc")
    sources = discover([tmp_path / "los.doc", tmp_path / "m", tmp_path / "m" / "a.txt", tmp_path / "weg.docx"])
    assert [s.path.name for s in sources] == ["los.doc", "a.txt", "weg.docx"]


def test_glob_that_the_shell_did_not_expand(tmp_path):
    _touch(tmp_path, "x/a.txt", "x/b.docx")
    assert [s.path.name for s in discover([str(tmp_path / "x" / "*.txt")])] == ["a.txt"]
