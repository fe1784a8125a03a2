"""Wrong and lost facts of the thirty-eighth round: the quoted title of a prize ("a reçu le prix
« Initiative ESS » de la Fondation X") published as a chapter of Initiative France that the member
supported; the bodies a fund invested in ("a investi 2 M€ dans la SCIC X") read as the action's
carriers; the body that ran an activity before ("ancienne activité du CCAS de Bayonne") read as a
partner, and "anciennement gérée par A, est portée par B" that took B's carrying away with A's;
the bodies on whose board the member sits ("La Ville est administratrice de la SCIC X") read as
carriers; the contractor the member awards a contract ("a attribué à X le marché de…") read as
supported; and "la transformation de l'association X en SCIC" that named a body "X en SCIC".
Lost: "30 km de haies" (no unit of length), the body running an action named by one word ("porté
par Ronalpia"), an acronym with its région after "avec" ("avec l'APES Hauts-de-France"), and a name
in apposition to "société coopérative".
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import RDF, SKOS, Graph, URIRef

from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.cli import main
from rtes_kg.extract.concepts import concepts_graph
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.parse.action_state import action_state
from rtes_kg.parse.records import Source
from rtes_kg.vocab import RTES


def measured(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(str(q.value), q.unit, q.counted) for q in find_quantities(sentence, Source("f.txt", 1))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Les Jardins de Mormal a reçu en 2022 le prix « Initiative ESS » de la Fondation "
     "Crédit Coopératif.", [("Fondation Crédit Coopératif", "partenaire")]),  # (another's prize: round 13)
    ("L'association Les Jardins de Mormal a reçu le trophée « Initiative Verte ».",
     [("Les Jardins de Mormal", "soutenu")]),
    # a quoted name of its own, after no word of a scheme, is still a chapter
    ("La Ville soutient « Initiative Gers ».", [("Initiative Gers", "soutenu")]),
])
def test_the_quoted_title_of_a_prize_names_no_body(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Breizh Up, le fonds d’investissement régional, a investi 2 M€ dans des entreprises de l’ESS, dont la "
     "SCIC Enercoop Bretagne.", [("Enercoop Bretagne", "soutenu")]),
    # (another body's investment: no support of the member's, as "France Active finance X" says none; round 56)
    ("France Active a investi 50 000 € dans l'entreprise d'insertion Envie Rennes.", [("France Active", "partenaire")]),
    # what a body invests in that is no body leaves it the carrier
    ("La SCOP Envie investit 30 000 € dans ses ateliers.", [("Envie", "porteur")]),
])
def test_a_body_invested_in_is_supported(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le chantier d'insertion Atelier Lanetik, ancienne activité du Centre communal d'action sociale de "
     "Bayonne, est aujourd'hui porté par l'association Ametza.", [("Ametza", "porteur")]),
    ("La recyclerie, anciennement gérée par l'association Envie, est portée par la SCOP Recyclo.",
     [("Recyclo", "porteur")]),
    ("La recyclerie, anciennement gérée par Envie Gironde, est portée par la SCOP Recyclo.",
     [("Recyclo", "porteur")]),
    # what was said of the past stays the past's
    ("Initialement, la recyclerie était gérée par l'association Envie.", []),
])
def test_the_body_that_ran_it_before_takes_no_part(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville est administratrice de la SCIC Habitat et Humanisme Rhône et siège au conseil "
     "d'administration de l'association Le Mas.",
     [("Habitat et Humanisme Rhône", "partenaire"), ("Le Mas", "partenaire")]),
    ("La Ville siège au CA de l'association Le Mas.", [("Le Mas", "partenaire")]),
])
def test_a_seat_on_a_board_is_no_carrying(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a attribué à l'entreprise adaptée Les Ateliers Bisontins le marché d'entretien des espaces "
     "verts de 12 écoles.", [("Les Ateliers Bisontins", "porteur")]),
    ("La Ville a attribué à la SCOP Les Amis la délégation de service public du camping.",
     [("Les Amis", "porteur")]),
    ("Le marché a été attribué à la SCOP Les Amis.", [("Les Amis", "porteur")]),
    # a grant awarded is support, a market where people buy no contract
    ("La Ville a attribué à la SCOP Les Amis une subvention de 5 000 €.", [("Les Amis", "soutenu")]),
    ("La Ville a attribué à l'association Les Amis un local au marché de Noël.", [("Les Amis", "soutenu")]),
])
def test_the_holder_of_a_contract_the_member_awards_carries_it(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La CUA a accompagné la transformation de l'association Terre d'Opale en SCIC en 2022.",
     [("Terre d'Opale", "soutenu")]),
    ("La Ville a soutenu la transformation de l'association Les Amis en SCOP.", [("Les Amis", "soutenu")]),
    ("La Ville soutient l'association Jardins en Ville.", [("Jardins en Ville", "soutenu")]),
])
def test_a_name_ends_before_what_the_body_became(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département a confié à la SCOP Arbre et Paysage 32 la plantation de 30 km de haies par an.",
     [("30", "kilometre", "longueur")]),
    ("Elle entretient 12 kilomètres de sentiers et 3 km de berges.",
     [("12", "kilometre", "longueur"), ("3", "kilometre", "longueur")]),
    # a distance is no figure
    ("Le chantier, situé à 15 km de Rennes, emploie 12 salariés.", [("12", "nombre", "salaries")]),
    ("Le site est à moins de 5 km de la gare.", []),
    ("La ressourcerie collecte sur 40 km de rayon.", []),
    ("Les 30 km de Rennes.", []),
])
def test_a_length_of_something_is_a_figure_a_distance_none(sentence: str, expected: list) -> None:
    assert measured(sentence) == expected


def test_the_unit_of_length_and_what_it_counts_are_concepts() -> None:
    concepts = concepts_graph()
    skos = "http://www.w3.org/2004/02/skos/core#"
    for concept, scheme in (("unite/kilometre", "unite"), ("objet-compte/longueur", "objet-compte")):
        iri = URIRef(f"https://w3id.org/rtes/concept/{concept}")
        assert (iri, URIRef(skos + "inScheme"), URIRef(f"https://w3id.org/rtes/concept/{scheme}")) in concepts
        assert (URIRef(f"https://w3id.org/rtes/concept/{scheme}"), URIRef(skos + "hasTopConcept"), iri) in concepts


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Booster de l'ESS : incubateur porté par Ronalpia, il a accompagné 15 entrepreneurs sociaux.",
     [("Ronalpia", "porteur")]),
    ("Le jardin est géré par Ecossolies et Ronalpia.", [("Ecossolies", "porteur"), ("Ronalpia", "porteur")]),
    # a person, a place, a name after an article: none of them
    ("L'atelier est animé par Julie, salariée de la Ville.", []),
    ("Le projet est porté par Villeurbanne.", []),
    ("Le festival est organisé par Bretagne.", []),
    ("Le jardin est géré par Ronalpia et Julie.", [("Ronalpia", "porteur")]),
])
def test_one_word_after_a_participle_of_running_names_its_runner(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mois de l'ESS : organisé avec l'APES Hauts-de-France, il a rassemblé 80 événements.",
     [("APES Hauts-de-France", "partenaire")]),
    ("Avec l'URIOPSS Bretagne, la Ville soutient l'association Les Amis.",
     [("Les Amis", "soutenu"), ("URIOPSS Bretagne", "partenaire")]),
    # an acronym alone may name a scheme or a service
    ("La Ville travaille avec le SIAO.", []),
])
def test_an_acronym_with_its_region_after_avec_is_a_partner(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient Herrikoa, société coopérative créée en 1980.", [("Herrikoa", "soutenu")]),
    ("La Ville soutient la société coopérative de production Les Ateliers.", [("Les Ateliers", "soutenu")]),
])
def test_societe_cooperative_announces_a_name(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


SHEET = ("Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
         "Atelier vélo solidaire\nPorteur : association La Clé des Champs\n{fields}\n\n"
         "Recyclerie des Combes\nLa recyclerie a détourné 420 tonnes.\n\n"
         "Type de collectivité\nCommune\nBudget ESS\n50 000 €\n")


@pytest.mark.parametrize("fields", [
    "Partenaires : Département de la Mayenne, Fondation Macif\nChiffres : 350 vélos réparés en 2023\n"
    "Soutien de la Ville : 12 k€ et un local",
    "Budget : 12 000 €\nChiffres clés : 350 vélos réparés en 2023",
])
def test_the_fields_of_an_actions_sheet_stay_the_actions(fields: str) -> None:
    """"Chiffres :" under "Porteur :" opened an action of its own, "Budget : 12 000 €" the fiche's
    budget (and the fiche's own "Budget ESS" heading then a second fiche, with no title)."""
    fiche, = read_fiches(SHEET.format(fields=fields), "f.txt")
    first, second = fiche.actions
    assert first.text.startswith("Atelier vélo solidaire") and "350 vélos" in first.text
    assert second.text.startswith("Recyclerie des Combes")
    assert [str(q.value) for q in first.quantities] == ["350"] and first.quantities[0].year == 2023
    assert fiche.budget is not None and "50 000 €" in fiche.budget.text


def test_the_member_holding_a_share_of_the_capital_of_the_company_named_before() -> None:
    assert in_the_fiche("La Ville a impulsé la création de la SCIC Mine de Soleil, qui exploite 4 centrales "
                        "photovoltaïques. La Ville détient 10 % du capital.") == [
        ("Mine de Soleil", "actionnaire"), ("Mine de Soleil", "cree")]
    # another body's share is not the member's
    assert in_the_fiche("La SCIC Mine de Soleil exploite 4 centrales. La Région détient 10 % du capital.") == [
        ("Mine de Soleil", "porteur"), ("Région Pays de la Loire", "partenaire")]


def test_the_partner_named_after_dont_is_a_partner() -> None:
    assert in_the_fiche("La Ville soutient l'incubateur Rev3, dont la Région Hauts-de-France est partenaire.") == [
        ("Rev3", "soutenu"), ("Région Hauts-de-France", "partenaire")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Les Amis de la Terre Finistère et le collectif Zéro Déchet Quimper ont été associés à "
     "l'élaboration du plan départemental.",
     [("Les Amis de la Terre Finistère", "partenaire"), ("Zéro Déchet Quimper", "partenaire")]),
    ("L'association Les Amis de la Terre participe au comité de pilotage.", [("Les Amis de la Terre", "partenaire")]),
    # what a body runs stays its own
    ("L'association Les Amis de la Terre anime le comité de pilotage.", [("Les Amis de la Terre", "porteur")]),
])
def test_bodies_associated_with_the_members_work_are_partners(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("En partenariat avec l'ADESS Pays de Brest et l'ADESS Cornouaille, la Ville organise les Trophées de l'ESS.",
     [("ADESS Cornouaille", "partenaire"), ("ADESS Pays de Brest", "partenaire")]),
    # a plan of a territory is no body
    ("La Ville travaille avec le SCOT Pays de Brest.", []),
])
def test_acronyms_with_their_territory_listed_after_avec(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("title", "name"), [
    ("COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND NARBONNE", "Communauté d'agglomération du Grand Narbonne"),
    ("COMMUNAUTÉ DE COMMUNES DU PAYS DE LUNEL", "Communauté de communes du Pays de Lunel"),
    ("VALENCIENNES MÉTROPOLE", "Valenciennes Métropole"),
    ("CA DU GRAND CHALON", "CA du Grand Chalon"),
])
def test_a_title_in_capitals_keeps_its_kinds_words_in_lower_case(title: str, name: str) -> None:
    fiche, = read_fiches(f"{title}\n\nTYPE DE COLLECTIVITÉ\nCommunauté d'agglomération\n", "f.txt")
    assert fiche.name is not None and fiche.name.text == name


