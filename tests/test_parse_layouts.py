"""The seed rewritten in other layouts gives the same facts; odd documents never make the parser raise."""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rtes_kg.parse.document import parse_text
from rtes_kg.parse.lines import fold

SEED = (Path(__file__).resolve().parents[1] / "data" / "fiches" / "rtes-fiches-2025.txt").read_text(
    encoding="utf-8")
TITLES = ["Syndicat Mixte Préval Haut-Doubs", "Communauté de communes des Portes du Haut-Doubs",
          "Conseil régional Bourgogne Franche-Comté", "Communauté urbaine Creusot-Montceau",
          "Audincourt", "Dijon Métropole"]
# The seed's heading lines, by their first words (written here, not taken from the parser).
HEADINGS = re.compile(r"^(Exemples d.actions|Panorama de|Budget (dédié|consacré|annuel)|Programme d|"
                      r"Type de collectivité|Nombre d'habitants|Adresse|Contact public|Année d'adhésion)")


def facts(fiches) -> list:
    """Everything a fiche says except where it says it (sources) and the apostrophe style."""

    def strip(value):
        if dataclasses.is_dataclass(value):
            return {k: strip(v) for k, v in dataclasses.asdict(value).items()
                    if k not in ("source", "updated_source", "line_numbers")}
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("source", "updated_source", "line_numbers")}
        if isinstance(value, (list, tuple)):
            return [strip(v) for v in value]
        return value.replace("’", "'") if isinstance(value, str) else value

    return [strip(fiche) for fiche in fiches]


def relayout(text: str, *, blank_lines=True, straight=False, nbsp=None, crlf=False, toggle_colon=False,
             dash_bullets=False, dated=False, dedent=False, header=True, bom=False, web=False) -> str:
    lines = text.split("\n")
    out = []
    for line in lines:
        if not header and line.startswith("Réseau des collectivités"):
            continue
        if straight:
            line = line.replace("’", "'")
        if nbsp == "remove":
            line = line.replace("\u00a0", " ").replace("\u202f", " ")
        elif nbsp == "add":  # French typography: no-break space before ":" and in "26 440"
            line = re.sub(r"(\d) (\d{3})", "\\1\u00a0\\2", line.replace(" :", "\u202f:"))
        if web and line in TITLES:  # a copy of the web pages: their links around each fiche
            out.extend(["Retour à la liste des membres", "Partager sur LinkedIn", "© RTES 2025",
                        f"Accueil > Les membres > {line}"])
        if dedent:
            line = line.lstrip()
        if dash_bullets:
            line = re.sub(r"^(\s*)•", r"\1-", line)
        if toggle_colon and HEADINGS.match(line) and "RTES:" not in line:
            line = re.sub(r"\s*:\s*$", "", line) if line.rstrip().endswith(":") else line + " :"
        if blank_lines or line.strip():
            out.append(line)
        if dated and line in TITLES:
            out.append("Dernière mise à jour : 16/09/2025")
    if web:
        out.extend(["Retour à la liste des membres", "Imprimer cette page"])
    joined = ("\r\n" if crlf else "\n").join(out)
    return ("\ufeff" if bom else "") + joined


LAYOUTS = {
    "single-newlines": dict(blank_lines=False),
    "straight-apostrophes": dict(straight=True),
    "no-nbsp": dict(nbsp="remove"),
    "more-nbsp": dict(nbsp="add"),
    "crlf-bom": dict(crlf=True, bom=True),
    "colons-toggled": dict(toggle_colon=True),
    "dash-bullets": dict(dash_bullets=True),
    "dedented": dict(dedent=True),
    "no-header": dict(header=False),
    "web-page-links": dict(web=True),
    "everything": dict(blank_lines=False, straight=True, nbsp="remove", crlf=True, toggle_colon=True,
                       dash_bullets=True, dedent=True, header=False, bom=True, web=True),
}


