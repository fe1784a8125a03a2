"""Wrong facts found by the ninth round of outside audit (docs/extraction.md): copies of member pages
taken from a browser, a print, a PDF or an e-mail, and action sentences, each written for these
tests in the style of the fiches but not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE, roles
from rtes_kg.extract.findings import read_fiches

BODY = ("Type de collectivité\nCommunauté d'agglomération\nAdresse\n4 rue du Port\n29200 Brest\n"
        "Contact public\nÉlu référent : Yann Kervella, vice-président délégué à l'ESS\n")


def members(text):
    """Each fiche of ``text``: its name and its contacts (role, person, titles)."""
    return [(f.name.text if f.name else None, [(c.role, c.person, c.titles) for c in f.contacts])
            for f in read_fiches(text, "f.txt")]


ONE = [("Brest Agglomération", [("Élu référent", "Yann Kervella", ("vice-président délégué à l'ESS",))])]


# --- copies of a web page, a print, an e-mail ------------------------------------------------------

@pytest.mark.parametrize("before, after", [
    # a pager between the breadcrumb and the title once gave the fiche the next member's name
    ("Vous êtes ici : Accueil / Nos membres / Brest Agglomération\n‹ Ville de Besançon\nVille de Blois ›\n", ""),
    # the links after "Voir aussi", however long, are no contact's titles nor a member
    ("", "Voir aussi\nRencontre régionale des collectivités de l'Ouest – 14 mai 2025\n"
         "Webinaire « ESS et commande publique »\n"),
    # an e-mail's signature and disclaimer are not contacts
    ("", "\nCordialement,\n\nMaëlle Le Gall\nChargée de mission Développement économique\nBrest Agglomération\n"
         "Tél : 02 98 00 00 00\nCe courriel et ses pièces jointes peuvent contenir des informations "
         "confidentielles.\n"),
    # "-- " opens a signature too
    ("", "--\nMaëlle Le Gall\nChargée de mission\nBrest Agglomération\nPensez à l'environnement avant d'imprimer.\n"),
    # a forward's greeting before the fiche does not take its title
    ("Bonjour,\nVoici notre fiche.\nBien cordialement,\nMaëlle Le Gall\n\n-------- Message transféré --------\n", ""),
    # a browser's print: the date and title above, the address of the page and its number below
    ("16/09/2025 10:42          Brest Agglomération | RTES\n",
     "https://www.rtes.fr/brest-agglomeration            1/1\n1 sur 1                  16/09/2025 11:02\n"),
    # the site's header, with "sociale et", and its menu, then the next page
    ("", "Réseau des collectivités Territoriales pour une Économie Sociale et Solidaire\nNos membres\n"),
])
def test_the_page_around_a_copied_fiche_gives_it_nothing(before, after):
    assert members(before + "Brest Agglomération\n" + BODY + after) == ONE


def test_a_fiche_quoted_in_an_e_mail_reply_is_read_without_its_quotation_marks():
    text = "Le jeu. 12 sept. 2024 à 09:15, Observatoire RTES a écrit :\n" + "".join(
        f"> {line}\n" if line else ">\n" for line in ("Brest Agglomération\n\nBudget dédié à l'ESS\n"
                                                     "75 000 € en 2023 (réalisé)\n" + BODY).split("\n"))
    (fiche,) = read_fiches(text, "f.txt")
    assert members(text) == ONE
    assert [(a.euros, a.year, a.qualifier) for a in fiche.budget_amounts] == [(75000, 2023, None)]


def test_a_maps_widget_and_a_pages_buttons_are_not_the_fiches_text():
    (fiche,) = read_fiches("Brest Agglomération\nProgramme d'intervention\nLa Ville soutient l'insertion.\n"
                           "Lire la suite\nRéduire\nType de collectivité\nCommune\nAdresse\n4 rue du Port\n"
                           "29200 Brest\nFrance\nVoir sur la carte\n+\n−\nLeaflet | © OpenStreetMap contributors\n"
                           "Itinéraire\n", "f.txt")
    assert fiche.programme.text == "La Ville soutient l'insertion."
    assert fiche.address.lines == ("4 rue du Port", "29200 Brest", "France")


@pytest.mark.parametrize("header", ["Fonction\tNom\tTéléphone\n", "Fonction\nNom\nTéléphone\n"])
def test_the_header_row_of_a_table_of_contacts_is_no_person(header):
    found = members("Brest Agglomération\nType de collectivité\nCommunauté d'agglomération\nAdresse\n"
                    "4 rue du Port\n29200 Brest\nContacts\n" + header
                    + "Vice-président délégué à l'ESS\nM. Yann Kervella\n02 98 00 00 00\n")
    assert found == [("Brest Agglomération", [("Vice-président délégué à l'ESS", "Yann Kervella", ())])]


def test_a_fiche_reduced_to_its_title_is_a_violation_so_no_build_publishes_it():
    lone = read_fiches("Brest Agglomération\n", "f.txt")
    assert [(issue.type, issue.severity) for f in lone for issue in f.issues] == [("sections-absentes", "violation")]


def test_an_update_date_on_the_line_after_its_label_is_read():
    (fiche,) = read_fiches("Brest Agglomération\n" + BODY + "Dernière mise à jour\n12/09/2024\n", "f.txt")
    assert fiche.updated is not None and fiche.updated.isoformat() == "2024-09-12"
    assert [c.titles for c in fiche.contacts] == [("vice-président délégué à l'ESS",)]
    assert not [issue for issue in fiche.issues if issue.type == "date-illisible"]


@pytest.mark.parametrize("bullet", ["\uf0b7", "\uf0a7", "👉", "➡️"])
def test_word_symbol_and_emoji_bullets_are_bullets(bullet):
    (fiche,) = read_fiches(f"Brest Agglomération\n{BODY}Exemples d'actions soutenues par la collectivité\n"
                           f"{bullet} Financement de l'épicerie itinérante Le Camion du Partage, portée\n"
                           f"par l'association Secours Solidaire Iroise.\n{bullet} Soutien à la régie de quartier "
                           "Brest Services.\n", "f.txt")
    assert [action.text[:20] for action in fiche.actions] == ["Financement de l'épi", "Soutien à la régie d"]
    assert ("Secours Solidaire Iroise", "porteur") in [(m.name, m.role) for m in fiche.actions[0].mentions]


# --- roles ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "apporté / supporté par" give money: a partner, never the carrier ("porté par")
    ("Le festival a reçu 35 000 €, le reste étant apporté par le Département du Finistère.",
     [("Département du Finistère", "partenaire")]),
    ("Les repas sont gratuits : le surcoût est supporté par la CAF du Finistère.",
     [("CAF du Finistère", "partenaire")]),
    # a prize won: its winner is supported
    ("Le prix de l'innovation sociale a été remporté par la SCOP Les Râleurs.", [("Les Râleurs", "soutenu")]),
    # a foundation's host is no carrier
    ("La Ville soutient la Fondation Solidarités Iroise, abritée par la Fondation de France.",
     [("Fondation Solidarités Iroise", "soutenu"), ("Fondation de France", "partenaire")]),
    # shares sold, a partnership ended, shares held until a year gone: no role now
    ("Le Département a cédé en 2021 ses parts dans la SCIC Énergie Partagée Iroise.", []),
    ("Jusqu'en 2020, la Métropole était sociétaire de la SCIC Enercoop Bretagne ; elle a cédé ses parts.", []),
    ("La Ville a mis fin en 2022 à son partenariat avec la recyclerie Le Grenier de Morlaix.", []),
    # a carrier until a year, replaced since; a place that closed
    ("L'espace numérique, géré jusqu'en 2023 par l'association Alsace Digitale, est désormais animé en régie.", []),
    ("Le tiers-lieu Le 13, géré par l'association Treize Collectif, a fermé ses portes en 2022.", []),
    # the members of a pôle named after "parmi lesquelles" are partners, not beneficiaries
    ("La Métropole soutient le PTCE Epicentre, qui fédère 24 structures, parmi lesquelles la SCOP Les Coursiers "
     "et l'association Epi Vrac.",
     [("Epi Vrac", "partenaire"), ("Epicentre", "soutenu"), ("Les Coursiers", "partenaire")]),
    ("Le jardin, animé par l'association Les Racines jusqu'en 2026, accueille 40 familles.",
     [("Les Racines", "porteur")]),
    ("Le chantier, soutenu jusqu'en 2026 par la Fondation Macif, qui le finance depuis 2019, est aujourd'hui "
     "le plus grand du département.", [("Fondation Macif", "partenaire")]),
    # what stays: support until a later year, a plot of land given
    ("La Ville soutient jusqu'en 2026 l'association Les Amis du Vélo.", [("Les Amis du Vélo", "soutenu")]),
    ("Le Département a cédé à l'euro symbolique un bâtiment à la SCOP Laine d'Iroise.",
     [("Laine d'Iroise", "soutenu")]),
    # a list under "Ont été retenus :", its items apart by ";"
    ("Ont été retenus : la SCIC Iroise Bio Distribution ; le GEIQ Agri Finistère ; la coopérative La Gamelle.",
     [("GEIQ Agri Finistère", "soutenu"), ("Iroise Bio Distribution", "soutenu"), ("La Gamelle", "soutenu")]),
    # another body's money beside the member's: no beneficiary of the member
    ("La Métropole lui apporte chaque année 25 000 €, au même titre que la Région Bretagne.", []),
    # the member's own shares, named with its two-word form
    ("La SCIC Wip Coop, dont la Communauté urbaine est sociétaire, gère un tiers-lieu.",
     [("Wip Coop", "actionnaire"), ("Wip Coop", "porteur")]),
    # the members of a group are partners of the action, not beneficiaries
    ("Le Département soutient le groupement Iroise Cantines Bio, composé de la SCIC Mangez Bio Iroise et de la "
     "coopérative Terre Vivante.", [("Mangez Bio Iroise", "partenaire"), ("Terre Vivante", "partenaire")]),
    # a name's expansion in parentheses does not end the list it is in
    ("La Ville ouvre une épicerie en partenariat avec l'ADIE (Association pour le droit à l'initiative "
     "économique) et la Banque Alimentaire du Finistère.",
     [("Adie", "partenaire"), ("Banque Alimentaire du Finistère", "partenaire")]),
    # no Département named by a service or a council of the State; no SCIC named by a région
    ("La SCOP Urban Lab forme les agents des maisons du Département Solidarité ; elle siège au Conseil "
     "départemental de l'IAE.", [("Urban Lab", "porteur")]),
    ("Le Département a signé une convention avec l'Union régionale des SCOP et SCIC Auvergne-Rhône-Alpes.",
     [("Union régionale des SCOP et SCIC Auvergne-Rhône-Alpes", "partenaire")]),  # (whole since round 60)
    ("Avec la Région Sud, le Département de la Gironde et le Conseil départemental du Nord.",
     [("Conseil départemental du Nord", "partenaire"), ("Département de la Gironde", "partenaire"),
      ("Région Sud", "partenaire")]),
    # "Création d'activités :" is a theme, not the creation of what it lists
    ("Création d'activités : la CAE Crescendo et l'incubateur Katapult ont été soutenus à hauteur de 20 000 €.",
     [("Crescendo", "soutenu"), ("Katapult", "soutenu")]),
])
def test_roles_found_by_the_ninth_audit(text, expected):
    assert [(name, role) for name, role in roles(text) if role != "cite"] == sorted(expected)


# --- figures -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "chaque année" before a figure is its rate, not the staff's of the next verb
    ("L'atelier reconditionne chaque année 3 200 appareils et emploie 42 personnes.",
     [("3200", "nombre-par-an", None), ("42", "nombre", None)]),
    # the rate after a longer complement, an adjective or a passive
    ("La SCOP transforme 45 tonnes de produits de la mer par an.", [("45", "tonne-par-an", None)]),
    ("L'association organise 5 repas partagés par semaine ; 140 trajets sont réalisés chaque mois.",
     [("5", "nombre", "semaine"), ("140", "nombre", "mois")]),
    # a yearly rate said with its unit gives no second one
    ("La recyclerie réemploie 170 T/an.", [("170", "tonne-par-an", None)]),
])
def test_rates_found_by_the_ninth_audit(text, expected):
    from rtes_kg.extract.figures import find_quantities

    assert [(str(q.value), q.unit, q.per) for q in find_quantities(text, HERE)] == expected
