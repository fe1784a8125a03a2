"""Parse round 2: fiche layouts the parser had not seen. The texts are written for the tests, not
taken from any fiche."""

from __future__ import annotations

from parse_helpers import one
from rtes_kg.parse.document import parse_text

HEAD = "Ville de Port-Louvet\nType de collectivité : Commune\nPopulation : 12 345\n"


def test_contact_on_its_heading_line_with_an_email_is_kept():
    found = one(HEAD + "Contact public : Élu référent : Paul Le Goff, adjoint à l'ESS – "
                "paul.legoff(at)port-louvet.bzh\n")
    (contact,) = found.contacts
    assert (contact.role, contact.person, contact.titles) == ("Élu référent", "Paul Le Goff", ("adjoint à l'ESS",))
    assert "legoff" not in repr(found.contacts)  # the address is not published


def test_contact_heading_with_only_an_email_opens_no_contact():
    assert one(HEAD + "Contact : ess@port-louvet.bzh\n").contacts == ()


def test_address_line_followed_by_its_phone_or_email():
    for details in ("Tél. 02 97 00 00 00", "02 97 00 00 00", "mairie@port-louvet.bzh", "www.port-louvet.bzh"):
        address = one(HEAD + f"Adresse : 3 place de la Mairie, BP 4, 56290 Port-Louvet – {details}\n").address
        assert address is not None
        assert (address.thoroughfare, address.po_box, address.post_code, address.post_name) == (
            "3 place de la Mairie", "BP 4", "56290", "Port-Louvet"), details
        assert all("97" not in line and "@" not in line for line in address.lines)


def test_address_on_one_line_keeps_its_building_apart_from_its_street():
    address = one(HEAD + "Adresse : Hôtel communautaire, 10 boulevard du Port, CS 50023, "
                  "62201 Boulogne-sur-Mer Cedex\n").address
    assert address is not None
    assert (address.building, address.thoroughfare, address.po_box, address.post_code, address.cedex) == (
        "Hôtel communautaire", "10 boulevard du Port", "CS 50023", "62201", True)


def test_comma_after_a_street_number_does_not_split_the_street():
    address = one(HEAD + "Adresse : 2 bis, rue Haute, Bâtiment B, 41000 Blois\n").address
    assert address is not None
    assert (address.thoroughfare, address.area, address.building) == ("2 bis, rue Haute", "Bâtiment B", None)


def test_values_after_a_tab_are_read_as_after_a_colon():
    found = one("Commune de Val-Fleuri\n\nBudget consacré à l'ESS\t80 000 €\n\n"
                "Programme d'intervention dans le champ de l'ESS\tSoutien aux coopératives.\n\n"
                "Type de collectivité\tCommune\n\nNombre d'habitants sur le territoire\t7 812\n\n"
                "Adresse\t12 Grande Rue\n\t25000 Val-Fleuri\n\nContact public\tÉlu référent : Marc Lenoir, maire\n")
    assert [amount.euros for amount in found.budget_amounts] == [80000]
    assert found.programme is not None and found.programme.text == "Soutien aux coopératives."
    assert found.address is not None
    assert (found.address.thoroughfare, found.address.post_code) == ("12 Grande Rue", "25000")
    assert [(c.role, c.person, c.titles) for c in found.contacts] == [("Élu référent", "Marc Lenoir", ("maire",))]
    assert found.population is not None and found.population.value == 7812


def test_an_email_hidden_with_dot_words_is_no_title_of_the_contact():
    for email in ("anne.roy [at] ville [dot] fr", "anne(at)ville(point)fr"):
        found = one(HEAD + f"Contact public\nÉlue référente : Mme Anne Roy, adjointe – {email} – 03.80.00.00.00\n")
        assert [(c.person, c.titles) for c in found.contacts] == [("Anne Roy", ("adjointe",))], email


TAIL = "Adresse\n1 rue Haute\n56000 Vannes\nContact public\nMaire : Jeanne Roy\n"


def test_budget_actions_programme_and_kind_under_other_wordings():
    found = one("Ville de Port-Louvet\n\nCrédits consacrés à l'ESS\n150 000 € en 2023\n\n"
                "Stratégie de développement de l'ESS\nSoutien aux coopératives.\n\n"
                "Nos actions en faveur de l'ESS\n- Recyclerie La Boucle\n\n"
                "Catégorie de collectivité\nCommune\nPopulation\n12 345\n" + TAIL)
    assert [(amount.euros, amount.year) for amount in found.budget_amounts] == [(150000, 2023)]
    assert found.programme is not None and found.programme.text == "Soutien aux coopératives."
    assert [action.text for action in found.actions] == ["Recyclerie La Boucle"]
    assert found.kind is not None and found.kind.text == "Commune"
    assert not found.other_sections


def test_more_budget_and_actions_headings():
    for heading in ("Montant consacré à l'ESS", "Crédits ESS", "Enveloppe budgétaire"):
        found = one(f"Ville de Port-Louvet\n{heading}\n80 000 €\nType de collectivité\nCommune\n" + TAIL)
        assert [amount.euros for amount in found.budget_amounts] == [80000], heading
    for heading in ("Exemples d'initiatives soutenues", "Projets accompagnés", "Initiatives soutenues"):
        found = one(f"Ville de Port-Louvet\n{heading}\n- Épicerie solidaire\nCatégorie de collectivité : Commune\n"
                    + TAIL)
        assert [action.text for action in found.actions] == ["Épicerie solidaire"], heading
        assert found.kind is not None and found.kind.text == "Commune"


