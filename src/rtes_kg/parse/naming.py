"""Text folding and naming, as pure strings: the one place where names are compared and slugged.

Four keys, each for one job:

- ``fold``: a line's matching key (headings, field labels): accent-free, casefolded, one apostrophe
  and one dash, no trailing punctuation;
- ``fold_word``: one word as the lexicons compare it;
- ``normalise_label``: a label as the concept schemes and the territorial reference compare it;
- ``slug``: the IRI-safe name of a text ("Dijon Métropole" -> "dijon-metropole").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

SLUG_MAX_LENGTH = 60

# Letters that NFKD does not decompose into ASCII but that French names use.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o",
                            "Ø": "O", "đ": "d", "ł": "l", "Ł": "L"})
# Invisible characters that editors and PDF exports scatter in text; none carries meaning here.
# Control characters, soft hyphens, zero-width and bidirectional controls (an override "\u202e"
# reverses what a reader sees), and a terminal's escape sequences whole ("\x1b[2J", not "[2J").
_INVISIBLE = re.compile(r"\x1b(?:\[[0-?]{0,32}[ -/]{0,8}[@-~]|\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)?|[@-Z\\-_])?|"
                        r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff"
                        r"\ud800-\udfff]")
_SPACES = re.compile(r"\s+")  # str patterns: \s includes NBSP and the narrow no-break space
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
                              "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
                              "œ": "oe", "æ": "ae"})
_TRAILING_PUNCT = re.compile(r"(?<![\s:;.,!?])[\s:;.,!?]+$")  # tried where a run starts only: linear
_ARTICLES = {"le", "la", "les", "l"}
_APOSTROPHES_AND_DASHES = re.compile(r"['\u2019\u02bc\u2018`\u00b4\-\u2010\u2011\u2012\u2013\u2014]")
_WORD = re.compile(r"[^\W_]+")


def unaccented(text: str) -> str:
    """The text without accents, ligatures spelt out: "Œuvre Émeraude" -> "OEuvre Emeraude"."""
    if text.isascii():  # no ligature, accent or compatibility character: most names and words
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clean(text: str) -> str:
    """Whitespace normalised (NBSP and friends become one space), invisible characters removed."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def without_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def fold(text: str) -> str:
    """A matching key: no accents, casefolded, one apostrophe and one dash, no trailing colon.

    >>> fold("Année d’adhésion au RTES :")
    "annee d'adhesion au rtes"
    """
    # The same headings, labels and words come back in every fiche: a file of 100 fiches folded
    # 37,000 strings, 1,500 of them distinct (a quarter of its parse). Short ones are kept, all of them
    # forgotten at once when there are many (cheaper than an LRU's upkeep on thousands of distinct lines).
    found = _FOLDED.get(text)
    if found is None:
        found = _fold(text)
        if len(text) <= _FOLDS_KEPT_UP_TO:
            if len(_FOLDED) >= _FOLDS_KEPT:
                _FOLDED.clear()
            _FOLDED[text] = found
    return found


_FOLDS_KEPT_UP_TO, _FOLDS_KEPT = 200, 1 << 15  # characters, strings
_FOLDED: dict[str, str] = {}


def _fold(text: str) -> str:
    folded = clean(text).casefold().translate(_APOSTROPHES)
    if not folded.isascii():
        # Accents go with NFKD; what has no ASCII form ("•", "«", "€") is of no use for matching.
        folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    return _TRAILING_PUNCT.sub("", _SPACES.sub(" ", folded).strip())


def fold_word(word: str) -> str:
    """One word as a lexicon compares it: accent-free, casefolded.

    >>> fold_word("Émmaüs"), fold_word("m³")
    ('emmaus', 'm3')
    """
    return word.lower() if word.isascii() else unaccented(word).casefold()


def words(text: str) -> list[str]:
    """The folded words of a text; apostrophes, hyphens and other punctuation separate them."""
    return [fold_word(match.group(0)) for match in _WORD.finditer(text)]


