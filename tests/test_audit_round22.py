"""Wrong facts found by the twenty-second round of outside audit and left over from the twenty-first.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import budget_lines, converted, mentions, roles
from rtes_kg.extract.dating import sentence_year
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.stated import find_amounts
from rtes_kg.parse.document import parse_text
from rtes_kg.parse.records import Source
from rtes_kg.vocab import RTES

LAVAL = {"member": "Laval Agglomération", "kind": "Communauté d'agglomération",
         "address": "1 place du Général Ferrié\n53000 Laval"}


def roles_in(sentence: str, **member: str) -> list[tuple[str, str]]:
    """(name, role) of the organisations of one action of the member's fiche (Laval Agglomération)."""
    return [(name, role) for name, _, role in mentions(sentence, **(member or LAVAL))[0]]


# --- whose act a sentence tells ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # another collectivité's part in a creation is its own, by its name or its kind
    ("La Ville de Laval a participé à la création de la SCIC Alpha.", [("Ville de Laval", "partenaire")]),
    ("La Ville a soutenu la création de la SCIC Alpha.", [("Ville de Laval", "partenaire")]),  # (round 43: named)
    ("La Région a créé la SCIC Alpha.", [("Région Pays de la Loire", "partenaire")]),
    # the member's, alone or with another
    ("L'Agglomération a participé à la création de la SCIC Alpha.", [("Alpha", "cree")]),
    ("La Ville de Laval et l'Agglomération ont accompagné la création de la SCIC Alpha.",
     [("Alpha", "cree"), ("Ville de Laval", "partenaire")]),
    # a network that helps the member's action to a creation is its partner (round 21)
    ("France Active a accompagné la création de la SCIC Alpha.", [("Alpha", "cree"), ("France Active", "partenaire")]),
    # several other bodies as the subject: their support, not the member's
    ("La CAF et la MSA financent la SCIC Alpha.", [("CAF", "partenaire"), ("MSA", "partenaire")]),
    ("La CAF, la MSA ainsi que la Fondation de France financent l'association Beta.",
     [("CAF", "partenaire"), ("Fondation de France", "partenaire"), ("MSA", "partenaire")]),
    ("La CAF et l'Agglomération financent la SCIC Alpha.", [("Alpha", "soutenu"), ("CAF", "partenaire")]),
    ("La CAF, la MSA et Laval Agglomération financent la SCIC Alpha.",
     [("Alpha", "soutenu"), ("CAF", "partenaire"), ("MSA", "partenaire")]),
    # a body named beside the object is no object of the verb
    ("La CAF et la MSA financent la plateforme avec l'association Beta.",
     [("Beta", "partenaire"), ("CAF", "partenaire"), ("MSA", "partenaire")]),
])
def test_whose_act_a_sentence_tells(sentence, expected):
    assert sorted((name.split(" (")[0], role) for name, role in roles_in(sentence)) == expected


def test_two_intercommunalities_as_one_subject_in_the_fiche_of_one_of_them():
    assert roles_in("La Communauté de communes du Pays de Landivisiau et Morlaix Communauté soutiennent "
                    "l'association Les Amis.", member="Morlaix Communauté",
                    kind="Communauté d'agglomération", address="2 B voie d'accès au port\n29600 Morlaix") == [
        ("Communauté de communes du Pays de Landivisiau", "partenaire"), ("Les Amis", "soutenu")]


def test_a_kind_word_in_a_fiche_without_its_kind_may_name_the_member():
    assert roles_in("La Ville soutient l'épicerie solidaire La Courte Échelle.", member="Ville de Laval",
                    kind="", address="") == [("La Courte Échelle", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a supplier supplies the member's action; a structure that supplies its clients does the work
    ("La SCIC Bois énergie du Ségala approvisionne 20 chaufferies collectives.",
     [("Bois énergie du Ségala", "porteur")]),
    ("La Banque alimentaire de la Mayenne approvisionne 12 épiceries solidaires.",
     [("Banque alimentaire de la Mayenne", "porteur")]),
    # the customer it supplies is a partner, as after "fournit" (round 28: the supply verbs agree)
    ("La Banque alimentaire de la Mayenne approvisionne l'épicerie solidaire Le Panier.",
     [("Banque alimentaire de la Mayenne", "porteur"), ("Le Panier", "partenaire")]),
])
def test_who_supplies_whom(sentence, expected):
    assert roles(sentence) == expected


