"""Wrong and lost facts of the forty-third round: "la Métropole", "l'Agglomération", "la communauté de
communes", "l'intercommunalité" in a commune's fiche lost (now the intercommunalité the commune is
part of, from the DGCL's table of EPCI); "La Communauté d'agglomération soutient X" in a commune's
fiche read as the member's support of X; a collectivité written as a place ("sur le territoire de
Rennes Métropole", "dans toute la Région") made a partner of the action; "avec l'EPT Est Ensemble"
read as an ESS structure named "EPT Est Ensemble", and the acronyms listed after a collectivité
("avec la CA Grand Paris Sud et l'APES Hauts-de-France") lost.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from extraction_helpers import mentions
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.intercommunalities import intercommunalities_of
from rtes_kg.model.identity import identify
from rtes_kg.model.mapping import map_fiche
from rtes_kg.model.members import link_members

ORG = "https://w3id.org/rtes/org/"
PARTENAIRE = URIRef("https://w3id.org/rtes/ontology#partenaire")


SAINT_ETIENNE = {"member": "Ville de Saint-Étienne", "address": "Hôtel de Ville\n42000 Saint-Étienne"}
NOGENT = {"member": "Commune de Nogent-le-Rotrou", "address": "Place du Général de Gaulle\n28400 Nogent-le-Rotrou"}
CHARTRES = {"member": "Ville de Chartres", "address": "Hôtel de Ville\n28000 Chartres"}
VILLEURBANNE = {"member": "Ville de Villeurbanne", "address": "Place Lazare-Goujon\n69100 Villeurbanne"}
RENNES = {"member": "Ville de Rennes", "address": "Place de la Mairie\n35000 Rennes"}
DEPARTEMENT = {"member": "Département de la Loire", "kind": "Département",
               "address": "2 rue Charles de Gaulle\n42000 Saint-Étienne"}
PERCHE = {"member": "Communauté de communes du Perche", "kind": "Communauté de communes",
          "address": "Rue de la Croix\n28400 Nogent-le-Rotrou"}


# --- the intercommunalité of a commune, by its kind alone ------------------------------------------

@pytest.mark.parametrize(("code", "expected"), [
    ("42218", ("Saint-Étienne Métropole", "metropole")),
    ("28280", ("Communauté de communes du Perche", "communaute-de-communes")),  # the table's "CC du Perche"
    ("28085", ("Chartres Métropole", "communaute-d-agglomeration")),  # a CA, "Métropole" its brand
    ("69266", ("Métropole de Lyon", "metropole")),
    ("75056", ("Métropole du Grand Paris", "metropole")),  # (Paris: in no établissement public territorial)
    ("62041", ("Communauté urbaine d'Arras", "communaute-urbaine")),  # the table's "CU d'Arras"
    ("97411", ("Communauté d'agglomération Intercommunale du Nord de la Réunion", "communaute-d-agglomeration")),
    ("29083", None),  # Île-de-Sein: of no intercommunalité
    ("99999", None),
])
def test_the_intercommunalite_of_a_commune(code, expected):
    found = intercommunalities_of(code)
    assert [(g.name, g.kind) for g in found] == ([expected] if expected else [])


@pytest.mark.parametrize(("sentence", "member", "expected"), [
    ("La recyclerie Le Mixeur est soutenue par la Ville et la Métropole.", SAINT_ETIENNE,
     [("Le Mixeur", "soutenu"), ("Saint-Étienne Métropole", "partenaire")]),
    ("Le projet est cofinancé par la Métropole et la Région.", SAINT_ETIENNE,
     [("Région Auvergne-Rhône-Alpes", "partenaire"), ("Saint-Étienne Métropole", "partenaire")]),
    ("Le tiers-lieu est porté par l'association Zinc, avec l'appui de l'intercommunalité.", SAINT_ETIENNE,
     [("Saint-Étienne Métropole", "partenaire"), ("Zinc", "porteur")]),
    ("Création d'une épicerie sociale avec la communauté de communes.", NOGENT,
     [("Communauté de communes du Perche", "partenaire")]),
    ("L'intercommunalité porte le Point Information Jeunesse.", NOGENT,
     [("Communauté de communes du Perche", "porteur")]),
    ("La Ville et la CC financent la SCIC Mobil'Emploi.", NOGENT,
     [("Communauté de communes du Perche", "partenaire"), ("Mobil'Emploi", "soutenu")]),
    ("La Métropole et la Ville soutiennent la ressourcerie L'Atelier du Réemploi.", CHARTRES,
     [("Chartres Métropole", "partenaire"), ("L'Atelier du Réemploi", "soutenu")]),
    ("La ressourcerie est soutenue par l'Agglomération.", CHARTRES, [("Chartres Métropole", "partenaire")]),
    # (the SCIC receives another body's support: no role of the member's)
    ("La SCIC L'Autre Soie a reçu une subvention de la Métropole.", VILLEURBANNE,
     [("Métropole de Lyon", "partenaire")]),
    ("Le PLIE est cofinancé par l'Agglomération.", {}, [("Laval Agglomération", "partenaire"), ("PLIE", "porteur")]),
])
def test_the_intercommunalite_of_a_commune_by_its_kind_alone(sentence, member, expected):
    assert in_the_fiche(sentence, **member) == expected


@pytest.mark.parametrize(("sentence", "member"), [
    # a kind that is not the commune's intercommunalité's: Saint-Étienne's is a Métropole
    ("Le projet est cofinancé par la Communauté de communes.", SAINT_ETIENNE),
    ("Le projet est cofinancé par l'Agglomération.", SAINT_ETIENNE),
    # Nogent-le-Rotrou's is a communauté de communes
    ("Le projet est cofinancé par la Métropole.", NOGENT),
    # a Département's fiche: which intercommunalité of another kind, it cannot tell
    ("Le projet est cofinancé par la communauté de communes.", DEPARTEMENT),
    # a name after the kind word: another body, or a name the finders read
    ("Le projet est cofinancé par la Métropole de Lyon.", SAINT_ETIENNE),
    # in quotes: the name of a scheme
    ("Le dispositif « Métropole » accompagne 20 projets.", SAINT_ETIENNE),
    # plural: the intercommunalités in general
    ("Le réseau rassemble les communautés de communes du département.", NOGENT),
])
def test_no_intercommunalite_where_the_kind_word_names_none(sentence, member):
    names = {name for name, _ in in_the_fiche(sentence, **member)}
    assert not names & {"Saint-Étienne Métropole", "Communauté de communes du Perche", "Chartres Métropole"}


def test_the_intercommunalite_in_its_own_fiche_is_the_member():
    assert in_the_fiche("La Communauté de communes soutient l'épicerie Le Panier.", **PERCHE) == [
        ("Le Panier", "soutenu")]


def test_the_intercommunalite_links_to_its_member_fiche():
    """"la Métropole" in the Ville's fiche is the member Saint-Étienne Métropole of the same corpus."""
    text = ("Ville de Saint-Étienne\n\nType de collectivité : Commune\nAdresse : Hôtel de Ville, 42000 "
            "Saint-Étienne\n\nExemples d'actions soutenues par la collectivité :\n\n• Le tiers-lieu Le Mixeur "
            "est cofinancé par la Métropole.\n\n\nSaint-Étienne Métropole\n\nType de collectivité : Métropole\n"
            "Adresse : 2 avenue Grüner, 42000 Saint-Étienne\n")
    fiches = read_fiches(text, "two.txt")
    identities = [identify(fiche, None) for fiche in fiches]
    city, metropole = (map_fiche(fiche, identity=identity)
                       for fiche, identity in zip(link_members(fiches, identities), identities))
    assert (None, PARTENAIRE, metropole.org) in [(None, p, o) for _, p, o in city.graph.triples(
        (None, PARTENAIRE, None))]


