"""JSON for programs: exact text, strict JSON, nothing a terminal would act on."""

from __future__ import annotations

import json

from ..conftest import HOSTILE, invoke


def test_json_output_is_exact_and_escaped() -> None:
    """JSON escapes every control character and decodes back to the exact input."""
    done = invoke("--split", "-f", "json", stdin=HOSTILE.encode())
    out = done.stdout
    assert not any(ch in out for ch in "\x1b\x07\x08\x9b\x85")
    sentences = json.loads(out)["sentences"]
    assert "".join(HOSTILE[s["start"] : s["end"]] for s in sentences) == "".join(
        s["text"] for s in sentences
    )