@pytest.mark.parametrize(("sentence", "expected"), [
    # the foundation, not the company whose name it bears
    ("La Ville et la Fondation d'entreprise Macif soutiennent l'association Alpha.",
     [("Alpha", "soutenu"), ("Fondation Macif", "partenaire")]),
    # (the foundation's gift, no role of the member's for Alpha, as "… Kiabi soutient" says: round 55)
    ("La Fondation d'entreprise Macif a apporté 20 000 € en mécénat à l'association Alpha.",
     [("Fondation Macif", "partenaire")]),
    ("La Fondation d'entreprise Kiabi soutient l'association Alpha.", [("Fondation Kiabi", "partenaire")]),
    # a social landlord is a body, its gift its own
    ("Le bailleur social Habitat 44 met à disposition un local à l'association Alpha.",
     [("Habitat 44", "partenaire")]),
    ("La Ville et le bailleur social Habitat 44 mettent à disposition un local à l'association Alpha.",
     [("Alpha", "soutenu"), ("Habitat 44", "partenaire")]),
])
def test_corporate_foundations_and_social_landlords_are_bodies_of_their_own(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an aside that holds a measure or a share is read through, as an amount is
    ("Mise à disposition de locaux (1 100 m²) pour le Secours Catholique et les Restos du Cœur.",
     [("Les Restos du Cœur", "soutenu"), ("Secours Catholique", "soutenu")]),
    # a study given to a body is its work ("à l'étude" only plans)
    ("L'étude de faisabilité a été confiée à l'URSCOP Île-de-France.", [("URSCOP Île-de-France", "porteur")]),
    ("Un projet de monnaie locale est à l'étude avec la CRESS des Îles de Guadeloupe.", []),
    # the holders of lots the member awards, listed after "dont"
    ("La Ville a attribué 14 lots à des SIAE, dont la SCOP Alpha.", [("Alpha", "porteur")]),
])
def test_asides_studies_and_lots(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("text", "state"), [
    ("Perspective : développement de collectes événementielles des textiles.", "en-projet"),
    ("Le projet de ressourcerie, porté par l'association Recyclab, est en cours d'étude ; son ouverture est "
     "prévue en 2025.", "en-projet"),
    ("Recyclerie des Combes\nLe projet est à l'étude avec la CRESS.", "en-projet"),
    ("Le Département n’a pas reconduit en 2024 son soutien à la plateforme X, reprise par Pôle emploi.", "terminee"),
    ("Le Grand Narbonne a mis fin en 2021 à son partenariat avec l'association Terre Vivante.", "terminee"),
    ("2. 2021 : la Ville ne finance plus l'association X, qui a trouvé d'autres financements.", "terminee"),
    ("Le festival a pris fin en 2022.", "terminee"),
    # under way: what ended is another thing, or goes on in another form, or comes after the opening
    ("Le dispositif X, qui a pris fin en 2020, a été remplacé par Y.", None),
    ("Le dispositif X a pris fin en 2020, remplacé par Y.", None),
    ("La Ville soutient l'association X, qui ne finance plus Y.", None),
    ("La Ville soutient X depuis 2015. Un nouveau local est à l'étude.", None),
    ("La Ville finance la SCIC X.", None),
])
def test_the_state_of_an_action_its_opening_tells(text: str, state: str | None) -> None:
    assert action_state(text) == state


