"""Wrong facts found by the seventh round of outside audit (docs/extraction.md), each on sentences
and layouts written for these tests, in the style of the fiches but not taken from any of them."""

from __future__ import annotations

import pytest

from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.organisations import find_organisations
from rtes_kg.parse.records import Source

HERE = Source("test.txt", 1)
TAIL = ("Type de collectivité\nCommune\nNombre d'habitants sur le territoire\n48 000 hab.\n"
        "Adresse\n\n3 place de l'Hôtel de Ville\n42000 Saint-Étienne\nFrance\n")


def roles(text):
    return sorted((m.name, m.role) for m in find_organisations(text, HERE))


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
