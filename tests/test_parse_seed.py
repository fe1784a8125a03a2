"""The six seed fiches, exactly as RTES publishes them, parsed field by field."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from rtes_kg.parse.document import parse_text
from rtes_kg.parse.records import Contact, Source, Text

SEED_PATH = Path(__file__).resolve().parents[1] / "data" / "fiches" / "rtes-fiches-2025.txt"
FILE = "data/fiches/rtes-fiches-2025.txt"


@pytest.fixture(scope="module")
def fiches():
    return parse_text(SEED_PATH.read_text(encoding="utf-8"), FILE)


@pytest.fixture(scope="module")
def by_name(fiches):
    return {fiche.name.text: fiche for fiche in fiches}


def src(line: int) -> Source:
    return Source(FILE, line)


def test_six_fiches_in_document_order_without_issues(fiches):
    assert [(f.name.text, f.source.line, f.name.source.line) for f in fiches] == [
        ("Syndicat Mixte Préval Haut-Doubs", 3, 3),
        ("Communauté de communes des Portes du Haut-Doubs", 41, 41),
        ("Conseil régional Bourgogne Franche-Comté", 62, 62),
        ("Communauté urbaine Creusot-Montceau", 136, 136),
        ("Audincourt", 244, 244),
        ("Dijon Métropole", 276, 276),
    ]
    assert [issue for fiche in fiches for issue in fiche.issues] == []


@pytest.mark.parametrize("name, kind, kind_line, population, population_line, raw", [
    ("Syndicat Mixte Préval Haut-Doubs", "Communauté de communes", 26, 145000, 28, "145000 hab."),
    ("Communauté de communes des Portes du Haut-Doubs", "Communauté de communes", 48, 26440, 50,
     "26 440 hab."),
    ("Conseil régional Bourgogne Franche-Comté", "Conseil régional", 119, 2820940, 121, "2 820 940"),
    ("Communauté urbaine Creusot-Montceau", "Communauté urbaine", 229, 97000, 231,
     "La communauté urbaine Creusot Montceau regroupe 34 communes et compte 97 000 habitants."),
    ("Audincourt", "Commune", 261, 15000, 263, "15 000 habitants"),
    ("Dijon Métropole", "Métropole", 297, 251179, 299, "251 179 habitants"),
])
def test_kind_and_population(by_name, name, kind, kind_line, population, population_line, raw):
    fiche = by_name[name]
    assert (fiche.kind.text, fiche.kind.source) == (kind, src(kind_line))
    assert (fiche.population.value, fiche.population.raw, fiche.population.source) == (
        population, raw, src(population_line))


@pytest.mark.parametrize("name, year, line", [
    ("Syndicat Mixte Préval Haut-Doubs", "2023", 23),
    ("Communauté de communes des Portes du Haut-Doubs", "2023", 45),
    ("Conseil régional Bourgogne Franche-Comté", "2016", 116),
    ("Communauté urbaine Creusot-Montceau", "2001", 226),
    ("Audincourt", "2001", 254),
    ("Dijon Métropole", "2001", 289),
])
def test_membership_year(by_name, name, year, line):
    membership = by_name[name].membership_year
    assert (membership.raw, membership.value, membership.source) == (year, int(year), src(line))


@pytest.mark.parametrize("name, thoroughfare, po_box, area, code, city, cedex, line", [
    ("Syndicat Mixte Préval Haut-Doubs", "2 rue des tourbières", "BP 235", None, "25580",
     "Pontarlier", False, 31),
    ("Communauté de communes des Portes du Haut-Doubs", "7 rue Denis Papin", "BP 70",
     "ZA En Pougie", "25800", "Valdahon", False, 53),
    ("Conseil régional Bourgogne Franche-Comté", "4 square Castan", "CS 51857", None, "25031",
     "Besançon", True, 124),
    ("Communauté urbaine Creusot-Montceau", "Château de la Verrerie", "BP 69", None, "71206",
     "Le Creusot", True, 234),
    ("Audincourt", "8 avenue Aristide Briand", None, None, "25400", "Audincourt", False, 266),
    ("Dijon Métropole", "40, avenue du Drapeau", "BP 17 510", None, "21075", "Dijon", True, 302),
])
def test_address(by_name, name, thoroughfare, po_box, area, code, city, cedex, line):
    address = by_name[name].address
    assert (address.thoroughfare, address.po_box, address.area, address.post_code,
            address.post_name, address.cedex, address.country, address.source) == (
        thoroughfare, po_box, area, code, city, cedex, "France", src(line))


def test_address_lines_are_kept_as_written(by_name):
    assert by_name["Communauté de communes des Portes du Haut-Doubs"].address.lines == (
        "7 rue Denis Papin BP70", "ZA En Pougie", "25800 VALDAHON", "France")


CONTACTS = {
    "Syndicat Mixte Préval Haut-Doubs": (
        Contact("Président", "Claude Gindre", None, (), src(37)),
        Contact("Service référent", "Gaëlle Journot", None,
                ("responsable du pôle mobilisation territoriale pour la réduction des déchets",),
                src(39)),
    ),
    "Communauté de communes des Portes du Haut-Doubs": (
        Contact("Élu référent", "Pierre-François Bernard", None,
                ("vice-président gestion de la ressource et des déchets",), src(60)),
    ),
    "Conseil régional Bourgogne Franche-Comté": (
        Contact("Élu référent", "Éric Oternaud", None,
                ("conseiller régional délégué aux mutations économiques, aux emplois verts et à l'ESS",),
                src(130), mandates=(Text("administrateur du RTES", src(132)),)),
        Contact("Chef de service ESS-TPE-Entreprenariat", "Lucien Da Ponte", None, (), src(134)),
    ),
    "Communauté urbaine Creusot-Montceau": (
        Contact("Élu référent", "David Marti", None, ("président",), src(240)),
        Contact("Chargée de mission à l'entreprenariat et à l'ESS", "Christelle Badon", None, (),
                src(242)),
        Contact("Service référent ESS", None, "Mission Economie et Services aux entreprises", (),
                src(242)),
    ),
    "Audincourt": (
        Contact("Élu représentant", "Renaud Fouché", None,
                ("Adjoint en charge du centre de santé, de la démographie médicale et de "
                 "l’économie sociale et solidaire",), src(272)),
    ),
    "Dijon Métropole": (
        Contact("Elue en charge de l'ESS", "Océane Charret-Godard", None,
                ("conseillère déléguée emploi, insertion et ESS",), src(308)),
        Contact("Service référent", "Nelly Verstraeten", None, (), src(310)),
    ),
}


@pytest.mark.parametrize("name", CONTACTS)
def test_contacts(by_name, name):
    assert by_name[name].contacts == CONTACTS[name]


def test_budget_amounts(fiches):
    amounts = [(f.name.text, a.euros, a.raw, a.year, a.section, a.qualifier, a.source.line)
               for f in fiches for a in f.budget_amounts]
    assert amounts == [
        ("Conseil régional Bourgogne Franche-Comté", Decimal("6100000"), "6.1 M€", 2023,
         "fonctionnement", None, 70),
        ("Conseil régional Bourgogne Franche-Comté", Decimal("614000"), "614 000€", 2023,
         "investissement", None, 70),
        ("Communauté urbaine Creusot-Montceau", Decimal("29000"), "29000€", 2022,
         "fonctionnement", None, 140),
        ("Audincourt", Decimal("15000"), "15 000€", None, None, None, 248),
        ("Dijon Métropole", Decimal("40000"), "40 000 euros", None, None, None, 280),
    ]
    assert str(amounts[0][1]) == "6100000"  # an exact integer, not 6.1E+6 nor 6100000.0


def test_prose_sections(by_name):
    region = by_name["Conseil régional Bourgogne Franche-Comté"]
    assert region.panorama.text == "Retrouvez le panorama 2022 réalisé par la CRESS Bourgogne-Franche-Comté"
    assert region.panorama.source == src(66)
    assert region.budget.text == ("Budget prévisionnel 2023 : 6.1 M€ en fonctionnement + 614 000€ "
                                  "en investissement")
    programme = region.programme.text.split("\n")
    assert region.programme.source == src(74)
    assert len(programme) == 26  # 3 paragraphs + 23 bullets, the long "Comme exemples…" included
    assert programme[2].startswith("Comme exemples de l’impact de la Région")
    assert programme[3] == "• Le Générateur Bourgogne-Franche-Comté (GBFC) :"
    assert programme[5] == "• 9 territoires sont sortis d’accompagnement ;"  # NBSP before ";" folded
    dijon = by_name["Dijon Métropole"]
    assert dijon.budget.text == "40 000 euros"
    assert dijon.programme.text.split("\n")[3] == ("• Information / sensibilisation des partenaires "
                                                   "publics et privés à la commande responsable")
    creusot = by_name["Communauté urbaine Creusot-Montceau"]
    assert creusot.programme.text.split("\n")[3] == (
        ". Promouvoir l’ESS collectivement pour soutenir sa contribution au développement durable "
        "du territoire et son apport à la stratégie de développement économique")
    assert by_name["Audincourt"].programme.text.startswith("Aide à l’économie solidaire")
    assert by_name["Syndicat Mixte Préval Haut-Doubs"].programme is None


def test_preval_has_eight_actions(by_name):
    # Eight paragraphs, each a separate action: the six "Préval …"/"Actuellement…"/"Ces futurs
    # sites…" ones (each a full sentence of 20+ words), "Perspective : …" (11 words, long enough
    # to be an action of its own) and the ESUS stake. No bullets, no short line, no colon at the end.
    actions = by_name["Syndicat Mixte Préval Haut-Doubs"].actions
    assert [a.source.line for a in actions] == [7, 9, 11, 13, 15, 17, 19, 21]
    assert actions[6].text == ("Perspective : développement de collectes événementielles des textiles "
                               "linges et chaussures.")
    assert actions[0].text.endswith("200 personnes accompagnées depuis l’ouverture en 2015.")
    assert all(a.urls == () for a in actions)


def test_region_actions_skip_intro_and_keep_links(by_name):
    actions = by_name["Conseil régional Bourgogne Franche-Comté"].actions
    assert [(a.source.line, a.urls) for a in actions] == [
        (108, ("https://www.journeeseconomieautrement.fr/",)),
        (112, ("https://www.bourgognefranchecomte.fr/conference-regionale-de-leconomie-sociale-et-solidaire-",)),
    ]
    assert actions[0].text.startswith("Les Journées de l’économie autrement : la 7ème édition")
    assert actions[1].text.endswith("sur le thème de l’économie de proximité.")


def test_creusot_single_action_holds_its_sub_lists(by_name):
    (action,) = by_name["Communauté urbaine Creusot-Montceau"].actions
    lines = action.text.split("\n")
    assert action.source == src(188)
    assert len(lines) == 19
    assert lines[:5] == [
        "Mise en place d’une recyclerie en partenariat les Régies des quartiers et des associations "
        "oeuvrant pour l’action sociale et l’insertion des publics éloignés de l’emploi.",
        "Projet en cours de déploiement",
        "Le recyclerie interviendra sur les 3 volets du développement durable, avec pour missions "
        "principales :",
        "1 / ENVIRONNEMENT",
        "• Participer à la réduction des déchets par la collecte, le tri, la valorisation et la revente",
    ]
    assert "2 / SOCIAL" in lines and "3 / ECONOMIE" in lines
    assert lines[-1] == ("• S’inscrire dans une logique de non-concurrence sur les activités entre "
                         "structures membres, sur le site de la recyclerie")


def test_audincourt_dijon_and_portes_actions(by_name):
    assert [a.source.line for a in by_name["Audincourt"].actions] == [258]
    dijon = by_name["Dijon Métropole"].actions
    assert [a.source.line for a in dijon] == [293, 294, 295]
    assert dijon[0].text.startswith("Soutien au lancement d’une plate-forme")  # bullet removed
    portes = by_name["Communauté de communes des Portes du Haut-Doubs"]
    assert portes.actions == () and portes.in_progress is True
    assert [f.in_progress for f in by_name.values()].count(True) == 1


def test_no_update_date_in_seed(fiches):
    assert {(f.updated, f.updated_source) for f in fiches} == {(None, None)}


def test_update_date_line_variants():
    for line in ("Dernière mise à jour : 16/09/2025", "Mise à jour le 16/09/2025",
                 "Dernière mise à jour le 16 septembre 2025", "Derniere mise a jour: 2025-09-16"):
        (fiche,) = parse_text(f"Audincourt\n{line}\nType de collectivité\nCommune\n", "a.txt")
        assert (fiche.updated, fiche.updated_source) == (datetime.date(2025, 9, 16), Source("a.txt", 2))
