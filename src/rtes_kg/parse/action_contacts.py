"""A contact written as an item of the actions ("• Contact : Marie Dupont, chargée de mission ESS"): no
action, the member's contact; one that names a structure of the actions stays a detail of its action."""

from __future__ import annotations

import re
from dataclasses import replace

from rtes_kg.parse.actions import NUMBER
from rtes_kg.parse.contacts import names_a_person, read_contacts
from rtes_kg.parse.details import value_tells_an_action
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import clean, fold
from rtes_kg.parse.records import Action, Contact
from rtes_kg.parse.sections import section_of

# What says a contact is a structure's, not the member's: "présidente de l'association La Roue",
# "directeur de la SCIC", "gérante de l'épicerie". Nothing said: the member's (precision: a contact
# of a structure is never published as the member's).
_OF_A_STRUCTURE = re.compile(
    r"\b(?:de l'|de la |du |des |d')\s*(?:association|asso|structure|scic|scop|sca|cooperative|coop|recyclerie|"
    r"ressourcerie|epicerie|atelier|chantier|entreprise|collectif|tiers-lieu|regie|cafe|jardin|ferme|"
    r"fabrique|garage|auto-ecole|boutique|cantine|restaurant|magasin|plateforme|pole territorial|ptce|siae|"
    r"ei|aci|etti|esat|ea|fondation|federation|mutuelle|societe|sas|sarl)\b|"
    r"\b(?:de|du|d')\s+[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)+\s*$")


# What says a contact is the member's: a post of a collectivité ("chargée de mission ESS", "adjoint au
# maire", "responsable du service ESS"), or no post at all. A bare "présidente" may be a structure's: left
# as it is written, an item of the actions.
_OF_THE_MEMBER = re.compile(
    r"\b(?:chargee? de mission|charge(?:e)? de projet|chef(?:fe)? de (?:projet|service)|service|pole|direction|"
    r"elue?|adjointe?|maire|conseill\w+ (?:municipa|communautaire|departementa|regiona|delegue)\w*|"
    r"vice-presidente? (?:charge|delegue|en charge)|deleguee? (?:a|au|aux)|directeur|directrice|"
    r"responsable (?:du|de la|des|de l') ?(?:service|pole|mission|direction|ess|economie)|technicien\w*|"
    r"referente?)\b")


def _contact_item(action: Action) -> tuple[str, str] | None:
    """The role and the rest of an item that is a contact and nothing else ("Contact : Marie Dupont,
    chargée de mission ESS"): a heading of contacts, then a person; not a sentence that mentions a
    contact ("Contact a été pris avec la Région pour…")."""
    text = NUMBER.sub("", action.text.strip()).strip()
    if "\n" in text:
        return None  # an item with lines under it says more than a contact
    line = Line(action.source.line, text, 0, fold(text))
    role, _, value = text.partition(":")
    if section_of(fold(role).strip()) != "contact" or not names_a_person(line) or value_tells_an_action(value):
        return None
    return clean(role).rstrip(" .;") or "Contact", value.strip()


def contacts_among_actions(actions: tuple[Action, ...], file: str) -> tuple[tuple[Action, ...], tuple[Contact, ...]]:
    """The actions without the items that are a contact, and the contacts: the member's when its post
    is one of a collectivité or none is said; one of a structure ("présidente de l'association La
    Roue") joins the action above; any other ("Marie Dupont, présidente") stays an item."""
    kept: list[Action] = []
    contacts: list[Contact] = []
    for action in actions:
        item = _contact_item(action)
        if item is None:
            kept.append(action)
            continue
        role, value = item
        if _OF_A_STRUCTURE.search(fold(value)) or _OF_A_STRUCTURE.search(value):
            if kept:  # said of the structure of the action above: one of its details
                above = kept[-1]
                kept[-1] = replace(above, text=f"{above.text}\n{action.text}",
                                   line_numbers=(*(above.line_numbers or (above.source.line,)), action.source.line))
            else:
                kept.append(action)
            continue
        found, _ = read_contacts([Line(action.source.line, value, 0, fold(value))], role, file)
        if found and all(not contact.titles or _OF_THE_MEMBER.search(fold(" ".join(contact.titles)))
                         for contact in found):
            contacts.extend(found)
        else:
            kept.append(action)
    return tuple(kept), tuple(contacts)