# --- "la Communauté", "l'intercommunalité": the member only when it is one ----------------------------

@pytest.mark.parametrize(("sentence", "member", "expected"), [
    # a commune's fiche: the support of another body, not the member's
    ("La Communauté d'agglomération finance la SCIC Mobil'Emploi.", {}, [("Laval Agglomération", "partenaire")]),
    ("L'intercommunalité soutient l'épicerie sociale La Cagette.", SAINT_ETIENNE,
     [("Saint-Étienne Métropole", "partenaire")]),
    # an intercommunalité's fiche: the member
    ("La Communauté soutient l'épicerie sociale La Cagette.", PERCHE, [("La Cagette", "soutenu")]),
    ("L'intercommunalité soutient l'épicerie sociale La Cagette.", PERCHE, [("La Cagette", "soutenu")]),
    # "la collectivité" is the member whatever its kind
    ("La collectivité soutient l'épicerie sociale La Cagette.", SAINT_ETIENNE, [("La Cagette", "soutenu")]),
])
def test_the_communaute_is_the_member_only_when_it_is_one(sentence, member, expected):
    assert in_the_fiche(sentence, **member) == expected


# --- a collectivité written as a place ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le dispositif est déployé dans toute la Région Bretagne.", []),
    ("L'association Beta intervient sur le territoire de Rennes Métropole.", [("Beta", "porteur")]),
    ("L'association Beta intervient dans les communes de Rennes Métropole.", [("Beta", "porteur")]),
    ("L'association Beta intervient à l'échelle du Département d'Ille-et-Vilaine.", [("Beta", "porteur")]),
    ("L'association Beta intervient sur le territoire de la Métropole et de la Région.", [("Beta", "porteur")]),
    ("Les habitants de la Métropole peuvent adhérer à l'association Beta.", [("Beta", "porteur")]),
    # a role word of its own: a body
    ("L'association Beta intervient dans toute la Métropole, avec le soutien de la Région.",
     [("Beta", "porteur"), ("Région Bretagne", "partenaire")]),
    ("La Région Bretagne soutient l'association Beta.", [("Région Bretagne", "partenaire")]),
    ("Dans le Département, l'association Beta est soutenue par la Région.",
     [("Beta", "porteur"), ("Région Bretagne", "partenaire")]),
    ("L'association Beta travaille avec les services de la Métropole.",
     [("Beta", "porteur"), ("Rennes Métropole", "partenaire")]),
])
def test_a_collectivite_written_as_a_place_is_no_partner(sentence, expected):
    assert in_the_fiche(sentence, **RENNES) == expected