@pytest.fixture(scope="module")
def seed_facts():
    return facts(parse_text(SEED, "seed.txt"))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_layout_gives_the_same_facts(seed_facts, layout):
    fiches = parse_text(relayout(SEED, **LAYOUTS[layout]), "variant.txt")
    skipped = [i.message_fr for f in fiches for i in f.issues if i.type == "navigation-ignoree"]
    assert len(skipped) == (6 * 4 + 2 if LAYOUTS[layout].get("web") else 0)  # each link said once
    fiches = [dataclasses.replace(f, issues=tuple(i for i in f.issues if i.type != "navigation-ignoree"))
              for f in fiches]
    assert facts(fiches) == seed_facts


def test_update_line_after_each_title_only_adds_the_date(seed_facts):
    fiches = parse_text(relayout(SEED, dated=True, blank_lines=False), "dated.txt")
    assert {f.updated for f in fiches} == {datetime.date(2025, 9, 16)}
    assert [f.updated_source.line - f.source.line for f in fiches] == [1] * 6
    undated = [dataclasses.replace(f, updated=None, updated_source=None) for f in fiches]
    assert facts(undated) == seed_facts


def split_at_titles(text: str) -> list[str]:
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if line in TITLES]
    return ["\n".join(lines[a:b]) for a, b in zip(starts, starts[1:] + [len(lines)])]


def test_one_fiche_per_file_gives_the_same_facts(seed_facts):
    parts = split_at_titles(relayout(SEED, header=False))
    assert len(parts) == 6
    fiches = [fiche for part in parts for fiche in parse_text(part, "one.txt")]
    assert facts(fiches) == seed_facts
    assert {f.source.line for f in fiches} == {1}


def reverse_sections(fiche_text: str) -> str:
    """The fiche with its sections in reverse order (title and markers first)."""
    lines = [line for line in fiche_text.split("\n") if line.strip()]
    head, blocks = [], []
    for line in lines:
        if HEADINGS.match(line):
            blocks.append([line])
        elif blocks:
            blocks[-1].append(line)
        else:
            head.append(line)
    return "\n".join(head + [line for block in reversed(blocks) for line in block])


def test_sections_in_another_order_give_the_same_facts(seed_facts):
    reordered = "\n".join(reverse_sections(part) for part in split_at_titles(relayout(SEED, header=False)))
    assert facts(parse_text(reordered, "reordered.txt")) == seed_facts


def test_item_counts_do_not_depend_on_layout():
    for layout in LAYOUTS.values():
        fiches = parse_text(relayout(SEED, **layout), "v.txt")
        assert [len(f.actions) for f in fiches] == [8, 0, 2, 1, 1, 3]


# ---------------------------------------------------------------- damaged documents

def test_fiche_without_title_starts_at_its_repeated_section():
    fiches = parse_text(SEED.replace("\nAudincourt\n", "\n\n"), "f.txt")
    assert len(fiches) == 6
    untitled = fiches[4]
    assert untitled.name is None
    assert untitled.source.line == 246  # "Budget annuel consacré à l’ESS"
    assert [i.type for i in untitled.issues] == ["titre-absent"]
    assert untitled.issues[0].source.line == 246
    assert (untitled.population.value, untitled.address.post_code) == (15000, "25400")
    assert [str(a.euros) for a in untitled.budget_amounts] == ["15000"]
    assert fiches[3].name.text == "Communauté urbaine Creusot-Montceau"
    assert len(fiches[3].contacts) == 3 and fiches[3].issues == ()


def test_document_starting_with_a_section():
    (fiche,) = parse_text("Type de collectivité\nCommune\nNombre d'habitants\n15 000\n", "f.txt")
    assert fiche.name is None and fiche.kind.text == "Commune" and fiche.population.value == 15000
    assert [i.type for i in fiche.issues] == ["titre-absent"]


