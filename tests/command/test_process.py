"""What only a real process shows: Ctrl-C and other signals, closed pipes, hash seeds, the
installed command.

Everything else about the command is tested in-process with click's CliRunner (test_cli.py,
test_output.py, test_batch.py and the tests of each stage). Nothing here sleeps: each test waits
for something it can see (a line of output, the end of the process), and Ctrl-C is sent at exact
points of start-up by an audit hook the test installs in the child (``sitecustomize.py`` on
PYTHONPATH).
"""

from __future__ import annotations

import fcntl
import json
import os
import select
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ringkas import METHODS

from ..conftest import ROOT, SAMPLES, SEED

COMMAND = str(Path(sys.executable).with_name("summarize"))

# Installed in the child process through PYTHONPATH: when the audit event named by
# RINGKAS_TEST_INTERRUPT_AT happens ("import:MODULE", "open:PATH" or "fork"), the process sends
# itself SIGINT, once. Python runs the handler at the next instruction, inside that import,
# read or worker start.
SITECUSTOMIZE = textwrap.dedent(
    """
    import os
    import signal
    import sys

    _kind, _, _what = os.environ.pop("RINGKAS_TEST_INTERRUPT_AT", "").partition(":")


    def _interrupt_at(event, args):
        global _kind
        if not _kind:
            return
        if (
            (_kind == "import" and event == "import" and args[0] == _what)
            or (_kind == "open" and event == "open" and str(args[0]) == _what)
            or (_kind == "fork" and event == "os.fork")
        ):
            _kind = ""
            os.kill(os.getpid(), signal.SIGINT)


    sys.addaudithook(_interrupt_at)
    """
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL archive long enough that no run ends before it is interrupted."""
    path = tmp_path_factory.mktemp("archive") / "arsip.jsonl"
    line = json.dumps({"text": SEED.read_text(encoding="utf-8")})
    path.write_text((line + "\n") * 3000, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def interrupt_hook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hook")
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    return folder


def _start(args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [COMMAND, *args],
        bufsize=0,  # readline() takes one line, leaving the rest for communicate()
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's job would have
        env=env,
        cwd=ROOT,
    )


def _assert_ended_by_ctrl_c(
    process: subprocess.Popen[bytes], first: bytes = b"", status: int = 130
) -> None:
    """Exit 130 (or ``status``), nothing on stderr, and only whole JSON lines on stdout; the
    workers are gone too (they hold stdout, so its end is only seen once every one of them
    has exited)."""
    out, err = process.communicate(timeout=120)
    assert (process.returncode, err.decode()) == (status, "")
    records = (first + out).split(b"\n")
    assert records.pop() == b""  # the output ends with a whole line
    for record in records:
        assert "sentences" in json.loads(record), record[:300]


START_UP = [
    pytest.param("import:ringkas.command.cli", "1", id="loading-the-command"),
    pytest.param("import:click", "1", id="importing-click"),
    pytest.param("import:nltk", "1", id="importing-nltk"),
    pytest.param("import:numpy", "2", id="importing-numpy"),
    pytest.param("import:sumy", "1", id="importing-sumy"),
    pytest.param("open:ARCHIVE", "1", id="opening-the-input"),
    pytest.param("open:ARCHIVE", "2", id="opening-the-input-2-jobs"),
    pytest.param("fork", "2", id="starting-workers"),
]


@pytest.mark.parametrize(("point", "jobs"), START_UP)
def test_ctrl_c_during_start_up(point: str, jobs: str, archive: Path, interrupt_hook: Path) -> None:
    """Ctrl-C at any point of start-up (loading, imports, opening the input, starting the
    workers) ends the run with status 130, no traceback and no "Exception ignored"."""
    env = {
        **os.environ,
        "PYTHONPATH": str(interrupt_hook),
        "RINGKAS_TEST_INTERRUPT_AT": point.replace("ARCHIVE", str(archive)),
    }
    process = _start(["--input-format", "jsonl", "-f", "jsonl", "-j", jobs, str(archive)], env)
    _assert_ended_by_ctrl_c(process)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_mid_batch(archive: Path, jobs: str) -> None:
    """Ctrl-C once the first record is out, to the whole process group as a terminal sends it:
    exit 130, quiet, only whole lines."""
    process = _start(["--input-format", "jsonl", "-f", "jsonl", "-j", jobs, str(archive)])
    assert process.stdout is not None
    first = process.stdout.readline()
    os.killpg(process.pid, signal.SIGINT)
    _assert_ended_by_ctrl_c(process, first)


def test_signals_to_the_main_process_take_the_workers_along(archive: Path) -> None:
    """SIGTERM or SIGHUP to the main process alone of a two-job batch, once the first record is
    out: it ends as Ctrl-C ends it (the same handler), with status 128 + the signal, quiet,
    whole lines, and its workers with it. (They once ran on for ever, holding stdout open, so
    that a downstream `wc` never ended.) The two runs go at once, to save time."""
    runs = {
        signum: _start(["--input-format", "jsonl", "-f", "jsonl", "-j", "2", str(archive)])
        for signum in (signal.SIGTERM, signal.SIGHUP)
    }
    firsts = {}
    for signum, process in runs.items():
        assert process.stdout is not None
        firsts[signum] = process.stdout.readline()
        process.send_signal(signum)
    for signum, process in runs.items():
        _assert_ended_by_ctrl_c(process, firsts[signum], status=128 + signum)


@pytest.mark.skipif(not hasattr(fcntl, "F_SETPIPE_SZ"), reason="needs Linux pipe sizes")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_while_the_reader_stalls(archive: Path, jobs: str) -> None:
    """With nobody reading the output (the pipe full, the writer held up), Ctrl-C still ends
    the run at once, with only whole lines written."""
    process = _start(["--input-format", "jsonl", "-f", "jsonl", "-j", jobs, str(archive)])
    assert process.stdout is not None
    # A pipe of one page holds one record; the writer then waits until it is read, which the
    # test never does before Ctrl-C.
    fcntl.fcntl(process.stdout.fileno(), fcntl.F_SETPIPE_SZ, 4096)
    readable, _, _ = select.select([process.stdout], [], [], 120)
    assert readable, "no output came"
    os.killpg(process.pid, signal.SIGINT)
    _assert_ended_by_ctrl_c(process)


def _pipe_status(command: str) -> tuple[int, bytes, bytes]:
    """Run ``command | head -1`` in bash; summarize's exit status, what head printed, and
    summarize's stderr."""
    done = subprocess.run(
        ["bash", "-c", f'{command} | head -1; exit "${{PIPESTATUS[0]}}"'],
        capture_output=True,
        check=False,
        cwd=ROOT,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--split", "BIG"], id="one-file"),
        pytest.param(["--input-format", "jsonl", "-j", "2", "ARCHIVE"], id="jsonl-2-jobs"),
    ],
)
def test_closed_pipe_ends_quietly_with_status_0(
    args: list[str], archive: Path, tmp_path: Path
) -> None:
    """`summarize ... | head -1`: the reader has what it wants; nothing on stderr and exit
    status 0, for one file and for several documents (JSONL, several files) alike."""
    big = tmp_path / "panjang.txt"  # its --split output is far more than a pipe holds
    big.write_text(SEED.read_text(encoding="utf-8") * 40, encoding="utf-8")
    args = [{"BIG": str(big), "ARCHIVE": str(archive)}.get(a, a) for a in args]
    status, shown, stderr = _pipe_status(" ".join([COMMAND, *args]))
    assert (status, stderr) == (0, b"")
    assert shown.startswith((b"Dateline: ", b"==> "))