# --- names ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # a name in lower case with its place, up to its verb
    ("La SCIC Bois énergie du Ségala emploie 4 salariés.", [("Bois énergie du Ségala", "porteur")]),
    ("L'association Jardins partagés de Saint-Berthevin anime 40 parcelles.",
     [("Jardins partagés de Saint-Berthevin", "porteur")]),
    # not an object after the verb
    ("La SCIC Enercoop fournit l'électricité des Halles de Laval.", [("Enercoop", "partenaire")]),
    # a régie de quartier named by its quarter and its commune
    ("La régie de quartier Europe Colmar emploie 30 salariés.", [("Régie de quartier Europe Colmar", "porteur")]),
    ("La régie de quartier Nord Services entretient les espaces verts.", [("Nord Services", "porteur")]),
    ("Le centre social Espace Razès anime un jardin.", [("Espace Razès", "porteur")]),
    # bodies of a movement that are not the movement
    ("Le chantier d'insertion Croix-Rouge insertion emploie 25 salariés en parcours.",
     [("Croix-Rouge insertion", "porteur")]),
    ("La Foncière Solidaire Terre de Liens a acquis 3 fermes.", [("Foncière Terre de Liens", "porteur")]),
    ("La Croix-Rouge anime une vestiboutique.", [("Croix-Rouge française", "porteur")]),
    # a direction and its institution in parentheses: one body
    ("Avec la Banque des Territoires (Caisse des Dépôts), la Ville finance la foncière.",
     [("Banque des Territoires", "partenaire")]),
    ("La Caisse des Dépôts (Banque des Territoires) finance la SCIC Alpha.",
     [("Banque des Territoires", "partenaire")]),
])
def test_names_of_round_21_and_22(sentence, expected):
    assert roles(sentence) == expected


# --- budget lines --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the part's status is not the whole's
    ("900 000 € en 2023 dont 300 000 € dépensés au 30 juin.",
     [("900000", 2023, None, None, False), ("300000", 2023, "realise", None, True)]),
    ("Budget réalisé 2023 : 900 000 € dont 300 000 € en investissement.",
     [("900000", 2023, "realise", None, False), ("300000", 2023, "realise", None, True)]),
    ("900 000 € votés en 2023, dont 300 000 € pour l'IAE.",
     [("900000", 2023, "vote", None, False), ("300000", 2023, "vote", "pour l'IAE", True)]),
    # European money in a bulleted "dont :" list is no line of the member's, as inline
    ("Budget ESS 2024 : 1,2 M€, dont :\n- 200 000 € de crédits FSE+\n- 400 000 € pour l'IAE",
     [("1200000", 2024, None, None, False), ("400000", 2024, None, "pour l'IAE", True)]),
])
def test_budget_parts(text, expected):
    assert budget_lines(text) == expected


def sections(text: str) -> list[tuple[str | None, int | None, str | None]]:
    fiche, = parse_text(f"Ville de Laval\n\nBudget consacré à l’ESS :\n{text}\n\nType de collectivité\nCommune\n",
                        "test.txt")
    return [(str(a.euros), a.year, a.section) for a in fiche.budget_amounts]


def test_a_section_said_on_a_line_of_its_own_is_its_lines():
    assert sections("Fonctionnement :\n- 2022 : 300 000 €\n- 2023 : 350 000 €\nInvestissement :\n"
                    "- 2023 : 100 000 €") == [
        ("300000", 2022, "fonctionnement"), ("350000", 2023, "fonctionnement"), ("100000", 2023, "investissement")]
    # until a line says something else
    assert sections("En fonctionnement :\n300 000 € en 2022\nAutres crédits\n50 000 € pour l'IAE") == [
        ("300000", 2022, "fonctionnement"), ("50000", None, None)]


