"""Organisations, figures and amounts read in free text (orgs, figures, extract): on the seed
fiches, on sentences of other wording, and precision/recall against a hand-made list."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.organisations import find_organisations
from rtes_kg.extract.stated import find_amounts
from rtes_kg.model.identity import identify
from rtes_kg.model.members import link_members
from rtes_kg.parse.records import Source
from rtes_kg.project import data_dir

HERE = Source("test.txt", 1)
EXPECTED = Path(__file__).parent / "expected" / "organisations.json"
PRECISION_FLOOR = RECALL_FLOOR = 0.8


@pytest.fixture(scope="module")
def seed():
    path = data_dir() / "fiches" / "rtes-fiches-2025.txt"
    fiches = read_fiches(path.read_text(encoding="utf-8"), str(path))
    identities = [identify(fiche) for fiche in fiches]
    return {identity.slug: fiche for fiche, identity in zip(link_members(fiches, identities), identities)}


def mentions_of(fiche):
    return [*fiche.mentions, *(m for action in fiche.actions for m in action.mentions)]


def found_slugs(fiche) -> set[str]:
    return {m.member or m.slug for m in mentions_of(fiche)}


def action_with(fiche, words):
    return next(action for action in fiche.actions if words in action.text)


def test_precision_and_recall_of_organisation_detection_on_the_seed(seed):
    expected = {k: set(v) for k, v in json.loads(EXPECTED.read_text(encoding="utf-8")).items()
                if not k.startswith("_")}
    assert set(expected) == set(seed)
    true_positives = sum(len(found_slugs(seed[s]) & expected[s]) for s in expected)
    found = sum(len(found_slugs(seed[s])) for s in expected)
    wanted = sum(len(expected[s]) for s in expected)
    precision, recall = true_positives / found, true_positives / wanted
    print(f"organisation detection on the seed: precision {precision:.2f} ({true_positives}/{found}), "
          f"recall {recall:.2f} ({true_positives}/{wanted})")
    for slug in expected:
        print(slug, "missed:", sorted(expected[slug] - found_slugs(seed[slug])),
              "extra:", sorted(found_slugs(seed[slug]) - expected[slug]))
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


@pytest.mark.parametrize("words, carrier", [
    ("La Marmite Solidaire", "la-marmite-solidaire"),
    ("Emmaüs Pontarlier", "emmaus-pontarlier"),
    ("sous-traitant ID’EES", "id-ees-r-v"),
])
def test_seed_structures_carry_their_actions(seed, words, carrier):
    action = action_with(seed["syndicat-mixte-preval-haut-doubs"], words)
    carriers = {m.slug: m for m in action.mentions if m.role == "porteur"}
    assert carrier in carriers
    assert carriers[carrier].category == "structure-ess"
    assert carriers[carrier].confidence == "motif"


def test_a_recyclerie_whose_emergence_the_member_initiated_was_created_with_its_help(seed):
    # "Préval a initié l’émergence de la recyclerie citoyenne Re Bon" (tests/expected/seed.json)
    action = action_with(seed["syndicat-mixte-preval-haut-doubs"], "recyclerie citoyenne Re Bon")
    assert {(m.slug, m.role) for m in action.mentions} == {("re-bon", "cree")}


def test_suez_holds_the_contract_from_the_reference_list(seed):
    # "Préval confie un marché … avec SUEZ": the contractor carries the action (seed.json).
    action = action_with(seed["syndicat-mixte-preval-haut-doubs"], "SUEZ")
    suez = next(m for m in action.mentions if m.slug == "suez")
    assert (suez.category, suez.role, suez.confidence) == ("entreprise", "porteur", "reference")


def test_the_member_holds_shares_in_the_fruitiere_and_is_its_partner(seed):
    action = action_with(seed["syndicat-mixte-preval-haut-doubs"], "Prise de parts")
    assert {(m.slug, m.role) for m in action.mentions} == {("fruitiere-a-energies", "actionnaire"),
                                                           ("fruitiere-a-energies", "partenaire")}


def test_one_slug_for_the_cress_whatever_its_spelling(seed):
    assert "cress-bourgogne-franche-comte" in found_slugs(seed["conseil-regional-bourgogne-franche-comte"])
    assert "cress-bourgogne-franche-comte" in found_slugs(seed["communaute-urbaine-creusot-montceau"])


def test_an_enumeration_of_communautes_de_communes_gives_three_and_links_the_member(seed):
    action = action_with(seed["syndicat-mixte-preval-haut-doubs"], "Plateau du Russey")
    by_slug = {m.slug: m for m in action.mentions}
    assert set(by_slug) == {"communaute-de-communes-des-portes-du-haut-doubs",
                            "communaute-de-communes-du-plateau-du-russey",
                            "communaute-de-communes-du-val-de-morteau"}
    assert by_slug["communaute-de-communes-des-portes-du-haut-doubs"].member == \
        "communaute-de-communes-des-portes-du-haut-doubs"
    assert by_slug["communaute-de-communes-du-val-de-morteau"].member is None


def test_the_region_written_another_way_is_the_member_and_never_itself(seed):
    creusot = [m for m in seed["communaute-urbaine-creusot-montceau"].mentions if m.category == "collectivite"]
    assert [m.member for m in creusot] == ["conseil-regional-bourgogne-franche-comte"]
    region = seed["conseil-regional-bourgogne-franche-comte"]
    assert "conseil-regional-bourgogne-franche-comte" not in found_slugs(region)


@pytest.mark.parametrize("text, expected", [
    ("Le chantier est animé par l'association Les Jardins du Coeur, avec le soutien de l'ADEME.",
     [("Les Jardins du Coeur", "porteur", "association"), ("ADEME", "partenaire", None)]),
    ("La commune a confié la gestion du site à la SCIC « Mobil'Idées » en partenariat avec Veolia.",
     [("Mobil'Idées", "porteur", "scic"), ("Veolia", "partenaire", None)]),
    # "Soutien à" names what the member funds or supports (issue 10: a role of its own).
    ("Soutien à Tri Martolod, entreprise d'insertion du territoire, et à la SCOP Les Ateliers Nomades.",
     [("Tri Martolod", "soutenu", "entreprise-insertion"), ("Les Ateliers Nomades", "soutenu", "scop")]),
    # An action "Création de X" is a creation the member helped (issue 10: a role of its own).
    ("Création de la ressourcerie La Bricole par des habitants.",
     [("La Bricole", "cree", "recyclerie")]),
    ("Un projet co-financé par la Communauté d'agglomération du Grand Chalon et la Banque des Territoires.",
     [("Communauté d'agglomération du Grand Chalon", "partenaire", "communaute-d-agglomeration"),
      ("Banque des Territoires", "partenaire", None)]),
])
def test_detection_generalises_to_other_wording(text, expected):
    found = [(m.name, m.role, m.kind) for m in find_organisations(text, HERE)]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # two bodies joined by "et de la", never one
    ("Elle est partenaire de la Région Hauts-de-France et de la Banque des Territoires.",
     [("Région Hauts-de-France", "partenaire"), ("Banque des Territoires", "partenaire")]),
    # "A et B, la SCIC X": the list ended at B
    ("Le Département soutient, aux côtés de la Région Nouvelle-Aquitaine et de la Banque des Territoires, "
     "la SCIC Tiers-Lieu du Médoc.",
     [("Région Nouvelle-Aquitaine", "partenaire"), ("Banque des Territoires", "partenaire"),
      ("Tiers-Lieu du Médoc", "soutenu")]),
    # an apposition between two items does not end the list
    ("La Ville étudie, avec la SCIC Alternatives Énergies, à Niort, et l'association Vienne Nature, un projet.",
     [("Alternatives Énergies", "partenaire"), ("Vienne Nature", "partenaire")]),
    # an incise that describes an item does not make the next item its kin
    ("La Région soutient 80 tiers-lieux, dont le tiers-lieu La Fabrique de Bourges, porté par l'association "
     "Fabrique Solidaire, et le tiers-lieu La Ruche de Tours.",
     [("La Fabrique de Bourges", "soutenu"), ("Fabrique Solidaire", "porteur"), ("La Ruche de Tours", "soutenu")]),
    # who funds, frames or supplies is a partner, not the carrier
    ("Le tiers-lieu La Boussole, porté par l'association Repair Café Besançon, a été financé à hauteur de 80 000 € "
     "par l'agglomération et de 50 000 € par l'ADEME.",
     [("La Boussole", "soutenu"), ("Repair Café Besançon", "porteur"), ("ADEME", "partenaire")]),
    ("L'association Kaz Ressources a été lauréate de l'appel à projets lancé par l'ADEME.",
     [("Kaz Ressources", "porteur"), ("ADEME", "partenaire")]),
    ("La Région a souscrit pour 500 000 € de titres participatifs de la SCIC Enercoop Bretagne.",
     [("Enercoop Bretagne", "soutenu")]),
    # the things a verb of support or creation lists
    ("Le dispositif a accompagné 46 projets en 2023, dont la SCIC Breizh Récup.", [("Breizh Récup", "soutenu")]),
    ("Le Département a fait émerger trois entreprises sociales : la SCIC Lemon Tri 93 et l'entreprise "
     "d'insertion Bicyclo Service.", [("Lemon Tri 93", "cree"), ("Bicyclo Service", "cree")]),
    ("Le tiers-lieu accueille une vingtaine de structures, dont la SCIC Solidarité Entreprendre.",
     [("Solidarité Entreprendre", "partenaire")]),
    ("La Ville a pris des parts dans la SCIC Enercoop Auvergne-Rhône-Alpes.",
     [("Enercoop Auvergne-Rhône-Alpes", "actionnaire")]),
    ("La Région a confié la gestion du centre à l'association Arts et Vie, en remplacement de "
     "l'association Rennes Loisirs.", [("Arts et Vie", "porteur")]),
    # "aux côtés de A, de B et de C": a list, not an incise before B
    ("L'Eurométropole est entrée au capital de la SCIC Énergies Partagées Alsace, aux côtés de la Ville de "
     "Strasbourg, de la Caisse des Dépôts et de plus de 400 citoyens.",
     [("Énergies Partagées Alsace", "actionnaire"), ("Ville de Strasbourg", "partenaire"),
      ("Caisse des Dépôts", "partenaire")]),
    # "qui en reste sociétaire" is said of X, not of the member; the founder of a body is a partner
    ("La SCOP Vélo Services a été créée par l'association Pignon sur Rue, qui en reste sociétaire.",
     [("Vélo Services", "porteur"), ("Pignon sur Rue", "partenaire")]),
    ("L'association Vienne Services met à disposition de la Ville 12 salariés en insertion.",
     [("Vienne Services", "porteur")]),
    # a regional bank is a body of its own; "Pays de Loire" places it in no commune
    ("Avec le soutien du Crédit Mutuel de Bretagne et de la Caisse d'Epargne Bretagne Pays de Loire.",
     [("Crédit Mutuel de Bretagne", "partenaire"), ("Caisse d'Epargne Bretagne Pays de Loire", "partenaire")]),
    # a commune in parentheses does not break a list
    ("Lauréats : l'association Tiers-Lieu du Marsan (Mont-de-Marsan), la SCOP Les Charpentiers Landais (Morcenx) "
     "et la coopérative Vignes et Sables.",
     [("Tiers-Lieu du Marsan", "soutenu"), ("Les Charpentiers Landais", "soutenu"), ("Vignes et Sables", "soutenu")]),
    # who financed something is a funder; "créée par" is no funder's "par"
    ("Le restaurant a ouvert en 2023 ; la MAIF a financé son équipement de cuisine.", [("MAIF", "partenaire")]),
    ("Le fonds a permis de financer 96 structures : la brasserie coopérative La Nantaise.",
     [("La Nantaise", "soutenu")]),
    ("Aide au démarrage de l'épicerie Le Camion Solidaire, créée en 2022 par l'association Terres Vivantes.",
     [("Le Camion Solidaire", "soutenu"), ("Terres Vivantes", "porteur")]),
    # who runs it, after "que gère" or "en assure"; who got the member's support through "lui"
    ("La Ville a soutenu l'ouverture du café associatif Le Comptoir, que gère l'association Les Amis du Comptoir.",
     [("Le Comptoir", "soutenu"), ("Les Amis du Comptoir", "porteur")]),
    ("La Ville a confié le repérage à la Mission locale de Roubaix, tandis que l'association Jeunes et Cité en "
     "assure l'accompagnement.", [("Mission locale de Roubaix", "porteur"), ("Jeunes et Cité", "porteur")]),
    ("L'association Les Potagers d'Arras livre des paniers ; la Ville lui a accordé une subvention.",
     [("Les Potagers d'Arras", "soutenu")]),
    ("Le chantier accueille des personnes orientées par France Travail.", [("France Travail", "partenaire")]),
    # an incise of help that names two bodies is still read through
    ("Création en 2021, avec l'appui de France Active Bourgogne-Franche-Comté et du Crédit Coopératif, de la SCIC "
     "Habitat et Partage.", [("France Active Bourgogne-Franche-Comté", "partenaire"),
                             ("Crédit Coopératif", "partenaire"), ("Habitat et Partage", "cree")]),
    # a denied or given-up role is no role ("ne … que" and "pas … sans" still say it)
    ("La Ville n'est pas entrée au capital de la SCIC Enercoop Rhône-Alpes.", []),
    ("La Ville ne finance pas l'association Les Amis du Vélo.", []),
    ("La Métropole a renoncé à entrer au capital de la SCIC Énergie Rhône Citoyenne.", []),
    ("La Ville ne soutient que l'association Vélo Cité.", [("Vélo Cité", "soutenu")]),
    ("Le projet n'aurait pas vu le jour sans le soutien de la Ville à l'association Vélo Cité.",
     [("Vélo Cité", "soutenu")]),
    # a kind word in lower case after a name says what that name is: no other body (round 43: the EPT
    # itself is found, the giver)
    ("Grand-Orly Seine Bièvre, établissement public territorial de la Métropole du Grand Paris, soutient "
     "l'association Les Amis du Vélo.", [("Grand-Orly Seine Bièvre", "partenaire"), ("Les Amis du Vélo", "soutenu")]),
])
def test_roles_in_lists_incises_and_verbs(text, expected):
    found = [(m.name, m.role) for m in find_organisations(text, HERE)]
    assert found == expected


@pytest.mark.parametrize("text", [
    "Les associations du territoire et la région soutiennent l'économie de proximité.",
    "Adhésion au Dispositif Local d'Accompagnement (DLA) et au Code des Marchés Publics.",
    "L'association emploie 2.5 ETP. Cette SIAE réemploie des objets.",
    "Les Régies des quartiers et des associations oeuvrant pour l'insertion.",
    "La 7ème édition a eu lieu à Dijon les 25 et 26 novembre 2022.",
])
def test_no_organisation_in_generic_wording(text):
    assert find_organisations(text, HERE) == ()


def quantities(text):
    return [(str(q.value), q.unit, q.counted, q.approximate, q.year) for q in find_quantities(text, HERE)]


def test_seed_figures(seed):
    preval = seed["syndicat-mixte-preval-haut-doubs"]
    found = {(str(q.value), q.unit, q.counted, q.approximate, q.year)
             for action in preval.actions for q in action.quantities}
    assert {("170", "tonne-par-an", "tonnage", False, None),
            ("10000", "nombre-par-an", "portions", False, None),
            ("2.5", "etp", "etp", False, None),
            ("15", "nombre", "salaries-en-insertion", False, None),
            ("45", "nombre", "benevoles", True, None),
            ("640", "tonne", "tonnage", False, 2022),
            ("30", "metre-cube", "volume", False, None),
            ("30", "nombre", "emplois", True, None),
            ("2", "nombre", "equipements", False, None)} <= found
    amounts = [a.euros for action in preval.actions for a in action.amounts]
    assert amounts == [Decimal(1700000)]


@pytest.mark.parametrize("text, expected", [
    ("La ressourcerie a collecté 85 tonnes en 2023 avec une dizaine de bénévoles.",
     [("85", "tonne", "tonnage", False, 2023), ("10", "nombre", "benevoles", True, 2023)]),
    ("Près de 120 personnes accompagnées chaque année et 3,5 ETP.",
     [("120", "nombre-par-an", "personnes-accompagnees", True, None), ("3.5", "etp", "etp", False, None)]),
    ("Trois salariés en insertion, 12 kg de pain et 250 repas.",
     [("3", "nombre", "salaries-en-insertion", False, None), ("12", "kilogramme", "tonnage", False, None),
      ("250", "nombre", "portions", False, None)]),
    # a range's upper bound is no exact count
    ("Entre 10 et 15 emplois créés.", [("15", "nombre", "emplois", False, None)]),
    # "2,5 millions" without "d'euros" is no count of 2.5 things
    ("Budget de 2,5 millions sur 3 ans pour 20 communes.", [("20", "nombre", "territoires", False, None)]),
    # "chaque année" is said of its own clause, or of the whole sentence it opens
    ("Ressourcerie : 18 salariés en insertion, 150 tonnes réemployées chaque année.",
     [("18", "nombre", "salaries-en-insertion", False, None), ("150", "tonne-par-an", "tonnage", False, None)]),
    ("Elle accueille chaque année 1 200 jeunes et 300 familles, avec 12 salariés.",
     [("1200", "nombre-par-an", "personnes", False, None), ("300", "nombre-par-an", "foyers", False, None),
      ("12", "nombre", "salaries", False, None)]),
    ("Chaque année, 40 ateliers et 600 repas.",
     [("40", "nombre-par-an", None, False, None), ("600", "nombre-par-an", "portions", False, None)]),
    # a "dont" part that names only what narrows its whole counts the narrower noun; one that
    # narrows it to nothing the scheme knows is no figure ("8 en CDI" is not 8 salaried people more)
    ("La ressourcerie emploie 12 salariés dont 8 en insertion et 3 en CDI.",
     [("12", "nombre", "salaries", False, None), ("8", "nombre", "salaries-en-insertion", False, None)]),
    ("30 salariés, dont 12 en parcours d'insertion.",
     [("30", "nombre", "salaries", False, None), ("12", "nombre", "salaries-en-insertion", False, None)]),
    ("12 salariés dont 8 en CDI.", [("12", "nombre", "salaries", False, None)]),
    ("120 emplois, dont 70 en insertion.",
     [("120", "nombre", "emplois", False, None), ("70", "nombre", "salaries-en-insertion", False, None)]),
    ("40 bénévoles dont 10 jeunes.",
     [("40", "nombre", "benevoles", False, None), ("10", "nombre", "personnes", False, None)]),
    # a year that dates another event, or figures said to be today's: no year
    ("Ouvert en 2021 par l'association X, le café sert aujourd'hui environ 90 repas.",
     [("90", "nombre", "portions", True, None)]),
    ("Lauréate du label French Impact en 2020, la SCIC a livré 24 logements.", [("24", "nombre", None, False, None)]),
    ("Créée en 2015, la recyclerie a collecté 200 tonnes en 2022.", [("200", "tonne", "tonnage", False, 2022)]),
    ("Appel à projets : 14 lauréats en 2023.", [("14", "nombre", None, False, 2023)]),
    ("La SCOP, créée avec l'appui de Grand Besançon Métropole en 2020, emploie 9 salariés.",
     [("9", "nombre", "salaries", False, None)]),
    ("La commune a racheté en 2019 le café, géré par l'association X, qui emploie 2 salariés.",
     [("2", "nombre", "salaries", False, None)]),
    # "par an" after what the tonnes are of
    ("La recyclerie collecte 400 tonnes d'objets par an.", [("400", "tonne-par-an", "tonnage", False, None)]),
    # "par semaine", "par jour": not per year, though "chaque année" is said elsewhere in the sentence
    ("Il produit 60 tonnes chaque année et distribue 350 paniers par semaine.",
     [("60", "tonne-par-an", "tonnage", False, None), ("350", "nombre", None, False, None)]),
    # "/an" or "par an" after the noun: per year, as "chaque année" says; "par jour" is kept apart
    ("Le festival accueille 15 000 visiteurs/an et sert 1 200 repas par jour.",
     [("15000", "nombre-par-an", None, False, None), ("1200", "nombre", "portions", False, None)]),
    # a participle between the tonnes and "par an"; a shorter rhythm said before the figure
    ("Les recycleries réemploient 18 000 tonnes réemployées par an.",
     [("18000", "tonne-par-an", "tonnage", False, None)]),
    ("Elle prépare chaque jour environ 4 500 repas et valorise chaque année 20 tonnes.",
     [("4500", "nombre", "portions", True, None), ("20", "tonne-par-an", "tonnage", False, None)]),
    # "auprès de" is no "près de"; a hyphenated noun is counted whole; a participle counts nothing
    ("Elle intervient auprès de 35 collèges.", [("35", "nombre", None, False, None)]),
    ("La Région soutient 80 tiers-lieux.", [("80", "nombre", None, False, None)]),
    ("9 emplois ont été maintenus et 3 créés.", [("9", "nombre", "emplois", False, None)]),
    # the year of a creation, a signature or of the help a structure received dates no figure
    ("Création en 2022 de la monnaie locale : 480 prestataires.", [("480", "nombre", None, False, None)]),
    ("La recyclerie emploie 35 salariés et a été soutenue par la Ville en 2022.",
     [("35", "nombre", "salaries", False, None)]),
    ("En 2023, 120 porteurs ont été accompagnés.", [("120", "nombre", None, False, 2023)]),
    ("L'atelier répare 1 200 vélos par an.", [("1200", "nombre-par-an", None, False, None)]),
    # "chaque année" after its figures is said of them, not of the next verb's
    ("Le Relais collecte 4 500 tonnes de textiles chaque année et emploie 95 salariés en insertion.",
     [("4500", "tonne-par-an", "tonnage", False, None), ("95", "nombre", "salaries-en-insertion", False, None)]),
    ("L'association porte 6 ateliers et accompagne 240 personnes chaque année.",
     [("6", "nombre", None, False, None), ("240", "nombre-par-an", "personnes", False, None)]),
    # an adjective before the counted noun; a participle after a second number counts nothing
    ("La pépinière a accueilli 14 nouveaux projets.", [("14", "nombre", "projets", False, None)]),
    ("30 emplois, dont 18 répartis sur les sites.", [("30", "nombre", "emplois", False, None)]),
])
def test_figures_in_other_wording(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text", [
    "Depuis 2015, le centre est ouvert. Tél. 03 81 46 12 00, 25580 Pontarlier.",
    "La 7ème édition a eu lieu les 25 et 26 novembre 2022, pendant 2 jours.",
    "Une durée de 12 mois, prorogeable jusqu'à 18 mois, dans la phase 1.",
    "Budget : 40 000 € en 2023.",
])
def test_years_dates_phones_durations_and_money_are_not_figures(text):
    assert find_quantities(text, HERE) == ()


def test_amounts_and_ranges():
    found = find_amounts("Un bâtiment (1.7 M€) et des apports entre 5 000 € et 10 000 €.", HERE)
    assert [(a.euros, a.maximum) for a in found] == [(Decimal(1700000), None),
                                                     (Decimal(5000), Decimal(10000))]


def test_the_upper_bound_of_a_range_is_said_as_such():
    """ "Entre 10 et 15 emplois" made 15 jobs, exactly; at most 15 is what the fiche says."""
    (jobs,) = find_quantities("Entre 10 et 15 emplois créés.", Source("f", 1))
    assert (jobs.value, jobs.qualifier, jobs.raw) == (Decimal(15), "jusqu-a", "Entre 10 et 15 emplois créés")


def test_a_rate_per_year_is_said_once():
    """ "1 200 vélos par an" was per year by its unit and by ``rtes:par`` "an" as well."""
    (figure,) = find_quantities("L'atelier répare 1 200 vélos par an.", HERE)
    assert (figure.unit, figure.per) == ("nombre-par-an", None)