# --- collectivités after "avec" ---------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville accompagne la coopérative Altermundi avec l'EPT Est Ensemble.",
     [("Altermundi", "soutenu"), ("Est Ensemble", "partenaire")]),
    ("Le projet est mené avec la CA Grand Paris Sud et l'APES Hauts-de-France.",
     [("APES Hauts-de-France", "partenaire"), ("CA Grand Paris Sud", "partenaire")]),
    ("Le projet est mené avec la Région et l'ADESS Cornouaille.",
     [("ADESS Cornouaille", "partenaire"), ("Région Île-de-France", "partenaire")]),
])
def test_collectivites_listed_after_avec(sentence, expected):
    assert in_the_fiche(sentence, member="Ville de Montreuil", address="Place Jean Jaurès\n93100 Montreuil") == expected


def test_the_epci_table_lists_each_intercommunalites_communes():
    """The derived table has the column the commune's intercommunalité is read from."""
    from rtes_kg.extract.places import reference_rows
    rows = reference_rows("reference/territoire-epci.csv", "siren", "communes")
    perche = next(row for row in rows if row["siren"] == "200006971")
    assert "28280" in perche["communes"].split()
    assert sum(len(row["communes"].split()) for row in rows) == 34871


# --- after a creation's colon, a clause of its own -----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Création d'une épicerie sociale : l'association Le Panier gère l'épicerie.", [("Le Panier", "porteur")]),
    ("Création d'une épicerie sociale : l'association Le Panier porte le projet.", [("Le Panier", "porteur")]),
    # the name the title announces, with no verb of a role of its own: created
    ("Création d'une SCIC : la SCIC Alpha réunit 40 sociétaires.", [("Alpha", "cree")]),
    ("Création de la SCIC Alpha en 2019.", [("Alpha", "cree")]),
])
def test_a_clause_of_its_own_after_a_creations_colon(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- a support noun, its amount, then the member -----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Alpha organise le festival avec une subvention de 8 000 € de la Ville.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("L'association Alpha organise le festival grâce à une subvention de 8 000 € de la Ville.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("L'association Alpha organise le festival avec une aide d'un montant de 5 000 euros de la Ville.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    # another's support, its amount before it: no support of the member's
    ("L'association Alpha organise le festival avec une subvention de 1,5 M€ de la Région.",
     [("Alpha", "porteur"), ("Région Pays de la Loire", "partenaire")]),
])
def test_the_member_after_a_support_noun_and_its_amount(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Les Jardins de Cocagne reçoivent 85 000 € du Département chaque année.", [("85000", "an", None)]),
    ("L'association Alpha reçoit 20 000 € de subvention par an.", [("20000", "an", None)]),
    ("L'association Alpha reçoit 2 000 € de la Ville de Laval par mois.", [("2000", "mois", None)]),
    ("L'association Alpha a reçu 20 000 € de la Ville en 2023.", [("20000", None, 2023)]),
    ("L'association Alpha a reçu 20 000 € de subvention de la Région en 2022.", [("20000", None, 2022)]),
    # a year span is no year of the amount's
    ("Un budget de 20 000 € des communes en 2021-2022.", [("20000", None, None)]),
])
def test_the_rhythm_and_year_after_an_amounts_giver(text, expected):
    from rtes_kg.extract.stated import find_amounts
    from rtes_kg.parse.records import Source
    assert [(str(a.euros), a.per, a.year) for a in find_amounts(text, Source("t", 1))] == expected