# --- figures -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "kept"), [
    # a whole network's figures, the network the subject or "de France" after the count
    ("Le réseau des 140 ressourceries de France détourne 100 000 tonnes par an ; la Ressourcerie du Pays de Laval "
     "en est membre et emploie 12 salariés.", ["12 salariés"]),
    ("Le réseau national Cocagne compte 100 jardins, dont celui de Laval qui emploie 20 salariés.", ["20 salariés"]),
    ("La fédération française des Repair Cafés compte 300 ateliers.", []),
    ("Elle réunit 30 épiceries de France et de Navarre.", []),
    # a local network's, and "de France" in a name
    ("Le réseau Cocagne de la Mayenne compte 3 jardins et 60 salariés.", ["3 jardins", "60 salariés"]),
    ("L'association accompagne 20 créateurs avec l'aide de France Active.", ["20 créateurs"]),
    ("Elle forme 12 salariés de France Travail.", ["12 salariés"]),
    ("Elle accueille 20 structures d'Île-de-France.", ["20 structures"]),
])
def test_a_whole_network_s_figures_are_not_the_action_s(sentence, kept):
    assert [q.raw for q in find_quantities(sentence, Source("f.txt", 1))] == kept


def test_shares_in_a_second_company_after_et_dans():
    assert roles("La Ville a pris des parts dans la SCIC Alpha et dans la Foncière Solidaire Terre de Liens.") == [
        ("Alpha", "actionnaire"), ("Foncière Terre de Liens", "actionnaire")]


# --- names that only a label's list announces ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lauréats : Coop'Ouest, Les Champs de Kergoat et le tiers-lieu La Grange.",
     [("Coop'Ouest", "soutenu"), ("La Grange", "soutenu"), ("Les Champs de Kergoat", "soutenu")]),
    ("Lauréats 2023 : Vélo Cité, Les Jardins du Bourg et la SCOP Ecobâti.",
     [("Ecobâti", "soutenu"), ("Les Jardins du Bourg", "soutenu"), ("Vélo Cité", "soutenu")]),
    # kinds of collectivités, groups of people, a kind word then its name: read by the others or none
    ("Partenaires : Région, Département, CAF, Pôle emploi.", [("CAF", "partenaire"), ("France Travail", "partenaire")]),
    ("Bénéficiaires : Habitants, Familles Monoparentales.", []),
    ("Public : Jeunes Diplômés, Seniors.", []),
])
def test_names_listed_after_a_label(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an acronym, its long name in parentheses, then its territory: the territory's chapter
    ("Le PLIE (Plan local pour l'insertion et l'emploi) du Grand Nîmes accompagne 500 personnes.",
     [("PLIE du Grand Nîmes", "porteur")]),
    ("La MSA (Mutualité sociale agricole) Grand Sud finance l'association Alpha.", [("MSA Grand Sud", "partenaire")]),
    ("Le PLIE (Plan local pour l'insertion et l'emploi) accompagne 500 personnes.", [("PLIE", "partenaire")]),
    # networks whose local bodies go by the network's acronym
    ("Le CPIE Pays Gersois anime des ateliers nature pour 300 enfants.", [("CPIE Pays Gersois", "porteur")]),
    ("Le CIDFF de la Mayenne tient une permanence juridique.", [("CIDFF de la Mayenne", "porteur")]),
    ("Les Céméa Pays de la Loire forment 200 animateurs.", [("Céméa Pays de la Loire", "porteur")]),
])
def test_chapters_named_by_their_network_s_acronym(sentence, expected):
    assert roles(sentence) == expected