def test_fiche_cut_mid_word_is_flagged():
    cut = SEED[: SEED.index("Soutien à la consolidation et au dév") + len("Soutien à la consolidation et au dév")]
    fiches = parse_text(cut, "cut.txt")
    dijon = fiches[-1]
    assert dijon.name.text == "Dijon Métropole"
    assert dijon.programme.text.endswith("Soutien à la consolidation et au dév")
    # both: no identity section (the fiche stops early), and the file stops in a word
    assert sorted((i.type, i.source.line) for i in dijon.issues) == [("fiche-coupee", 285), ("fiche-incomplete", 285)]
    incomplete = next(i for i in dijon.issues if i.type == "fiche-incomplete")
    assert "dév" in incomplete.message_fr and "cut off" in incomplete.message_en


def test_fiche_cut_after_a_heading_is_flagged():
    cut = SEED[: SEED.rindex("Contact public") + len("Contact public")]
    dijon = parse_text(cut, "cut.txt")[-1]
    assert dijon.contacts == ()
    assert {i.type for i in dijon.issues} == {"section-vide", "fiche-incomplete"}


def test_year_with_a_letter_is_kept_raw():
    fiches = parse_text(SEED.replace("RTES: 2016", "RTES: 20O1"), "f.txt")
    year = fiches[2].membership_year
    assert (year.raw, year.value, year.source.line) == ("20O1", None, 116)


def test_unreadable_year_and_population_are_issues():
    (fiche,) = parse_text("Ville de Test\nAnnée d'adhésion au RTES : bientôt\nPopulation\n"
                          "plusieurs milliers\n", "f.txt")
    assert fiche.population.value is None and fiche.population.raw == "plusieurs milliers"
    assert fiche.membership_year.value is None
    assert sorted(i.type for i in fiche.issues) == ["annee-illisible", "population-illisible"]


def test_short_postcode_is_kept_raw():
    dijon = parse_text(SEED.replace("21075 Dijon Cedex", "2107 Dijon Cedex"), "f.txt")[-1]
    assert (dijon.address.post_code, dijon.address.post_name, dijon.address.cedex) == ("2107", "Dijon", True)


def test_title_only_and_empty_documents():
    assert parse_text("", "f.txt") == []
    assert parse_text(" \n\u00a0\r\n\ufeff", "f.txt") == []
    (fiche,) = parse_text("Dijon Métropole\n", "f.txt")
    assert fiche.name.text == "Dijon Métropole"
    assert [i.type for i in fiche.issues] == ["sections-absentes"]


def test_text_before_the_first_fiche_is_reported():
    fiches = parse_text("Annuaire des membres, édition 2025.\n" + SEED, "f.txt")
    assert len(fiches) == 6
    assert [(i.type, i.source.line) for i in fiches[0].issues] == [("texte-ignore", 1)]


def test_garbage_gives_one_untitled_fiche_with_an_issue():
    garbage = bytes(range(256)).decode("latin-1") * 3
    (fiche,) = parse_text(garbage, "g.bin")
    assert fiche.name is None and fiche.issues[0].type == "aucune-fiche"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text):
    for fiche in parse_text(text, "h.txt"):
        assert "erreur-interne" not in {i.type for i in fiche.issues}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(SEED.split("\n")), max_size=40), st.sampled_from(["\n", "\r\n", "\r"]))
def test_never_raises_on_shuffled_seed_lines(lines, newline):
    for fiche in parse_text(newline.join(lines), "h.txt"):
        assert "erreur-interne" not in {i.type for i in fiche.issues}
        assert all(1 <= i.source.line <= max(len(lines), 1) for i in fiche.issues)


def test_a_thousand_fiches_in_one_document_are_all_split_apart():
    # Speed is measured by benchmarks/bench_build.py, not asserted here (a timed test flakes).
    document = "\n".join([SEED] * 167)
    fiches = parse_text(document, "big.txt")
    assert len(fiches) == 1002
    assert [f.name.text for f in fiches[:6]] == [f.name.text for f in fiches[6:12]]