# --- a curated label is never read across a mark ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Partenaires : Gironde Initiative, France Active Nouvelle-Aquitaine.",
     [("France Active Nouvelle-Aquitaine", "partenaire"), ("Gironde Initiative", "partenaire")]),
    ("Le Département finance les têtes de réseau (CRESS Nouvelle-Aquitaine, France Active Nouvelle-Aquitaine).",
     [("CRESS Nouvelle-Aquitaine", "soutenu"), ("France Active Nouvelle-Aquitaine", "soutenu")]),
])
def test_a_curated_label_is_not_read_across_a_mark(sentence, expected):
    assert in_the_fiche(sentence, member="Département de la Gironde", kind="Département",
                        address="1 esplanade Charles-de-Gaulle\n33074 Bordeaux Cedex") == expected


def test_the_lexicon_reads_no_phrase_across_a_mark():
    from rtes_kg.extract.curated import reference
    from rtes_kg.extract.lexicon import tokens
    text = "Gironde Initiative, France Active"
    labels = [m.payload.label for m in reference().lexicon.find(tokens(text), text)]
    assert "Initiative France" not in labels and "France Active" in labels
    without_the_text = [m.payload.label for m in reference().lexicon.find(tokens(text))]
    assert "Initiative France" in without_the_text


# --- "leur verse" after a network; an agreement of objectives before "avec" -----------------------------

NANTES = {"member": "Nantes Métropole", "kind": "Métropole",
          "address": "2 cours du Champ de Mars\n44923 Nantes Cedex 9"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les Écossolies, réseau des acteurs de l'ESS, organisent la Quinzaine. Nantes Métropole leur verse "
     "450 000 € par an.", [("Les Écossolies", "porteur"), ("Les Écossolies", "soutenu")]),
    ("La CRESS organise le mois de l'ESS ; la Métropole lui verse 20 000 €.",
     [("CRESS Pays de la Loire", "porteur"), ("CRESS Pays de la Loire", "soutenu")]),
])
def test_the_members_gift_to_a_network_named_before(sentence, expected):
    assert in_the_fiche(sentence, **NANTES) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Convention pluriannuelle d'objectifs 2022-2025 avec la régie de quartier Poitiers Ouest, pour 90 000 € par an.",
     [("Régie de quartier Poitiers Ouest", "soutenu")]),
    ("CPO avec l'association Alpha.", [("Alpha", "soutenu")]),
    # an agreement of partnership: a partner
    ("Une convention de partenariat avec l'association Alpha.", [("Alpha", "partenaire")]),
])
def test_an_agreement_of_objectives_before_avec(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- the établissements publics territoriaux of the Grand Paris --------------------------------------------

MONTREUIL = {"member": "Ville de Montreuil", "address": "Place Jean Jaurès\n93100 Montreuil"}
SEINE_SAINT_DENIS = {"member": "Conseil départemental de la Seine-Saint-Denis", "kind": "Département",
                     "address": "Hôtel du Département\n93006 Bobigny Cedex"}


@pytest.mark.parametrize(("sentence", "member", "expected"), [
    ("Avec Plaine Commune et Est Ensemble, le Département soutient la coopérative Coopaname.", SEINE_SAINT_DENIS,
     [("Coopaname", "soutenu"), ("Est Ensemble", "partenaire"), ("Plaine Commune", "partenaire")]),
    ("Le projet est cofinancé par Paris Terres d'Envol et Grand-Orly Seine Bièvre.", SEINE_SAINT_DENIS,
     [("Grand-Orly Seine Bièvre", "partenaire"), ("Paris Terres d'Envol", "partenaire")]),
    # its kind word before it: the same body, one IRI
    ("Le projet est cofinancé par l'EPT Est Ensemble.", MONTREUIL, [("Est Ensemble", "partenaire")]),
    # by its kind alone, in the fiche of one of its communes; "la Métropole" is the Métropole du Grand Paris
    ("Le projet est cofinancé par l'EPT et la Métropole.", MONTREUIL,
     [("Est Ensemble", "partenaire"), ("Métropole du Grand Paris", "partenaire")]),
    ("Le projet est soutenu par l'intercommunalité.", MONTREUIL, [("Est Ensemble", "partenaire")]),
    # another body's name that opens with an EPT's: "Plaine Commune Habitat" is an office of social housing
    ("Le projet est cofinancé par Plaine Commune Habitat.", SEINE_SAINT_DENIS, []),
])
def test_the_etablissements_publics_territoriaux(sentence, member, expected):
    assert in_the_fiche(sentence, **member) == expected


def test_the_ept_of_a_commune():
    assert [(g.name, g.kind) for g in intercommunalities_of("93048")] == [
        ("Est Ensemble", "etablissement-public-territorial"), ("Métropole du Grand Paris", "metropole")]
    assert [g.name for g in intercommunalities_of("42218")] == ["Saint-Étienne Métropole"]


# --- a subject's apposition before its verb ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville de Montreuil, membre du RTES, soutient l'association Alpha.", [("Ville de Montreuil", "partenaire")]),
    ("La CAF, partenaire historique du Département, finance l'association Alpha.", [("CAF", "partenaire")]),
    # the member's own apposition: its support
    ("Le Département, membre du RTES, soutient l'association Alpha.", [("Alpha", "soutenu")]),
])
def test_another_bodys_support_past_its_apposition(sentence, expected):
    assert in_the_fiche(sentence, **SEINE_SAINT_DENIS) == expected


