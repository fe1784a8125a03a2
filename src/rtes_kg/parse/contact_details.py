"""What a contact's line carries besides the contact, never published: phone numbers, e-mail addresses,
labelled details ("Courriel : …", "Site internet : …")."""

from __future__ import annotations

import re

from rtes_kg.parse.lines import EMAIL

PHONE = re.compile(r"(?:\+33\s?(?:\(0\)\s?)?|\b0)\d(?:[\s.]?\d{2}){4}\b"  # "+33 (0)1 48 70 60 00"
                   r"|\+\d{2,3}[\s.]?(?:\(0\)[\s.]?)?\d{1,3}(?:[\s.]?\d{2,3}){2,5}\b")  # "+262 262 58 88 88"
# A line of contact details with its label: "Courriel : ess[at]ville.fr", "Site internet : www.ville.fr".
DETAILS_LINE = re.compile(r"(?:courriel|e-?mail|mail|mel|site(?: internet| web)?|web|tel|telephone|fax|portable)"
                          r"\s*\.?\s*(?::|[–—-]\s)")

# Each pattern starts only where its match can (the lookbehinds): linear on a hostile line.
_ADDRESS_LABEL = re.compile(
    r"\b(?:t[ée]l[ée]phone|t[ée]l|mail|e-mail|courriel|m[ée]l)\b[ \t]*[.:]?(?=[ \t]*(?:$|[;,–—-]))", re.IGNORECASE)
_SPACE_BEFORE_BREAK = re.compile(r"(?<!\s)\s+(?=[;,])")
_EMPTY_PARENTHESES = re.compile(r"\s*\((?=[\s,;–—-]*\))[\s,;–—-]*\)")  # "(jean@x.fr, 03 80 …)" once emptied
_LOOSE_ENDS = " \t;,–—-"


def without_addresses(text: str) -> str:
    """The line without its e-mail addresses and phone numbers, which are not published, and
    without the labels and separators they leave: "Mme Léa Dubois – chargée de mission ; lea@x.fr"
    still names Léa Dubois."""
    text = _ADDRESS_LABEL.sub("", PHONE.sub("", EMAIL.sub("", text)))
    text = _SPACE_BEFORE_BREAK.sub("", _EMPTY_PARENTHESES.sub("", text))
    return text.rstrip(_LOOSE_ENDS).strip()


def is_phone_line(text: str) -> bool:
    """"Tél : 03 80 00 00 00": a phone number with at most a label."""
    return bool(PHONE.search(text)) and len(PHONE.sub("", text).split()) <= 2