def normalise_label(text: str) -> str:
    """The form labels are compared in: accent-free, casefolded, apostrophes and hyphens as
    spaces, leading article dropped.

    >>> normalise_label("La Communauté d’Agglo")
    'communaute d agglo'

    rtes:motCleNom keywords in concepts.ttl are written in this form."""
    folded = _APOSTROPHES_AND_DASHES.sub(" ", unaccented(text).casefold())
    found = _WORD.findall(folded)
    if len(found) > 1 and found[0] in _ARTICLES:
        found = found[1:]
    return " ".join(found)


def slug(text: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """The IRI-safe name of a text.

    >>> slug("Dijon Métropole"), slug("Préval d’une")
    ('dijon-metropole', 'preval-d-une')

    Accent-free, lower-case, runs of anything but ASCII letters and digits become one "-", cut at
    a word boundary to at most ``max_length`` characters. Never empty: a text without a letter or
    digit gets "sans-nom-{hash}" so that two such texts still get different slugs."""
    # Drop accents only: any other character, "’" included, separates words ("d’une" -> "d-une").
    result = re.sub(r"[^a-z0-9]+", "-", unaccented(text).lower()).strip("-")
    if len(result) > max_length:
        # Cut before the word that crosses the limit, unless that word is most of the slug: an
        # over-long word is cut hard rather than dropped.
        before_word = result[: max_length + 1].rpartition("-")[0]
        result = before_word if len(before_word) >= max_length // 2 else result[:max_length]
        result = result.strip("-")
    return result or f"sans-nom-{short_hash(text)}"


def short_hash(text: str, length: int = 8) -> str:
    """The first hex digits of the SHA-256 of a text: stable across runs and platforms."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def untitled_slug(source_key: str) -> str:
    """The slug of a fiche without a name, from where it is ("fiches/x.txt:12")."""
    return f"sans-titre-{short_hash(source_key)}"


def without_folded(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` as written, less what ``pattern`` finds in its folded form, until nothing more is
    found. The folding keeps every character's place, so the spans found apply to the text."""
    kept = list(text)
    while True:
        before = "".join(kept)
        for match in pattern.finditer(fold_in_place(before)):
            kept[match.start():match.end()] = " " * (match.end() - match.start())
        if "".join(kept) == before:  # nothing but blanks found: done
            return " ".join(before.split())


def fold_in_place(text: str) -> str:
    """Each character folded on its own (accent-free, lower-case, one apostrophe): same length."""
    return "".join(_fold_char(char) for char in text)


def _fold_char(char: str) -> str:
    if char in "’‘ʼ`´":
        return "'"
    base = unicodedata.normalize("NFKD", char)[:1]
    return base.lower() if base.isascii() and base else char


# Inclusive writing of a title: "Élu.e référent.e", "Élu·e", "Référent(e)", "Chargé·e de mission".
_INCLUSIVE = re.compile(r"\b((?:[ÉéEe]lu|[Rr][ée]f[ée]rent|[Cc]harg[ée]|[Pp]r[ée]sident|[Aa]djoint|[Dd][ée]l[ée]gu[ée]|"
                        r"[Cc]onseill(?:er|ère)|[Tt]echnicien|[Cc]oordinat(?:eur|rice)|[Aa]nimat(?:eur|rice)|"
                        r"[Dd]irect(?:eur|rice)))"
                        r"(?:[.·‧⋅](?:e|ne|rice|ice|ère)(?:[.·‧⋅]?s)?|\((?:e|ne|rice|ice|ère|es)\)s?)(?![\w@])")


def one_gender(text: str) -> str:
    """ "Référent(e)s technique(s)" -> "Référent technique", "Élu·e" -> "Élu": one form to read."""
    return _PLURAL_MARK.sub("", _INCLUSIVE.sub(r"\1", text))


_PLURAL_MARK = re.compile(r"(?<=\w)(?:\(s\)|[·‧⋅]s\b)")  # "technique(s)", "technique·s"