def test_headings_are_recognised_by_meaning():
    text = ("Ville de Test\n"
            "POPULATION :\n1 234 habitants\n"
            "Nature de la collectivité\nCommune\n"
            "Coordonnées\n1 place de la Mairie\n99999 TEST-SUR-MER\n"
            "Interlocuteurs\nMaire : Jean Test\n"
            "Budget consacré à l'économie sociale et solidaire : environ 2 M€\n"
            "Politique ESS\nUne politique.\n"
            "Actions menées\n- Une action\n- Une autre action\n"
            "Adhésion : 2019\n")
    (fiche,) = parse_text(text, "t.txt")
    assert fiche.issues == ()
    assert (fiche.population.value, fiche.kind.text, fiche.address.post_name) == (1234, "Commune", "Test-sur-Mer")
    assert fiche.contacts[0].person == "Jean Test"
    assert [(str(a.euros), a.qualifier) for a in fiche.budget_amounts] == [("2000000", "environ")]
    assert fiche.programme.text == "Une politique." and len(fiche.actions) == 2
    assert fiche.membership_year.raw == "2019"
    assert fold("Programme d’intervention dans le champ de l’ESS\u00a0:") == (
        "programme d'intervention dans le champ de l'ess")


def test_more_headings_are_recognised_by_meaning():
    """"Nos actions", "Moyens consacrés à l'ESS", "Feuille de route ESS" were text of the section above."""
    text = ("Ville de Test\nType de collectivité : Commune\n"
            "Moyens consacrés à l’ESS\n150 000 € en 2024\n"
            "Feuille de route ESS\nTrois axes.\n"
            "Nos actions\n- Une action\n- Une autre action\n"
            "Adresse\n1 place de la Mairie\n99999 Test\n")
    (fiche,) = parse_text(text, "t.txt")
    assert [(str(a.euros), a.year) for a in fiche.budget_amounts] == [("150000", 2024)]
    assert fiche.programme.text == "Trois axes." and len(fiche.actions) == 2


@pytest.mark.parametrize("interlude", ["https://www.testville.fr", "(Côte-d'Or)",
                                       "Une commune engagée dans l'ESS depuis 2001."])
def test_a_line_between_the_title_and_the_first_heading_keeps_the_title(interlude):
    """The fiche lost its name, so it was not published; the line is now reported on its own. After
    a fiche's contacts, only a link or a line in parentheses may stand there (see below)."""
    texts = [f"Ville de Test\n{interlude}\nType de collectivité : Commune\n"]
    if not interlude.endswith("."):
        texts.append(f"Ville de A\nType de collectivité : Commune\nContact public :\nÉlu : Jean Test\n"
                     f"Ville de Test\n{interlude}\nType de collectivité : Commune\n")
    for text in texts:
        fiche = parse_text(text, "t.txt")[-1]
        assert fiche.name.text == "Ville de Test"
        assert [(i.type, i.source.line) for i in fiche.issues if i.type == "ligne-ignoree"] == [
            ("ligne-ignoree", text.split("\n").index(interlude) + 1)]


def test_a_contact_over_three_lines_before_the_address_is_no_new_fiche():
    """ "Jean Dupont" then "adjoint au maire" then "Adresse" is a contact of this fiche, not a fiche
    named "Jean Dupont" (the lines allowed between a title and its heading made it one)."""
    text = ("Ville de Test\nType de collectivité : Commune\nContact public\nÉlu référent :\nJean Dupont\n"
            "adjoint au maire\nAdresse\n1 place de la Mairie\n21000 Dijon\n")
    (fiche,) = parse_text(text, "t.txt")
    assert [(c.person, c.titles) for c in fiche.contacts] == [("Jean Dupont", ("adjoint au maire",))]
    assert fiche.address.post_code == "21000" and fiche.issues == ()


@pytest.mark.parametrize("marker", ["Dernière modification : 2024-03-12", "Modifiée le 12/03/2024",
                                    "Fiche actualisée le 12/03/2024"])
def test_other_wordings_of_the_update_date(marker):
    (fiche,) = parse_text(f"Ville de Test\n{marker}\nType de collectivité : Commune\n", "t.txt")
    assert (fiche.name.text, fiche.updated) == ("Ville de Test", datetime.date(2024, 3, 12))


