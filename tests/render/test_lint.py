"""templates lint: clean on the bundled templates, precise on a broken copy."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from wmo_docs.render.lint import lint_template, lint_textblocks
from wmo_docs.resources import data_path

BESCHIKKING = data_path("templates", "beschikking", "beschikking.docx")
RAPPORTAGE = data_path("templates", "rapportage", "rapportage.docx")


def _broken_copy(tmp_path: Path, replacements: dict[str, str]) -> Path:
    target = tmp_path / "kapot.docx"
    with zipfile.ZipFile(BESCHIKKING) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                for old, new in replacements.items():
                    assert old in text, old
                    text = text.replace(old, new, 1)
                data = text.encode("utf-8")
            dst.writestr(info, data)
    return target


def test_bundled_templates_are_clean():
    assert lint_template(BESCHIKKING) == []
    assert lint_template(RAPPORTAGE) == []
    assert lint_textblocks(data_path("templates", "tekstblokken.toml")) == []


def test_undefined_variable_and_unknown_filter(tmp_path):
    broken = _broken_copy(tmp_path, {
        "{{ onderzoek.situatie }}": "{{ onderzoek.situatei }}",
        "{{ v.omvang|omvang }}": "{{ v.omvang|omvangg }}",
        "{{ zaak.zaaknummer }}": "{{ zaaknumer }}",
    })
    problems = lint_template(broken)
    messages = [str(p) for p in problems]
    assert any("onderzoek.situatei" in m and "alinea" in m for m in messages), messages
    assert any("omvangg" in m for m in messages), messages
    assert any("'zaaknumer'" in m and "tabel 2, rij 3, kolom 2" in m for m in messages), messages
    assert all(p.template == "kapot.docx" for p in problems)
    assert len(problems) == 3


def test_unbalanced_tag_names_the_paragraph(tmp_path):
    broken = _broken_copy(tmp_path, {"{%p endif %}": "weg"})
    problems = lint_template(broken)
    assert problems
    assert any("'if' wordt nergens gesloten" in p.message and p.where.startswith("alinea") for p in problems)


def test_unclosed_braces(tmp_path):
    broken = _broken_copy(tmp_path, {"{{ brief.aanhef }}": "{{ brief.aanhef "})
    assert any("niet gesloten" in p.message for p in lint_template(broken))


def test_cli_lint(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "wmo_docs", "templates", "lint"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    broken = _broken_copy(tmp_path, {"{{ onderzoek.situatie }}": "{{ onderzoek.situatei }}"})
    bad = subprocess.run([sys.executable, "-m", "wmo_docs", "templates", "lint", str(broken)], capture_output=True, text=True)
    assert bad.returncode == 1
    assert "kapot.docx" in bad.stdout and "onderzoek.situatei" in bad.stdout


def test_profile_override_template_is_linted_and_used(tmp_path):
    profile_dir = tmp_path / "profiel"
    shutil.copytree(data_path("profiles", "voorbeeldstad"), profile_dir)
    shutil.copy(_broken_copy(tmp_path, {"{{ onderzoek.situatie }}": "{{ onderzoek.situatei }}"}), profile_dir / "eigen.docx")
    import json

    data = json.loads((profile_dir / "profile.json").read_text(encoding="utf-8"))
    data["sjablonen"] = {"beschikking": "eigen.docx"}
    (profile_dir / "profile.json").write_text(json.dumps(data), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "wmo_docs", "templates", "lint", "--profile", str(profile_dir)],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "eigen.docx" in result.stdout