# --- own probes: a fiche of the Grand Annecy --------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # "de son côté", "pour sa part" stand between a verb and its object
    ("La Ville de Laval soutient de son côté l'association Passage, qui gère une laverie solidaire.",
     [("Ville de Laval", "partenaire")]),
    ("L'Agglomération soutient de son côté l'association Passage.", [("Passage", "soutenu")]),
    ("L'Agglomération finance pour sa part la SCOP Beta.", [("Beta", "soutenu")]),
    # the member by its name helped to create "it"
    ("L'EBE Les Bras Ouverts, créée en 2022, emploie 35 salariés. Laval Agglomération a participé à sa création.",
     [("Les Bras Ouverts", "cree")]),
    # a list's item that ends with an apostrophe or a quote goes on (round 43: the apostrophe is the name's)
    ("Lauréats : l'association Vélo Bricol' et la SCOP Bâti Éco Alpes.",
     [("Bâti Éco Alpes", "soutenu"), ("Vélo Bricol'", "soutenu")]),
    # an area's adjective with an accent, in "-ien"
    ("Avec l'appui du PLIE du bassin annécien et du GEIQ BTP 74.",
     [("GEIQ BTP 74", "partenaire"), ("PLIE du bassin annécien", "partenaire")]),
])
def test_own_probes_of_round_22(sentence, expected):
    assert roles_in(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "lui" given by another body is its support, not the member's
    ("L'association Emmaüs Coup de Main a accueilli 1 400 personnes ; la Ville de Pantin lui loue un local.",
     [("Emmaüs Coup de Main", "porteur"), ("Ville de Pantin", "partenaire")]),
    ("L'association Emmaüs Coup de Main a accueilli 1 400 personnes ; la Région lui verse 10 000 €.",
     [("Emmaüs Coup de Main", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    ("L'association Emmaüs Coup de Main a accueilli 1 400 personnes ; l'Agglomération lui verse 10 000 €.",
     [("Emmaüs Coup de Main", "soutenu")]),
    ("L'association Emmaüs Coup de Main a accueilli 1 400 personnes et Laval Agglomération lui verse 10 000 €.",
     [("Emmaüs Coup de Main", "soutenu")]),
    # a sentence that opens with an article, a kind and a name, then an apposition: the name alone
    ("La SCIC Coopérative Pointcarré, tiers-lieu de 800 m² à Saint-Denis, réunit 120 sociétaires.",
     [("Coopérative Pointcarré", "porteur")]),
])
def test_own_probes_of_round_22_seine_saint_denis(sentence, expected):
    assert roles_in(sentence) == expected


def test_a_long_name_then_its_network_s_acronym_and_territory_is_one_chapter():
    assert roles("Convention avec l'association Aide à Domicile en Milieu Rural (ADMR) de la Mayenne : 30 000 € "
                 "par an.") == [("ADMR de la Mayenne", "partenaire")]


@pytest.mark.parametrize(("sentence", "year"), [
    # "depuis 2015" has its year: the later "en 2023" is the figures'
    ("La recyclerie Le Grenier, gérée par l'association Tremplin depuis 2015, a détourné 230 tonnes en 2023 "
     "(contre 180 tonnes en 2021) et vise 300 tonnes d'ici 2026.", 2023),
    ("Depuis sa création en 2015, elle a accompagné 300 personnes.", None),
])
def test_the_year_of_a_sentence_s_figures(sentence, year):
    assert sentence_year(sentence) == year


@pytest.mark.parametrize(("text", "expected"), [
    # a table's header of years gives each column's amount its year; a row's label its section
    ("2021 | 2022 | 2023\n650 000 € | 720 000 € | 810 000 €",
     [("650000", 2021, None), ("720000", 2022, None), ("810000", 2023, None)]),
    ("Année | 2022 | 2023\nFonctionnement | 500 000 € | 550 000 €\nInvestissement | 100 000 € | 120 000 €",
     [("500000", 2022, "fonctionnement"), ("550000", 2023, "fonctionnement"), ("100000", 2022, "investissement"),
      ("120000", 2023, "investissement")]),
    # "hors" takes its words with it: no section
    ("Enveloppe annuelle : environ 300 K€ (hors aides à l'investissement)", [("300000", None, None)]),
])
def test_budget_tables_and_exclusions(text, expected):
    assert sections(text) == expected


def test_each_amount_takes_the_status_said_right_after_it():
    assert budget_lines("En 2023, 270 000 euros ont été mandatés sur les 300 000 € votés.") == [
        ("270000", 2023, "realise", None, False), ("300000", 2023, "vote", None, False)]


# --- own probes: a capture of the web page of a communauté de communes ----------------------------------------

CAPTURE = """Accueil › Les adhérents › Communauté de communes du Val de Drôme en Biovallée

Communauté de communes du Val de Drôme en Biovallée

Type de collectivité
Communauté de communes

Contact public

Élu.e référent.e
Mme Martine Lefèvre, vice-présidente en charge de l'économie et de l'ESS

Service référent
Service développement économique
contact@valdedrome.com
"""


def test_inclusive_titles_and_a_service_under_its_role_in_a_capture():
    fiche, = parse_text(CAPTURE, "capture.txt")
    assert [(c.role, c.person, c.service, c.titles) for c in fiche.contacts] == [
        ("Élu référent", "Martine Lefèvre", None, ("vice-présidente en charge de l'économie et de l'ESS",)),
        ("Service référent", None, "Service développement économique", ())]


@pytest.mark.parametrize("title", ["Élu·e référent·e", "Élu(e) référent(e)", "Élue référente"])
def test_inclusive_writings_of_a_role(title):
    fiche, = parse_text(CAPTURE.replace("Élu.e référent.e", title), "capture.txt")
    assert fiche.contacts[0].person == "Martine Lefèvre"


def test_a_commune_before_an_apposition_is_no_name():
    assert roles("L'épicerie coopérative « La Carline » à Crest, SCIC de 300 sociétaires, a bénéficié d'une avance "
                 "remboursable de 20 000 €.") == [("La Carline", "soutenu")]
    assert roles("Soutien à Alpha Coop, SCIC de 300 sociétaires.") == [("Alpha Coop", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Subvention de 45 000 € en 2023, reconduite à 50 000 € en 2024.", [("45000", 2023), ("50000", 2024)]),
    ("En 2023, la Ville a versé 45 000 € à l'association.", [("45000", 2023)]),
    # two years in the sentence, a period, two years after it: none
    ("En 2023, la Ville a versé 45 000 €, contre 30 000 € en 2022.", [("45000", None)]),
    ("Une aide de 20 000 € (2024) et de 15 000 € en 2023-2024.", [("20000", 2024), ("15000", None)]),
    ("La Ville verse 10 000 € par an en 2024 et 2025.", [("10000", None)]),
])
def test_the_year_of_an_amount(sentence, expected):
    assert [(str(a.euros), a.year) for a in find_amounts(sentence, Source("f.txt", 1))] == expected


def test_an_amount_s_year_is_published(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d'actions soutenues\n\n"
                                "Subvention de 45 000 € en 2023 à l'association Alpha.\n")
    years = {str(o) for o in graph.objects(None, RTES.annee)}
    assert years == {"2023"}


def test_another_year_s_amount_in_parentheses_gives_no_year():
    assert [(str(a.euros), a.year) for a in find_amounts("Budget 2024 : 300 000 € (2023 : 250 000 €).",
                                                         Source("f.txt", 1))] == [("300000", None), ("250000", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # energy and power are figures, a yearly rate said as rtes:par
    ("Les 12 centrales de 36 kWc produisent 500 MWh par an.",
     [("12", "nombre", None), ("36", "kilowatt-crete", None), ("500", "megawatt-heure", "an")]),
    ("Une chaufferie bois de 1,2 MW alimente 300 logements.", [("1.2", "megawatt", None), ("300", "nombre", None)]),
    # a conversion counts no one: "soit la consommation de 800 foyers"
    ("La SCIC produit 2 GWh par an, soit la consommation électrique de 800 foyers.", [("2", "gigawatt-heure", "an")]),
])
def test_energy_and_power(sentence, expected):
    assert [(str(q.value), q.unit, q.per) for q in find_quantities(sentence, Source("f.txt", 1))] == expected


def test_a_former_company_whose_activity_was_taken_over_carries_nothing():
    assert roles("L'association Alpha a repris l'activité de la SCOP Beta, liquidée en 2021.") == [("Alpha", "porteur")]
    assert roles("L'association Alpha a pris la suite de la SCOP Beta.") == [("Alpha", "porteur")]


@pytest.mark.parametrize(("member", "sentence", "expected"), [
    # another collectivité's kind word, in the fiche of a kind the collectivités' finder knows
    (("Syndicat mixte du Pays de Redon", "Syndicat mixte", "3 rue Charles Sillard\n35600 Redon"),
     "La Région a créé la SCIC Alpha.", [("Région Bretagne", "partenaire")]),
    (("Communauté de communes du Pays de Landivisiau", "Communauté de communes", "Zone de Kerven\n29400 Landivisiau"),
     "La Ville soutient l'association Gamma.", [("Ville de Landivisiau", "partenaire")]),  # (round 43: the seat)
    (("Communauté de communes du Pays de Landivisiau", "Communauté de communes", "Zone de Kerven\n29400 Landivisiau"),
     "La Communauté a participé à la création de la SCIC Beta.", [("Beta", "cree")]),
    # a fiche that does not say its kind: any kind word may be the member
    (("Ville de Laval", "", ""), "La Ville soutient l'association Gamma.", [("Gamma", "soutenu")]),
])
def test_kind_words_of_other_collectivites_by_the_member_s_kind(member, sentence, expected):
    name, kind, address = member
    assert roles_in(sentence, member=name, kind=kind, address=address) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a label with its year, or of what it is, then names
    ("Structures accompagnées en 2023 : Atelier Bricolo, L'Échappée Belle, Ressourcerie du Maine.",
     [("Atelier Bricolo", "soutenu"), ("L'Échappée Belle", "soutenu"), ("Ressourcerie du Maine", "soutenu")]),
    ("Membres du comité de pilotage : CAF de la Mayenne, Mayenne Habitat.",
     [("CAF de la Mayenne", "partenaire"), ("Mayenne Habitat", "partenaire")]),
    ("Bénéficiaires du dispositif : Habitants, Familles Monoparentales.", []),
])
def test_labels_with_their_year_or_their_object(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # other collectivités by their kind among the subjects: not the member's support
    ("La CAF et la Région financent l'association Gamma.", [("CAF", "partenaire"),
                                                            ("Région Pays de la Loire", "partenaire")]),
    ("La Région et le Département financent l'association Gamma.", [("Département de la Mayenne", "partenaire"),
                                                                    ("Région Pays de la Loire", "partenaire")]),
    # the member among them: its support too
    ("La CAF et la Ville financent l'association Gamma.", [("CAF", "partenaire"), ("Gamma", "soutenu")]),
    ("La Région et la Ville financent l'association Gamma.", [("Gamma", "soutenu"),
                                                              ("Région Pays de la Loire", "partenaire")]),
])
def test_kind_words_among_several_subjects(sentence, expected):
    assert roles_in(sentence, member="Ville de Laval", kind="Commune", address="Place du 11 novembre\n53000 Laval") \
        == expected