def test_headings_with_the_period_they_cover():
    found = one("Ville de Port-Louvet\nBudget consacré à l'ESS\n80 000 €\n"
                "Programme d'intervention dans le champ de l'ESS (2021-2026)\nSoutien aux coopératives.\n"
                "Exemples d'actions soutenues par la collectivité en 2023\n- Recyclerie La Boucle\n"
                "Type de collectivité\nCommune\n" + TAIL)
    assert found.budget is not None and found.budget.text == "80 000 €"
    assert found.programme is not None and found.programme.text == "Soutien aux coopératives."
    assert [action.text for action in found.actions] == ["Recyclerie La Boucle"]


def test_a_named_programme_is_still_no_heading():
    found = one("Ville de Port-Louvet\nProgramme d'intervention dans le champ de l'ESS\nLa Ville agit.\n"
                "Programme « Impulsion 2030 »\nUn appel à projets annuel.\nProgramme Impulsion 2030\n"
                "Type de collectivité\nCommune\n" + TAIL)
    assert found.programme is not None
    assert found.programme.text.count("Impulsion 2030") == 2


def test_a_floor_is_no_street():
    for text in ("Adresse\nImmeuble Le Triangle, 3ème étage\n4 rue du Port\nTSA 10001\n13002 Marseille\n",
                 "Adresse : Immeuble Le Triangle, 3ème étage, 4 rue du Port, TSA 10001, 13002 Marseille\n"):
        address = one(HEAD + text).address
        assert address is not None
        assert (address.building, address.thoroughfare, address.po_box) == (
            "Immeuble Le Triangle, 3ème étage", "4 rue du Port", "TSA 10001"), text


def test_a_structure_s_status_in_an_action_opens_no_section():
    """'Statut' alone is a structure's legal form as often as a collectivité's kind: read as the kind's
    heading, 'Statut : SCIC' in an action started a fiche without a title and lost what came after it."""
    fiches = parse_text("Ville de Port-Louvet\nType de collectivité\nCommune\n"
                         "Exemples d'actions soutenues par la collectivité\n\n"
                         "La Ville soutient la ressourcerie Alpha.\nStatut : SCIC\nElle emploie 12 salariés.\n\n"
                         "La Ville soutient l'épicerie Bêta.\n" + TAIL, "x.txt")
    assert len(fiches) == 1
    assert fiches[0].kind is not None and fiches[0].kind.text == "Commune"
    texts = " ".join(action.text for action in fiches[0].actions)
    assert "Statut : SCIC" in texts and "l'épicerie Bêta" in texts


def test_an_amount_under_an_action_is_the_action_s_money_not_the_member_s_budget():
    """Read as budget headings, these lines under an action made their amount the member's ESS
    budget and took the actions after them into the budget."""
    for line in ("Enveloppe budgétaire : 20 000 €", "Crédits ESS : 5 000 €", "Montant consacré à l'ESS : 3 000 €"):
        found = one("Ville de Port-Louvet\nType de collectivité\nCommune\n"
                    "Exemples d'actions soutenues par la collectivité\n\n"
                    f"- La Ville soutient la ressourcerie Alpha.\n{line}\n- La Ville soutient l'épicerie Bêta.\n"
                    + TAIL)
        assert not found.budget_amounts, line
        assert [action.text.splitlines()[-1] for action in found.actions] == [line,
                                                                             "La Ville soutient l'épicerie Bêta."]


def test_a_line_under_an_action_with_a_section_s_words_and_its_value_stays_in_the_action():
    for line in ("Stratégie de développement de l'ESS : votée en 2021", "Panorama 2022 de l'ESS : 12 % des emplois"):
        found = one("Ville de Port-Louvet\nType de collectivité\nCommune\n"
                    "Exemples d'actions soutenues par la collectivité\n\n"
                    f"La Ville soutient la ressourcerie Alpha.\n{line}\n\nLa Ville soutient l'épicerie Bêta.\n" + TAIL)
        assert found.programme is None and found.panorama is None, line
        assert len(found.actions) == 2 and any(line in action.text for action in found.actions)


def test_a_date_that_does_not_exist_is_said_impossible_not_unreadable():
    for date in ("31/02/2024", "16/13/2024", "2024-04-31"):
        found = one(f"Ville de Port-Louvet\nDernière mise à jour : {date}\nType de collectivité\nCommune\n" + TAIL)
        assert found.updated is None
        issue, = [i for i in found.issues if i.type.startswith("date-")]
        assert issue.type == "date-impossible" and "impossible" in issue.message_fr and issue.source.line == 2
    found = one("Ville de Port-Louvet\nDernière mise à jour : bientôt\nType de collectivité\nCommune\n" + TAIL)
    assert [i.type for i in found.issues if i.type.startswith("date-")] == ["date-illisible"]
