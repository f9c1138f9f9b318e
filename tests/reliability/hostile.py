"""The hostile-file corpus: files an adversary (or a broken export) hands the ingest, beside good ones.

:func:`write_corpus` writes it into a folder and returns the ids of the good articles in it, which
must all be stored whatever their neighbours hold.
"""

from __future__ import annotations

import json
from pathlib import Path

GOOD = [
    "Two rockets hit Baghdad airport on Monday, killing one soldier, police said.",
    "A roadside bomb exploded in Kirkuk on Tuesday, wounding three civilians.",
    "Gunmen attacked a checkpoint in Diyala, killing two policemen, officials said.",
    "An explosion struck a market in Mosul, killing four people.",
    "A drone strike hit a vehicle near Erbil on Sunday, killing two militants.",
    "Protesters clashed with police in Basra on Friday; one protester was killed.",
    "A car bomb exploded in Tikrit, killing five people, police said.",
    "Rockets fell near the US embassy in Baghdad on Wednesday, no casualties.",
]
DEEP = "[" * 200_000 + "]" * 200_000


def _line(ident: str, text: str) -> str:
    return json.dumps({"id": ident, "text": text, "date": "2024-06-01"})


def write_corpus(folder: Path) -> tuple[set[str], int]:
    """Write the corpus; return (ids of the good articles, number of hostile inputs)."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes | str] = {
        "good.jsonl": "\n".join(_line(f"good{i}", t) for i, t in enumerate(GOOD)) + "\n",
        # deep nesting: RecursionError in the JSON parser (a whole .json file, one line of .jsonl)
        "deep.json": DEEP,
        "deep_line.jsonl": _line("beside_deep", "A bomb exploded in Fallujah, killing one.") + "\n" + DEEP + "\n",
        "deep_object.json": '{"articles": ' + DEEP + "}",
        # lone surrogates: valid JSON escapes that no UTF-8 encoder accepts
        "surrogate.jsonl": ('{"id": "lone_surrogate", "text": "Rockets hit Balad air base \\ud800 on Monday."}\n'
                            + _line("beside_surrogate", "Gunmen killed a shepherd in Anbar.") + "\n"),
        "surrogate.json": '[{"id": "lone_low", "text": "A bomb \\udfff exploded in Samarra.", "title": "\\ud83d"}]',
        # an unterminated quote: to the end of the file, and up to the next row's quote
        "quote_to_end.csv": ("id,text\nq1,\"A bomb exploded in Hilla, killing two.\n"
                             "after_quote,Gunmen attacked a checkpoint in Ramadi.\n"),
        "quote_to_next.csv": ("id,text\nq2,\"Mortars hit Tuz Khurmatu.\nbetween_quotes,A bomb hit Baiji.\n"
                              "after_next_quote,\"Rockets hit Balad.\"\n"),
        # NUL bytes in a text file (stripped, as the README says)
        "nul.txt": b"A roadside bomb \x00exploded in Baquba on Monday,\x00 killing a soldier.\x00\n",
        "many_nuls.txt": b"Clashes in Sinjar left two fighters dead.".replace(b" ", b" \x00\x00"),
        # binary, empty and damaged files: one clear rejection each
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "empty.jsonl": b"",
        "blank.txt": b"   \n\t\n",
        "damaged.txt": "انفجار في الموصل".encode() + b"\xff\xfe\xfa" + "قتل اثنان".encode(),
        "not_objects.json": "[1, \"text\", null, [], " + json.dumps({"id": "in_array", "text": "A bomb hit Hit."}) + "]",
        "wrong_types.jsonl": ('{"text": 42}\n{"text": null}\n[]\n"text"\n'
                              + _line("beside_wrong_types", "An IED struck a patrol near Tarmiyah.") + "\n"),
        "too_long.jsonl": (json.dumps({"id": "huge", "text": "x" * 1_000_001}) + "\n"
                           + _line("beside_huge", "A drone hit a car in Sulaymaniyah.") + "\n"),
        "controls.txt": "Gunmen\x1b[31m killed\x07 a farmer in Kirkuk.\x0c\n",
        "script_only.html": "<html><script>alert(1)</script><style>p{}</style></html>",
    }
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
    good = {f"good{i}" for i in range(len(GOOD))} | {
        "beside_deep", "lone_surrogate", "beside_surrogate", "lone_low", "after_quote", "between_quotes",
        "after_next_quote", "nul", "many_nuls", "in_array", "beside_wrong_types", "beside_huge", "controls"}
    return good, len(files) - 1
