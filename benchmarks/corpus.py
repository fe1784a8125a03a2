"""Makes a synthetic corpus of N fiches from the real ones: names, populations, postcodes and years varied.

    python benchmarks/corpus.py 1000 benchmarks/out/corpus

Writes 10 files of N/10 fiches each (several fiches per file, as RTES publishes them). The same N
gives the same corpus: the variations come from a seeded random generator.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from rtes_kg.parse.document import parse_text
from rtes_kg.project import data_dir

SYLLABLES = ["val", "mont", "bois", "roche", "fon", "ville", "court", "lac", "pré", "char", "ber",
             "sainte", "lou", "mar", "tain", "gny", "sur", "doubs", "saône", "loire"]


def seed_fiches() -> list[tuple[str, list[str]]]:
    """The real fiches as (name, lines), cut at each fiche's title line."""
    path = sorted((data_dir() / "fiches").glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    fiches = parse_text(text, str(path))
    starts = [fiche.source.line - 1 for fiche in fiches] + [len(lines)]
    return [(fiche.name.text, lines[start:end])
            for fiche, start, end in zip(fiches, starts, starts[1:]) if fiche.name]


def invented_name(rng: random.Random, index: int) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return f"{word.capitalize()}-{index}"


def varied(name: str, lines: list[str], rng: random.Random, index: int) -> str:
    new_name = f"{name.split()[0]} {invented_name(rng, index)}"
    text = "\n".join(lines).replace(name, new_name)
    text = re.sub(r"(?m)^(\d[\d  ]*\d)( hab|$)",
                  lambda m: f"{rng.randint(800, 900000):,}".replace(",", " ") + m.group(2), text)
    text = re.sub(r"(?m)^(\d{5})(\s+\S)", lambda m: f"{rng.randint(1000, 95999):05d}{m.group(2)}", text)
    text = re.sub(r"(Année d'adhésion au RTES\s*:\s*)\d{4}",
                  lambda m: f"{m.group(1)}{rng.randint(2001, 2025)}", text)
    return text


def make_corpus(count: int, out: Path, files: int = 10) -> list[Path]:
    rng = random.Random(count)
    real = seed_fiches()
    fiches = [varied(*real[index % len(real)], rng, index) for index in range(count)]
    out.mkdir(parents=True, exist_ok=True)
    per_file = max(1, -(-count // files))
    paths = []
    for number, start in enumerate(range(0, count, per_file)):
        path = out / f"corpus-{number:02d}.txt"
        path.write_text("\n\n".join(fiches[start:start + per_file]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("benchmarks/out/corpus")
    for written in make_corpus(count, target):
        print(written)
