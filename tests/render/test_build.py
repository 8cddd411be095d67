"""The shipped .docx templates are exactly what scripts/build_templates.py builds."""

import subprocess
import sys

from .conftest import ROOT


def test_templates_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_templates.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
