"""Fiche record in, graph out: the model of docs/model.md and the contract of DESIGN.md."""

from __future__ import annotations

import logging
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import contract_check
from fiche_samples import (
    FILE,
    SOURCE_ROOT,
    at,
    audincourt,
    bourgogne_franche_comte,
    creusot_montceau,
    dijon,
    portes_du_haut_doubs,
    preval,
    seed_fiches,
    with_bad_year_and_postcode,
)
from rtes_kg.extract.findings import read_fiches
from rtes_kg.model import mint
from rtes_kg.model.mapping import MappedFiche, map_fiche, reference_graph
from rtes_kg.parse import naming
from rtes_kg.parse.action_labels import action_label
from rtes_kg.parse.records import Contact, Fiche, MoneyAmount, Number, Text
from rtes_kg.vocab import (
    CV,
    DCAT,
    DCT,
    FOAF,
    KIND,
    LOCN,
    ORG,
    PROV,
    QUALIFICATIF,
    RDF,
    RTES,
    SCHEMA,
    SECTION_BUDGETAIRE,
    SKOS,
    TIME,
    XSD,
)

EXPECTED = Path(__file__).parent / "expected"
BASE = "https://w3id.org/rtes/"


def mapped(fiche: Fiche, **options) -> MappedFiche:
    return map_fiche(fiche, source_root=SOURCE_ROOT, **options)


def assert_same_graph(actual: Graph, expected: Graph) -> None:
    """isomorphic, or a failure that lists the triples missing and the triples extra."""
    if isomorphic(actual, expected):
        return
    _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))

    def lines(graph: Graph) -> str:
        return "\n".join(sorted(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph)) or "  -"

    pytest.fail(f"graphs differ\nmissing (expected, not produced):\n{lines(only_expected)}\n"
                f"extra (produced, not expected):\n{lines(only_actual)}", pytrace=False)


def test_dijon_metropole_in_full():
    expected = Graph().parse(EXPECTED / "dijon-metropole.ttl", format="turtle")
    assert_same_graph(mapped(dijon()).graph, expected)


def test_mapped_fiche_names_its_iris():
    result = mapped(dijon())
    assert result.slug == "dijon-metropole"
    assert result.org == URIRef(BASE + "org/dijon-metropole")
    assert result.graph_iri == URIRef(BASE + "graph/dijon-metropole")
    assert result.record == URIRef(BASE + "fiche/dijon-metropole")


def union_of_seed(tmp_path: Path) -> Path:
    union = reference_graph()
    for fiche in seed_fiches():
        union += mapped(fiche).graph
    path = tmp_path / "rtes.ttl"
    union.serialize(path, format="turtle")
    return path


def test_seed_fiches_pass_the_contract(tmp_path, capsys):
    status = contract_check.main(str(union_of_seed(tmp_path)))
    assert status == 0, capsys.readouterr().out


@pytest.mark.parametrize("numbered, plain", [
    ("1. Création de la coopérative Ozon en 2015.", "Création de la coopérative Ozon en 2015."),
    ("2) La Métropole a cofinancé la rénovation.", "La Métropole a cofinancé la rénovation."),
    ("IV - Soutien au tiers-lieu La Fabrique.", "Soutien au tiers-lieu La Fabrique."),
])
def test_an_actions_iri_does_not_carry_its_list_number(numbered, plain):
    """A list numbered again, or no longer numbered, keeps its actions' IRIs."""
    assert mint.action_slug(numbered) == mint.action_slug(plain)


def test_no_blank_nodes():
    graphs = [reference_graph()] + [mapped(fiche).graph for fiche in seed_fiches()]
    for graph in graphs:
        assert not any(isinstance(term, BNode) for triple in graph for term in triple)


