"""The Indonesian interface: chosen by --lang or the locale, through gettext catalogs, for
ringkas's labels and messages and click's own; JSON never changes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ringkas import i18n
from ringkas.command.cli import command

from .conftest import SAMPLES, SEED

PO = Path(i18n.LOCALE_DIR) / "id" / "LC_MESSAGES" / "ringkas.po"
ARTICLE = (
    "Harga Beras Naik di Jakarta\n\n"
    "JAKARTA, KOMPAS.com - Harga beras di pasar Jakarta naik tajam pekan ini. "
    "Pedagang beras mengeluhkan harga yang terus naik.\n"
)


def run(args: list[str], stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(command, args, input=stdin, env=env)


def test_the_compiled_catalog_is_the_po_file() -> None:
    """The .mo shipped is exactly what the .po compiles to: no translation is lost or stale."""
    assert PO.with_suffix(".mo").read_bytes() == i18n.compile_catalog(PO)


def test_every_translation_keeps_its_placeholders() -> None:
    """A translation names the same {placeholders} as its English, so formatting never fails."""
    for msgid, msgstr in i18n.read_po(PO).items():
        if not msgid:
            continue  # the header
        english = set(re.findall(r"\{[^{}]*\}", msgid.split("\x00")[-1]))
        for form in msgstr.split("\x00"):
            assert set(re.findall(r"\{[^{}]*\}", form)) <= english | {"{possibilities}"}, msgid


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--lang", "id"], {}),
        (["--lang=id"], {"LANG": "en_US.UTF-8"}),
        ([], {"LANGUAGE": "id"}),
        ([], {"LANGUAGE": "", "LC_ALL": "id_ID.UTF-8"}),
        ([], {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "id_ID.UTF-8"}),
    ],
    ids=["option", "option-over-locale", "LANGUAGE", "LC_ALL", "LANG"],
)
def test_text_output_in_indonesian(args: list[str], env: dict[str, str]) -> None:
    """The labels of text output speak Indonesian when --lang or the locale says so."""
    done = run([*args, "-n", "1", "-"], ARTICLE, env)
    assert done.exit_code == 0
    assert done.stdout == (
        "Judul: Harga Beras Naik di Jakarta | baris 1, kolom 1 | karakter 0-27\n"
        "Dateline: JAKARTA, KOMPAS.com - | baris 3, kolom 1 | karakter 29-50\n"
        "1 dari 2 kalimat, 9 kata\n\n"
        "Kalimat 1 dari 2 | paragraf 1 | baris 3, kolom 23 | karakter 51-101 | peringkat 1\n"
        "  Harga beras di pasar Jakarta naik tajam pekan ini.\n"
    )


def test_lang_en_overrides_an_indonesian_locale() -> None:
    done = run(["--lang", "en", "-n", "1", "-"], ARTICLE, {"LANGUAGE": "id"})
    assert done.stdout.startswith("Title: Harga Beras Naik di Jakarta | line 1, column 1")


def test_errors_warnings_and_clicks_messages_in_indonesian(tmp_path: Path) -> None:
    """A document's error, a warning and click's usage errors are Indonesian too."""
    missing = tmp_path / "hilang.txt"
    done = run(["--lang", "id", str(missing)])
    assert (done.exit_code, done.stderr) == (1, f"Galat: {missing}: berkas tidak ada\n")
    english = run(["--lang", "id", "-n", "1", "-"], "The market rose sharply on Friday. " * 6)
    assert english.stderr.startswith(
        "Peringatan: <stdin>: teks ini tampaknya berbahasa Inggris, bukan Indonesia;"
    )
    usage = run(["--lang", "id", "--order", "acak", str(SEED)])
    assert usage.exit_code == 2
    assert usage.stderr == (
        "Penggunaan: summarize [OPTIONS] [FILE]...\n"
        "Coba 'summarize --help' untuk bantuan.\n\n"
        "Galat: Nilai tidak sah untuk '--order': 'acak' bukan salah satu dari 'document', "
        "'rank'.\n"
    )


def test_help_in_indonesian_leaves_no_option_in_english() -> None:
    """--help in Indonesian: the description and every option's help are translated."""
    english = run(["--help"]).stdout
    indonesian = run(["--lang", "id", "--help"]).stdout
    assert indonesian.startswith("Penggunaan: summarize [OPTIONS] [FILE]...\n\n  Cetak kalimat")
    assert "Tampilkan pesan ini lalu keluar." in indonesian
    flat = " ".join(indonesian.split())
    for param in command.params:
        if param.help:  # type: ignore[attr-defined]
            assert " ".join(param.help.split()) not in flat, param.name  # type: ignore[attr-defined]
            assert " ".join(param.help.split())[:40] in " ".join(english.split())  # type: ignore[attr-defined]