@pytest.mark.parametrize("text", [
    "Ville de Test\nType de collectivité Commune\nNombre d'habitants sur le territoire 1 234\n"
    "Année d'adhésion au RTES 2019\n",
    "Ville de Test\nType de collectivité – Commune\nNombre d'habitants – 1 234\nAnnée d'adhésion au RTES – 2019\n",
    "Ville de Test\nType de collectivité\tCommune\nPopulation municipale 2021 : 1 234\n"
    "Année d'adhésion au RTES\t2019\n",
    "# Ville de Test\n## Type de collectivité\nCommune\n## Nombre d'habitants\n1 234\n"
    "**Année d'adhésion au RTES** : 2019\n",
], ids=["space", "dash", "tab-and-dated-heading", "markdown"])
def test_a_value_after_its_heading_without_a_colon(text):
    """"Type de collectivité Commune" made the next line, "Nombre d'habitants … 1 234", the kind."""
    (fiche,) = parse_text(text, "t.txt")
    assert (fiche.name.text, fiche.kind.text, fiche.population.value, fiche.membership_year.raw) == (
        "Ville de Test", "Commune", 1234, "2019")


MENU = "Aller au contenu principal\nMenu\nRechercher\nLe réseau\nNos actions\nRessources\nAdhérer\nContact\n"
FOOTER = "Partager\nImprimer\nRetour à la liste des membres\nMentions légales\nNewsletter\n© RTES 2025\n"


def test_a_copy_of_two_web_pages_gives_their_two_fiches_and_nothing_of_their_menus():
    """The site's menu ("Le réseau", "Nos actions", "Contact"…) made a member named "Le réseau", and
    its words were titles of the contact above; the breadcrumb names each page's fiche."""
    def page(name: str) -> str:
        return (f"{MENU}Accueil > Les membres > {name}\n{name}\nType de collectivité : Commune\n"
                f"Adresse :\n1 place de la Mairie\n21000 Dijon\nContact public :\n"
                f"Service référent : Mission ESS\n{FOOTER}")

    fiches = parse_text(page("Ville de Test") + page("Ville d'Essai"), "t.txt")
    assert [f.name.text for f in fiches] == ["Ville de Test", "Ville d'Essai"]
    assert [[(c.service, c.titles) for c in f.contacts] for f in fiches] == [[("Mission ESS", ())]] * 2
    assert all(f.kind.text == "Commune" for f in fiches)
    assert {i.type for f in fiches for i in f.issues} <= {"texte-ignore", "navigation-ignoree"}


@pytest.mark.parametrize("crumb", ["Accueil › Membres › Ville de Test", "Accueil » Membres » Ville de Test",
                                   "Vous êtes ici : Accueil > Membres > Ville de Test"])
def test_breadcrumbs_of_other_sites_name_the_fiche_too(crumb):
    """ "›" and "»" were no breadcrumb: the page's menu line "Les membres" named the member."""
    fiches = parse_text(f"Les membres\nActualités\n{crumb}\nVille de Test\nType de collectivité : Commune\n", "t.txt")
    assert [f.name.text for f in fiches] == ["Ville de Test"]


@pytest.mark.parametrize("interlude", ["Doubs (25)", "Voir sur la carte", "Partager", "Membre depuis 2001",
                                       "Envoyer par e-mail"])
def test_a_page_link_or_tag_under_the_title_leaves_the_fiche_its_name(interlude):
    """ "Doubs (25)" named a member, with the INSEE code of the commune called Doubs."""
    (fiche,) = parse_text(f"Ville d'Audincourt\n{interlude}\nType de collectivité\nCommune\n", "t.txt")
    assert fiche.name.text == "Ville d'Audincourt"