# --- an acronym written in parentheses after a name, found again in another text --------------------------

def test_an_acronym_announced_in_parentheses_is_found_again():
    text = ("Ville de Lille\n\nType de collectivité : Commune\nAdresse : Place Augustin Laurent, 59000 Lille\n\n"
            "Programme d'intervention :\nLa Ville soutient l'ESS, en articulation avec la Métropole Européenne de "
            "Lille (MEL) qui porte la compétence économique.\n\nExemples d'actions soutenues par la collectivité :\n\n"
            "• Les Jardins de la Haute-Borne, chantier d'insertion, produisent 40 tonnes ; la MEL et la Ville les "
            "soutiennent.\n• Le projet est cofinancé par la MEL.\n")
    fiche, = read_fiches(text, "lille.txt")
    assert [sorted((m.name, m.role) for m in action.mentions if m.category == "collectivite")
            for action in fiche.actions] == [[("Métropole Européenne de Lille", "partenaire")]] * 2


# --- an incise of its founding by people; a name's final apostrophe ---------------------------------------

GERS = {"member": "Département du Gers", "kind": "Département", "address": "81 route de Pessan\n32022 Auch Cedex 9"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La coopérative agricole Terres de Gascogne, SCIC créée par 40 agriculteurs, approvisionne les collèges ; "
     "le Département en est sociétaire.", [("Terres de Gascogne", "actionnaire"), ("Terres de Gascogne", "porteur")]),
    ("La SCIC Alpha, créée par des habitants, gère une épicerie ; le Département en est sociétaire.",
     [("Alpha", "actionnaire"), ("Alpha", "porteur")]),
])
def test_an_incise_of_its_founding_by_people_leaves_the_verb_its_own(sentence, expected):
    assert in_the_fiche(sentence, **GERS) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Ti Récup' (ressourcerie) a collecté 180 tonnes.", [("Ti Récup'", "porteur")]),
    ("La Ville soutient l'association Bricol'.", [("Bricol'", "soutenu")]),
    ("L'association Récup'Art gère la boutique.", [("Récup'Art", "porteur")]),
])
def test_a_names_final_apostrophe_is_its_own(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- funds listed among partners; a support only studied -------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Partenaires : la CPAM, le FSE, le FEDER, la DSIL, LEADER, France Active.",
     [("CPAM", "partenaire"), ("France Active", "partenaire")]),
    ("Financeurs : FSE, Région, Ville.", [("Région Pays de la Loire", "partenaire")]),
])
def test_a_fund_listed_among_partners_is_no_body(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Un projet de soutien à l'association Alpha est à l'étude.", []),
    ("Un soutien à l'association Alpha est à l'étude pour 2026.", []),
    # a study another body makes: its work
    ("L'étude de faisabilité a été confiée à l'association Alpha.", [("Alpha", "porteur")]),
    ("La Ville soutient l'association Alpha, qui a lancé une étude.", [("Alpha", "soutenu")]),
])
def test_a_support_only_studied(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- a gift whose subject is a body no finder knows ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'office Plaine Commune Habitat loue des locaux à l'association Alpha.", []),
    ("Le bailleur Logiparc prête un local à l'association Alpha.", [("Logiparc", "partenaire")]),  # (a bailleur's
    # name is found since round 59: the lender, no gift of the member's)
    # the member's gift, or its service's
    ("La Ville loue des locaux à l'association Alpha.", [("Alpha", "soutenu")]),
    ("La direction de l'Économie Sociale et Solidaire accompagne l'association Alpha.", [("Alpha", "soutenu")]),
])
def test_a_gift_whose_subject_is_an_unknown_body(sentence, expected):
    assert in_the_fiche(sentence, member="Ville de Saint-Denis", address="Place Victor Hugo\n93200 Saint-Denis") \
        == expected


