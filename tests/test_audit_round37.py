"""Wrong and lost facts of the thirty-seventh round: the number in the quoted title of a programme
(the dispositif « 1 000 emplois en SIAE ») published as the action's figure; a body named after
"avec" read as the carrier of contracts that the text only gives as the setting ("heures d'insertion
réalisées dans les marchés de la Métropole, avec le facilitateur de la Maison de l'Emploi"); and
a body that one action announces by its kind ("l'association Les Écossolies") and another names
bare ("géré par les Écossolies"), lost in the second; an action's "Chiffres clés : …" line read as
the fiche's panorama, which took every action after it; "l'association Ici et Là" cut at "et" ("Là"
read as an article), which broke the list of winners after it into carriers; and the member joining a
SCIC ("a adhéré en 2019 à la SCIC X") read without its shares, as were those its pronoun subscribed
("Le Département a participé à la création de la SCIC X ; il a souscrit 500 parts"); and in a list,
the item after one run by a body ("…, le tiers-lieu X porté par l'association Y, et l'épicerie Z")
given the runner's role (Z "carried" the member's action); "la Ville leur loue 5 hectares" after a
plural name, lost support; and a local currency described in apposition before its issuer ("le Stück,
monnaie locale de l'Eurométropole, portée par l'association Le Stück") published as a body of its own.
And "Plaine Commune Promotion" published as a commune named "Commune Promotion"; and the body no
finder knew that runs the action ("lieu ressource porté par l'APES Hauts-de-France"), lost.
And a title over the bullets of its fields ("La ferme de X" then "• 3,5 ETP…", "• Budget : …") read
as a group of actions, each bullet one, the title lost; and a body that titles its action with its kind
after the colon ("Ti Ar Bed : association de jardiniers…"), lost; the association a "convention
d'objectifs" (the agreement of a grant) binds read as a partner; and "avec la Métropole du Mois de
l'ESS" published as a collectivité of that name; and "Création d'une recyclerie : 120 t détournées en
2022, 150 t en 2023" that dated the 120 t 2023 (2022 read as the creation's year).
And the foundation that gives a prize ("décerné par la Fondation X") read as the carrier; and the
body the member sold a building to ("a vendu à l'euro symbolique l'ancienne école à l'association X")
read as the carrier of its action; and "avec les communes de A et de B", B lost; and "La Ressourcerie
Provence à Aubagne et Mine de Rien à Marseille" read as one name.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.nonfigures import without_titled_numbers
from rtes_kg.parse.action_labels import action_label
from rtes_kg.parse.records import Source


def counts(sentence: str) -> list[tuple[str, str | None]]:
    return [(str(q.value), q.unit_text) for q in find_quantities(sentence, Source("f.txt", 1))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Partenariat avec Pôle emploi pour le dispositif « 1 000 emplois en SIAE ».", []),
    ('Le programme "100 jardins solidaires" a permis de créer 12 jardins.', [("12", "jardins")]),
    ("Le dispositif “10 000 arbres” a planté 3 000 arbres en 2023.", [("3000", "arbres")]),
    # a quotation is a sentence, not a title: its figures are still read
    ("L'association le dit : « Nous avons créé 12 emplois. »", [("12", "emplois")]),
])
def test_the_numbers_of_a_quoted_title_are_no_figures(sentence: str, expected: list) -> None:
    assert counts(sentence) == expected


def test_a_quoted_title_keeps_its_year_and_its_length() -> None:
    text = "Lauréats de « ESS 2023 » et du « Défi 100 jardins » : 12 structures."
    blanked = without_titled_numbers(text)
    assert len(blanked) == len(text)
    assert "ESS 2023" in blanked and "100" not in blanked and "12 structures" in blanked


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Clauses sociales : 210 000 heures d’insertion réalisées en 2022 dans les marchés de la Métropole, "
     "avec le facilitateur de la Maison de l’Emploi.", [("Maison de l’Emploi", "partenaire")]),
    # a contract the member hands over still makes the one it is passed with its carrier
    ("La Ville a passé un marché avec l'entreprise d'insertion Beta.", [("Beta", "porteur")]),
    ("Dans le cadre de ses marchés publics, la Ville travaille avec la régie de quartier Alpha.",
     [("Régie de quartier Alpha", "porteur")]),
])
def test_contracts_said_as_the_setting_make_no_carrier(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


def test_a_body_one_action_announces_is_known_in_another() -> None:
    first, second = mentions(
        "La Ville soutient l'association Les Écossolies, qui organise la Fête de l'ESS.",
        "Le Solilab accueille 80 structures. Il est géré par les Écossolies.")
    assert [(name, slug, role) for name, slug, role in first] == [
        ("Les Écossolies", "les-ecossolies", "soutenu")]
    assert second == [("Les Écossolies", "les-ecossolies", "porteur")]


def test_a_body_a_later_action_announces_is_known_in_an_earlier_one() -> None:
    first, second = mentions("Le Solilab est animé par Germinal, avec 40 résidents.",
                             "Soutien à l'incubateur Germinal depuis 2019.")
    assert first == [("Germinal", "germinal", "porteur")]
    assert second == [("Germinal", "germinal", "soutenu")]


def test_the_programme_knows_the_bodies_of_the_actions() -> None:
    text = ("Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
            "• Soutien à la SCOP Alki Bois.\n\n"
            "Programme d’intervention dans le champ de l’ESS :\n"
            "La Ville accompagne Alki Bois dans son développement.\n\n"
            "Type de collectivité\nCommune\nAdresse\n53000 Laval\n")
    fiche, = read_fiches(text, "f.txt")
    assert [(m.name, m.role) for m in fiche.mentions] == [("Alki Bois", "soutenu")]


@pytest.mark.parametrize("second", [
    # a one-word name opening a sentence is a noun there, no body
    "Partage des outils entre les habitants.",
    # lower case, or the words of a longer name, are not the name
    "Un partage des outils entre les habitants.",
    "Soutien à Partage Solidaire Mayenne.",
])
def test_a_known_name_is_found_again_only_as_a_whole_name(second: str) -> None:
    first, again = mentions("Soutien à l'association Partage.", second)
    assert first == [("Partage", "partage", "soutenu")]
    assert ("Partage", "partage", "soutenu") not in again and ("Partage", "partage", "porteur") not in again


def test_a_name_found_only_by_its_pattern_without_a_kind_is_not_found_again() -> None:
    # "Les lauréats : X" lists names without a kind word: not announced, not read again bare
    first, second = mentions("Lauréats 2023 : Tremplin Emploi, Boussole Verte.",
                             "Mise à disposition d'un local pour Tremplin Emploi.")
    assert ("Tremplin Emploi", "tremplin-emploi", "soutenu") in first
    assert second == []


def test_key_figures_under_an_action_are_the_actions() -> None:
    text = ("GRAND BESANÇON MÉTROPOLE\nEXEMPLES D'ACTIONS SOUTENUES PAR LA COLLECTIVITÉ\n"
            "Ressourcerie Trocabi\nPorteur du projet : association Trocabi\n"
            "Chiffres clés : 350 tonnes collectées en 2022, 18 salariés.\n"
            "Coopérative d'activités et d'emploi Coopilote\n"
            "La Métropole verse 20 000 € par an à la CAE, qui accompagne 90 entrepreneurs-salariés.\n"
            "TYPE DE COLLECTIVITÉ\nCommunauté urbaine\n")
    fiche, = read_fiches(text, "f.txt")
    assert fiche.panorama is None
    first, second = fiche.actions
    assert [(str(q.value), q.year) for q in first.quantities] == [("350", 2022), ("18", None)]
    assert [(m.name, m.role) for m in second.mentions] == [("Coopilote", "soutenu")]


def test_key_figures_of_the_territory_are_still_its_panorama() -> None:
    text = ("Ville de Laval\n\nChiffres clés :\n1 200 emplois dans l'ESS sur le territoire.\n\n"
            "Exemples d’actions soutenues par la collectivité :\n\n• Soutien à la SCOP Alpha Bois.\n\n"
            "Type de collectivité\nCommune\n")
    fiche, = read_fiches(text, "f.txt")
    assert fiche.panorama is not None and "1 200 emplois" in fiche.panorama.text


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Là" is no article: the name goes on through "et"
    ("Lauréats 2023 : l'association Ici et Là (4 000 €), la SCOP Les Fourmis (6 500 €).",
     [("Ici et Là", "soutenu"), ("Les Fourmis", "soutenu")]),
    ("Soutien à l'association Alpha et La Marmite.", [("Alpha", "soutenu")]),
])
def test_a_name_goes_on_through_et_la(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a adhéré en 2019 à la SCIC Bois Bocage Energie.", [("Bois Bocage Energie", "actionnaire")]),
    ("La Ville adhère depuis 2019 à la SCIC Bois Bocage Energie.", [("Bois Bocage Energie", "actionnaire")]),
    ("La Ville adhère depuis mars 2019 à la SCIC Bois Bocage Energie.", [("Bois Bocage Energie", "actionnaire")]),
    ("La Ville est adhérente de la coopérative Enercoop Bretagne.",
     [("Enercoop Bretagne", "actionnaire"), ("Enercoop Bretagne", "partenaire")]),
    # an association's members hold no shares; nor does the member when another body joins
    ("La Ville adhère à l'association Bois Bocage Energie.", [("Bois Bocage Energie", "partenaire")]),
    ("L'association Alpha a adhéré à la SCIC Bois Bocage Energie.",
     [("Alpha", "porteur"), ("Bois Bocage Energie", "partenaire")]),
])
def test_joining_a_cooperative_is_holding_its_shares(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the body that runs an item is no item: the next item takes the item's role, not the runner's
    ("La Ville soutient la SCIC Nord Nantes Mobilité, le tiers-lieu La Fabrique porté par l’association Les "
     "Ateliers du Vignoble, et l’épicerie itinérante Le Panier Voyageur.",
     [("La Fabrique", "soutenu"), ("Le Panier Voyageur", "soutenu"), ("Les Ateliers du Vignoble", "porteur"),
      ("Nord Nantes Mobilité", "soutenu")]),
    # two bodies that run it together both carry it
    ("Le tiers-lieu est porté par l'association Alpha et la SCOP Beta.", [("Alpha", "porteur"), ("Beta", "porteur")]),
])
def test_an_item_after_the_runner_of_the_item_before_takes_that_items_role(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


DEPARTEMENT = {"member": "Conseil départemental de la Loire-Atlantique", "kind": "Conseil départemental",
               "address": "3 quai Ceineray\n44041 Nantes Cedex 1"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département a participé à la création de la SCIC Terres de Loire, aux côtés de Terre de Liens ; "
     "il a souscrit 500 parts sociales de 100 €.",
     [("Terre de Liens", "partenaire"), ("Terres de Loire", "actionnaire"), ("Terres de Loire", "cree")]),
    # "elle" is the SCIC's pronoun, not the Département's: no shares of the member's said
    ("Le Département soutient la SCIC Terres de Loire ; elle a souscrit 500 parts sociales de 100 €.",
     [("Terres de Loire", "soutenu")]),
])
def test_the_members_pronoun_subscribes_its_shares(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence, **DEPARTEMENT) == expected


def test_another_bodys_pronoun_subscribes_no_shares_of_the_members() -> None:
    found = mentions("L'association Gamma a créé la SCIC Alpha Bois ; elle a souscrit 500 parts sociales.")[0]
    assert ("Alpha Bois", "alpha-bois", "actionnaire") not in found and ("Gamma", "gamma", "porteur") in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les Jardins de la Montagne Verte, chantier d’insertion maraîcher, emploient 40 salariés ; la Ville leur "
     "loue 5 hectares de terres.", [("Les Jardins de la Montagne Verte", "soutenu")]),
    ("La Ville soutient les associations Alpha et Beta Vélo et leur verse 10 000 €.",
     [("Alpha", "soutenu"), ("Beta Vélo", "soutenu")]),
])
def test_leur_points_back_at_the_structures_the_member_gives_to(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the currency's kind in apposition, then its issuer: the issuer alone is a body
    ("La Ville a soutenu le lancement du Stück, monnaie locale de l’Eurométropole, portée par l’association Le Stück.",
     [("Le Stück", "porteur"), ("Le Stück", "soutenu")]),
    ("Soutien au Galet, monnaie locale du Pays basque.", [("Galet", "soutenu")]),
])
def test_a_currency_described_then_issued_is_its_issuers(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Commune" inside a longer name is no commune's kind word
    # (and the name after "Soutien à", of two capitalised words, is a body the member supports: round 56)
    ("Soutien à Plaine Commune Promotion et à la couveuse Grands Ensemble.",
     [("Grands Ensemble", "soutenu"), ("Plaine Commune Promotion", "soutenu")]),
    ("Soutien de la Commune de Saint-Ouen à l'association Beta Vélo.", [("Commune de Saint-Ouen", "partenaire")]),
])
def test_commune_inside_a_name_opens_no_communes_name(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Depuis 2018, la Ville soutient La Maison de l’ESS, lieu ressource porté par l’APES Hauts-de-France.",
     [("APES Hauts-de-France", "porteur"), ("La Maison de l’ESS", "soutenu")]),
    ("Le lieu est animé par l'ADESS Cornouaille.", [("ADESS Cornouaille", "porteur")]),
    ("Le jardin est géré par Terre Ferme Solidaire.", [("Terre Ferme Solidaire", "porteur")]),
    # a person, an acronym of no body, a kind word's name: none of this finder's
    ("L'atelier est animé par Marie Durand, conseillère.", []),
    ("Le projet est porté par l'ESS du territoire.", []),
    ("Le restaurant est géré par la SCOP Les Toqués Solidaires.", [("Les Toqués Solidaires", "porteur")]),
    # several agents listed
    ("Fonds d'investissement solidaire géré par Alsace Active, Lorraine Active et Champagne-Ardenne Active.",
     [("France Active Alsace", "porteur"), ("France Active Champagne-Ardenne", "porteur"),  # listed (round 41)
      ("France Active Lorraine", "porteur")]),
    ("Le lieu est animé par l'ADESS Cornouaille et Marie Durand.", [("ADESS Cornouaille", "porteur")]),
])
def test_the_agent_of_a_participle_of_running_is_a_body(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


TITLED = ("Communauté de communes du Val d'Ille-Aubigné\n\nExemples d'actions soutenues par la collectivité :\n\n"
          "{actions}\nType de collectivité\nCommunauté de communes\n")


def test_a_title_over_the_bullets_of_its_fields_is_one_action() -> None:
    fiche, = read_fiches(TITLED.format(actions=(
        "Le pôle ESS du Pays de Rennes\n"
        "  • Partenaires : Rennes Métropole, Liffré-Cormier Communauté\n"
        "  • Porteur : association Réseau des Pôles ESS de Bretagne\n"
        "  • Budget : 60 000 € sur 3 ans\n\n"
        "La ferme de la Marionnais\n"
        "  • Espace test agricole géré par la coopérative Les Champs Communs\n"
        "  • 3,5 ETP, 6 porteurs de projets testés depuis 2019\n")), "f.txt")
    assert [action_label(action.text) for action in fiche.actions] == [
        "Le pôle ESS du Pays de Rennes", "La ferme de la Marionnais"]
    first, second = fiche.actions
    assert sorted((m.name, m.role) for m in first.mentions) == [
        ("Liffré-Cormier Communauté", "partenaire"), ("Rennes Métropole", "partenaire"),
        ("Réseau des Pôles ESS de Bretagne", "porteur")]
    assert [str(q.value) for q in second.quantities] == ["3.5", "6"]


@pytest.mark.parametrize("actions", [
    # a theme over actions of its own
    "Alimentation\n  • 2 000 repas servis par l'épicerie Le Panier\n  • Soutien à la SCIC Terres Vives\n",
    # a title with a name, over actions (no field, no figure first)
    "Soutien aux SIAE\n  • La recyclerie Alpha : 20 salariés\n  • L'atelier Beta Vélo : 12 salariés\n",
])
def test_a_group_of_actions_keeps_an_action_per_bullet(actions: str) -> None:
    fiche, = read_fiches(TITLED.format(actions=actions), "f.txt")
    assert len(fiche.actions) == 2


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ti Ar Bed : association de jardiniers qui anime le jardin.", [("Ti Ar Bed", "porteur")]),
    ("**Les Fabriques du Ponant** : association qui anime un fablab, soutenue par la Ville.",
     [("Les Fabriques du Ponant", "soutenu")]),
    # a label before its colon is no name
    ("Partenaires : association Alpha Bois, SCOP Beta Vélo.",
     [("Alpha Bois", "partenaire"), ("Beta Vélo", "partenaire")]),
])
def test_a_title_then_its_kind_after_a_colon_names_a_body(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a signé en 2022 une convention d'objectifs avec l'association Humanis.", [("Humanis", "soutenu")]),
    ("Convention pluriannuelle d'objectifs avec l'association Alpha Bois.", [("Alpha Bois", "soutenu")]),
    ("La Ville a signé une CPO avec la SCOP Beta Vélo.", [("Beta Vélo", "soutenu")]),
    # any other agreement may be a partnership
    ("Convention avec l'association Alpha Bois.", [("Alpha Bois", "partenaire")]),
])
def test_a_convention_d_objectifs_frames_a_grant(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Co-organisation avec la Métropole du Mois de l'ESS : 45 événements en novembre 2023.", []),
    ("Avec la Métropole du Grand Nancy, la Ville soutient la SCOP Alpha Bois.",
     [("Alpha Bois", "soutenu"), ("Métropole du Grand Nancy", "partenaire")]),
])
def test_an_event_after_a_collectivites_word_is_no_place_of_its_name(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the event that titles the action ends at its colon: the years after it date the figures
    ("Création d'une recyclerie intercommunale : 120 t détournées en 2022, 150 t en 2023, avec 6 salariés.",
     [("120", 2022), ("150", 2023), ("6", None)]),
    ("Création de la recyclerie en 2021 : 120 t détournées, 6 salariés.", [("120", None), ("6", None)]),
    ("Création d'une épicerie : ouverture en 2021, 300 familles accueillies.", [("300", None)]),
])
def test_an_event_in_a_title_dates_nothing_past_its_colon(sentence: str, expected: list) -> None:
    assert [(str(q.value), q.year) for q in find_quantities(sentence, Source("f.txt", 1))] == expected


def test_the_giver_of_a_prize_is_a_partner() -> None:
    assert in_the_fiche("La Ville soutient l'entreprise d'insertion Récup'R, lauréate du Prix de l'ESS 2023 décerné "
                        "par la Fondation Crédit Coopératif.") == [("Fondation Crédit Coopératif", "partenaire"),
                                                                    ("Récup'R", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a vendu à l'euro symbolique l'ancienne école Jules-Ferry à l'association Terre de Liens Limousin, "
     "qui y a installé une boutique paysanne.", [("Terre de Liens Limousin", "soutenu")]),
    ("La Ville a vendu un terrain à la SCIC Alpha Bois.", [("Alpha Bois", "soutenu")]),
    # another body's sale is none of the member's means
    ("L'association Alpha Bois a vendu 300 paniers à l'épicerie Beta Vélo.", [("Alpha Bois", "partenaire")]),
])
def test_the_members_sale_is_its_means_given(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


HAUT_JURA = {"member": "Communauté de communes du Haut-Jura Saint-Claude", "kind": "Communauté de communes",
             "address": "39200 Saint-Claude"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Partenariat avec les communes de Septmoncel et de Longchaumois pour l'accueil de chantiers.",
     [("Commune de Longchaumois", "partenaire"), ("Commune de Septmoncel", "partenaire")]),
    ("Partenariat avec les communes de Septmoncel, de Bellecombe et de Longchaumois.",
     [("Commune de Bellecombe", "partenaire"), ("Commune de Longchaumois", "partenaire"),
      ("Commune de Septmoncel", "partenaire")]),
    # places, no bodies: no role word before the first
    ("Des ateliers dans les communes de Septmoncel et de Longchaumois.", []),
])
def test_the_communes_listed_after_the_first_take_its_role(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence, **HAUT_JURA) == expected


def test_a_name_that_ends_on_its_commune_ends_before_et() -> None:
    assert in_the_fiche("La Métropole a financé la création de 5 ressourceries, dont La Ressourcerie Provence à "
                        "Aubagne et Mine de Rien à Marseille.", member="Métropole Aix-Marseille-Provence",
                        kind="Métropole", address="13007 Marseille") == [
        ("La Ressourcerie Provence", "cree"), ("Mine de Rien", "cree")]
    assert in_the_fiche("Soutien à l'association Bois et Forêts.") == [("Bois et Forêts", "soutenu")]
