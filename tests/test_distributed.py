"""Summarising a JSONL corpus with Dask bag, exactly as docs/scaling-out.md shows it."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import dask
import dask.bag as db
import pytest

import ringkas

from .conftest import ROOT

DOC = ROOT / "docs" / "scaling-out.md"

ARTICLES = [
    "Hujan deras yang mengguyur Jakarta sejak Senin malam menyebabkan banjir di sejumlah "
    "wilayah. Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta mencatat 45 RT terendam "
    "dengan ketinggian air hingga 1,2 meter. Sebagian warga Kampung Melayu mengungsi ke masjid "
    "dan sekolah terdekat. Petugas mengerahkan perahu karet untuk mengevakuasi lansia dan "
    'anak-anak. "Kami sudah menyiapkan dapur umum di tiga lokasi," kata Kepala Pelaksana BPBD. '
    "Air diperkirakan surut dalam dua hari jika hujan tidak kembali turun.",
    "Harga beras medium di pasar tradisional naik menjadi Rp13.500 per kilogram pekan ini. "
    "Kenaikan itu dipicu oleh mundurnya masa panen di beberapa sentra produksi di Jawa Tengah. "
    "Pedagang di Pasar Induk Cipinang mengatakan pasokan berkurang hampir seperlima dibanding "
    "bulan lalu. Pemerintah berencana menggelar operasi pasar untuk menahan laju harga.\n\n"
    "Bulog menyatakan stok cadangan beras nasional masih mencukupi hingga akhir tahun. "
    "Masyarakat diimbau tidak membeli beras secara berlebihan.",
    "Tim nasional Indonesia menang 2-1 atas Vietnam dalam laga kualifikasi di Stadion Utama "
    "Gelora Bung Karno, Kamis malam. Gol pertama dicetak pada menit ke-17 melalui sundulan dari "
    "sepak pojok. Vietnam sempat menyamakan kedudukan sebelum turun minum. Gol kemenangan lahir "
    "pada menit ke-78 lewat tendangan jarak jauh. Pelatih memuji semangat para pemain yang "
    "tampil tanpa kenal lelah. Dengan hasil ini, Indonesia naik ke posisi kedua klasemen grup.",
    "Sebuah perusahaan rintisan asal Bandung meluncurkan aplikasi untuk membantu petani "
    "memantau kelembapan tanah. Aplikasi itu terhubung dengan sensor murah yang dipasang di "
    "sawah. Data dari sensor dikirim setiap jam ke ponsel petani. Menurut pendirinya, "
    "penggunaan air irigasi dapat dihemat hingga 30 persen. Uji coba sudah dilakukan di 12 desa "
    "di Jawa Barat sejak awal tahun.",
    "Dinas Kesehatan Kota Surabaya melaporkan peningkatan kasus demam berdarah dengue selama "
    "musim hujan. Sepanjang Januari tercatat 212 kasus, naik dari 150 kasus pada bulan "
    "sebelumnya. Warga diminta menguras bak mandi, menutup tempat penampungan air, dan mendaur "
    "ulang barang bekas. Petugas juga melakukan pengasapan di kelurahan dengan kasus terbanyak. "
    "Rumah sakit daerah menambah ruang perawatan untuk pasien anak.",
    "Kementerian Pendidikan mengumumkan jadwal penerimaan peserta didik baru tahun ini. "
    "Pendaftaran jalur zonasi dibuka mulai 10 Juni secara daring. Orang tua diminta menyiapkan "
    "kartu keluarga dan akta kelahiran anak. Sekolah wajib mengumumkan hasil seleksi paling "
    "lambat dua minggu setelah pendaftaran ditutup.\n\n"
    "Posko pengaduan disediakan di setiap dinas pendidikan kabupaten dan kota.",
    "PT Kereta Api Indonesia menambah 20 perjalanan kereta selama libur Lebaran. Tambahan itu "
    "untuk melayani lonjakan penumpang dari Jakarta ke kota-kota di Jawa. “Tiket untuk tanggal "
    "favorit sudah habis terjual,” ujar juru bicara KAI. Penumpang diimbau datang ke stasiun "
    "satu jam sebelum keberangkatan. Pemeriksaan tiket dan identitas dilakukan secara ketat di "
    "pintu masuk.",
    "Festival Danau Toba kembali digelar di Kabupaten Samosir setelah dua tahun absen. Ribuan "
    "wisatawan memadati tepi danau untuk menyaksikan lomba perahu tradisional. Pertunjukan tari "
    "tortor dan musik gondang menjadi acara pembuka. Pemerintah daerah berharap festival ini "
    "mendorong kunjungan wisatawan mancanegara. Para perajin ulos juga memamerkan kain tenun "
    "hasil karya mereka.",
    "Bank Indonesia (BI) mempertahankan suku bunga acuan di level 6 persen. Keputusan itu "
    "diambil dalam Rapat Dewan Gubernur yang berlangsung dua hari. Gubernur BI menyebut langkah "
    "tersebut sejalan dengan upaya menjaga stabilitas nilai tukar rupiah. Inflasi diperkirakan "
    "tetap berada dalam kisaran sasaran 1,5–3,5 persen. Pelaku pasar menilai keputusan ini "
    "sesuai perkiraan.",
    "Relawan membersihkan 3 ton sampah plastik dari pesisir Pantai Kuta, Bali, pada Minggu "
    "pagi. Sampah itu terbawa arus laut selama musim angin barat. Sebagian besar berupa botol "
    "minuman, kantong plastik, dan sandal bekas. Pengelola pantai menyediakan truk untuk "
    "mengangkut sampah ke tempat pembuangan akhir. Kegiatan serupa akan dilakukan setiap pekan "
    "hingga Maret.",
]

# Twelve records: the ten articles, one with empty text and one with no "text" at all.
RECORDS: list[dict] = [{"id": f"berita-{n:02d}", "text": t} for n, t in enumerate(ARTICLES, 1)]
RECORDS.insert(4, {"id": "berita-kosong", "text": ""})
RECORDS.append({"id": "tanpa-teks", "judul": "Hanya judul, tanpa isi"})
ERRORS = {
    "berita-kosong": {"id": "berita-kosong", "error": "the input is empty"},
    "tanpa-teks": {"id": "tanpa-teks", "error": 'no "text" or "html" field with a string value'},
}


def summarise_record(record: dict) -> dict:
    """One {"id": ..., "text": ...} record in, its summary (or why there is none) out."""
    label = {"id": record.get("id")}
    text = record.get("text")
    if not isinstance(text, str):
        return {**label, "error": 'no "text" or "html" field with a string value'}
    try:
        summary = ringkas.summarize(text)
    except ringkas.RingkasError as error:
        return {**label, "error": str(error)}
    return ringkas.summary_dict(summary, label)


def run_pipeline(archive: Path, out: Path, blocksize: int | None) -> list[str]:
    """The pipeline of docs/scaling-out.md, on local folders; the names of the files written."""
    return (
        db.read_text(str(archive / "*.jsonl"), blocksize=blocksize)
        .map(json.loads)
        .map(summarise_record)
        .map(json.dumps)
        .to_textfiles(str(out / "*.jsonl"), last_endline=True)
    )


def write_archive(folder: Path) -> None:
    """The twelve records as UTF-8 JSONL, split across two files."""
    folder.mkdir()
    half = len(RECORDS) // 2
    for name, part in (("bagian-1", RECORDS[:half]), ("bagian-2", RECORDS[half:])):
        lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in part)
        (folder / f"{name}.jsonl").write_text("".join(lines), encoding="utf-8")


def expected(record: dict) -> dict:
    """What the output must hold for ``record``, computed here without Dask."""
    if record["id"] in ERRORS:
        return ERRORS[record["id"]]
    return ringkas.summary_dict(ringkas.summarize(record["text"]), {"id": record["id"]})


@pytest.mark.parametrize(
    ("scheduler", "blocksize"),
    [("synchronous", None), ("synchronous", 1000), ("processes", None)],
    ids=["synchronous", "synchronous-small-blocks", "processes"],
)
def test_pipeline_summarises_every_record(
    scheduler: str, blocksize: int | None, tmp_path: Path
) -> None:
    """Every record comes out once, in input order, equal to summarising it directly."""
    write_archive(tmp_path / "archive")
    with dask.config.set(scheduler=scheduler, num_workers=2):
        names = run_pipeline(tmp_path / "archive", tmp_path / "out", blocksize)

    # One file per partition; their names sort in partition order, and each ends its last line.
    assert names == sorted(str(p) for p in (tmp_path / "out").glob("*.jsonl"))
    assert (len(names) == 2) if blocksize is None else (len(names) > 2)
    texts = [Path(name).read_text(encoding="utf-8") for name in names]
    assert all(text.endswith("\n") for text in texts)

    output = [json.loads(line) for text in texts for line in text.splitlines()]
    assert [r["id"] for r in output] == [r["id"] for r in RECORDS]
    assert output == [expected(r) for r in RECORDS]


def test_corpus_is_worth_summarising() -> None:
    """Each article has more sentences than a summary of three keeps, so summaries really
    choose."""
    for text in ARTICLES:
        summary = ringkas.summarize(text, sentences=3)
        assert summary.total_sentences > len(summary.sentences) == 3


def test_doc_shows_this_pipeline() -> None:
    """docs/scaling-out.md shows the same summarise_record and pipeline steps as this test."""
    doc = DOC.read_text(encoding="utf-8")
    position = doc.index(inspect.getsource(summarise_record))
    for step in [
        "db.read_text(",
        ".map(json.loads)",
        ".map(summarise_record)",
        ".map(json.dumps)",
        '.to_textfiles("out/*.jsonl", last_endline=True)',
    ]:
        position = doc.index(step, position)
