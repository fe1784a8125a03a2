"""A page's tag line under a member's name, "Commune – Bretagne – Finistère", "Commune (Finistère,
Bretagne)": it was read as the title of a fiche of its own (the member named "Commune – Finistère",
its real name dropped as text before the first fiche or glued to the last action of the fiche above),
or ignored, the kind lost. It is the member's kind. Each text is written for these tests in the style
of the fiches and of the pages of rtes.fr, not taken from any of them."""

from __future__ import annotations

import pytest

from rtes_kg.extract.findings import read_fiches
from rtes_kg.parse.titles import kind_then_areas


def _heads(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(f.name.text if f.name else None, f.kind.text if f.kind else None,
             int(f.population.value) if f.population and f.population.value is not None else None)
            for f in read_fiches(text, "t.txt")]


@pytest.mark.parametrize("tagline", [
    "Commune – Bretagne – Finistère", "Commune – Finistère", "Commune, Finistère", "Commune (Finistère, Bretagne)",
    "Commune (29)",
])
def test_a_kind_then_its_areas_under_the_title_is_the_kind(tagline):
    text = f"Ville de Quimper\n{tagline}\nNombre d'habitants : 63 283\n"
    assert _heads(text) == [("Ville de Quimper", "Commune", 63283)]


def test_a_tag_line_after_a_fiche_s_actions_opens_the_next_fiche_under_its_title():
    text = ("Commune de Brest\n\nType de collectivité\nCommune\n\nExemples d'actions\n• Soutien à l'association "
            "Beta.\n\nVille de Quimper\nCommune – Finistère\n\nNombre d'habitants\n63 283\n\nExemples d'actions\n"
            "• Soutien à l'association Alpha.\n")
    fiches = read_fiches(text, "t.txt")
    assert _heads(text) == [("Commune de Brest", "Commune", None), ("Ville de Quimper", "Commune", 63283)]
    assert [a.text for a in fiches[0].actions] == ["Soutien à l'association Beta."]  # (not "… / Ville de Quimper")


def test_a_tag_line_after_a_fiche_s_contacts_opens_the_next_fiche_under_its_title():
    text = ("Commune de Brest\n\nType de collectivité\nCommune\n\nContacts\nJean Dupont, maire\n\nVille de Quimper\n"
            "Commune (Finistère)\n\nNombre d'habitants\n63 283\n")
    assert _heads(text) == [("Commune de Brest", "Commune", None), ("Ville de Quimper", "Commune", 63283)]


@pytest.mark.parametrize("line", [
    "Commune de Saint-Claude – Jura",  # a name, not a kind
    "Commune – 3 412 habitants",  # a population: read as such
    "Communes du Finistère, des Côtes-d'Armor et du Morbihan, de l'Ille-et-Vilaine",  # too many, no kind alone
])
def test_what_is_no_kind_then_its_areas(line):
    assert kind_then_areas(line) is None


def test_a_fiche_after_contacts_under_its_name_kind_and_population_is_its_own():
    text = ("RÉGION BRETAGNE\nRégion – 3,4 millions d'habitants – Membre du RTES depuis 2005\n\nContacts\n"
            "Vice-présidente : Mme Gaëlle Le Stradic\nChargé de mission ESS : Yann Kervella – 02 99 27 10 10\n\n"
            "COMMUNAUTÉ DE COMMUNES DU PAYS DE LANDIVISIAU\nCommunauté de communes – 33 000 habitants\n\nActions\n"
            "La CC soutient la recyclerie Ressourcerie du Léon.\n")
    fiches = read_fiches(text, "t.txt")
    assert _heads(text) == [("Région Bretagne", "Région", 3400000),
                            ("Communauté de communes du Pays de Landivisiau", "Communauté de communes", 33000)]
    assert [contact.titles for contact in fiches[0].contacts] == [(), ()]  # (not the next fiche's head)


@pytest.mark.parametrize(("line", "kind", "population"), [
    ("Commune du Morbihan – 57 000 habitants", "Commune", 57000),
    ("Communauté de communes du Pays de Retz, 35 000 habitants", "Communauté de communes", 35000),
    ("Commune de 3 412 habitants", "Commune", 3412),
])
def test_a_kind_with_its_area_then_its_population_under_the_title(line, kind, population):
    assert _heads(f"Ville de Lorient\n{line}\nAdhérente depuis 2010\n") == [("Ville de Lorient", kind, population)]


def test_headings_of_the_member_s_budget_and_referent_with_their_value():
    text = ("Grand Besançon Métropole\nType : Métropole\nNom de l'élu(e) référent(e) : Jean-Pierre Durand, "
            "vice-président délégué à l'ESS\nService : Direction de l'économie – Mission ESS\n"
            "Montant consacré à l'ESS : 850 000 € (BP 2024)\n")
    (fiche,) = read_fiches(text, "t.txt")
    assert [(c.role, c.person, c.service) for c in fiche.contacts] == [
        ("Élu référent", "Jean-Pierre Durand", None), ("Service", None, "Direction de l'économie – Mission ESS")]
    assert [(int(a.euros), a.year) for a in fiche.budget_amounts if a.euros is not None] == [(850000, 2024)]


def test_an_action_s_own_money_opens_no_budget():
    text = ("Ville de Laval\nType de collectivité : Commune\nExemples d'actions :\n• Appel à projets ESS\n"
            "Enveloppe budgétaire : 20 000 €\n")
    (fiche,) = read_fiches(text, "t.txt")
    assert fiche.budget_amounts == ()
