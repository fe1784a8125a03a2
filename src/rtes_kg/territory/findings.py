"""The findings of territory.py: what the reference could not settle, and how to fix it (fr/en)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rtes_kg.parse.records import Fiche, Source

__all__ = ["Finding", "commune_finding", "epci_finding", "nature_finding", "named_finding", "seat_finding"]


@dataclass(frozen=True)
class Finding:
    """Something the reference could not settle, to be told to the contributor."""

    type: str  # "territoire-non-resolu" | "identifiant-non-resolu" | "type-different-du-registre"
    severity: Literal["warning", "info"]
    path: str  # local name of the rtes: property left out
    message_fr: str
    message_en: str
    source: Source


def _name(fiche: Fiche) -> str:
    assert fiche.name is not None  # resolve() looks for what a fiche governs only when it has a name
    return fiche.name.text


def _name_source(fiche: Fiche) -> Source:
    return fiche.name.source if fiche.name is not None else fiche.source


def seat_finding(fiche: Fiche, seat: tuple[str, ...], how: str) -> Finding:
    address = fiche.address
    source = address.source if address is not None else fiche.source
    post_code = address.post_code if address is not None else None
    town = address.post_name if address is not None else None
    if how == "no-post-code":
        return Finding(
            "territoire-non-resolu", "info", "departement",
            "Le département et la région ne sont pas publiés : l'adresse n'a pas de code postal "
            "lisible. Ajoutez le code postal à 5 chiffres devant la ville (ex. « 21075 Dijon Cedex »).",
            "The département and région are not published: the address has no readable postcode. "
            "Add the 5-digit postcode before the town (e.g. \"21075 Dijon Cedex\").", source)
    if len(seat) > 1:
        return Finding(
            "territoire-non-resolu", "warning", "departement",
            f"Le code postal « {post_code} » et la ville « {town or ''} » ne désignent pas un seul "
            f"département ({' ou '.join(seat)}) : le département n'est pas publié. Vérifiez le code "
            "postal et écrivez le nom officiel de la commune du siège.",
            f"The postcode \"{post_code}\" and the town \"{town or ''}\" do not point to a single "
            f"département ({' or '.join(seat)}): the département is not published. Check the postcode "
            "and write the official name of the seat's commune.", source)
    return Finding(
        "territoire-non-resolu", "warning", "departement",
        f"Aucun département ne correspond au code postal « {post_code} » dans le Code officiel "
        "géographique : le département et la région ne sont pas publiés. Vérifiez le code postal "
        "de l'adresse (5 chiffres, ex. « 21000 »).",
        f"No département matches the postcode \"{post_code}\" in the Code officiel géographique: the "
        "département and région are not published. Check the address's postcode (5 digits, e.g. "
        "\"21000\").", source)


def _where(seat: tuple[str, ...]) -> tuple[str, str]:
    if len(seat) == 1:
        return f"du département {seat[0]}", f"of département {seat[0]}"
    return "(département du siège inconnu)", "(département of the seat unknown)"


def commune_finding(fiche: Fiche, seat: tuple[str, ...], why: str) -> Finding:
    name = _name(fiche)
    where_fr, where_en = _where(seat)
    if why.startswith("ambiguous:"):
        what_fr = f"correspond à plusieurs communes {where_fr} ({why.removeprefix('ambiguous:')})"
        what_en = f"matches several communes {where_en} ({why.removeprefix('ambiguous:')})"
    else:
        what_fr = f"ne correspond à aucune commune {where_fr} du Code officiel géographique"
        what_en = f"matches no commune {where_en} in the Code officiel géographique"
    return Finding(
        "identifiant-non-resolu", "info", "codeInsee",
        f"Le nom « {name} » {what_fr} : le code INSEE et le SIREN de la commune ne sont pas "
        "publiés. Écrivez le nom officiel de la commune en titre (ex. « Audincourt ») et le code "
        "postal de la mairie dans l'adresse.",
        f"The name \"{name}\" {what_en}: the commune's INSEE code and SIREN are not published. "
        "Write the official name of the commune as the title (e.g. \"Audincourt\") and the town "
        "hall's postcode in the address.", _name_source(fiche))


def epci_finding(fiche: Fiche, kind: str, seat: tuple[str, ...], why: str) -> Finding:
    name = _name(fiche)
    where_fr, where_en = _where(seat)
    if why.startswith("ambiguous:"):
        what_fr = (f"correspond à plusieurs EPCI à fiscalité propre {where_fr} "
                   f"({why.removeprefix('ambiguous:')})")
        what_en = f"matches several EPCI {where_en} ({why.removeprefix('ambiguous:')})"
    else:
        what_fr = f"ne correspond à aucun EPCI à fiscalité propre {where_fr} (table DGCL 2025)"
        what_en = f"matches no EPCI with own taxation {where_en} (DGCL 2025 table)"
    return Finding(
        "identifiant-non-resolu", "info", "siren",
        f"Le nom « {name} » {what_fr} : le SIREN de l'intercommunalité n'est pas publié. Écrivez "
        "son nom officiel en titre (ex. « Communauté de communes des Portes du Haut-Doubs ») ; si "
        "ce n'est pas une intercommunalité (syndicat mixte, PETR…), corrigez le type de collectivité.",
        f"The name \"{name}\" {what_en}: the intercommunality's SIREN is not published. Write its "
        "official name as the title (e.g. \"Communauté de communes des Portes du Haut-Doubs\"); if "
        "it is no intercommunality (syndicat mixte, PETR…), correct the kind of local authority.",
        _name_source(fiche))


def named_finding(fiche: Fiche, level: str) -> Finding:
    name = _name(fiche)
    if level == "region":
        what_fr, what_en, example = ("aucune région", "no région", "Conseil régional Bourgogne-Franche-Comté")
        of_fr = "de la région administrée"
    else:
        what_fr, what_en, example = ("aucun département", "no département",
                                     "Conseil départemental de la Côte-d'Or")
        of_fr = "du département administré"
    return Finding(
        "identifiant-non-resolu", "info", "codeInsee",
        f"Le nom « {name} » ne désigne {what_fr} du Code officiel géographique : le code INSEE "
        f"{of_fr} n'est pas publié. Écrivez le nom officiel en titre (ex. « {example} »).",
        f"The name \"{name}\" names {what_en} of the Code officiel géographique: the INSEE code of "
        f"the {level} administered is not published. Write the official name as the title (e.g. "
        f"\"{example}\").", _name_source(fiche))


# The DGCL's natures of EPCI and the kinds of the fiches, as a contributor reads them (fr, en).
_NATURES = {"CC": ("communauté de communes", "community of municipalities"),
            "CA": ("communauté d'agglomération", "agglomeration community"),
            "CU": ("communauté urbaine", "urban community"),
            "METRO": ("métropole", "metropolis"),
            "MET69": ("Métropole de Lyon", "Lyon Metropolis")}
_KINDS = {"communaute-de-communes": _NATURES["CC"], "communaute-d-agglomeration": _NATURES["CA"],
          "communaute-urbaine": _NATURES["CU"], "metropole": _NATURES["METRO"],
          "collectivite-a-statut-particulier": ("collectivité à statut particulier",
                                                "local authority with special status")}


def nature_finding(fiche: Fiche, kind: str, epci_name: str, siren: str, nature: str) -> Finding:
    """The EPCI the name matches is of another nature in the DGCL table than the kind published
    (a communauté de communes since become an agglomération, or a slip of the fiche)."""
    nature_fr, nature_en = _NATURES.get(nature, (nature, nature))
    kind_fr, kind_en = _KINDS.get(kind, (kind, kind))
    source = fiche.kind.source if fiche.kind is not None else _name_source(fiche)
    return Finding(
        "type-different-du-registre", "info", "typeDeclare",
        f"La table des EPCI à fiscalité propre (DGCL, 1er janvier 2025) classe « {epci_name} » "
        f"(SIREN {siren}) comme {nature_fr}, mais la fiche en fait une {kind_fr} : le type publié "
        "est celui de la fiche. Si l'intercommunalité n'a pas changé de nature depuis, corrigez la "
        "ligne sous « Type de collectivité ».",
        f"The table of EPCI with own taxation (DGCL, 1 January 2025) lists \"{epci_name}\" (SIREN "
        f"{siren}) as a {nature_en}, but the fiche makes it a {kind_en}: the published kind is the "
        "fiche's. Unless the intercommunality has changed its nature since, correct the line under "
        "\"Type de collectivité\".", source)