def test_a_fund_written_with_its_acronym_is_a_scheme_no_body():
    assert roles("Le Fonds régional d'innovation sociale (FRIS) a soutenu 12 projets, dont la SCIC Alpha.") == [
        ("Alpha", "soutenu")]


@pytest.mark.parametrize(("block", "expected"), [
    # persons and their posts alternating: each post is the title of the person above
    ("Madame Claire Dubois\nAdjointe à l'ESS\nMonsieur Marc Leroy\nChef de projet ESS\n",
     [("Contact public", "Claire Dubois", ("Adjointe à l'ESS",)),
      ("Contact public", "Marc Leroy", ("Chef de projet ESS",))]),
    # a role, then its holder
    ("Élu référent\nJean Dupont\nChargée de mission ESS\nMarie Curie\n",
     [("Élu référent", "Jean Dupont", ()), ("Chargée de mission ESS", "Marie Curie", ())]),
])
def test_posts_under_persons_open_no_fiche(block, expected):
    fiches = parse_text(f"Ville de Laval\n\nType de collectivité : Commune\n\nContact public\n{block}", "t.txt")
    assert len(fiches) == 1  # "Chef de projet ESS", last, was a fiche of its own
    assert [(c.role, c.person, c.titles) for c in fiches[0].contacts] == expected