# --- an intercommunalité by the initials its DGCL name writes -------------------------------------------------

@pytest.mark.parametrize(("sentence", "member", "expected"), [
    ("Le projet est cofinancé par la CARENE et Cap Atlantique.", {},
     [("Communauté d'agglomération de la Presqu'île de Guérande Atlantique", "partenaire"),
      ("Communauté d'agglomération de la Région Nazairienne et de l'Estuaire", "partenaire")]),
    # the same body as "l'intercommunalité" in the fiche of one of its communes: one name, one IRI
    ("Le projet est cofinancé par la CINOR et soutenu par l'intercommunalité.",
     {"member": "Ville de Saint-Denis", "address": "2 rue de Paris\n97400 Saint-Denis"},
     [("Communauté d'agglomération Intercommunale du Nord de la Réunion", "partenaire")]),
])
def test_an_intercommunalite_by_its_initials(sentence, member, expected):
    assert in_the_fiche(sentence, **member) == expected


# --- "la Ville" in the fiche of an intercommunalité named after its city ------------------------------------

@pytest.mark.parametrize(("sentence", "member", "expected"), [
    ("La Ville et la Métropole financent l'association Alpha.", NANTES,
     [("Alpha", "soutenu"), ("Ville de Nantes", "partenaire")]),
    ("La Ville et la Métropole financent l'association Alpha.",
     {"member": "Le Mans Métropole", "kind": "Communauté urbaine", "address": "Place Saint-Pierre\n72000 Le Mans"},
     [("Alpha", "soutenu"), ("Ville du Mans", "partenaire")]),
    # a commune named in the text: "la Ville" may point back to it
    ("La Ville de Rezé et la Ville financent Alpha.", NANTES, [("Ville de Rezé", "partenaire")]),
    # a seat whose commune the name does not say
    ("La Ville et l'Agglomération financent l'association Alpha.",
     {"member": "Communauté d'agglomération du Pays de Saint-Omer", "kind": "Communauté d'agglomération",
      "address": "2 rue Albert Camus\n62219 Longuenesse"}, [("Alpha", "soutenu")]),
])
def test_the_city_an_intercommunalite_is_named_after(sentence, member, expected):
    assert in_the_fiche(sentence, **member) == expected


def test_the_city_is_the_commune_a_fiche_names_in_full():
    """One body, one IRI: "la Ville" in Nantes Métropole's fiche is "la Ville de Nantes" of another fiche."""
    city, = mentions("Le projet est cofinancé par la Ville.", **NANTES)
    named, = mentions("Le projet est cofinancé par la Ville de Nantes.", member="Ville de Rennes",
                      address="Place de la Mairie\n35000 Rennes")
    assert [slug for _, slug, _ in city] == [slug for _, slug, _ in named] == ["commune-de-nantes"]


# --- "la Métropole" in a Département's fiche: its one métropole --------------------------------------------

@pytest.mark.parametrize(("departement", "expected"), [
    ("33", "Bordeaux Métropole"),
    ("83", "Métropole Toulon-Provence-Méditerranée"),  # (one commune of the Var in Aix-Marseille-Provence)
    ("69", "Métropole de Lyon"),
    ("93", "Métropole du Grand Paris"),
    ("84", None),  # (one commune of the Vaucluse in Aix-Marseille-Provence: none of its own)
    ("53", None),
])
def test_the_metropole_of_a_departement(departement, expected):
    from rtes_kg.extract.intercommunalities import metropole_of
    found = metropole_of(departement)
    assert (found.name if found else None) == expected