@pytest.mark.parametrize("fiche", seed_fiches(), ids=lambda fiche: fiche.name.text)
def test_iris_do_not_depend_on_the_order_of_actions_contacts_and_amounts(fiche):
    reordered = replace(fiche, actions=fiche.actions[::-1], contacts=fiche.contacts[::-1],
                        budget_amounts=fiche.budget_amounts[::-1])
    assert set(mapped(reordered).graph) == set(mapped(fiche).graph)


def test_same_record_same_triples():
    assert set(mapped(preval()).graph) == set(mapped(preval()).graph)


def test_every_action_gets_its_own_iri():
    graph = mapped(preval()).graph
    assert len(set(graph.subjects(RDF.type, RTES.ActionESS))) == len(preval().actions) == 8


def test_actions_sharing_first_words_get_distinct_iris_whatever_the_order():
    first = "Soutien aux associations du territoire pour la création d'emplois durables dans l'ESS, volet A"
    second = first.replace("volet A", "volet B")
    fiche = replace(dijon(), actions=(replace(dijon().actions[0], text=first),
                                      replace(dijon().actions[1], text=second)))
    actions = set(mapped(fiche).graph.subjects(RDF.type, RTES.ActionESS))
    swapped = replace(fiche, actions=fiche.actions[::-1])
    assert len(actions) == 2
    assert set(mapped(swapped).graph.subjects(RDF.type, RTES.ActionESS)) == actions


def test_bad_year_and_postcode_are_kept_as_written(caplog):
    caplog.set_level(logging.WARNING)
    result = mapped(with_bad_year_and_postcode(dijon()))
    start = URIRef(BASE + "org/dijon-metropole#adhesion-debut")
    address = URIRef(BASE + "org/dijon-metropole#adresse")
    assert result.graph.value(start, TIME.inXSDgYear) == Literal("20O1", datatype=XSD.gYear)
    assert result.graph.value(address, LOCN.postCode) == Literal("2107")
    assert caplog.records == [], "rdflib must not complain about values kept as written"


def test_postcode_is_a_plain_string():
    address = URIRef(BASE + "org/dijon-metropole#adresse")
    postcode = mapped(dijon()).graph.value(address, LOCN.postCode)
    assert postcode.datatype is None and postcode.language is None


@pytest.mark.parametrize("fiche, kind", [
    (bourgogne_franche_comte(), "region"),
    (creusot_montceau(), "communaute-urbaine"),
    (dijon(), "metropole"),
    (audincourt(), "commune"),
    (preval(), "syndicat-mixte"),  # the name states its legal form: it wins over the stated kind
])
def test_kinds_are_mapped_to_concepts(fiche, kind):
    result = mapped(fiche)
    assert set(result.graph.objects(result.org, ORG.classification)) == {KIND[kind]}
    assert result.graph.value(result.org, RTES.typeDeclare) == Literal(fiche.kind.text, lang="fr")


def test_unknown_kind_keeps_the_text_without_a_classification():
    # Audincourt: a name that states no legal form, so nothing overrides the stated kind
    result = mapped(replace(audincourt(), kind=Text("Groupement d'intérêt public", at(297))))
    assert result.graph.value(result.org, ORG.classification) is None
    assert result.graph.value(result.org, RTES.typeDeclare) == Literal("Groupement d'intérêt public", lang="fr")


def test_population_is_an_integer_only_when_read():
    result = mapped(replace(dijon(), population=Number(None, "environ 250 mille", at(299))))
    assert result.graph.value(result.org, RTES.population) is None
    assert result.graph.value(result.org, RTES.populationTexte) == Literal("environ 250 mille", lang="fr")
    assert mapped(dijon()).graph.value(result.org, RTES.population) == Literal(251179)


