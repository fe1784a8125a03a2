"""Wrong and lost facts of the thirty-seventh round: the number in the quoted title of a programme
(the dispositif « 1 000 emplois en SIAE ») published as the action's figure; a body named after
"avec" read as the carrier of contracts that the text only gives as the setting ("heures d'insertion
réalisées dans les marchés de la Métropole, avec le facilitateur de la Maison de l'Emploi"); and
a body that one action announces by its kind ("l'association Les Écossolies") and another names
bare ("géré par les Écossolies"), lost in the second.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.nonfigures import without_titled_numbers
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
    assert sorted({(name, role) for name, _, role in mentions(sentence)[0]}) == expected


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