def test_the_member_s_shares_with_their_amount_after_y():
    assert roles_in("La SCIC Alpha a installé 8 centrales solaires ; l'Agglomération y a pris 20 000 € de parts.") == [
        ("Alpha", "actionnaire"), ("Alpha", "porteur")]  # it installed them: a carrier too (round 33)
    assert roles_in("La SCIC Alpha a installé 8 centrales ; la Caisse des Dépôts y a pris 20 000 € de parts.") == [
        ("Alpha", "porteur"), ("Caisse des Dépôts", "partenaire")]


@pytest.mark.parametrize("sentence", ["Depuis 2020, l'Agglomération verse chaque année 30 000 € à la SCIC Alpha.",
                                      "Elle verse 30 000 € chaque année."])
def test_chaque_annee_before_or_after_an_amount_is_its_rate(sentence):
    assert [a.per for a in find_amounts(sentence, Source("f.txt", 1))] == ["an"]


@pytest.mark.parametrize(("sentence", "per"), [
    ("Le fonds a accordé 14 prêts de 3 000 € à 8 000 € depuis 2021.", "prêt"),
    ("12 bourses de 1 500 € ont été attribuées.", "bourse"),
    ("Le fonds a accordé 14 prêts pour 73 000 €.", None),
    ("Une subvention de 20 000 € a été versée.", None),
])
def test_the_amount_of_each_of_a_counted_lot(sentence, per):
    assert [a.per for a in find_amounts(sentence, Source("f.txt", 1))] == [per]


