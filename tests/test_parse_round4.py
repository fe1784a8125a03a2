"""Parse round 4: fiches the parser had never seen. The texts are written for the tests (fictitious
small structures, real public bodies), not taken from any fiche."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from parse_helpers import issue_types, one
from rtes_kg.cli import main
from rtes_kg.parse.action_labels import action_label
from rtes_kg.parse.document import parse_text
from rtes_kg.project import shapes_dir

HEAD = "Ville de Brézolles\nType de collectivité : Commune\nNombre d'habitants : 3 412\n"
TAIL = "\nAdresse : 1 place de la Halle, 28270 Brézolles\nContact public : Maire : Jean Roy\n"
FIRST = "La Ville soutient l'atelier vélo La Roue, qui répare 400 vélos par an."
SECOND = "La Ville a créé l'épicerie solidaire La Brouette avec le CCAS."


# ---------------------------------------------------------------- a heading's words between two action paragraphs


@pytest.mark.parametrize("detail", [
    "Contact : Marie Dupont", "Contact : Marie Dupont, présidente de l'association", "Contact public : Marie Dupont",
    "Contact : Mme Marie Dupont – 02 37 48 00 00", "Adresse : 12 rue du Port, 29000 Quimper",
    "Population : 300 bénéficiaires",
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # single-newline and blank-line layouts
def test_a_heading_word_between_two_action_paragraphs_is_a_detail_of_the_action_above(detail, gap):
    found = one(f"{HEAD}\nExemples d'actions :\n\n{FIRST}{gap}{detail}{gap}{SECOND}\n{TAIL}")
    # was: a contact "Marie Dupont" whose title was the second action, and a second untitled fiche
    assert [(c.role, c.person) for c in found.contacts] == [("Maire", "Jean Roy")]
    assert found.address is not None and found.address.post_code == "28270"
    assert found.population is not None and found.population.value == 3412
    assert [action.text for action in found.actions] == [f"{FIRST}\n{detail}", SECOND]
    assert "titre-absent" not in issue_types(found)


def test_a_heading_word_between_titled_actions_is_a_detail_of_the_action_above():
    found = one(f"{HEAD}\nExemples d'actions\nAtelier vélo La Roue\nLa Ville soutient l'atelier, qui répare 400 vélos."
                "\nContact : Marie Dupont, présidente\nÉpicerie La Brouette\nLa Ville a créé l'épicerie avec le CCAS.\n"
                + TAIL)
    assert [(c.role, c.person) for c in found.contacts] == [("Maire", "Jean Roy")]
    assert [action.text.split("\n")[0] for action in found.actions] == ["Atelier vélo La Roue", "Épicerie La Brouette"]
    assert "Contact : Marie Dupont, présidente" in found.actions[0].text


@pytest.mark.parametrize("after", [
    "Adresse : 1 place de la Halle, 28270 Brézolles\n",  # another heading
    "Élue référente : Anne Le Gall, adjointe\n",  # another contact
    "Ville de Dreux\nType de collectivité : Commune\n",  # the next fiche
    "",  # the end of the file
    "Marie Dupont anime le réseau des épiceries solidaires depuis 2019.\n",  # a sentence about the contact
])
def test_a_contact_heading_after_the_actions_is_still_the_fiches_contact(after):
    fiches = parse_text(f"{HEAD}\nExemples d'actions :\n{FIRST}\n\nContact : Marie Dupont\n{after}", "f.txt")
    assert ("Contact", "Marie Dupont") in [(c.role, c.person) for c in fiches[0].contacts]
    assert [action.text for action in fiches[0].actions] == [FIRST]


# ---------------------------------------------------------------- a detail line of a bulleted action


@pytest.mark.parametrize("detail", ["  Ouvert le samedi matin", "Ouvert le samedi matin", "\tGéré par des bénévoles"])
def test_a_short_line_under_a_bullet_is_its_detail_not_a_group_heading(detail):
    found = one(f"{HEAD}\nExemples d'actions :\n- Atelier vélo La Roue\n{detail}\n- Épicerie La Brouette\n{TAIL}")
    # was: read as the heading of a group of actions, and dropped without a word
    assert [action.text for action in found.actions] == [
        f"Atelier vélo La Roue\n{detail.strip()}", "Épicerie La Brouette"]
    assert "ligne-d-action-ignoree" not in issue_types(found) and "theme-d-actions" not in issue_types(found)


def test_a_group_heading_of_the_actions_is_reported_as_a_theme_not_lost_silently():
    found = one(f"{HEAD}\nExemples d'actions :\n1. Alimentation\n- Épicerie La Brouette\n- Jardin des Trois Chênes\n"
                f"2. Mobilité\n- Atelier vélo La Roue\n{TAIL}")
    assert [action.text for action in found.actions] == [
        "Épicerie La Brouette", "Jardin des Trois Chênes", "Atelier vélo La Roue"]
    themes = [(found_issue.source.line, found_issue.severity) for found_issue in found.issues
              if found_issue.type == "theme-d-actions"]
    assert themes == [(6, "info"), (9, "info")]
    (theme, _) = [i for i in found.issues if i.type == "theme-d-actions"]
    assert "« 1. Alimentation »" in theme.message_fr and "n'est pas publié" in theme.message_fr


def test_an_introduction_before_the_first_action_is_not_reported():
    found = one(f"{HEAD}\nExemples d'actions :\nParmi les actions menées en 2024 :\n- Atelier vélo La Roue\n{TAIL}")
    assert [action.text for action in found.actions] == ["Atelier vélo La Roue"]
    assert issue_types(found) == []


# ---------------------------------------------------------------- a file cut inside a word


@pytest.mark.parametrize("end", ["de l'économie solid", "de l'économi", "du développ",
                                 "l'insertion par l'activité écono", "des coopérat", "vers la transit"])
def test_a_file_cut_inside_a_word_the_fiche_writes_nowhere_else_is_reported(end):
    found = one(f"{HEAD}\nExemples d'actions :\nLa Ville soutient les acteurs {end}")
    # was: no finding, "solid" being written nowhere else in the file
    assert "fiche-coupee" in issue_types(found)
    (cut,) = [i for i in found.issues if i.type == "fiche-coupee"]
    assert cut.source.line == 6 and "au milieu d'un mot" in cut.message_fr


@pytest.mark.parametrize("end", ["de l'économie solidaire", "de l'économie sociale", "de la région", "du territoire",
                                 "des associations", "dans le port", "à la ferme", "de la métropole"])
def test_a_file_ending_on_a_whole_word_is_not_called_cut(end):
    found = one(f"{HEAD}\nExemples d'actions :\nLa Ville soutient les acteurs {end}")
    assert "fiche-coupee" not in issue_types(found)


# ---------------------------------------------------------------- the format of a date, not a date to copy


@pytest.mark.parametrize(("line", "slug"), [
    ("Dernière mise à jour : mars 2024", "date-sans-jour"), ("Dernière mise à jour : bientôt", "date-illisible"),
    ("Dernière mise à jour : 31/02/2024", "date-impossible"),
])
def test_a_date_message_shows_the_format_not_a_date_to_copy(line, slug):
    found = one(f"Ville de Brézolles\n{line}\nType de collectivité : Commune\n")
    (reported,) = found.issues
    assert reported.type == slug
    assert "JJ/MM/AAAA" in reported.message_fr and "DD/MM/YYYY" in reported.message_en
    assert "16/09/2025" not in reported.message_fr + reported.message_en  # a date a contributor copied as it was


def test_the_shapes_ask_for_the_format_of_the_update_date_not_a_date_to_copy():
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(shapes_dir().glob("*.ttl")))
    assert "16/09/2025" not in text and "Dernière mise à jour : JJ/MM/AAAA" in text


# ---------------------------------------------------------------- found on new whole fiches


def test_a_contact_heading_after_the_actions_followed_by_its_phone_is_still_the_fiches_contact():
    found = one(f"{HEAD}\nExemples d'actions :\n{FIRST}\n{SECOND}\nContact : Claire Fontaine, chargée de mission ESS\n"
                "Tél. : 02 47 23 47 44\nAdresse : 9 bis rue d'Amboise, 37530 Nazelles-Négron\n")
    assert [(c.role, c.person) for c in found.contacts] == [("Contact", "Claire Fontaine")]
    assert [action.text for action in found.actions] == [FIRST, SECOND]


def test_the_end_of_a_cut_file_is_quoted_without_a_leading_space():
    found = one(f"{HEAD}\nExemples d'actions :\nLa Ville soutient la SCOP Les Gantiers Réunis et les acteurs "
                "de l'économie solid")
    (cut,) = [i for i in found.issues if i.type == "fiche-coupee"]
    assert "«  " not in cut.message_fr and "« SCOP Les Gantiers" in cut.message_fr  # was "«  SCOP…"


@pytest.mark.parametrize("words", ["Contact public", "Contact", "Adresse"])
def test_a_sentence_of_the_actions_after_a_heading_word_is_an_action(words):
    sentence = "La Ville met à disposition un local à l'association Le Passe Jardins."
    found = one(f"{HEAD}\nExemples d'actions :\n{FIRST}\n{words} : {sentence}\n{TAIL}")
    # was: a contact (or address) whose service was that sentence, the fiche's own contact an untitled fiche
    assert [(c.role, c.person) for c in found.contacts] == [("Maire", "Jean Roy")]
    assert found.address is not None and found.address.post_code == "28270"
    assert [action.text for action in found.actions] == [FIRST, f"{words} : {sentence}"]
    assert action_label(found.actions[1].text) == sentence.rstrip(".")


@pytest.mark.parametrize("value", ["Anne Le Gall, adjointe chargée de l'économie sociale et solidaire.",
                                   "Mme Anne Le Gall, adjointe chargée de l'économie sociale et solidaire."])
def test_a_contact_written_as_a_sentence_after_the_actions_is_still_a_contact(value):
    found = one(f"{HEAD}\nExemples d'actions :\n{FIRST}\nContact public : {value}\n")
    assert [c.person for c in found.contacts] == ["Anne Le Gall"]


@pytest.mark.parametrize(("text", "label"), [
    ("Adresse unique pour l'emploi : le Point Emploi Solidaire réunit la Mission locale et deux associations.",
     "Adresse unique pour l'emploi"),
    ("Type de soutien : subventions et prêts de locaux aux associations.", "Type de soutien"),
])
def test_an_action_titled_with_a_heading_word_keeps_its_title(text, label):
    assert action_label(text) == label


@pytest.mark.parametrize(("dated", "expected"), [
    # one message for one problem: the shape's "no update date" is said better by the finding, with its line
    ("Dernière mise à jour : mars 2024\n", {"date-sans-jour"}),
    ("", {"date-mise-a-jour-absente"}),  # a fiche with no date at all is still told so
])
def test_a_date_without_its_day_is_told_once(tmp_path, dated, expected):
    path = tmp_path / "dieppe.txt"
    path.write_text(f"Ville de Dieppe\n{dated}Type de collectivité : Commune\n"
                    "Nombre d'habitants : 28 600\nAdresse\nParvis Camille Saint-Saëns\n76200 Dieppe\n",
                    encoding="utf-8")
    report = json.loads(CliRunner().invoke(main, ["validate", str(path), "--format", "json"]).output)
    told = {result["type"] for result in report["results"]}
    assert told & {"date-sans-jour", "date-mise-a-jour-absente"} == expected


@pytest.mark.parametrize("person", ["Mme Sophie Mayeux, vice-présidente déléguée à l'ESS",
                                    "Sophie Mayeux, vice-présidente déléguée à l'ESS"])
def test_a_person_under_the_city_of_the_address_is_a_contact_not_lost(person):
    found = one("Département de Meurthe-et-Moselle\nType de collectivité : Département\nAdresse\n"
                f"48 esplanade Jacques Baudot\nCS 90019\n54035 Nancy Cedex\n{person}\n03 83 94 54 54\n")
    # was: dropped with the lines under the city, without a word
    assert [(c.role, c.person, c.titles) for c in found.contacts] == [
        ("Contact public", "Sophie Mayeux", ("vice-présidente déléguée à l'ESS",))]
    address = found.address
    assert (address.thoroughfare, address.po_box, address.post_code, address.post_name) == (
        "48 esplanade Jacques Baudot", "CS 90019", "54035", "Nancy")
    assert "Mayeux" not in " ".join(address.lines) and "03 83" not in " ".join(address.lines)  # no phone either


@pytest.mark.parametrize("line", ["France", "Place Lazare Goujon"])
def test_a_line_under_the_city_that_names_no_one_is_no_contact(line):
    found = one(f"Ville de Villeurbanne\nType de collectivité : Commune\nAdresse\n2 rue X\n69100 Villeurbanne\n"
                f"{line}\n")
    assert found.contacts == ()
# ---------------------------------------------------------------- a building alone is no street


@pytest.mark.parametrize(("lines", "building", "box", "code"), [
    ("Hôtel du Département\n58039 Nevers Cedex", "Hôtel du Département", None, "58039"),
    ("Hôtel de Région, CS 51857\n25031 Besançon Cedex", "Hôtel de Région", "CS 51857", "25031"),
    ("Mairie\n28270 Brézolles", "Mairie", None, "28270"),
    ("Hôtel de Ville - BP 12\n28270 Brézolles", "Hôtel de Ville", "BP 12", "28270"),
    ("Maison de la Région\n28270 Brézolles", "Maison de la Région", None, "28270"),
])
def test_a_building_alone_before_the_city_is_the_building_not_the_street(lines, building, box, code):
    found = one(f"Ville de Brézolles\nType de collectivité : Commune\nAdresse\n{lines}\n")
    address = found.address
    # was: locn:thoroughfare "Hôtel du Département"; now locn:locatorName, no street
    assert (address.building, address.thoroughfare, address.po_box, address.post_code) == (building, None, box, code)


@pytest.mark.parametrize(("lines", "street"), [
    ("Lieu-dit Kerven\n29400 Landivisiau", "Lieu-dit Kerven"),  # a place that a letter is sent to
    ("Château de la Verrerie BP69\n71206 Le Creusot Cedex", "Château de la Verrerie"),
    ("Hôtel de Ville\n2 place de la Halle\n28270 Brézolles", "2 place de la Halle"),
])
def test_a_place_that_is_no_public_building_stays_the_street(lines, street):
    found = one(f"Ville de Brézolles\nType de collectivité : Commune\nAdresse\n{lines}\n")
    assert found.address.thoroughfare == street
