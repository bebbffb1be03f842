"""Names from the user (file names, links, record ids) as ringkas shows them: one safe line for
people, valid Unicode for JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ringkas.read.names import json_name, one_line

from ..conftest import SHORT, invoke


def test_one_line_and_json_name() -> None:
    """The two shapes of a name: one safe line for people, valid Unicode for JSON (exact but
    for bytes that are not UTF-8)."""
    name = os.fsdecode(HOSTILE_NAME) + "\ud800\u2028\u202e"
    assert one_line(name) == "berita\\xff\\n\\x1b[31m\\t.txt\\ud800\\u2028\\u202e"
    assert json_name(name) == "berita\\xff\n\x1b[31m\t.txt\\ud800\u2028\u202e"
    assert one_line("Berita “baru”.txt") == "Berita “baru”.txt"


def test_any_name_is_one_safe_line(tmp_path: Path) -> None:
    """A file name with bytes that are not UTF-8, a line break and an escape sequence: one
    header line, one error line, valid JSON; nothing raw reaches the terminal."""
    hostile = os.fsencode(tmp_path) + b"/" + HOSTILE_NAME
    with open(hostile, "wb") as handle:
        handle.write(SHORT.encode())
    good = tmp_path / "baik.txt"
    good.write_text(SHORT, encoding="utf-8")
    name = os.fsdecode(hostile)
    shown = f"{tmp_path}/berita\\xff\\n\\x1b[31m\\t.txt"
    text = invoke("-n", "1", str(good), name)
    assert text.exit_code == 0
    assert f"\n==> {shown} <==\n" in text.stdout
    assert "\x1b" not in text.stdout
    lines = invoke("-n", "1", "-f", "jsonl", str(good), name).stdout.splitlines()
    assert json.loads(lines[1])["file"] == f"{tmp_path}/berita\\xff\n\x1b[31m\t.txt"
    assert json.loads(invoke("-n", "1", "-f", "json", str(good), name).stdout)[1]["file"] == (
        f"{tmp_path}/berita\\xff\n\x1b[31m\t.txt"
    )
    missing = invoke(name + "-hilang")
    assert (missing.exit_code, missing.stderr) == (1, f"Error: {shown}-hilang: no such file\n")


# Bytes a Linux file name may hold: not UTF-8 (0xff), a line break, an escape sequence, a tab.
HOSTILE_NAME = b"berita\xff\n\x1b[31m\t.txt"