GIRONDE = {"member": "Département de la Gironde", "kind": "Département",
           "address": "1 esplanade Charles-de-Gaulle\n33074 Bordeaux Cedex"}


@pytest.mark.parametrize(("sentence", "member", "expected"), [
    ("Le Département et la Métropole cofinancent l'association Alpha.", GIRONDE,
     [("Alpha", "soutenu"), ("Bordeaux Métropole", "partenaire")]),
    # another kind of intercommunalité in a Département's fiche: which one, it cannot tell
    ("L'Agglomération soutient l'association Alpha.", GIRONDE, []),
    ("L'intercommunalité soutient l'association Alpha.", GIRONDE, []),
    # a Région's fiche: which métropole, it cannot tell
    ("La Région et la Métropole cofinancent l'association Alpha.",
     {"member": "Région Nouvelle-Aquitaine", "kind": "Région", "address": "14 rue François de Sourdis\n33077 Bordeaux"},
     [("Alpha", "soutenu")]),
])
def test_the_metropole_in_a_departements_fiche(sentence, member, expected):
    assert in_the_fiche(sentence, **member) == expected


# --- an amount between a verb and its object; "une aide" given by another; an intercommunalité's initials ----

VILLENEUVE = {"member": "Ville de Villeneuve-d'Ascq", "address": "Place Salvador Allende\n59650 Villeneuve-d'Ascq"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Métropole Européenne de Lille finance à hauteur de 40 000 € le tiers-lieu La Ferme Dupire.",
     [("Métropole Européenne de Lille", "partenaire")]),
    ("La Ville finance à hauteur de 40 000 € le tiers-lieu La Ferme Dupire.", [("La Ferme Dupire", "soutenu")]),
    ("La Région a attribué une aide de 5 000 € à l'association Alpha.", [("Région Hauts-de-France", "partenaire")]),
    ("La Région a attribué une aide à l'association Alpha.", [("Région Hauts-de-France", "partenaire")]),
    # "avec l'aide de": a body beside the giver
    ("La Région finance, avec l'aide de la Ville, l'association Alpha.",
     [("Alpha", "soutenu"), ("Région Hauts-de-France", "partenaire")]),
    # the member's intercommunalité by its initials
    ("Avec la MEL et le Département du Nord, la Ville soutient la recyclerie Les Ateliers Solidaires.",
     [("Département du Nord", "partenaire"), ("Les Ateliers Solidaires", "soutenu"),
      ("Métropole Européenne de Lille", "partenaire")]),
])
def test_amounts_gifts_and_initials(sentence, expected):
    assert in_the_fiche(sentence, **VILLENEUVE) == expected


def test_the_metropole_by_its_initials_in_a_departements_fiche():
    assert in_the_fiche("La MEL et le Département financent l'association Alpha.", member="Département du Nord",
                        kind="Département", address="51 rue Gustave Delory\n59047 Lille Cedex") == [
        ("Alpha", "soutenu"), ("Métropole Européenne de Lille", "partenaire")]


# --- the unknown names of a list in parentheses one of whose items the curated list knows -------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Il finance les têtes de réseau (CRESS Nouvelle-Aquitaine, Gironde Initiative, France Active "
     "Nouvelle-Aquitaine) et les SIAE du département.",
     [("CRESS Nouvelle-Aquitaine", "soutenu"), ("France Active Nouvelle-Aquitaine", "soutenu"),
      ("Gironde Initiative", "soutenu")]),
    # places and people in the list are none
    ("Il soutient les acteurs (France Active Nouvelle-Aquitaine, Bordeaux, Mérignac).",
     [("France Active Nouvelle-Aquitaine", "soutenu")]),
    ("Il soutient les acteurs (CRESS Nouvelle-Aquitaine, Marie Dupont).", [("CRESS Nouvelle-Aquitaine", "soutenu")]),
    # a list of no known body: none read
    ("Il soutient les acteurs (Alpha Beta, Gamma Delta).", []),
])
def test_names_listed_in_parentheses_beside_a_known_one(sentence, expected):
    assert in_the_fiche(sentence, **GIRONDE) == expected