def test_a_chapter_named_in_lower_case_is_capitalised():
    assert roles("Le jardin de Cocagne de Dole cultive 5 hectares.") == [("Jardin de Cocagne de Dole", "porteur")]


@pytest.mark.parametrize(("text", "expected"), [
    # "le budget régional dédié à l'ESS" is the ESS budget; its breakdown after its year
    ("Le budget régional dédié à l'ESS s'élève à 6,1 M€ en 2024 (fonctionnement : 4,8 M€ ; investissement : 1,3 M€).",
     [("6100000", 2024, None, None, False), ("4800000", 2024, None, None, True), ("1300000", 2024, None, None, True)]),
    # entries apart by a dash: no scope made of the next one's words
    ("2022 : 5,2 M€ (CA) – 2023 : 5,8 M€ (CA) – 2024 : 6,1 M€ (BP)",
     [("5200000", 2022, "realise", None, False), ("5800000", 2023, "realise", None, False),
      ("6100000", 2024, "vote", None, False)]),
    ("soit 2 % du budget régional (300 M€)", []),
])
def test_budget_lines_of_a_region(text, expected):
    assert budget_lines(text) == expected


def test_each_clause_of_a_budget_line_has_its_own_label():
    assert budget_lines("Subventions aux structures de l'ESS : 320 000 € ; animation du réseau : 45 000 € ; appel à "
                        "projets : 80 000 €") == [
        ("320000", None, None, "Subventions aux structures de l'ESS", False),
        ("45000", None, None, "animation du réseau", False), ("80000", None, None, "appel à projets", False)]


def test_a_total_said_with_soit_dates_its_lines():
    assert budget_lines("Le budget consacré à l'ESS comprend :\n- le soutien aux SIAE : 95 000 € ;\n"
                        "- la participation au PLIE : 40 000 €.\nSoit un total de 135 000 € en 2023.") == [
        ("95000", 2023, None, "le soutien aux SIAE", False), ("40000", 2023, None, "la participation au PLIE", False)]