def test_budget_lines_of_the_region():
    result = mapped(bourgogne_franche_comte())
    org = "https://w3id.org/rtes/org/conseil-regional-bourgogne-franche-comte"
    line = URIRef(org + "#budget-2023-fonctionnement-6100000")
    graph = result.graph
    assert set(graph.objects(result.org, RTES.budgetESS)) == {
        line, URIRef(org + "#budget-2023-investissement-614000")}
    assert graph.value(line, RTES.annee) == Literal("2023", datatype=XSD.gYear)
    assert graph.value(line, RTES.section) == SECTION_BUDGETAIRE.fonctionnement
    amount = graph.value(line, RTES.montant)
    assert amount == URIRef(line + "-montant")
    assert (amount, RDF.type, SCHEMA.MonetaryAmount) in graph
    value = graph.value(amount, SCHEMA.value)
    assert (str(value), value.datatype) == ("6100000.0", XSD.decimal)
    assert graph.value(amount, SCHEMA.currency) == Literal("EUR")


def test_qualifier_and_an_unreadable_amount_is_never_published(caplog):
    caplog.set_level(logging.WARNING)
    amounts = (MoneyAmount(Decimal("8000000"), "Plus de 8 M€", None, None, "plus-de", at(280)),
               MoneyAmount(None, "quelques milliers d'euros", None, None, None, at(280)))
    result = mapped(replace(dijon(), budget_amounts=amounts))
    graph = result.graph
    lines = {str(line).split("#")[1]: line for line in graph.objects(result.org, RTES.budgetESS)}
    assert set(lines) == {"budget-sans-annee-global-8000000"}  # the text stays in rtes:budgetTexte
    assert graph.value(lines["budget-sans-annee-global-8000000"], RTES.qualificatif) == QUALIFICATIF["plus-de"]
    assert not any(isinstance(value, Literal) and value.datatype is None
                   for value in graph.objects(None, SCHEMA.value))
    assert caplog.records == []


def test_a_range_a_status_a_scope_and_a_part_of_the_line_before():
    amounts = (MoneyAmount(Decimal("600000"), "entre 600 000 et 650 000 €", 2024, "fonctionnement", None, at(280),
                           maximum=Decimal("650000"), status="vote"),
               MoneyAmount(Decimal("120000"), "120 000 €", 2024, None, None, at(280), status="vote",
                           scope="pour l'aide alimentaire", part_of_previous=True))
    result = mapped(replace(dijon(), budget_amounts=amounts))
    graph = result.graph
    whole, part = sorted(graph.objects(result.org, RTES.budgetESS), key=lambda line: "120000" in str(line))
    money = graph.value(whole, RTES.montant)
    assert (graph.value(money, SCHEMA.minValue), graph.value(money, SCHEMA.maxValue)) == (
        Literal("600000.0", datatype=XSD.decimal), Literal("650000.0", datatype=XSD.decimal))
    assert graph.value(money, SCHEMA.value) is None
    assert graph.value(whole, RTES.statut) == URIRef("https://w3id.org/rtes/concept/statut-budgetaire/vote")
    assert graph.value(part, RTES.partieDe) == whole and graph.value(whole, RTES.partieDe) is None
    assert graph.value(part, RTES.perimetre) == Literal("pour l'aide alimentaire", lang="fr")


def test_same_amount_twice_gets_two_budget_lines():
    amounts = (MoneyAmount(Decimal("15000"), "15 000€", None, None, None, at(248)),
               MoneyAmount(Decimal("15000"), "15 000 euros", None, None, None, at(249)))
    result = mapped(replace(audincourt(), budget_amounts=amounts))
    assert len(set(result.graph.objects(result.org, RTES.budgetESS))) == 2


def test_a_service_named_as_contact_holds_the_post():
    result = mapped(creusot_montceau())
    graph = result.graph
    post = URIRef(result.org + "#poste-service-referent-ess")
    service = URIRef(result.org + "#service-mission-economie-et-services-aux-entreprises")
    assert graph.value(post, ORG.heldBy) == service
    assert (service, RDF.type, ORG.OrganizationalUnit) in graph
    assert (result.org, ORG.hasUnit, service) in graph
    assert graph.value(service, SKOS.prefLabel) == Literal(
        "Mission Economie et Services aux entreprises", lang="fr")