def test_a_planned_action_is_published_with_its_state() -> None:
    """"Perspective : …" and "n'a pas reconduit son soutien" were published as supported today."""
    text = ("Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
            "• Perspective : création d'une légumerie.\n"
            "• La Ville n'a pas reconduit en 2024 son soutien au festival Alpha.\n"
            "• La Ville finance la SCIC Beta.\n\nType de collectivité\nCommune\n")
    graph = Graph().parse(data=CliRunner().invoke(main, ["convert", "-", "--format", "nt"], input=text).stdout,
                          format="nt")
    states = {str(graph.value(action, SKOS.prefLabel)): graph.value(action, RTES.etatAction)
              for action in graph.subjects(RDF.type, RTES.ActionESS)}
    concept = "https://w3id.org/rtes/concept/etat-action/"
    assert states == {"Perspective : création d'une légumerie": URIRef(concept + "en-projet"),
                      "La Ville n'a pas reconduit en 2024 son soutien au festival Alpha": URIRef(concept + "terminee"),
                      "La Ville finance la SCIC Beta": None}
    assert (URIRef(concept + "terminee"), SKOS.inScheme, URIRef(concept.rstrip("/"))) in concepts_graph()


@pytest.mark.parametrize(("sentence", "expected"), [
    # a post the member pays for in a body is its support of that body, a network too
    ("La Ville finance un poste de chargé de mission ESS à la CRESS des Pays de la Loire.",
     [("CRESS Pays de la Loire", "soutenu")]),
    ("Un poste de coordinateur, financé par la CAF, est porté par l'association Alpha.",
     [("Alpha", "porteur"), ("CAF", "partenaire")]),
])
def test_a_post_the_member_funds_in_a_body(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a kind that its place names, then "de"/"du" and the quarter or commune: one name
    ("Le fonds est géré par la Maison de quartier de Wazemmes.", [("Maison de quartier de Wazemmes", "porteur")]),
    ("Le marché de Noël est organisé par le centre social du Courghain.", [("Centre social du Courghain", "porteur")]),
    ("Lauréats : la régie de quartier de Stains et l'association Rejoué.",
     [("Rejoué", "soutenu"), ("Régie de quartier de Stains", "soutenu")]),
    # a collectivité's word is no quarter
    ("La Ville soutient la régie de quartier de la Ville.", []),
])
def test_a_centre_social_or_regie_named_by_its_quarter_after_de(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a company's status announces its name, a company
    ("Participation au capital de la SAS Enargia (fournisseur d’électricité renouvelable) à hauteur de 50 000 €.",
     [("Enargia", "actionnaire")]),
    # after or before an ESS kind, the status is the kind's: its finder names the body
    ("La Ville soutient la SCIC SAS Les Amis.", [("Les Amis", "soutenu")]),
    ("La Ville soutient la SAS SCIC Les Amis.", [("Les Amis", "soutenu")]),
    # "sa" is a possessive, "un sas" no status
    ("L'association Alpha a ouvert sa Boutique Solidaire.", [("Alpha", "porteur")]),
])
def test_a_companys_status_announces_its_name(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


def test_a_label_lists_a_name_ending_on_its_departements_number() -> None:
    assert in_the_fiche("Partenaires : Pôle emploi, Inser’Eco 44.") == [
        ("France Travail", "partenaire"), ("Inser’Eco 44", "partenaire")]