def test_json_never_changes() -> None:
    """JSON keys and values are the same in both languages."""
    page = str(SAMPLES / "kabarkita-banjir.html")
    english = json.loads(run(["-f", "json", page]).stdout)
    assert json.loads(run(["--lang", "id", "-f", "json", page]).stdout) == english


def test_errors_with_values_in_indonesian(tmp_path: Path) -> None:
    """Errors that name something of the input are said in Indonesian too, what they name
    kept; JSON keeps the English message."""
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert run(["--lang", "id", str(pdf)]).stderr == (
        f"Galat: {pdf}: masukan ini dokumen PDF, bukan teks; ringkas membaca teks biasa, "
        "halaman web yang disimpan (HTML), dan JSON Lines: keluarkan dulu teks dari dalamnya "
        "(pdftotext FILE.pdf - | summarize)\n"
    )
    latin = tmp_path / "lama.txt"
    latin.write_bytes("Harga kopi naik é sekali.".encode("latin-1"))
    assert run(["--lang", "id", str(latin)]).stderr == (
        f"Galat: {latin}: bukan UTF-8 yang sah: bita 0xe9 pada offset 16 tidak dapat "
        "didekode; sebutkan pengodean masukan dengan --encoding (misalnya --encoding latin-1)\n"
    )
    furniture = run(["--lang", "id", "-"], "Baca juga: Harga Beras Naik\nBaca juga: Gempa Lagi\n")
    assert furniture.stderr == (
        "Galat: <stdin>: tidak ada teks berita: semua 2 kalimatnya adalah perabot halaman "
        "(nama penulis, keterangan foto, tautan, ...)\n"
    )
    batch = run(["--lang", "id", "--input-format", "jsonl", "-f", "jsonl", "-"], '{"x": 1}\n')
    assert json.loads(batch.stdout)["error"] == 'no "text" or "html" field with a string value'
    assert batch.stderr == (
        'Galat: <stdin>, baris 1: tidak ada kolom "text" atau "html" yang bernilai string\n'
    )


def test_usage_errors_and_progress_in_indonesian() -> None:
    """ringkas's own usage errors and the progress line speak Indonesian too."""
    done = run(["--lang", "id", "-n", "2", "-r", "0.5", str(SEED)])
    assert done.exit_code == 2
    assert done.stderr.endswith("Galat: -n dan -r tidak dapat dipakai bersama; pilih salah satu.\n")
    from ringkas.command.progress import Progress

    i18n.choose("id")
    progress = Progress(None, False, 10)  # type: ignore[arg-type]
    progress.done = 4
    line = progress.line(progress.started + 2)
    assert line == "4/10 dokumen, 2/d, sisa 3s"


def test_network_errors_in_indonesian() -> None:
    """What went wrong fetching a link is said in the user's language, its values kept."""
    import socket

    with socket.socket() as probe:  # a port nothing listens on: bound, never listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        link = f"http://127.0.0.1:{port}/berita.html"
        done = run(["--lang", "id", link])
    assert (done.exit_code, done.stderr) == (1, f"Galat: {link}: sambungan ditolak\n")