def test_two_contacts_with_the_same_role_get_the_holder_in_their_post_iri():
    contacts = (Contact("Élu référent", "Anne Martin", None, (), at(308)),
                Contact("Élu référent", "Paul Durand", None, (), at(309)))
    result = mapped(replace(dijon(), contacts=contacts))
    posts = set(result.graph.subjects(RDF.type, ORG.Post))
    assert posts == {URIRef(result.org + "#poste-elu-referent-anne-martin"),
                     URIRef(result.org + "#poste-elu-referent-paul-durand")}


def test_titles_are_kept_one_by_one():
    result = mapped(bourgogne_franche_comte())
    post = URIRef(result.org + "#poste-elu-referent")
    assert set(result.graph.objects(post, RTES.titre)) == {
        Literal("conseiller régional délégué aux mutations économiques, aux emplois verts et à l'ESS", lang="fr"),
        Literal("administrateur du RTES", lang="fr")}


def test_address_in_capitals_and_area():
    result = mapped(portes_du_haut_doubs())
    address = URIRef(result.org + "#adresse")
    graph = result.graph
    assert graph.value(address, LOCN.postName) == Literal("Valdahon")
    assert graph.value(address, LOCN.addressArea) == Literal("ZA En Pougie")
    assert graph.value(address, RTES.cedex) is None
    assert result.origins[(address, LOCN.postCode)].line == 55


def test_draft_fiche_and_update_date():
    import datetime

    result = mapped(replace(portes_du_haut_doubs(), updated=datetime.date(2025, 9, 16),
                            updated_source=at(42)))
    assert result.graph.value(result.record, RTES.enCoursDeRedaction) == Literal(True)
    assert result.graph.value(result.record, DCT.modified) == Literal("2025-09-16", datatype=XSD.date)
    assert result.origins[(result.record, DCT.modified)].line == 42
    assert mapped(dijon()).graph.value(mapped(dijon()).record, RTES.enCoursDeRedaction) is None


def test_links_under_an_action():
    graph = mapped(bourgogne_franche_comte()).graph
    urls = set(graph.objects(None, SCHEMA.url))
    assert URIRef("https://www.journeeseconomieautrement.fr/") in urls


def test_action_label_is_the_first_sentence():
    assert action_label("Préval a initié l’émergence de la recyclerie citoyenne Re Bon. Cette SIAE…") \
        == "Préval a initié l’émergence de la recyclerie citoyenne Re Bon"
    long = "mot " * 60
    assert len(action_label(long)) <= 120 and action_label(long).endswith("…")


def test_fiche_without_a_name():
    fiche = Fiche(source=at(500), name=None, kind=Text("Commune", at(502)))
    result = mapped(fiche)
    expected_slug = "sans-titre-" + mint.short_hash("fiches/rtes-fiches-2025.txt:500")
    assert result.slug == expected_slug
    assert result.graph.value(result.org, SKOS.prefLabel) is None
    assert result.graph.value(result.record, DCT.title) is None
    assert (result.org, RDF.type, CV.PublicOrganisation) in result.graph


def test_source_is_relative_to_the_data_folder():
    assert mapped(dijon()).graph.value(mapped(dijon()).record, DCT.source) == URIRef(
        BASE + "source/fiches/rtes-fiches-2025.txt")
    without_root = map_fiche(dijon())
    assert without_root.graph.value(without_root.record, DCT.source) == URIRef(BASE + "source/" + FILE)
    spaced = replace(dijon(), source=replace(dijon().source, file="data/mes fiches/é.txt"))
    assert mapped(spaced).graph.value(mapped(spaced).record, DCT.source) == URIRef(
        BASE + "source/mes%20fiches/%C3%A9.txt")


def test_base_iri_moves_instances_not_the_vocabulary():
    result = map_fiche(dijon(), base_iri="https://example.org/kg", source_root=SOURCE_ROOT)
    assert result.org == URIRef("https://example.org/kg/org/dijon-metropole")
    assert (result.org, ORG.memberOf, URIRef("https://example.org/kg/org/rtes")) in result.graph
    assert (result.org, ORG.classification, KIND.metropole) in result.graph
    assert (result.org, RDF.type, RTES.Collectivite) in result.graph
    subjects = {str(s) for s in result.graph.subjects()}
    assert all(s.startswith("https://example.org/kg/") for s in subjects)