HASH_SEED_RUN = textwrap.dedent(
    """
    import json, sys
    from click.testing import CliRunner
    from ringkas import METHODS
    from ringkas.command.cli import command

    records = sys.stdin.read()
    outputs = {}
    for method in METHODS:
        result = CliRunner().invoke(
            command, ["--input-format", "jsonl", "-f", "jsonl", "-m", method, "-n", "4"], records
        )
        outputs[method] = result.stdout
    print(json.dumps(outputs))
    """
)


def test_same_output_for_any_hash_seed() -> None:
    """Every method prints the same bytes whatever PYTHONHASHSEED is (string hashing decides
    set and dict orders, which sumy's sums follow)."""
    records = "".join(
        json.dumps({"id": n, "text": p.read_text(encoding="utf-8")}) + "\n"
        for n, p in enumerate(sorted(SAMPLES.glob("*.txt")))
    )
    runs = []
    for seed in ("0", "12345"):
        done = subprocess.run(
            [sys.executable, "-c", HASH_SEED_RUN],
            input=records.encode(),
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        runs.append(json.loads(done.stdout))
    assert runs[0] == runs[1]
    assert sorted(runs[0]) == sorted(METHODS)
    assert all(output.count("\n") == 4 for output in runs[0].values())


LIGHT_PATHS = textwrap.dedent(
    """
    import sys
    from click.testing import CliRunner
    from ringkas.command.cli import command

    runner = CliRunner()
    assert runner.invoke(command, ["--help"]).exit_code == 0
    assert runner.invoke(command, ["--version"]).exit_code == 0
    env = {"_SUMMARIZE_COMPLETE": "bash_complete", "COMP_WORDS": "summarize -m ", "COMP_CWORD": "2"}
    assert "plain,lexrank" in runner.invoke(command, prog_name="summarize", env=env).stdout
    print(sorted({name.split(".")[0] for name in sys.modules} & {"nltk", "sumy", "numpy"}))
    """
)


def test_help_version_and_completion_load_no_library() -> None:
    """--help, --version and tab completion need none of NLTK, sumy or numpy, and load none
    (benchmarks/speed.py times them against loading click alone)."""
    done = subprocess.run(
        [sys.executable, "-c", LIGHT_PATHS], capture_output=True, check=True, cwd=ROOT
    )
    assert done.stdout == b"[]\n"


def test_installed_command_and_module_agree() -> None:
    """The installed `summarize` and `python -m ringkas` print the seed's expected summary,
    offline: NLTK_DATA points at a folder that does not exist (conftest.py)."""
    expected = SEED.with_suffix(".expected").read_bytes()
    for argv in ([COMMAND], [sys.executable, "-m", "ringkas"]):
        done = subprocess.run(
            [*argv, "samples/harakatuna-suriah.txt"], cwd=ROOT, capture_output=True, check=False
        )
        assert (done.returncode, done.stderr, done.stdout) == (0, b"", expected)


# Starts the command (argv[2:]) with argv[1] MB of address space. The limit is set in a process
# of its own, which then becomes the command, rather than between fork and exec of this threaded
# test process.
_WITH_LITTLE_MEMORY = (
    "import os, resource, sys; limit = int(sys.argv[1]) * 1024 * 1024; "
    "resource.setrlimit(resource.RLIMIT_AS, (limit, limit)); os.execv(sys.argv[2], sys.argv[2:])"
)
# Enough to start (about 185 MB) and summarise an article, not five megabytes of news (about
# 250 MB).
_ARTICLE_NOT_ARCHIVE = "215"


_BATCH_OPTIONS = ("--input-format", "jsonl", "-f", "jsonl", "-n", "1")


def test_out_of_memory_is_that_documents_error(tmp_path: Path) -> None:
    """Memory that runs out while a document is summarised is one Error line for it, and the
    batch goes on: the next record is summarised, the exit status is 1."""
    articles = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    parts, size, n = [], 0, 0
    while size < 4_900_000:
        parts.append(f"{articles[n % len(articles)]}\n\nBagian {n} dari arsip ini.\n\n")
        size += len(parts[-1].encode())
        n += 1
    records = [{"id": 1, "text": "".join(parts)}, {"id": 2, "text": SEED.read_text("utf-8")}]
    path = tmp_path / "arsip.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _WITH_LITTLE_MEMORY,
            _ARTICLE_NOT_ARCHIVE,
            COMMAND,
            *_BATCH_OPTIONS,
            str(path),
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    no_memory = "not enough memory to summarise this document; give ringkas more memory or split it"
    assert (done.returncode, [line.get("error") for line in lines]) == (1, [no_memory, None])
    assert lines[1]["sentences"]
    assert done.stderr.decode() == f"Error: {path}, line 1 (id 1): {no_memory}\n"


@pytest.mark.parametrize("megabytes", ["60", "100", "150"])
def test_too_little_memory_to_start_is_one_error_line(megabytes: str) -> None:
    """With too little memory to load NLTK and numpy, the command says so in one line (not a
    traceback, not OpenBLAS's own message) and exits 1."""
    done = subprocess.run(
        [sys.executable, "-c", _WITH_LITTLE_MEMORY, megabytes, COMMAND, str(SEED)],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert (done.returncode, done.stderr, done.stdout) == (
        1,
        b"Error: not enough memory; give ringkas more memory\n",
        b"",
    )
