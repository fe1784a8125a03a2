"""Wrong facts of the fifty-fourth round: the last party of "Partenariat entre la Ville, le CCAS et
l'association X" made X the carrier, and so did "Convention d'objectifs entre la Ville et X" (a
grant's agreement); "Le Département, en lien avec la DREETS, finance X" lent the Département's
grant to a commune; "avec 80 sociétaires dont la Ville, la Région et le Crédit Agricole" made the
bank a body the member created; "Le tiers-lieu Y accueille l'AMAP X" made X the member's to
support; a grant "supprimée en 2021" and a share only studied were published as the member's.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extraction_helpers import HERE, mentions, roles_in_a_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.names import FROM_PATTERN, FROM_REFERENCE, Found
from rtes_kg.extract.overlaps import resolve
from rtes_kg.parse.document import parse_text

LAVAL = {"member": "Ville de Laval", "kind": "Commune", "address": "Place du 11 novembre\n53000 Laval"}


# --- the parties of an agreement, the member first among them ------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Partenariat entre la Ville, le CCAS et l'association Le Relais pour la collecte des textiles.",
     [("CCAS", "partenaire"), ("Le Relais", "partenaire")]),
    ("Une convention entre la Ville, le CCAS et l'association Le Relais encadre la collecte.",
     [("CCAS", "partenaire"), ("Le Relais", "partenaire")]),
    ("Convention de partenariat entre la Ville, la CAF et l'association Emmaüs Laval.",
     [("CAF", "partenaire"), ("Emmaüs Laval", "partenaire")]),
    # the member second, or two parties: as before
    ("Partenariat entre la Ville et l'association Le Relais pour la collecte des textiles.",
     [("Le Relais", "partenaire")]),
    ("Fruit d'un partenariat entre l'association Alpha, la SCOP Beta et la Ville.",
     [("Alpha", "partenaire"), ("Beta", "partenaire")]),
])
def test_every_party_of_an_agreement_the_member_opens_is_a_partner(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Convention d'objectifs entre la Ville et l'association Emmaüs Laval, qui emploie 12 salariés en insertion.",
     [("Emmaüs Laval", "soutenu")]),
    ("Une convention pluriannuelle d'objectifs entre la Ville et l'association Alpha fixe son soutien.",
     [("Alpha", "soutenu")]),
    ("Convention de financement entre la Ville et la SCOP Beta.", [("Beta", "soutenu")]),
    # any other agreement is a partner's
    ("Convention entre la Ville et l'association Emmaüs Laval.", [("Emmaüs Laval", "partenaire")]),
])
def test_a_grant_s_agreement_between_the_member_and_a_body_is_its_support(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Partenaires : la Ville, la CAF et l'association Le Relais.",
     [("CAF", "partenaire"), ("Le Relais", "partenaire")]),
    ("Lauréats 2023 : la Ville, Vélo Cité et l'association Le Relais.",
     [("Le Relais", "soutenu"), ("Vélo Cité", "soutenu")]),
])
def test_a_label_s_list_that_opens_with_the_member_gives_the_label_s_role(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- another body's grant, with bodies beside it ---------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Le Département, en lien avec la DREETS, finance l'ACI Tremplin.",
     [("DREETS Pays de la Loire", "partenaire"), ("Département de la Mayenne", "partenaire")]),
    ("La Région, aux côtés de la CAF, finance l'ACI Tremplin.",
     [("CAF", "partenaire"), ("Région Pays de la Loire", "partenaire")]),
    # the member beside it gives too, and the member's own grant stays
    ("La Région, avec la Ville, finance l'ACI Tremplin.",
     [("Région Pays de la Loire", "partenaire"), ("Tremplin", "soutenu")]),
    ("La Ville, en lien avec la DREETS, finance l'ACI Tremplin.",
     [("DREETS Pays de la Loire", "partenaire"), ("Tremplin", "soutenu")]),
])
def test_the_bodies_beside_another_giver_do_not_make_its_grant_the_member_s(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a cooperative's members listed after "dont" ----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Création en 2019 de la SCIC Le Moulin, avec 80 sociétaires dont la Ville, la Région et le Crédit Agricole.",
     [("Le Moulin", "actionnaire"), ("Le Moulin", "cree")]),
    # an incise of the bodies the member acts with still leads to the verb's object
    ("La Ville a cofondé en 2018, avec la Région et 60 citoyens, la SCIC Le Moulin.",
     [("Le Moulin", "cree"), ("Région Pays de la Loire", "partenaire")]),
])
def test_the_members_of_a_cooperative_listed_after_dont_are_no_creation_of_the_member(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a body another structure hosts -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Le tiers-lieu La Grange accueille l'association Vélo Cité.", [("La Grange", "partenaire")]),
    ("Le tiers-lieu La Grange, ouvert en 2020, accueille l'AMAP du Bocage.", [("La Grange", "partenaire")]),
    ("Le tiers-lieu La Grange, installé dans une ancienne ferme rachetée par la commune, accueille l'AMAP du "
     "Bocage et un repair café.", [("La Grange", "partenaire")]),
    ("La SCIC Le Moulin héberge l'association Vélo Cité.", [("Le Moulin", "partenaire")]),
    # the member's hosting is its support
    ("La Ville accueille l'association Vélo Cité dans ses locaux.", [("Vélo Cité", "soutenu")]),
])
def test_a_body_another_structure_hosts_is_not_supported_by_the_member(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a giver's incise says whose the work is: the Région's grant is not lent to it
    ("La Région, soutenue depuis 2017 par la Ville, finance l'ACI Tremplin.",
     [("Région Pays de la Loire", "partenaire"), ("Tremplin", "soutenu")]),
])
def test_an_incise_that_names_its_giver_is_still_read_as_before(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a grant ended, a share only studied -----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "L'ancienne subvention à l'association Vélo Cité a été supprimée en 2021.",
    "La Ville a supprimé en 2022 sa subvention à l'association Vélo Cité.",
    "La Ville étudie la possibilité d'entrer au capital de la SCIC Le Moulin.",
])
def test_a_grant_ended_or_a_share_only_studied_is_not_the_member_s(sentence):
    assert roles_in_a_fiche(sentence, **LAVAL) == []


@pytest.mark.parametrize("sentence, expected", [
    ("La recyclerie Le Grenier, soutenue par la Ville, a créé 12 emplois ; 3 postes ont été supprimés en 2020.",
     [("Le Grenier", "porteur"), ("Le Grenier", "soutenu")]),
    ("La Ville étudie avec l'association Vélo Cité la création d'un atelier.", [("Vélo Cité", "partenaire")]),
])
def test_jobs_cut_or_a_study_made_together_end_no_relation(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a giver no finder knows, after its head noun --------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("L'association Alpha rénove 40 logements par an avec le soutien du bailleur Mayenne Habitat.",
     [("Alpha", "porteur"), ("Mayenne Habitat", "partenaire")]),  # (found since round 59: it gives, not the member)
    ("L'association Alpha rénove 40 logements avec le soutien du programme LEADER.", [("Alpha", "porteur")]),
    # the member, by its kind word in lower case or its name, still gives
    ("L'association Alpha rénove 40 logements par an avec le soutien de la ville de Laval.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("L'association Alpha rénove 40 logements par an avec le soutien de la Ville.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
])
def test_a_support_whose_giver_is_a_body_no_finder_knows_is_not_the_member_s(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- national networks, with their article and their chapters ---------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # one body whatever the verb after it: the curated network, not a pattern's find of its words
    ("Les Compagnons Bâtisseurs rénovent 40 logements par an avec le soutien de la Ville.",
     [("Les Compagnons Bâtisseurs", "compagnons-batisseurs", "porteur"),
      ("Les Compagnons Bâtisseurs", "compagnons-batisseurs", "soutenu")]),
    ("Les Compagnons Bâtisseurs ont rénové 40 logements avec le soutien de la Ville.",
     [("Les Compagnons Bâtisseurs", "compagnons-batisseurs", "porteur"),
      ("Les Compagnons Bâtisseurs", "compagnons-batisseurs", "soutenu")]),
    ("Soutien aux Compagnons Bâtisseurs Pays de la Loire.",
     [("Compagnons Bâtisseurs Pays de la Loire", "compagnons-batisseurs-pays-de-la-loire", "soutenu")]),
    ("Adhésion à France Tiers-Lieux et au Labo de l'ESS.",
     [("France Tiers-Lieux", "france-tiers-lieux", "partenaire"),
      ("Le Labo de l'ESS", "le-labo-de-l-ess", "partenaire")]),
    ("La Ville soutient Solidarité Paysans 53.", [("Solidarité Paysans 53", "solidarite-paysans-53", "soutenu")]),
    # "familles rurales" is prose: no network
    ("L'épicerie accueille 40 familles rurales.", []),
])
def test_national_networks_are_found_with_their_article_and_their_chapters(sentence, expected):
    (found,) = mentions(sentence, **LAVAL)
    assert sorted(set(found)) == expected


def test_a_pattern_s_find_that_adds_only_an_article_to_a_curated_name_is_the_curated_body():
    curated = Found(1, 2, 4, "Compagnons Bâtisseurs", "compagnons-batisseurs", "reseau", None, FROM_REFERENCE, 0)
    subject = Found(0, 2, 0, "Les Compagnons Bâtisseurs", "les-compagnons-batisseurs", "structure-ess", None,
                    FROM_PATTERN, 2)
    assert resolve([subject, curated]) == [replace(curated, context=0)]
    # another first word is a longer name of its own: "Fondation Abbé Pierre" holds "Abbé Pierre"
    named = replace(subject, name="Fondation Compagnons Bâtisseurs", slug="fondation-compagnons-batisseurs")
    assert resolve([named, curated]) == [named]


# --- a PTCE named by its area, its kind spelt out before its acronym --------------------------------

POITIERS = {"member": "Grand Poitiers Communauté urbaine", "kind": "Communauté urbaine",
            "address": "84 rue des Carmélites\n86000 Poitiers"}


@pytest.mark.parametrize("sentence, expected", [
    ("Soutien au Pôle territorial de coopération économique (PTCE) Sud Vienne.",
     [("PTCE Sud Vienne", "ptce-sud-vienne", "soutenu")]),
    ("Le PTCE Sud Vienne fédère 35 structures.", [("PTCE Sud Vienne", "ptce-sud-vienne", "porteur")]),
    # a name of its own keeps it
    ("Soutien au Pôle territorial de coopération économique (PTCE) Horizons Solidaires.",
     [("Horizons Solidaires", "horizons-solidaires", "soutenu")]),
])
def test_a_ptce_named_by_its_area_is_one_body_however_its_kind_is_written(sentence, expected):
    (found,) = mentions(sentence, **POITIERS)
    assert found == expected


# --- the bodies a count lists after "parmi lesquels", or past a parenthesis -------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("6 lauréats en 2023, parmi lesquels Vélo Vert, la Cité des Savoirs et l'association Toit du Monde.",
     [("Cité des Savoirs", "soutenu"), ("Toit du Monde", "soutenu"), ("Vélo Vert", "soutenu")]),
    ("Six structures ont été aidées, parmi lesquelles Vélo Vert et la Cité des Savoirs.",
     [("Cité des Savoirs", "soutenu"), ("Vélo Vert", "soutenu")]),
    ("6 lauréats en 2023 (subventions de 5 000 à 15 000 €), dont Vélo Vert et la Cité des Savoirs.",
     [("Cité des Savoirs", "soutenu"), ("Vélo Vert", "soutenu")]),
    # a cooperative's own members play no part
    ("La SCIC compte 45 sociétaires, parmi lesquels Vélo Vert et la Cité des Savoirs.", []),
])
def test_the_bodies_a_count_lists_are_found(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La Ville a racheté les locaux de l'association Alpha pour y installer la recyclerie Beta.",
     [("Beta", "soutenu")]),  # (the member's premises: its support, since round 59)
    ("La Ville a racheté le bâtiment de la SCOP Alpha.", []),
])
def test_the_body_whose_premises_were_bought_plays_no_part(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence", [
    "L'association AJR (Association Jeunesse et Réinsertion) emploie 14 salariés.",
    "Soutien à la recyclerie La Ressourcerie du Mormal, portée par l'association AJR (Association Jeunesse et "
    "Réinsertion), qui emploie 14 salariés en insertion.",
])
def test_an_acronym_spelt_out_after_it_with_its_kind_word_is_one_body(sentence):
    assert ("AJR", "porteur") in roles_in_a_fiche(sentence, **LAVAL)
    assert not any(name == "Jeunesse et Réinsertion" for name, _ in roles_in_a_fiche(sentence, **LAVAL))


@pytest.mark.parametrize("sentence, expected", [
    ("La Ville a conclu un bail emphytéotique de 30 ans avec l'association Habitat Jeunes pour la rénovation "
     "d'un foyer.", [("Habitat Jeunes", "soutenu")]),
    ("La Ville a conclu avec l'association Habitat Jeunes un bail emphytéotique de 30 ans.",
     [("Habitat Jeunes", "soutenu")]),
    ("Bail à réhabilitation avec l'association Soliha.", [("Soliha", "soutenu")]),
    # a lease of any kind may be the member's as a tenant: a partner
    ("La Ville a signé un bail avec l'association Habitat Jeunes.", [("Habitat Jeunes", "partenaire")]),
])
def test_a_long_lease_with_a_body_is_the_member_s_property_let(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La SCIC Terre d'Horizons, avec la Ville comme sociétaire, développe des fermes urbaines.",
     [("Terre d'Horizons", "actionnaire"), ("Terre d'Horizons", "porteur")]),
    ("La SCIC Bois Local compte la Ville parmi ses sociétaires.",
     [("Bois Local", "actionnaire"), ("Bois Local", "porteur")]),
    # another holder's shares are not the member's
    ("La SCIC Bois Local, avec la Caisse des Dépôts comme actionnaire, produit du bois.",
     [("Bois Local", "porteur"), ("Caisse des Dépôts", "partenaire")]),
    ("La SCIC Bois Local compte la Région parmi ses sociétaires.",
     [("Bois Local", "porteur"), ("Région Pays de la Loire", "partenaire")]),
])
def test_the_member_named_as_one_of_a_company_s_holders_holds_its_shares(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La SCIC Gamma a été fondée par l'association Alpha, la SCOP Beta et la Ville.",
     [("Alpha", "partenaire"), ("Beta", "partenaire"), ("Gamma", "cree")]),
    ("La SCIC Gamma, fondée par l'association Alpha, la SCOP Beta et la Ville, emploie 5 salariés.",
     [("Alpha", "partenaire"), ("Beta", "partenaire"), ("Gamma", "cree")]),
    ("La SCIC Gamma a été fondée par l'association Alpha, la SCOP Beta et l'association Delta.",
     [("Alpha", "partenaire"), ("Beta", "partenaire"), ("Delta", "partenaire"), ("Gamma", "porteur")]),
    # a verb of its own after the founder ends the list
    ("La SCIC Gamma, créée par l'association Alpha, gère la SCOP Beta.",
     [("Alpha", "partenaire"), ("Beta", "porteur"), ("Gamma", "porteur")]),
    # the member last of a list of givers gives too
    ("L'épicerie Gamma est financée par la CAF, la MSA et la Ville.",
     [("CAF", "partenaire"), ("Gamma", "soutenu"), ("MSA", "partenaire")]),
])
def test_every_body_of_a_list_of_founders_is_a_founder(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("M. Martin, directeur de l'association Alpha, et Mme Durand, gérante de la SCOP Beta, ont témoigné.", []),
    ("Claire Durand, cogérante de la SCOP Beta, a présenté le projet.", []),
    ("Le Contrat de ville mobilise les associations des quartiers prioritaires, dont la Villeneuve.", []),
    ("La Ville soutient 5 ressourceries du territoire, dont La Trouvaille et Récup'R.",
     [("La Trouvaille", "soutenu"), ("Récup'R", "soutenu")]),
])
def test_a_person_s_office_or_a_place_listed_names_no_body_of_the_action(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("line, titles", [
    ("Technicien : M. Paul Henri, chargé de mission ESS (p.henri@laval.fr / 06 12 34 56 78)",
     ("chargé de mission ESS",)),
    ("Technicienne : Mme Anne Roux, chargée de mission (ESS et emploi)", ("chargée de mission (ESS et emploi)",)),
    ("Élu référent : Jean Dupont (adjoint au maire).", ("adjoint au maire",)),
])
def test_a_contact_s_title_keeps_no_bracket_its_addresses_left(line, titles):
    fiche, = parse_text(f"Ville de Laval\n\nType de collectivité\nCommune\n\nContact public\n{line}\n", "t.txt")
    (contact,) = fiche.contacts
    assert contact.titles == titles


def _figures(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(value, unit, what it counts, the raw words of its whole) of every figure of the text."""
    return [(str(q.value), q.unit, q.counted, q.part_of.raw if q.part_of else None)
            for q in find_quantities(text, HERE)]


@pytest.mark.parametrize("sentence, expected", [
    ("Le chantier emploie 12 personnes (8 ETP) dont 3 encadrants.",
     [("12", "nombre", "personnes", None), ("8", "etp", "etp", None), ("3", "nombre", None, "12 personnes")]),
    ("La recyclerie a collecté 320 tonnes, dont 180 réemployées.",
     [("320", "tonne", "tonnage", None), ("180", "tonne", "tonnage", "320 tonnes")]),
    ("L'épicerie a accueilli 300 familles, dont 120 orientées par le CCAS.",
     [("300", "nombre", "foyers", None), ("120", "nombre", "foyers", "300 familles")]),
    ("La SCIC emploie 14 salariés, dont 6 en insertion, et a collecté 320 tonnes, dont 40 tonnes de textiles.",
     [("14", "nombre", "salaries", None), ("6", "nombre", "salaries-en-insertion", "14 salariés"),
      ("320", "tonne", "tonnage", None), ("40", "tonne", "tonnage", "320 tonnes")]),
])
def test_a_dont_part_is_a_part_of_the_figure_that_measures_what_it_measures(sentence, expected):
    assert _figures(sentence) == expected
