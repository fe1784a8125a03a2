"""A contact written as an item of the actions ("• Contact : Marie Dupont, chargée de mission ESS"): no
action, the member's contact; one that names a structure of the actions stays a detail of its action."""

from __future__ import annotations

import re
from dataclasses import replace

from rtes_kg.parse.contacts import names_a_person, read_contacts
from rtes_kg.parse.details import value_tells_an_action
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import clean, fold
from rtes_kg.parse.numbering import NUMBER
from rtes_kg.parse.records import Action, Contact, Source
from rtes_kg.parse.sections import section_of

# What says a contact is a structure's, not the member's: "présidente de l'association La Roue",
# "directeur de la SCIC", "gérante de l'épicerie". Nothing said: the member's (precision: a contact
# of a structure is never published as the member's).
_OF_A_STRUCTURE = re.compile(
    r"\b(?:de l'|de la |du |des |d')\s*(?:association|asso|structure|scic|scop|sca|cooperative|coop|recyclerie|"
    r"ressourcerie|epicerie|atelier|chantier|entreprise|collectif|tiers-lieu|regie|cafe|jardin|ferme|"
    r"fabrique|garage|auto-ecole|boutique|cantine|restaurant|magasin|plateforme|pole territorial|ptce|siae|"
    r"ei|aci|etti|esat|ea|fondation|federation|mutuelle|societe|sas|sarl)\b|"
    r"\b(?:de|du|d'|à|chez)\s+[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)+\s*$|"  # "… à La Trouvaille"
    r"\(\s*[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)+\s*\)")  # "Léa Martin (La Trouvaille)"


def said_of_a_structure_kind(value: str) -> bool:
    """Whether a contact's words name the kind of a structure it works for: "coordinatrice de la
    recyclerie", "présidente de l'association" (not a name: "vice-président de Tours Métropole")."""
    return bool(_OF_A_STRUCTURE.search(fold(value)))


def of_a_structure(value: str) -> bool:
    """Whether a contact's words say it is a structure's ("coordinatrice de la recyclerie", "… de La
    Trouvaille"), on the text as written (its capitals name a structure) and folded."""
    return said_of_a_structure_kind(value) or bool(_OF_A_STRUCTURE.search(value))


# What says a contact is the member's: a post of a collectivité ("chargée de mission ESS", "adjoint au
# maire", "responsable du service ESS"), or no post at all. A bare "présidente" may be a structure's: left
# as it is written, an item of the actions.
_OF_THE_MEMBER = re.compile(
    r"\b(?:chargee? de mission|charge(?:e)? de projet|chef(?:fe)? de (?:projet|service)|service|pole|direction|"
    r"elue?|adjointe?|maire|conseill\w+ (?:municipa|communautaire|departementa|regiona|delegue)\w*|"
    r"vice-presidente? (?:charge|delegue|en charge)|deleguee? (?:a|au|aux)|"
    r"(?:directeur|directrice) (?:de l'|du |de la |des )?(?:economie|developpement|ess|emploi|insertion|service|pole)|"
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
        action, under = _member_contacts_under(action, file)
        contacts.extend(under)
        item = _contact_item(action)
        if item is None:
            kept.append(action)
            continue
        role, value = item
        if of_a_structure(value):
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


def _member_contacts_under(action: Action, file: str) -> tuple[Action, list[Contact]]:
    """The action without the lines under its first that name the member's contact by a post of a
    collectivité ("…répare 400 vélos par an." / "Contact : Luc Arnaud, chargé de mission ESS"), and
    those contacts. A line under an action is one of its details: only a post that is the member's says
    otherwise ("Contact : Marie Dupont", with no post, stays the action's)."""
    parts = action.text.split("\n")
    numbers = list(action.line_numbers) if len(action.line_numbers) == len(parts) else []
    if len(parts) < 2 or not numbers:
        return action, []
    kept, kept_numbers = [parts[0]], [numbers[0]]
    contacts: list[Contact] = []
    for part, number in zip(parts[1:], numbers[1:]):
        found = _member_contact(part, number, file)
        if found:
            contacts.extend(found)
        else:
            kept.append(part)
            kept_numbers.append(number)
    if not contacts:
        return action, []
    return replace(action, text="\n".join(kept), line_numbers=tuple(kept_numbers)), contacts


def _member_contact(part: str, number: int, file: str) -> tuple[Contact, ...]:
    """The contacts a line names when it is a contact heading, a person and a post of a collectivité."""
    item = _contact_item(Action(part, (), Source(file, number)))
    if item is None:
        return ()
    role, value = item
    found, _ = read_contacts([Line(number, value, 0, fold(value))], role, file)
    if not found or not all(contact.titles and _OF_THE_MEMBER.search(fold(" ".join(contact.titles)))
                            and not of_a_structure(value) for contact in found):
        return ()
    return tuple(found)
