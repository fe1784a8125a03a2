"""Layouts of the fifty-seventh round, in the style of rtes.fr pages: a page whose "Élu·e référent·e"
comes first and whose "Contact" closes it was cut in two, the second an untitled fiche of its own
(a member that does not exist, the real one without its contacts); and a commune of a common name
("Montreuil") with no address was left unplaced though its tag line named its département. Each
text is written for these tests, not taken from any fiche."""

from __future__ import annotations

from rdflib import URIRef

from extraction_helpers import converted
from rtes_kg.parse.document import parse_text

PAGE = """Accueil > Nos adhérents > Ville de Montreuil
Ville de Montreuil
Commune | Île-de-France | Seine-Saint-Denis
Nombre d'habitants : 111 000
Adhérent depuis : 2011

Élu·e référent·e
Mme Anne Dupuis, adjointe au maire déléguée à l'économie sociale et solidaire

Budget ESS
Environ 900 000 € par an (2023).

Quelques actions
→ Soutien au supermarché coopératif La Louve de l'Est, qui compte 1 800 coopérateurs.

Contact
Service ESS – 01 48 70 00 00
"""
RTES = "https://w3id.org/rtes/"


def test_a_contact_heading_after_the_referent_s_is_of_the_same_fiche():
    (fiche,) = parse_text(PAGE, "page.txt")
    assert fiche.name.text == "Ville de Montreuil"
    assert [(contact.role, contact.person, contact.service) for contact in fiche.contacts] == [
        ("Élu référent", "Anne Dupuis", None), ("Contact", None, "Service ESS")]
    assert "titre-absent" not in [found.type for found in fiche.issues]


def test_two_untitled_fiches_still_part_at_their_repeated_head_section():
    text = ("Type de collectivité\nCommune\nNombre d'habitants\n15 000\nContact public\nMme Anne Dupuis\n\n"
            "Type de collectivité\nCommune\nNombre d'habitants\n8 000\nContact public\nM. Paul Martin\n")
    assert [fiche.population.value for fiche in parse_text(text, "f.txt")] == [15000, 8000]


def test_the_tag_line_s_areas_tell_which_commune_when_no_address_does(tmp_path):
    (fiche,) = parse_text(PAGE, "page.txt")
    assert fiche.areas_named == ("Île-de-France", "Seine-Saint-Denis")
    graph = converted(tmp_path, PAGE)
    member = URIRef(RTES + "org/ville-de-montreuil")
    assert (member, URIRef("http://purl.org/dc/terms/spatial"), URIRef(RTES + "territoire/commune/93048")) in graph


def test_without_areas_a_common_name_stays_unplaced(tmp_path):
    graph = converted(tmp_path, PAGE.replace("Commune | Île-de-France | Seine-Saint-Denis", "Commune"))
    member = URIRef(RTES + "org/ville-de-montreuil")
    assert not list(graph.objects(member, URIRef("http://purl.org/dc/terms/spatial")))


def _budget(text: str) -> list[tuple[str, str | None, str | None]]:
    (fiche,) = parse_text(f"Ville de Laval\n\nBudget consacré à l’ESS :\n{text}\n\nType de collectivité\nCommune\n",
                          "f.txt")
    return [(str(amount.euros), amount.per, amount.qualifier) for amount in fiche.budget_amounts]


def test_a_yearly_envelope_s_amount_is_a_year_s():
    assert _budget("Un poste de chargé de mission (1 ETP) et une enveloppe annuelle de 80 000 €.") == [
        ("80000", "an", None)]
    assert _budget("Un budget annuel d’environ 120 000 €.") == [("120000", "an", "environ")]
    # (not a pluriannual one, nor one said of no year)
    assert _budget("Une enveloppe pluriannuelle de 300 000 €.") == [("300000", None, None)]
    assert _budget("Une enveloppe de 80 000 €.") == [("80000", None, None)]
