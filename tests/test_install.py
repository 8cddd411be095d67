"""A real, non-editable install of wmo-docs works outside the source tree.

How the test stays fast and offline-safe for the runtime dependencies:

* A fresh venv is created (``python -m venv``, with pip) in tmp_path.
* wmo-docs itself is built and installed the normal way, ``pip install --no-deps <repo>``:
  a real wheel build by hatchling, so the content folders are copied into
  ``wmo_docs/_data`` by the ``force-include`` table exactly as for a user. pip fetches
  only the build backend (hatchling) from PyPI into its isolated build env, which is
  reachable here; nothing else is downloaded.
* The runtime dependencies (click, rich, jsonschema, spaCy, …) are not downloaded again:
  a ``.pth`` file in the new venv adds our development venv's site-packages *after* the
  new venv's own. A ``.pth`` line only appends a path; .pth files inside that path (such
  as our editable install's pointer to the source tree) are not processed, so the source
  tree cannot leak in — the test asserts that the package and its schema really come
  from the new venv.

Marked slow (a wheel build takes tens of seconds); never skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _site_packages(venv: Path) -> Path:
    out = subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


@pytest.mark.slow
def test_installed_package_validates_from_outside_the_repo(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    site = _site_packages(venv)
    (site / "zz_wmo_docs_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    install = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check", str(REPO)],
        capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    outside = tmp_path / "elders"
    outside.mkdir()
    case = outside / "mijn-zaak.json"
    shutil.copy(next((REPO / "examples" / "cases").glob("04-*.json")), case)
    broken = outside / "fout.json"
    shutil.copy(REPO / "examples" / "invalid" / "12-grondslag-bestaat-niet.json", broken)

    ok = subprocess.run([str(venv / "bin" / "wmo-docs"), "validate", case.name], capture_output=True, text=True,
                        cwd=outside, env=env, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "✓ mijn-zaak.json  geldig" in ok.stdout

    bad = subprocess.run([str(venv / "bin" / "wmo-docs"), "validate", broken.name, "--format", "json"],
                         capture_output=True, text=True, cwd=outside, env=env, timeout=120)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    rules = {f["rule"] for f in json.loads(bad.stdout)["files"][0]["findings"]}
    assert rules == {"CASUS-GRONDSLAG"}  # law index, profile and rules.toml all came along

    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "import wmo_docs, wmo_docs.case.schema as s; from wmo_docs.resources import data_path; "
         "print(wmo_docs.__file__); print(data_path('schemas', 'case.schema.json')); print(data_path('profiles', 'voorbeeldstad'))"],
        capture_output=True, text=True, cwd=outside, env=env, timeout=60, check=True,
    )
    package_file, schema_file, profile_dir = (Path(line) for line in where.stdout.split())
    assert site.resolve() in package_file.resolve().parents
    assert schema_file.resolve() == (site / "wmo_docs" / "_data" / "schemas" / "case.schema.json").resolve()
    assert schema_file.is_file() and REPO not in schema_file.resolve().parents
    assert (profile_dir / "profile.json").is_file() and REPO not in profile_dir.resolve().parents
