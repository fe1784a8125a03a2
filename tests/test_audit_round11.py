"""Wrong facts found by the eleventh round of outside audit: the fields of captured fiches (contacts,
addresses, budgets, dates, separators), action sentences, and hostile queries and file names.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from click.testing import CliRunner

from extraction_helpers import HERE, roles
from rtes_kg.cli import main
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.organisations import find_organisations
from rtes_kg.inputs import InputFile
from rtes_kg.parse.amounts import euro_amounts
from rtes_kg.serve.limits import Limits, Refusal, check_query

IDENTITY = "Type de collectivité\nCommune\nAdresse\nPlace du 11 Novembre\n53000 Laval\n"


def one(text):
    (fiche,) = read_fiches(text, "f.txt")
    return fiche


# --- the fields of a captured fiche ----------------------------------------------------------------

@pytest.mark.parametrize("rule", ["* * *", "***", "==========", "___", "- - -"])
def test_a_line_drawn_between_fiches_is_no_text(rule):
    text = (f"Ville de Dieppe\n{IDENTITY}Contact public\nÉlu référent : Nicolas Langlois, maire\n{rule}\n"
            f"Ville de Saint-Quentin\n{IDENTITY}Contact public\nÉlue référente : Monique Ryo, adjointe\n")
    first, second = read_fiches(text, "f.txt")
    assert [c.titles for c in first.contacts] == [("maire",)]
    assert [c.titles for c in second.contacts] == [("adjointe",)]


def test_a_formal_contact_names_the_person_and_gives_the_post_as_title():
    fiche = one(f"Ville de Gennevilliers\n{IDENTITY}Contact public\n"
                "Élue référente : Mme la Maire-adjointe Fatima Haddad\n"
                "Élu référent : M. le Conseiller municipal délégué Karim Saïdi\n"
                "Élue : Madame la Vice-présidente, Mme Isabelle Ducos, vice-présidente en charge de l'ESS\n")
    assert [(c.person, c.titles) for c in fiche.contacts] == [
        ("Fatima Haddad", ("Maire-adjointe",)), ("Karim Saïdi", ("Conseiller municipal délégué",)),
        ("Isabelle Ducos", ("la Vice-présidente, vice-présidente en charge de l'ESS",))]


def test_a_question_heading_is_no_role_and_a_web_site_no_part_of_the_address():
    fiche = one("Département de la Nièvre\nType de collectivité\nDépartement\nAdresse\nHôtel du Département\n"
                "58039 Nevers Cedex\nSite internet : www.nievre.fr\nQui contacter ?\nM. Fabien Bazin, président\n")
    assert [(c.role, c.person) for c in fiche.contacts] == [("Contact public", "Fabien Bazin")]
    assert fiche.address.lines == ("Hôtel du Département", "58039 Nevers Cedex")


def test_a_hyphen_at_a_line_end_is_kept_in_a_compound_and_mended_in_a_cut_word():
    fiche = one(f"Douaisis Agglo\n{IDENTITY}Contact public\nÉlue référente : Christine Mouchel, vice-\n"
                "présidente chargée de l’ESS\nExemples d’actions soutenues par la collectivité\n"
                "La Ville soutient la SCIC Mobilités Par-\ntagées depuis sa création en 2019.\n")
    assert fiche.contacts[0].titles == ("vice-présidente chargée de l’ESS",)
    assert "Mobilités Partagées" in fiche.actions[0].text


def test_budget_bullets_dates_abbreviated_and_the_currency_written_first():
    fiche = one(f"Ville de Laval\nDernière mise à jour le 3 févr. 2025\n{IDENTITY}Budget dédié à l’ESS\n"
                "* Plan ESS 2021-2026 : 6 M€ sur la période\n2022 : € 150 000\n")
    assert str(fiche.updated) == "2025-02-03"
    assert [(a.euros, a.scope, a.year) for a in fiche.budget_amounts] == [
        (Decimal(6000000), "Plan ESS 2021-2026", None), (Decimal(150000), None, 2022)]
    assert [str(a.euros) for a in euro_amounts("1 200 € et € 300, EUR 1,2 M")] == ["1200", "300", "1200000"]


def test_a_siren_shared_by_two_fiches_names_the_other_one(tmp_path):
    files = []
    for name, title in (("a.txt", "Communauté d'agglomération Grand Châtellerault"), ("b.txt", "Grand Châtellerault")):
        path = tmp_path / name
        path.write_text(f"{title}\nType de collectivité\nCommunauté d'agglomération\nAdresse\n78 boulevard Blossac\n"
                        "86100 Châtellerault\n", encoding="utf-8")
        files.append(str(path))
    result = CliRunner().invoke(main, ["validate", *files])
    assert result.exit_code == 1
    assert "aussi celui de « Grand Châtellerault »" in result.output
    assert "aussi celui de « Communauté d'agglomération Grand Châtellerault »" in result.output


# --- action sentences --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # who gives a guarantee, or supports a structure after its verb, is a funder beside the member
    ("Grâce à une garantie de France Active Lorraine, la SCOP Les Couturières de Borny a repris un atelier.",
     [("France Active Lorraine", "partenaire"), ("Les Couturières de Borny", "porteur")]),
    # (past the relative clause, its verb is its own since round 44: it carries what it does)
    ("La couveuse Guadeloupe Entreprendre, que soutient également l'ADIE, a hébergé 22 porteurs de projets.",
     [("Adie", "partenaire"), ("Guadeloupe Entreprendre", "porteur"), ("Guadeloupe Entreprendre", "soutenu")]),
    # an activity handed over: the new manager carries it, the former one nothing
    ("L'association Les Petits Pois, qui gérait l'épicerie solidaire depuis 2015, a cédé cette activité en 2023 "
     "au Secours populaire français, désormais seul gestionnaire.", [("Secours populaire français", "porteur")]),
    ("Le centre social, géré par la CAF de l'Essonne jusqu'en 2021, est désormais géré par l'association "
     "Vivre Ensemble.", [("Vivre Ensemble", "porteur")]),
    # turned down, planned, studied, suspended: no role
    ("La demande de l'association Rézo Fanm Doubout n'a pas pu être satisfaite en 2024.", []),
    ("Un appel à projets sera lancé en 2025 avec l'ADEME et la Banque des Territoires.", []),
    ("Un projet de monnaie locale est à l'étude avec la CRESS des Îles de Guadeloupe.", []),
    ("Le projet porté par l'association Terres Solidaires a été suspendu en 2024.", []),
    # every item of a list with its kind words takes the list's role
    ("Le PTCE SQY Coop fédère des structures, parmi lesquelles la régie de quartier Trappes Services, "
     "l'association Réseau Entreprendre Yvelines et la SCOP Ecodair.",
     [("Ecodair", "partenaire"), ("Réseau Entreprendre Yvelines", "partenaire"), ("SQY Coop", "porteur"),
      ("Trappes Services", "partenaire")]),
    # a public contract is work paid for, not support
    ("L'entreprise d'insertion Madinina Propreté assure le nettoyage ; la Ville lui a attribué un marché de "
     "420 000 €.", [("Madinina Propreté", "porteur")]),
    # shares bought, a creation with a date or an incise between the verb and the name
    ("La SCIC Champagne Terroirs, dont la Communauté urbaine a acquis 100 parts sociales en 2022, "
     "emploie 12 salariés.", [("Champagne Terroirs", "actionnaire"), ("Champagne Terroirs", "porteur")]),
    ("La Communauté de communes a cofondé la SCIC Forêt Vivante.", [("Forêt Vivante", "cree")]),
    ("La Ville a créé en 2019 la SCIC Forêt Vivante.", [("Forêt Vivante", "cree")]),
    ("La Ville a créé en 2019, avec l'association Alsace Nature, la SCIC Forêt Vivante.",
     [("Alsace Nature", "partenaire"), ("Forêt Vivante", "cree")]),
    # a shareholding denied after "mais pas"
    ("Le Département est actionnaire, depuis 2019, de la SEM Seine Attractivité, mais pas de la SCIC "
     "Normandie Bois.", [("Seine Attractivité", "actionnaire")]),
    # a host is no carrier
    ("Le GEIQ Agricole Mayenne, hébergé par la Chambre d'agriculture de la Mayenne, forme des salariés.",
     [("Chambre d'agriculture de la Mayenne", "partenaire"), ("GEIQ Agricole Mayenne", "porteur")]),
])
def test_roles_in_action_sentences(text, expected):
    assert roles(text) == sorted(expected)


@pytest.mark.parametrize("text, name", [
    # a kind written out before a name is no part of it; a name's own head word is
    ("La Coopérative d'activité et d'emploi Coodémarrage 53 accompagne 120 entrepreneurs.", "Coodémarrage 53"),
    ("La Ville soutient l'Association Les Amis du Rail.", "Les Amis du Rail"),
    ("La Ville soutient la Maison de l'emploi Lille Métropole.", "Maison de l'emploi Lille Métropole"),
    # a name set alone between commas after an indefinite kind
    ("Le tiers-lieu est aujourd'hui géré par une association autonome, l'UP Synthe.", "UP Synthe"),
    ("La Ville soutient une épicerie solidaire, L'Étal Tulliste, qui sert 90 familles.", "L'Étal Tulliste"),
    # a collectivité's name in lower case up to its acronym
    ("La Ville travaille avec la Communauté de communes de l'Ouest guyanais (CCOG).",
     "Communauté de communes de l'Ouest guyanais"),
])
def test_names_in_action_sentences(text, name):
    assert name in [m.name for m in find_organisations(text, HERE)]


def test_the_bare_names_listed_after_a_plural_kind_and_a_colon_are_of_that_kind():
    text = ("Le Département soutient les trois chantiers d'insertion du territoire : Creuse Bois Services "
            "(Felletin), l'Atelier du Lac (Royère-de-Vassivière) et Recyclerie Creusoise (Guéret).")
    found = find_organisations(text, HERE)
    assert [(m.name, m.kind, m.role) for m in found] == [
        ("Creuse Bois Services", "chantier-insertion", "soutenu"), ("Atelier du Lac", "chantier-insertion", "soutenu"),
        ("Recyclerie Creusoise", "chantier-insertion", "soutenu")]
    assert roles("La Ville soutient deux SCIC : Bois Énergie et Habitat Partagé.") == [
        ("Bois Énergie", "soutenu"), ("Habitat Partagé", "soutenu")]
    assert roles("Les associations : 45 dossiers reçus en 2024.") == []
    # the commune alone in parentheses after each is its place
    assert [m.place for m in found] == ["Felletin", "Royère-de-Vassivière", "Guéret"]


@pytest.mark.parametrize("title, name", [("VALENCIENNES MÉTROPOLE", "Valenciennes Métropole"),
                                         ("CA DU GRAND CHALON", "CA du Grand Chalon")])
def test_a_title_in_capitals_is_published_as_a_name_is_written(title, name):
    assert one(f"{title}\n{IDENTITY}").name.text == name


@pytest.mark.parametrize("text, name, category", [
    ("Le GIP Nièvre Numérique accompagne les associations.", "Nièvre Numérique", "organisme-public"),
    ("La Ville travaille avec la SEM Orléans Technopole.", "Orléans Technopole", "entreprise"),
    ("Le tiers-lieu est géré par la SPL Metz Techno'pôles.", "Metz Techno'pôles", "entreprise"),
])
def test_public_bodies_and_mixed_companies_are_found_with_no_kind_of_ess_structure(text, name, category):
    found = {m.name: m for m in find_organisations(text, HERE)}
    assert (found[name].category, found[name].kind) == (category, None)


@pytest.mark.parametrize("text, name", [
    ("Le Département a rejoint la SCIC aux côtés du SDEHG (Syndicat départemental d'énergie de la Haute-Garonne).",
     "Syndicat départemental d'énergie de la Haute-Garonne"),
    ("Aux côtés de la Région et de l'Agence française de développement (AFD), la Ville finance la SCIC Solarkaz.",
     "Agence française de développement"),
])
def test_a_public_body_written_with_its_acronym_is_a_partner(text, name):
    found = {m.name: m for m in find_organisations(text, HERE)}
    assert (found[name].category, found[name].role) == ("organisme-public", "partenaire")


def test_an_intercommunalite_named_by_its_brand_is_a_collectivite_and_never_the_member_s_partner():
    text = "La Ville travaille avec Toulouse Métropole, Angers Loire Métropole et Douaisis Agglo."
    assert [(m.name, m.category, m.kind) for m in find_organisations(text, HERE)] == [
        ("Toulouse Métropole", "collectivite", "metropole"),
        ("Angers Loire Métropole", "collectivite", "communaute-urbaine"),
        ("Douaisis Agglo", "collectivite", "communaute-d-agglomeration")]
    (fiche,) = read_fiches("Toulouse Métropole\nType de collectivité\nMétropole\nExemples d’actions soutenues par la "
                           "collectivité :\nToulouse Métropole soutient la SCIC Alpha avec Metz Métropole.\n", "f.txt")
    assert sorted(m.name for m in fiche.actions[0].mentions) == ["Alpha", "Metz Métropole"]
    # the end of another body's name is no brand of its own
    text = "Le Département soutient l'organisme de foncier solidaire Foncier Solidaire Rennes Métropole."
    assert "Rennes Métropole" not in [m.name for m in find_organisations(text, HERE)]


def test_an_association_named_agence_is_no_public_body():
    text = "Il est coordonné par l'APEAS (Agence Provençale pour une Économie Alternative et Solidaire)."
    assert all(m.category != "organisme-public" for m in find_organisations(text, HERE))


@pytest.mark.parametrize("text, counted, year", [
    ("La SCOP héberge une dizaine de jeunes entreprises.", "entreprises", None),
    ("L'association accompagne 40 jeunes en insertion.", "jeunes", None),
    ("Le réseau anime environ 150 lieux, soit près de 30 % de plus qu'en 2021.", "lieux", None),
    ("La Communauté a cofondé en 2019 la SCIC X, qui exploite 1 200 stères de bois par an.", "stères/an", None),
    ("La Ville s'est associée au Secours catholique pour ouvrir en 2023 une épicerie, qui sert 90 familles.",
     "familles", None),
    ("L'épicerie solidaire a servi 90 familles en 2023.", "familles", 2023),
])
def test_figures_count_the_noun_and_take_only_their_own_year(text, counted, year):
    (figure,) = [q for q in find_quantities(text, HERE) if q.unit_text != "%"]
    assert (figure.unit_text, figure.year) == (counted, year)


# --- hostile input -----------------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    # "<'>" read as an IRI opened a string that hid the rest of the line
    "SELECT (1<'>' AS ?b) WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }#'",
    # brackets and operators hidden in what the check reads as an IRI, where Oxigraph reads less-than
    "SELECT * WHERE { BIND(1<" + "(" * 100 + "1" + ")" * 100 + ">2 AS ?c) }",
    "SELECT * WHERE { BIND(1<" + "-".join(["1"] * 5000) + ">2 AS ?c) }",
])
def test_what_the_check_may_read_otherwise_than_oxigraph_is_refused(query):
    with pytest.raises(Refusal) as refused:
        check_query(query, frozenset(), Limits())
    assert refused.value.status == 400


def test_a_file_name_that_is_not_utf8_is_read_as_windows_1252():
    name = os.fsdecode(b"caf\xe9.txt")
    assert InputFile(name, "x").label == "café.txt"


def test_a_query_of_the_command_line_runs_where_it_can_reach_no_server(tmp_path):
    dump = tmp_path / "d.ttl"
    dump.write_text("<https://w3id.org/rtes/a> <https://w3id.org/rtes/b> 1 .\n", encoding="utf-8")
    query = tmp_path / "q.rq"
    query.write_text("SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(query), "--data", str(dump)])
    assert result.exit_code == 2 and "erreur" in result.output
    query.write_text("SELECT * WHERE { BIND(" + "(" * 20000 + "1" + ")" * 20000 + " AS ?x) }", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(query), "--data", str(dump)])
    assert result.exit_code == 2 and "processus de requête" in result.output
