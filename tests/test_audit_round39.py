"""Wrong and lost facts of the thirty-ninth round: a name a curated network shares, first after a
plural kind ("finance les associations Emmaüs et X"), read as a partner beside X supported (the kind
between the verb and the name hid the verb); two social landlords after their plural kind ("les
bailleurs sociaux Actis et SDH") read as one body; the members a SCIC gathers past common nouns
("qui associe 4 agriculteurs, la Ville, des habitants et l'association X") read as carriers; "La
Ville est l'un des fondateurs de la SCIC X" read as X carrying the action, not as a creation; an
acronym of the domain before the parenthesis that names the body ("le Centre régional de ressources
de l'ESS (CRESS X)") published as a body "ESS"; "Sans soutien de la Ville, la coopérative X a
ouvert…" read as the member's support; a contract won ("le marché … a été remporté par X") read as a
prize, X supported; the quoted title of an event after its head and an acronym ("le festival ESS
« X »") published as a body; an agreement the member cancelled ("a résilié sa convention avec X")
still a partnership; the body the member rents from read as a carrier; "le réseau ESS nantais"
published as a body "ESS nantais"; "qui employait 40 personnes en 2020, en emploie 65 aujourd'hui"
that lost the year of the 40 (its clause says what is true today); "X a créé la SCOP Y ; la Ville
soutient cette dernière" that gave the member's support to X, not Y; "X gère le jardin ; la Ville la
soutient" that lost it; "La SCIC X est issue de l'association Y" that made Y a carrier; a long name
and its acronym ("l'association Aide à domicile en milieu rural (ADMR) des Deux-Sèvres") read as two
bodies, the second supported; and "les SCOP du territoire" read as the confederation Les Scop.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE, mentions
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches

# --- the names a plural kind lists --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville finance les associations Emmaüs et Alpha Beta.",
     [("Alpha Beta", "soutenu"), ("Emmaüs France", "soutenu")]),
    ("La Ville soutient les associations Alpha Beta et Emmaüs.",
     [("Alpha Beta", "soutenu"), ("Emmaüs France", "soutenu")]),
    ("La Ville soutient les associations Emmaüs et Les Restos du Coeur.",
     [("Emmaüs France", "soutenu"), ("Les Restos du Cœur", "soutenu")]),
    # (another collectivité's support, as with one name: not the member's)
    ("Le Département finance les associations Alpha Solidarité et Beta Services.",
     [("Département de la Mayenne", "partenaire")]),
    ("Le Département finance l'association Alpha Solidarité.", [("Département de la Mayenne", "partenaire")]),
    # a plural kind opening its sentence: its names act, with the member's support
    ("Les associations Roue Libre et Cycles Rouges, soutenues par la Ville, réparent des vélos.",
     [("Cycles Rouges", "porteur"), ("Cycles Rouges", "soutenu"), ("Roue Libre", "porteur"),
      ("Roue Libre", "soutenu")]),
])
def test_the_names_a_plural_kind_lists_take_the_verb_before_it(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Régie de quartier Villeneuve assure le nettoyage des parties communes pour les bailleurs sociaux "
     "Actis et SDH.", [("Actis", "partenaire"), ("Régie de quartier Villeneuve", "porteur"), ("SDH", "partenaire")]),
    ("Le bailleur social Habitat 44 met à disposition un local.", [("Habitat 44", "porteur")]),
])
def test_social_landlords_after_their_plural_kind_are_two_bodies(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- the members a verb of gathering lists ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a accompagné la création de la SCIC Les Fermes de Loos, qui associe 4 agriculteurs, la Ville, "
     "des habitants et l'association Terre de Liens Hauts-de-France.",
     [("Les Fermes de Loos", "cree"), ("Terre de Liens Hauts-de-France", "partenaire")]),
    ("La SCIC Les Fermes de Loos associe des agriculteurs et l'association Alpha Beta.",
     [("Alpha Beta", "partenaire"), ("Les Fermes de Loos", "porteur")]),
    ("La SCIC Gamma réunit des habitants, la SCOP Alpha et l'association Beta.",
     [("Alpha", "partenaire"), ("Beta", "partenaire"), ("Gamma", "porteur")]),
    # a relative clause or another verb between them: no member of it
    ("La Ville réunit les habitants qui soutiennent l'association Beta Gamma.", [("Beta Gamma", "soutenu")]),
    ("La Ville associe les habitants et finance l'association Beta Gamma.", [("Beta Gamma", "soutenu")]),
])
def test_the_members_a_verb_of_gathering_lists_are_partners(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- the member among the founders ------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # (a founder of a cooperative holds its shares too: round 47's rule, reached by these wordings in round 53)
    ("La Ville est l'un des fondateurs de la SCIC Énergies Renouvelables Poitou (ERP), avec Grand Poitiers.",
     [("Grand Poitiers", "partenaire"), ("Énergies Renouvelables Poitou", "actionnaire"),
      ("Énergies Renouvelables Poitou", "cree")]),
    ("La Ville est cofondatrice de la SCIC Alpha Beta.", [("Alpha Beta", "actionnaire"), ("Alpha Beta", "cree")]),
    ("La Ville est membre fondateur de la Foncière Solidaire Occitanie aux côtés de la CRESS.",
     [("CRESS Pays de la Loire", "partenaire"), ("Foncière Solidaire Occitanie", "cree")]),
    # a person's office says nothing of the member's
    ("Marie Durand, cofondatrice de l'association Alpha Beta, anime le lieu.", []),
])
def test_the_member_among_the_founders_helped_create(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_a_fonciere_announces_its_name():
    assert in_the_fiche("La Ville soutient la foncière solidaire Bâtir Ensemble.") == [("Bâtir Ensemble", "soutenu")]
    assert in_the_fiche("La Ville a créé une foncière commerciale.") == []


# --- a domain's acronym before the parenthesis that names the body -----------------------------

def test_the_body_in_parentheses_after_a_noun_s_complement_is_the_body():
    assert in_the_fiche("Le Centre régional de ressources de l'ESS (CRESS Hauts-de-France) anime avec la Ville "
                        "les Mois de l'ESS, qui ont réuni 3 500 participants en 2023.") \
        == [("CRESS Hauts-de-France", "partenaire")]
    # (a name before its network in parentheses still takes it as its parent)
    found, = mentions("Le Relais Atlantique (Emmaüs) collecte des vêtements.")
    assert [(name, slug) for name, slug, _ in found] == [("Le Relais Atlantique", "relais-atlantique")]


# --- done without the member's help -----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sans soutien de la Ville, la coopérative Txirrindola a ouvert un atelier vélo participatif.", []),
    ("Sans aide publique, la coopérative Txirrindola a ouvert un atelier vélo.", []),
    # another's help done without; the member's own support
    ("Sans l'aide de la Région, la Ville finance seule la coopérative Txirrindola.", [("Txirrindola", "soutenu")]),
    ("Sans soutien de la Région, la coopérative Txirrindola a ouvert un atelier, que la Ville soutient.",
     [("Txirrindola", "soutenu")]),
])
def test_an_opening_without_the_member_s_help(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- a contract won, a prize won --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le marché de nettoyage a été remporté par l'entreprise d'insertion Alpha Services.",
     [("Alpha Services", "porteur")]),
    ("Le marché de nettoyage des collèges est réservé aux structures d'insertion ; il a été remporté par le "
     "groupement Ares Services – Régie de quartier de Saint-Denis pour 2,4 M€ sur 4 ans.",
     [("Régie de quartier de Saint-Denis", "porteur")]),
    ("Le prix de l'innovation a été remporté par l'association Alpha Services.", [("Alpha Services", "soutenu")]),
])
def test_a_contract_won_is_carried_a_prize_won_is_support(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville finance le festival ESS « Le Village des Possibles ».", []),
    ("La Ville finance le festival « Le Village des Possibles » de l'association Alpha Beta.",
     [("Alpha Beta", "soutenu")]),
    ("La Ville soutient la SCIC « Alpha Beta ».", [("Alpha Beta", "soutenu")]),
])
def test_the_quoted_title_of_an_event_names_no_body(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- an agreement cancelled; the body the member rents from ---------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a résilié en 2021 sa convention avec l'association Beta Insertion.", []),
    ("La convention avec l'association Beta Insertion a été résiliée.", []),
    ("La convention avec l'association Beta Insertion a été renouvelée.", [("Beta Insertion", "partenaire")]),
    ("La Ville est locataire de l'association Le Solilab, dont elle occupe 300 m² pour son service ESS.",
     [("Le Solilab", "partenaire")]),
])
def test_cancelled_and_rented_from(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient le réseau ESS nantais.", []),
    ("Les Écossolies, association qui anime le réseau ESS nantais, organisent le festival.",
     [("Les Écossolies", "porteur")]),
    ("La Ville soutient la SCOP ESS Conseil.", [("ESS Conseil", "soutenu")]),
])
def test_the_field_s_acronym_and_an_adjective_name_no_body(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- a figure's own year before what is true today --------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'entreprise adaptée Handi Services 44, qui employait 40 personnes en 2020, en emploie 65 aujourd'hui, "
     "contre 52 en 2022.", [("40", 2020)]),
    ("L'association comptait 40 bénévoles en 2019 et en compte aujourd'hui 60.", [("40", 2019)]),
    # (the year of another clause, today's figure: none)
    ("La recyclerie a ouvert en 2023 puis a déménagé et compte désormais 25 bénévoles.", [("25", None)]),
    ("L'association compte aujourd'hui 60 bénévoles, contre 40 en 2019.", [("60", None)]),
])
def test_a_figure_keeps_its_own_year_before_today_s(sentence, expected):
    assert [(str(q.value), q.year) for q in find_quantities(sentence, HERE)] == expected


# --- pointers at the last name: "cette dernière", "celle-ci", "la Ville la soutient" -------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # (Alpha Beta created it, not the member: no creation of the member's since round 41)
    ("L'association Alpha Beta a créé la SCOP Gamma Delta ; la Ville soutient cette dernière depuis 2020.",
     [("Alpha Beta", "porteur"), ("Gamma Delta", "soutenu")]),
    ("L'association Alpha Beta a créé la SCOP Gamma Delta ; la Ville finance celle-ci depuis 2020.",
     [("Alpha Beta", "porteur"), ("Gamma Delta", "soutenu")]),
    # another collectivité's support: not the member's
    ("L'association Alpha Beta a créé la SCOP Gamma Delta ; la Région soutient cette dernière depuis 2020.",
     [("Alpha Beta", "porteur"), ("Gamma Delta", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    ("L'association Alpha Beta gère le jardin ; la Ville la soutient depuis 2020.",
     [("Alpha Beta", "porteur"), ("Alpha Beta", "soutenu")]),
    ("L'association Alpha Beta gère le jardin ; la Ville l'accompagne depuis 2020.",
     [("Alpha Beta", "porteur"), ("Alpha Beta", "soutenu")]),
    ("L'association Alpha Beta gère le jardin ; la Région la soutient depuis 2020.",
     [("Alpha Beta", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    ("La SCOP Alpha Beta répare des vélos ; la Ville la finance à hauteur de 5 000 €.",
     [("Alpha Beta", "porteur"), ("Alpha Beta", "soutenu")]),
    ("L'association Alpha Beta collecte les encombrants, avec le soutien de la Ville.",
     [("Alpha Beta", "porteur"), ("Alpha Beta", "soutenu")]),
])
def test_a_pointer_at_the_last_name_takes_the_member_s_support(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Gamma Delta est issue de l'association Alpha Beta.", [("Gamma Delta", "porteur")]),
    ("La SCIC Gamma Delta, issue de l'association Alpha Beta, gère un jardin.", [("Gamma Delta", "porteur")]),
    # (what products come from: their supplier)
    ("Les légumes sont issus des Jardins de Cocagne.", [("Jardins de Cocagne", "porteur")]),
])
def test_the_body_a_structure_comes_from_carries_nothing(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- a long name and its acronym; "les SCOP" ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # (the platform, lost until round 44, is found: a name after a head noun that a runner follows)
    ("Elle finance la plateforme Mob'In 79, portée par l'association Aide à domicile en milieu rural (ADMR) "
     "des Deux-Sèvres.", [("ADMR des Deux-Sèvres", "porteur"), ("Mob'In 79", "soutenu")]),
    ("La Ville soutient l'association Aide à domicile en milieu rural (ADMR) de la Mayenne.",
     [("ADMR de la Mayenne", "soutenu")]),
])
def test_a_long_name_its_acronym_spells_is_one_body(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville accompagne les SCOP du territoire.", []),
    ("La Ville soutient les Scop et les SCIC.", []),
    ("France Active Centre-Val de Loire, membre du réseau France Active, accompagne les SCOP.",
     [("France Active Centre-Val de Loire", "porteur")]),
    # the confederation, as it writes itself
    ("La Ville travaille avec Les Scop.", [("Les Scop", "partenaire")]),
])
def test_the_plural_of_a_kind_is_no_network_of_that_name(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a rejoint en 2021 la SCIC Enercoop Bretagne en souscrivant 100 parts sociales (10 000 €).",
     [("Enercoop Bretagne", "actionnaire")]),
    ("La Ville a rejoint la SCIC Enercoop Bretagne en prenant 10 parts.", [("Enercoop Bretagne", "actionnaire")]),
    # another body's shares
    ("La Caisse des Dépôts a rejoint la SCIC Enercoop Bretagne en souscrivant 100 parts sociales.",
     [("Caisse des Dépôts", "partenaire"), ("Enercoop Bretagne", "porteur")]),
])
def test_shares_subscribed_in_a_gerund(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- the fields of an action's sheet, with a word after "Partenaires" -----------------------------

SHEET = ("Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
         "Garage solidaire\nPorteur : SCIC Mob'Aisne (en cours de création)\n{partners} : Pôle emploi, "
         "Mission locale du Pays de Laon\nSoutien de la Ville : étude de faisabilité financée à 100 % (15 000 €)\n\n"
         "Épicerie sociale itinérante\nStructure porteuse : CCAS de Laon\n\n"
         "Type de collectivité\nCommune\n")


# (round 40: "Soutien de la Ville : …" in the sheet is its carrier's support, extract/sheets.py)
@pytest.mark.parametrize(("partners", "expected"), [
    ("Partenaires mobilisés", [("France Travail", "partenaire"), ("Mission locale du Pays de Laon", "partenaire"),
                               ("Mob'Aisne", "porteur"), ("Mob'Aisne", "soutenu")]),
    ("Partenaires financiers", [("France Travail", "partenaire"), ("Mission locale du Pays de Laon", "partenaire"),
                                ("Mob'Aisne", "porteur"), ("Mob'Aisne", "soutenu")]),
    # partners only thought of are none yet
    ("Partenaires envisagés", [("Mob'Aisne", "porteur"), ("Mob'Aisne", "soutenu")]),
])
def test_a_partners_field_with_its_qualifier_stays_the_action_s(partners: str, expected: list) -> None:
    fiche, = read_fiches(SHEET.format(partners=partners), "f.txt")
    garage, epicerie = fiche.actions
    assert garage.text.startswith("Garage solidaire") and "15 000 €" in garage.text
    assert sorted({(m.name, m.role) for m in garage.mentions}) == expected
    assert epicerie.text.startswith("Épicerie sociale itinérante")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dans le cadre de la clause sociale, l'entreprise Eiffage a recruté 12 personnes via le GEIQ BTP Centre.",
     [("Eiffage", "porteur"), ("GEIQ BTP Centre", "partenaire")]),
    ("La Ville a accompagné l'entreprise Mécabois dans sa reprise en SCOP.", [("Mécabois", "soutenu")]),
    ("La Ville soutient la start-up sociale Kaléido.", [("Kaléido", "soutenu")]),
    # (a kind of its own, the longest, still wins; a kind's words are no name)
    ("La Ville soutient l'entreprise d'insertion Alpha Beta.", [("Alpha Beta", "soutenu")]),
    ("Une entreprise Solidaire d'Utilité Sociale accompagne les jeunes.", []),
])
def test_the_word_entreprise_announces_a_company_s_name(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a company named in passing takes no part
    "La Ville a racheté en 2022 l'ancienne usine de l'entreprise Bretéché pour y installer un tiers-lieu.",
    "Les entreprises Alpha et Beta ont recruté 10 personnes.",
])
def test_a_company_named_in_passing_takes_no_part(sentence):
    assert in_the_fiche(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Alpha Beta gère un tiers-lieu ; la Ville en est membre fondateur.",
     [("Alpha Beta", "cree"), ("Alpha Beta", "porteur")]),
    ("Le tiers-lieu Le KMØ accueille 60 entreprises ; la Ville en est l'un des fondateurs aux côtés de la CCI "
     "Alsace Eurométropole.", [("CCI Alsace Eurométropole", "partenaire"), ("Le KMØ", "cree")]),
    ("La SCIC Alpha Beta gère un tiers-lieu ; la Région en est membre fondateur.",
     [("Alpha Beta", "porteur"), ("Région Pays de la Loire", "partenaire")]),
])
def test_the_member_among_the_founders_of_the_structure_before(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a accordé 45 prêts en 2023.", [("45", 2023)]),
    ("Une convention lie la collectivité à l'ADIE : 45 prêts d'honneur accordés en 2023 pour un montant moyen "
     "de 4 200 €.", [("45", 2023)]),
    # the year of a grant, of an opening: not of the figures after them
    ("La Ville a accordé une subvention en 2021 ; l'association emploie 12 salariés.", [("12", None)]),
    ("60 000 € accordés en 2021 ont permis d'embaucher 3 salariés.", [("3", None)]),
    ("Ouverte en 2021, la recyclerie emploie 12 salariés.", [("12", None)]),
])
def test_what_was_granted_is_counted_in_the_year_of_the_grant(sentence, expected):
    assert [(str(q.value), q.year) for q in find_quantities(sentence, HERE)] == expected


@pytest.mark.parametrize("sentence", [
    # what a body did before is no part of the action now (and its verb no word of its name)
    "L'association Alpha Beta gérait auparavant le jardin.",
    "L'association Alpha Beta, dissoute en 2022, gérait auparavant le jardin.",
])
def test_what_a_body_ran_before_carries_nothing_now(sentence):
    assert in_the_fiche(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Top 10 des initiatives solidaires : la recyclerie figure en 3e position.", []),
    ("La SCOP est classée dans le top 50 des entreprises innovantes et emploie 12 salariés.", ["12"]),
])
def test_a_ranking_is_no_figure(sentence, expected):
    assert [str(q.value) for q in find_quantities(sentence, HERE)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville cotise chaque année à l'association Alpha Beta.", [("Alpha Beta", "partenaire")]),
    ("La Ville verse sa cotisation au réseau Alpha Beta.", [("Alpha Beta", "partenaire")]),
    ("La Ville préside l'association Alpha Beta.", [("Alpha Beta", "partenaire")]),
    ("La Ville assure la présidence de l'association Alpha Beta.", [("Alpha Beta", "partenaire")]),
    ("La Ville a quitté le réseau Alpha Beta en 2020.", []),
    ("L'association Alpha Beta a quitté les locaux de la Ville.", [("Alpha Beta", "porteur")]),
])
def test_membership_dues_chairing_and_leaving(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a labellisé la SCIC Alpha Beta « Entreprise engagée ».", [("Alpha Beta", "soutenu")]),
    # another's label
    ("L'État a labellisé la SCIC Alpha Beta.", []),
    ("La Région a labellisé la SCIC Alpha Beta.", [("Région Pays de la Loire", "partenaire")]),
])
def test_the_member_s_label_is_support(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # structures labelled by whoever: not the member's support ("labellisées" says nothing of whose label)
    "Le territoire compte 12 structures labellisées par l'État, dont la SCOP Alpha Beta.",
    "Le réseau compte 40 ressourceries labellisées, dont la ressourcerie Alpha Beta.",
    "Le territoire compte 12 structures labellisées France Services, dont la SCOP Alpha Beta.",
])
def test_structures_labelled_by_whoever_are_not_the_member_s_winners(sentence):
    assert ("Alpha Beta", "soutenu") not in in_the_fiche(sentence)