def test_a_page_footer_after_the_contacts_is_neither_a_contact_nor_a_fiche():
    """The RTES's own address made the member's élu "1 place Saint-Pierre, 59000 Lille"; "Partager :
    Facebook…" a post held by "Facebook Twitter LinkedIn"; "Voir aussi" and the members it links to
    titles of the élu and a member; a cookie banner a member."""
    text = ("Ville de Test\nType de collectivité : Commune\nContact public\nÉlu référent : Jean Test, "
            "conseiller municipal délégué à l'ESS, administrateur du RTES\nPartager : Facebook Twitter LinkedIn\n"
            "Inscrivez-vous à notre lettre d'information\nVotre adresse e-mail\n1 place Saint-Pierre\n59000 Lille\n"
            "Voir aussi\nVille de Montbéliard\nVille de Besançon\nNous contacter\n"
            "RTES - 1 place Saint-Pierre, 59000 Lille\nPour en savoir plus\nConsultez le site de la Ville\n"
            "Ce site utilise des cookies pour mesurer son audience. En poursuivant, vous acceptez.\nTout accepter\n")
    (fiche,) = parse_text(text, "t.txt")
    assert [(c.person, c.titles, tuple(m.text for m in c.mandates)) for c in fiche.contacts] == [
        ("Jean Test", ("conseiller municipal délégué à l'ESS",), ("administrateur du RTES",))]
    assert fiche.address is None
    assert {i.type for i in fiche.issues} == {"navigation-ignoree", "adresse-dans-les-contacts"}


def test_the_links_after_voir_aussi_stop_at_the_next_fiches_title():
    fiches = parse_text("Ville de Test\nType de collectivité : Commune\nVoir aussi\nVille de Montbéliard\n"
                        "Ville d'Essai\nType de collectivité : Commune\n", "t.txt")
    assert [f.name.text for f in fiches] == ["Ville de Test", "Ville d'Essai"]


def test_a_short_paragraph_that_opens_with_the_members_support_is_an_action_of_its_own():
    """ "Soutien à l'association Vélo Cité." was glued to the action above as its status line."""
    (fiche,) = parse_text("Ville de Test\nExemples d'actions soutenues par la collectivité :\n\n"
                          "La Ville a accordé 40 000 € à la SCOP Les Menuisiers pour des machines.\n\n"
                          "Soutien à l'association Vélo Cité.\n\nProjet en cours de déploiement\n", "t.txt")
    assert [a.text for a in fiche.actions] == [
        "La Ville a accordé 40 000 € à la SCOP Les Menuisiers pour des machines.",
        "Soutien à l'association Vélo Cité.\nProjet en cours de déploiement"]


@pytest.mark.parametrize("tagline", ["Membre depuis 2017", "Guyane (973)"])
def test_a_tagline_above_the_update_line_is_not_the_title(tagline):
    """ "Membre depuis 2017" then "Dernière mise à jour" made a member named "Membre depuis 2017"."""
    (fiche,) = parse_text(f"Région Grand Est\n\n{tagline}\nDernière mise à jour : 22/01/2025\n\n"
                          "Type de collectivité\nRégion\n", "t.txt")
    assert (fiche.name.text, fiche.updated) == ("Région Grand Est", datetime.date(2025, 1, 22))


def test_links_side_by_side_a_post_without_a_name_and_a_long_role_are_no_fiches():
    fiches = parse_text("Ville de Test\nType de collectivité : Commune\nContact public\nPrésident\nJean Castagné\n\n"
                        "Chargée de mission ESS et développement local\nAmélie Bories\n"
                        "Madame la Directrice de l'économie\nMentions légales | Plan du site\n", "t.txt")
    assert [f.name.text for f in fiches] == ["Ville de Test"]
    assert [(c.role, c.person, c.titles) for c in fiches[0].contacts] == [
        ("Président", "Jean Castagné", ()), ("Chargée de mission ESS et développement local", "Amélie Bories", ())]
    assert "contact-sans-nom" in {i.type for i in fiches[0].issues}


@pytest.mark.parametrize("tagline", ["Guadeloupe", "Capitale des Alpes", "Une ville engagée pour l'ESS"])
def test_a_line_under_a_title_that_names_a_body_is_a_tagline(tagline):
    """ "Commune de Saint-Claude", "Guadeloupe", then the update line made a member named Guadeloupe."""
    (fiche,) = parse_text(f"Commune de Saint-Claude\n{tagline}\nDernière mise à jour : 05/03/2024\n\n"
                          "Type de collectivité\nCommune\n", "t.txt")
    assert (fiche.name.text, fiche.updated) == ("Commune de Saint-Claude", datetime.date(2024, 3, 5))


