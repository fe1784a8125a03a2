"""Wrong facts found by the seventh round of outside audit (docs/extraction.md), each on sentences
and layouts written for these tests, in the style of the fiches but not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE, roles
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.organisations import find_organisations

TAIL = ("Type de collectivité\nCommune\nNombre d'habitants sur le territoire\n48 000 hab.\n"
        "Adresse\n\n3 place de l'Hôtel de Ville\n42000 Saint-Étienne\nFrance\n")


def fiches(text):
    return read_fiches(text, "f.txt")


# --- roles -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the place a structure runs carries nothing of its own: its runner does
    ("L'épicerie solidaire Le Grenier, gérée par l'association Partage Forézien, ouvre trois jours par semaine.",
     [("Partage Forézien", "porteur")]),
    # …but it is still what the member funds
    ("La Ville subventionne la recyclerie La Boîte à Réemploi, portée par l'association Tremplin.",
     [("La Boîte à Réemploi", "soutenu"), ("Tremplin", "porteur")]),
    # a legal body stays the carrier of its own work
    ("L'association Vélo Cité, portée par des bénévoles, répare 900 vélos par an.", [("Vélo Cité", "porteur")]),
    # a co-funder after "soutenu par … et par" is a partner ("Communauté" is no participle)
    ("Le jardin Les Potagers du Lac est soutenu par la Communauté de communes (8 000 €) et par le "
     "Département de l'Ain.",
     [("Département de l'Ain", "partenaire"), ("Les Potagers du Lac", "soutenu")]),
    # a sponsor is a partner
    ("Ces ateliers, parrainés par la Fondation Orange, sont animés par l'association Clic Solidaire.",
     [("Clic Solidaire", "porteur"), ("Fondation Orange", "partenaire")]),
    # a structure that did without support is not supported
    ("À la différence de la SCOP Les Tisserands, qui s'est lancée sans aucune subvention, la Ville "
     "soutient l'association Fil Rouge.", [("Fil Rouge", "soutenu")]),
    # "dont la Ville est sociétaire": the member holds shares in the SCIC
    ("La SCIC Soleil du Pilat, dont la Ville est sociétaire depuis 2020, exploite 9 toitures.",
     [("Soleil du Pilat", "actionnaire"), ("Soleil du Pilat", "porteur")]),
    # a collectivité takes shares, it holds none of the member's
    ("Une prise de participation de la Commune de Firminy est envisagée.", []),
    # "lui" is the structure of its own clause
    ("La Ville a rejoint l'association Monnaie du Forez et lui verse 5 000 € par an.",
     [("Monnaie du Forez", "soutenu")]),
])
def test_roles_found_by_the_seventh_audit(text, expected):
    assert roles(text) == sorted(expected)


def test_a_count_of_a_kind_spelt_out_is_no_organisation():
    assert roles("Deux CAE (coopératives d'activités et d'emploi) accueillent 40 entrepreneurs.") == []


def test_a_name_with_an_apostrophe_inside_a_word_is_whole():
    assert roles("Le marché a été attribué à l'entreprise d'insertion Re'cup Services.") == [
        ("Re'cup Services", "porteur")]


def test_a_region_acronym_ending_a_name_is_the_region():
    """ "Enercoop AURA" and "Enercoop Auvergne-Rhône-Alpes" are one body, one IRI, one label."""
    first = find_organisations("La Ville soutient la SCIC Enercoop AURA.", HERE)
    second = find_organisations("Un partenariat avec la coopérative Enercoop Auvergne-Rhône-Alpes.", HERE)
    assert {(m.slug, m.name) for m in (*first, *second)} == {
        ("enercoop-auvergne-rhone-alpes", "Enercoop Auvergne-Rhône-Alpes")}


# --- figures -----------------------------------------------------------------------------------

def test_toutes_deux_counts_nothing_and_chaque_jour_after_a_figure_is_its_rate():
    found = find_quantities("La SCOP A et l'association B, toutes deux installées à Roanne, servent "
                            "150 repas chaque jour.", HERE)
    assert [(str(q.value), q.per) for q in found] == [("150", "jour")]


# --- contacts ----------------------------------------------------------------------------------

def test_one_elected_member_per_line_under_a_role_heading():
    (fiche,) = fiches("Ville de Saint-Étienne\n\n" + TAIL + "\nContact public\n\nÉlus référents :\n"
                      "Léa Morel, adjointe à l'économie solidaire\nPaul Girard, conseiller délégué à l'emploi\n")
    assert [(c.role, c.person, c.titles) for c in fiche.contacts] == [
        ("Élus référents", "Léa Morel", ("adjointe à l'économie solidaire",)),
        ("Élus référents", "Paul Girard", ("conseiller délégué à l'emploi",))]


def test_contacts_after_a_slash_or_a_semicolon_and_labelled_details():
    (fiche,) = fiches("Ville de Saint-Étienne\n\n" + TAIL + "\nContact public\n\n"
                      "Élus référents : Léa Morel, adjointe / Paul Girard, conseiller délégué\n"
                      "Élue référente : Mme Ana Costa, Adjointe au Maire ; Chargé de mission : M. Yves Roux\n"
                      "Courriel : ess[at]saint-etienne.fr\nSite internet : www.saint-etienne.fr\n"
                      "Tél. : +33 (0)4 77 00 00 00\nmarie.durand(at)saint-etienne.fr\n")
    assert [(c.role, c.person, c.service, c.titles) for c in fiche.contacts] == [
        ("Élus référents", "Léa Morel", None, ("adjointe",)),
        ("Élus référents", "Paul Girard", None, ("conseiller délégué",)),
        ("Élue référente", "Ana Costa", None, ("Adjointe au Maire",)),
        ("Chargé de mission", "Yves Roux", None, ())]


@pytest.mark.parametrize("footer", ["contact.ess@saint-etienne.fr", "Mentions légales | Plan du site | Contact"])
def test_a_footer_or_an_address_after_the_contacts_is_no_member(footer):
    found = fiches("Ville de Saint-Étienne\n\n" + TAIL + "\nContact public\n\nÉlu référent : Paul Girard\n"
                   + footer + "\n")
    assert [(f.name.text if f.name else None, len(f.contacts)) for f in found] == [("Ville de Saint-Étienne", 1)]
    assert all(footer not in title for c in found[0].contacts for title in c.titles)


# --- layouts and budget --------------------------------------------------------------------------

def test_a_second_update_date_after_the_contacts_opens_the_next_fiche():
    """The budget under it is the untitled fiche's, not the one before's."""
    first, second = fiches("Ville de Saint-Étienne\n\nDernière mise à jour : 02/05/2024\n\n" + TAIL
                           + "\nContact public\n\nÉlu référent : Paul Girard\n\n"
                           "Dernière mise à jour : 03/05/2024\n\nBudget dédié à l’ESS :\n\n80 000 € en 2024\n\n"
                           + TAIL.replace("Saint-Étienne", "Roanne"))
    assert (first.name.text, first.budget_amounts) == ("Ville de Saint-Étienne", ())
    assert second.name is None and [a.euros for a in second.budget_amounts] == [80000]
    assert second.updated is not None and second.updated.isoformat() == "2024-05-03"


def test_headings_with_a_dash_keep_their_values():
    (fiche,) = fiches("Ville de Saint-Étienne\n\nBudget dédié à l’ESS – 75 000 € (2024)\n\n"
                      "Programme d’intervention dans le champ de l’ESS – La Ville soutient les tiers-lieux.\n\n"
                      + TAIL)
    assert [(a.euros, a.year) for a in fiche.budget_amounts] == [(75000, 2024)]
    assert fiche.programme is not None and fiche.programme.text == "La Ville soutient les tiers-lieux."


def test_a_budget_amount_takes_the_year_of_its_own_sentence():
    (fiche,) = fiches("Ville de Saint-Étienne\n\nBudget dédié à l’ESS :\n\nEn 2023, la Ville a consacré "
                      "1.2 M€ à l’ESS. Pour 2024, le budget est de 1,4 M€.\n\n" + TAIL)
    assert [(a.euros, a.year) for a in fiche.budget_amounts] == [(1200000, 2023), (1400000, 2024)]


def test_the_status_in_the_parenthesis_after_an_amount_is_its_own():
    (fiche,) = fiches("Ville de Saint-Étienne\n\nBudget dédié à l’ESS :\n\n"
                      "90 000 € (2023), 110 000 € (2024, prévisionnel)\nBudget 2022 : 85 000 € (CA)\n\n" + TAIL)
    assert [(a.euros, a.year, a.status) for a in fiche.budget_amounts] == [
        (90000, 2023, None), (110000, 2024, "previsionnel"), (85000, 2022, "realise")]


def test_page_numbers_and_running_headers_of_a_pdf_are_no_text_of_the_fiche():
    (fiche,) = fiches("Ville de Saint-Étienne (42)\n\nProgramme d’intervention dans le champ de l’ESS :\n\n"
                      "La Ville soutient les tiers-lieux.\n\n1 / 2\nVille de Saint-Étienne – Fiche RTES\n\n" + TAIL
                      + "\nContact public\n\nÉlu référent : Paul Girard, adjoint\n   Page 2 sur 2\n")
    assert fiche.name.text == "Ville de Saint-Étienne"  # the département's number is no part of the name
    assert fiche.programme.text == "La Ville soutient les tiers-lieux."
    assert [c.titles for c in fiche.contacts] == [("adjoint",)]


# --- round 8 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # verbs by which the member gives money make the structure supported, not the carrier
    ("Le Département a alloué 40 000 € à l'association Habitat Toit.", [("Habitat Toit", "soutenu")]),
    ("La Région a débloqué 80 000 € pour la SCIC Bois du Pilat.", [("Bois du Pilat", "soutenu")]),
    # a planned shareholding is no shareholding
    ("La Métropole prévoit d'entrer au capital de la SCIC Soleil Commun en 2026.", []),
    # a structure said not to be helped has no role
    ("La SCOP A Tout Vent a reçu une aide ; la coopérative Les Blés d'Or n'a pas été aidée.",
     [("A Tout Vent", "soutenu")]),
    # …but a denial after an incise is said of the subject, not of the name in the incise
    ("La plateforme Kerlan, lancée par l'association Osons en 2018, n'est plus soutenue.",
     [("Osons", "porteur")]),  # a structure that launched it runs it (round 53; "lancée par la Région": a frame)
    ("La SCOP A Tout Vent a reçu une aide ; la coopérative Les Blés d'Or, à laquelle adhèrent 30 fermes, "
     "n'a pas été aidée.", [("A Tout Vent", "soutenu")]),
    # the place a structure runs, past a participle: "ouvert en 2019 et animé par"
    ("Le fablab La Forge, ouvert en 2019 et animé par l'association Clic, accueille 200 habitants.",
     [("Clic", "porteur")]),
    # "confié la gestion du lieu X à la SCIC Y": Y carries, X runs nothing itself
    ("La Ville a confié la gestion du lieu Le Hangar à la SCIC Hangar Coop.", [("Hangar Coop", "porteur")]),
    ("La Ville a confié le site à l'association Abri et à la SCOP Toit.", [("Abri", "porteur"), ("Toit", "porteur")]),
    # several subjects that receive the aid
    ("L'association Pain Partagé et les Restos du Cœur reçoivent de la Ville une aide.",
     [("Les Restos du Cœur", "soutenu"), ("Pain Partagé", "soutenu")]),
    # "dont la Métropole détient des parts"
    ("La SCIC Chaleur Verte, dont la Métropole détient des parts, chauffe 3 écoles.",
     [("Chaleur Verte", "actionnaire"), ("Chaleur Verte", "porteur")]),  # it heats them: a carrier (round 33)
    # a commune after an item does not end the list of winners
    ("Lauréats : l'association Semis, la coopérative Grain à Rezé et l'association Pousse.",
     [("Grain", "soutenu"), ("Pousse", "soutenu"), ("Semis", "soutenu")]),
])
def test_roles_found_by_the_eighth_audit(text, expected):
    assert roles(text) == sorted(expected)


@pytest.mark.parametrize("text, name", [
    ("La Ville soutient la SCIC Le Jardin partagé (Rezé).", "Le Jardin partagé"),
    ("Le Département est entré au capital de la SCIC Énergies solidaires du Pays de Retz (ESPR).",
     "Énergies solidaires du Pays de Retz"),
])
def test_a_name_goes_on_in_lower_case_up_to_its_parenthesis(text, name):
    assert [m.name for m in find_organisations(text, HERE)] == [name]


def test_a_weight_per_day_week_or_month_keeps_its_rate_and_a_range_without_entre_is_one():
    found = find_quantities("La recyclerie trie 2 tonnes de textiles par jour et accueille 40 à 60 usagers.", HERE)
    assert [(str(q.value), q.unit, q.per, q.qualifier) for q in found] == [
        ("2", "tonne", "jour", None), ("60", "nombre", None, "jusqu-a")]


def test_an_amount_for_the_whole_ess_has_no_scope():
    (fiche,) = fiches("Ville de Saint-Étienne\n\nBudget dédié à l’ESS :\n\nEn 2023, la Ville a consacré "
                      "1,2 million d’euros à l’économie sociale et solidaire.\n120 000 € pour le pôle ESS\n\n" + TAIL)
    assert [(a.euros, a.scope) for a in fiche.budget_amounts] == [(1200000, None), (120000, "pour le pôle ESS")]


def test_an_organisation_spelt_two_ways_by_two_fiches_has_one_label():
    """SKOS allows one skos:prefLabel per language: "ATIS" in one fiche, "Atis" in another give one
    label (the first in code-point order, whatever the order of the fiches) and one altLabel."""
    from rtes_kg.check.publication import one_label_each

    pref, alt = "<http://www.w3.org/2004/02/skos/core#prefLabel>", "<http://www.w3.org/2004/02/skos/core#altLabel>"
    lines = [f'<http://x/org/atis> {pref} "Atis"@fr', f'<http://x/org/atis> {pref} "ATIS"@fr',
             f'<http://x/org/b> {pref} "B"@fr']
    expected = [f'<http://x/org/atis> {alt} "Atis"@fr', f'<http://x/org/atis> {pref} "ATIS"@fr',
                f'<http://x/org/b> {pref} "B"@fr']
    assert one_label_each(lines) == expected
    assert sorted(one_label_each(list(reversed(lines)))) == sorted(expected)


def test_convert_and_build_keep_the_same_one_of_two_labels():
    """ "ATIS" and "ATIS Bis": as raw text "ATIS" comes first, as N-Triples '"ATIS Bis"' does (a
    space before the quote); convert's rdflib path once kept the one, build's lines the other."""
    from rdflib import Literal, URIRef

    from rtes_kg.check.corpus import _one_label_each
    from rtes_kg.check.publication import one_label_each
    from rtes_kg.vocab import SKOS

    atis = URIRef("http://x/org/atis")
    triples = tuple((atis, SKOS.prefLabel, Literal(label, lang="fr")) for label in ("ATIS", "ATIS Bis"))
    from_triples = [str(o) for s, p, o in _one_label_each(triples) if p == SKOS.prefLabel]
    lines = one_label_each([f'<{atis}> <{SKOS.prefLabel}> "ATIS"@fr', f'<{atis}> <{SKOS.prefLabel}> "ATIS Bis"@fr'])
    from_lines = [line.split('"')[1] for line in lines if str(SKOS.prefLabel) in line]
    assert from_triples == from_lines == ["ATIS Bis"]


def test_a_commune_whose_name_opens_with_an_article_needs_it():
    """ "Trait d'Union" is not in the commune of L'Union; "de La Rochelle" and "du Port" keep theirs."""
    found = find_organisations("Subvention à l'association Trait d'Union et à la Banque Alimentaire de La "
                               "Rochelle.", HERE, near=("17", "31"))
    assert [(m.name, m.place) for m in found] == [("Trait d'Union", None),
                                                  ("Banque Alimentaire de La Rochelle", "La Rochelle")]