def test_origins_lead_back_to_the_fiche_lines():
    result = mapped(dijon())
    org = result.org
    assert result.origins[(org, None)] == at(276)
    assert result.origins[(org, SKOS.prefLabel)] == at(276)
    assert result.origins[(org, RTES.population)] == at(299)
    assert result.origins[(URIRef(org + "#adhesion-debut"), TIME.inXSDgYear)] == at(289)
    assert result.origins[(URIRef(org + "#adresse"), LOCN.postCode)] == at(303)
    assert result.origins[(URIRef(org + "#adresse"), LOCN.thoroughfare)] == at(302)
    # every node of the graph can be located
    for subject in set(result.graph.subjects()):
        assert (subject, None) in result.origins, subject
    # and every literal-valued fact too
    for subject, predicate, value in result.graph:
        if isinstance(value, Literal):
            assert (subject, predicate) in result.origins, (subject, predicate)


def test_reference_graph_holds_the_rtes_and_the_concepts():
    graph = reference_graph()
    rtes = URIRef(BASE + "org/rtes")
    assert {RTES.Reseau, ORG.FormalOrganization, ORG.Organization} <= set(graph.objects(rtes, RDF.type))
    assert graph.value(rtes, SKOS.prefLabel) == Literal(
        "Réseau des collectivités Territoriales pour une Économie Solidaire", lang="fr")
    assert graph.value(KIND.metropole, SKOS.prefLabel, any=True) is not None
    assert (KIND.metropole, SKOS.prefLabel, Literal("Métropole", lang="fr")) in graph
    assert (SECTION_BUDGETAIRE.investissement, RDF.type, SKOS.Concept) in graph


def test_contract_record_pattern():
    result = mapped(audincourt())
    assert {FOAF.Document, PROV.Entity} <= set(result.graph.objects(result.record, RDF.type))
    assert (result.record, RDF.type, DCAT.CatalogRecord) not in result.graph
    assert (result.record, FOAF.primaryTopic, result.org) in result.graph


@given(st.text())
def test_slug_is_never_empty_short_and_iri_safe(text):
    made = mint.slug(text)
    assert made and len(made) <= naming.SLUG_MAX_LENGTH
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in made)
    assert made == made.lower() and not made.startswith("-") and not made.endswith("-")


def test_slug_examples():
    assert mint.slug("Dijon Métropole") == "dijon-metropole"
    assert mint.slug("Elue en charge de l'ESS") == "elue-en-charge-de-l-ess"
    assert mint.slug("d’une Œuvre") == "d-une-oeuvre"
    cut = mint.slug("Soutien au lancement d’une plate-forme de financement participatif des projets")
    assert cut == "soutien-au-lancement-d-une-plate-forme-de-financement"
    assert mint.slug("x" * 100) == "x" * 60
    assert mint.slug("ab " + "c" * 100) == "ab-" + "c" * 57
    assert mint.slug("€") == mint.slug("€") != mint.slug("¤")


def test_the_members_home_page_under_its_last_action_is_no_page_of_that_action():
    (fiche,) = read_fiches("Région Nouvelle-Aquitaine\n\nExemples d'actions soutenues par la collectivité :\n\n"
                           "• La Région est sociétaire de la SCIC Terre de Liens.\n\n"
                           "https://www.nouvelle-aquitaine.fr/\n\n"
                           "• Les Journées de l'économie autrement.\n\nhttps://www.journeeseconomieautrement.fr/\n",
                           "t.txt")
    urls = sorted(str(url) for url in mapped(fiche).graph.objects(None, SCHEMA.url))
    assert urls == ["https://www.journeeseconomieautrement.fr/"]