def test_a_bare_budget_heading_opens_the_budget():
    (fiche,) = parse_text("Ville de Dijon\n\nBudget 2023\n\n300 000 €\n\nType de collectivité\nCommune\n", "t.txt")
    assert fiche.name.text == "Ville de Dijon"
    assert [(a.euros, a.year) for a in fiche.budget_amounts] == [(300000, 2023)]


@pytest.mark.parametrize("last", ["Tél. 02 40 99 10 00", "Fax 03 80 00 00 00", "Tweeter",
                                  "© RTES 2024 – Mentions légales – Plan du site", "Agenda"])
def test_a_phone_or_a_menu_line_after_the_contacts_is_no_fiche_and_no_title(last):
    fiches = parse_text("Département de Loire-Atlantique\nType de collectivité\nDépartement\nContact public\n"
                        f"Élu référent : Freddy Hervochon, vice-président\n{last}\n", "t.txt")
    assert [f.name.text for f in fiches] == ["Département de Loire-Atlantique"]
    assert [(c.person, c.titles) for c in fiches[0].contacts] == [("Freddy Hervochon", ("vice-président",))]


def test_a_title_after_a_contacts_role_line_opens_the_next_fiche():
    """ "adjoint au maire…" then "Ville de Chenôve" and its date: Chenôve was the élu's name."""
    fiches = parse_text("Ville de Dijon\nType de collectivité\nCommune\nContact public\nÉlu référent : Jean Martin\n"
                        "adjoint au maire délégué à l'ESS\nVille de Chenôve\nDernière mise à jour : 05/03/2024\n"
                        "Type de collectivité\nCommune\n", "t.txt")
    assert [(f.name.text, f.updated) for f in fiches] == [
        ("Ville de Dijon", None), ("Ville de Chenôve", datetime.date(2024, 3, 5))]
    assert [(c.person, c.titles) for c in fiches[0].contacts] == [
        ("Jean Martin", ("adjoint au maire délégué à l'ESS",))]


@pytest.mark.parametrize("line, contacts", [
    ("Élu référent : Jean Martin, adjoint au maire (jean.martin@ville.fr, 03 80 74 51 51)",
     [("Jean Martin", ("adjoint au maire",))]),
    ("Contact : ess@metropole.fr", []),
])
def test_addresses_in_a_contact_line_leave_nothing_behind(line, contacts):
    (fiche,) = parse_text(f"Ville de Dijon\nType de collectivité\nCommune\nContact public\n{line}\n", "t.txt")
    assert [(c.person, c.titles) for c in fiche.contacts] == contacts


def test_a_line_in_italics_and_a_membership_tagline_are_read():
    (fiche,) = parse_text("Communauté urbaine de Dunkerque\nMembre depuis 2003\n*Dernière mise à jour : 19/10/2023*\n\n"
                          "Type de collectivité\nCommunauté urbaine\n", "t.txt")
    assert (fiche.name.text, fiche.updated, fiche.membership_year.raw) == (
        "Communauté urbaine de Dunkerque", datetime.date(2023, 10, 19), "2003")
    assert "ligne-ignoree" not in {i.type for i in fiche.issues}


@pytest.mark.parametrize("after", ["Adjoint au maire", "Adresse : 24 rue Coat-ar-Guéven, 29238 Brest Cedex 2",
                                   "Dans la même rubrique\nGrand Chambéry\nVille d'Aix-les-Bains"])
def test_a_title_an_address_or_a_sidebar_after_a_contact_opens_no_fiche(after):
    fiches = parse_text("Ville de Chambéry\nType de collectivité\nCommune\nContact public\n"
                        f"Élu référent : Jean Dupont\n{after}\n", "t.txt")
    assert [f.name.text for f in fiches] == ["Ville de Chambéry"]
    assert [c.person for c in fiches[0].contacts] == ["Jean Dupont"]
