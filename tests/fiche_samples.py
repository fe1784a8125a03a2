"""Hand-built Fiche records for the six seed fiches of data/fiches/rtes-fiches-2025.txt.

Built by hand, not by the parser, so that the mapping is tested on its own. Line numbers are the
seed file's. The three longest texts (two programmes, one action) are sliced from the seed file
rather than pasted: the mapping copies them through unchanged, so their exact wording is not what
these tests are about."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from rtes_kg.parse.records import (
    Action,
    Address,
    Contact,
    Fiche,
    MoneyAmount,
    Number,
    Source,
    Text,
    Year,
)

SOURCE_ROOT = "data"
FILE = "data/fiches/rtes-fiches-2025.txt"
SEED_PATH = Path(__file__).resolve().parents[1] / FILE


def at(line: int) -> Source:
    return Source(FILE, line)


def seed_text(first: int, last: int) -> str:
    """Lines first..last of the seed file, blank lines dropped, whitespace normalised."""
    lines = SEED_PATH.read_text(encoding="utf-8").splitlines()[first - 1:last]
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def preval() -> Fiche:
    actions = [
        (7, "Préval confie un marché pour l’exploitation du centre de tri des emballages et papiers avec SUEZ et son sous-traitant ID’EES R&V, structure d’insertion par l’activité économique. Le tri est effectué par 16 salariés en parcours. 200 personnes accompagnées depuis l’ouverture en 2015."),
        (9, "Préval a initié l’émergence d’un atelier de transformation des invendus alimentaires piloté aujourd’hui par l’association La Marmite Solidaire. 10 000 portions sont cuisinées chaque année, sur la base de denrées collectées directement ou données par les associations de dons alimentaires. Les plats sont vendus ou redonnés à l’aide alimentaire. L’association emploie 2.5 ETP, et réalise le travail en s’appuyant sur des bénévoles, dont une partie est orientée par les acteurs sociaux."),
        (11, "Préval a initié l’émergence de la recyclerie citoyenne Re Bon. Cette SIAE réemploie 170 T/an d’objets grâce à 15 salariés en insertion, 4 permanents et environ 45 bénévoles. L’association a développé aussi une activité de transport à la demande et d’accompagnement à l’inclusion numérique. Elle exerce son activité dans un bâtiment construit par Préval Haut-Doubs (1.7 M€)."),
        (13, "Actuellement avec les communautés de communes des Portes du Haut-Doubs, du Plateau du Russey et du Val de Morteau co-pilotent deux projets structurants et innovants de création de nouvelles infrastructures regroupant déchèterie, recyclerie, matériauthèques, et activités d’économie circulaires à Valdahon, et au Bélieu."),
        (15, "Ces futurs sites comporteront des activités d’économie circulaire gérées par des acteurs de l’ESS. Il est attendu la création d’une trentaine d’emplois par site."),
        (17, "Préval met à disposition des associations de son territoire deux bennes de 30 m3 dédiées à la collecte des papiers. Au total, ce sont 32 associations qui ont emprunté la benne en 2022, pour 640 tonnes collectées et conditionnées par Emmaüs Pontarlier."),
        (19, "Perspective : développement de collectes événementielles des textiles linges et chaussures."),
        (21, "Prise de parts de dans la Fruitière à Energies (entreprise ESUS) et partenariat pour une centrale solaire photovoltaïque."),
    ]
    return Fiche(
        source=at(3),
        name=Text("Syndicat Mixte Préval Haut-Doubs", at(3)),
        actions=tuple(Action(text, (), at(line)) for line, text in actions),
        membership_year=Year("2023", at(23)),
        kind=Text("Communauté de communes", at(26)),
        population=Number(145000, "145000 hab.", at(28)),
        address=Address(
            thoroughfare="2 rue des tourbières", po_box="BP 235", area=None, post_code="25580",
            post_name="Pontarlier", cedex=False, country="France",
            lines=("2 rue des tourbières, BP 235", "25580 Pontarlier", "France"), source=at(31)),
        contacts=(
            Contact("Président", "Claude Gindre", None, (), at(37)),
            Contact("Service référent", "Gaëlle Journot", None,
                    ("responsable du pôle mobilisation territoriale pour la réduction des déchets",),
                    at(39)),
        ),
    )


def portes_du_haut_doubs() -> Fiche:
    return Fiche(
        source=at(41),
        name=Text("Communauté de communes des Portes du Haut-Doubs", at(41)),
        in_progress=True,
        membership_year=Year("2023", at(45)),
        kind=Text("Communauté de communes", at(48)),
        population=Number(26440, "26 440 hab.", at(50)),
        address=Address(
            thoroughfare="7 rue Denis Papin", po_box="BP70", area="ZA En Pougie",
            post_code="25800", post_name="VALDAHON", cedex=False, country="France",
            lines=("7 rue Denis Papin BP70", "ZA En Pougie", "25800 VALDAHON", "France"),
            source=at(53)),
        contacts=(
            Contact("Élu référent", "Pierre-François Bernard", None,
                    ("vice-président gestion de la ressource et des déchets",), at(60)),
        ),
    )


def bourgogne_franche_comte() -> Fiche:
    budget = "Budget prévisionnel 2023 : 6.1 M€ en fonctionnement + 614 000€ en investissement"
    return Fiche(
        source=at(62),
        name=Text("Conseil régional Bourgogne Franche-Comté", at(62)),
        panorama=Text("Retrouvez le panorama 2022 réalisé par la CRESS Bourgogne-Franche-Comté",
                      at(66)),
        budget=Text(budget, at(70)),
        budget_amounts=(
            MoneyAmount(Decimal("6100000"), "6.1 M€", 2023, "fonctionnement", None, at(70)),
            MoneyAmount(Decimal("614000"), "614 000€", 2023, "investissement", None, at(70)),
        ),
        programme=Text(seed_text(74, 102), at(74)),
        actions=(
            Action("Les Journées de l’économie autrement : la 7ème édition a eu lieu à Dijon les 25 et 26 novembre 2022. La Région soutient cet événement d’envergure nationale depuis sa création par Alternatives économiques, SCOP originaire de Côte d’Or. Pendant 2 jours, tables-rondes, conférences et ateliers offrent l’occasion de réunir tous les acteurs qui réfléchissent sur l’économie sociale et solidaire et agissent en faveur de son développement.",
                   ("https://www.journeeseconomieautrement.fr/",), at(108)),
            Action("La Conférence régionale de l’économie sociale et solidaire (ESS) s'est tenue le 20 janvier 2022. Entièrement organisée en format dématérialisé, cette conférence a réuni près de 300 acteurs du secteur pour échanger sur le thème de l’économie de proximité.",
                   ("https://www.bourgognefranchecomte.fr/conference-regionale-de-leconomie-sociale-et-solidaire-",),
                   at(112)),
        ),
        membership_year=Year("2016", at(116)),
        kind=Text("Conseil régional", at(119)),
        population=Number(2820940, "2 820 940", at(121)),
        address=Address(
            thoroughfare="4 square Castan", po_box="CS 51857", area=None, post_code="25031",
            post_name="Besançon", cedex=True, country="France",
            lines=("4 square Castan – CS 51857", "25031 Besançon Cedex", "France"), source=at(124)),
        contacts=(
            Contact("Élu référent", "Éric Oternaud", None,
                    ("conseiller régional délégué aux mutations économiques, aux emplois verts et à l'ESS",
                     "administrateur du RTES"), at(130)),
            Contact("Chef de service ESS-TPE-Entreprenariat", "Lucien Da Ponte", None, (), at(134)),
        ),
    )


def creusot_montceau() -> Fiche:
    return Fiche(
        source=at(136),
        name=Text("Communauté urbaine Creusot-Montceau", at(136)),
        budget=Text("29000€ en fonctionnement pour 2022", at(140)),
        budget_amounts=(
            MoneyAmount(Decimal("29000"), "29000€", 2022, "fonctionnement", None, at(140)),
        ),
        programme=Text(seed_text(144, 184), at(144)),
        actions=(Action(seed_text(188, 224), (), at(188)),),
        membership_year=Year("2001", at(226)),
        kind=Text("Communauté urbaine", at(229)),
        population=Number(97000, "La communauté urbaine Creusot Montceau regroupe 34 communes et compte 97 000 habitants.", at(231)),
        address=Address(
            thoroughfare="Château de la Verrerie", po_box="BP69", area=None, post_code="71206",
            post_name="Le Creusot", cedex=True, country="France",
            lines=("Château de la Verrerie BP69", "71206 Le Creusot cedex", "France"),
            source=at(234)),
        contacts=(
            Contact("Élu référent", "David Marti", None, ("président",), at(240)),
            Contact("Chargée de mission à l'entreprenariat et à l'ESS", "Christelle Badon", None,
                    (), at(242)),
            Contact("Service référent ESS", None, "Mission Economie et Services aux entreprises",
                    (), at(242)),
        ),
    )


def audincourt() -> Fiche:
    return Fiche(
        source=at(244),
        name=Text("Audincourt", at(244)),
        budget=Text("15 000€ au pôle + toutes les aides aux associations et mise à disposition gratuite de locaux.", at(248)),
        budget_amounts=(MoneyAmount(Decimal("15000"), "15 000€", None, None, None, at(248)),),
        programme=Text("Aide à l’économie solidaire aide aux associations, à l’éducation populaire, aux associations caritatives, etc.", at(252)),
        membership_year=Year("2001", at(254)),
        actions=(
            Action("Adhésion à RTES depuis 15 ans, nomination d’une adjointe à l’économie solidaire depuis 12 ans, installation il y a 15 ans d’un pole local d’économie solidaire, aide à la création d’artisans du monde il y a 14 ans, aide à la création d’un restaurant solidaire en 2011 etc.…",
                   (), at(258)),
        ),
        kind=Text("Commune", at(261)),
        population=Number(15000, "15 000 habitants", at(263)),
        address=Address(
            thoroughfare="8 avenue Aristide Briand", po_box=None, area=None, post_code="25400",
            post_name="Audincourt", cedex=False, country="France",
            lines=("8 avenue Aristide Briand", "25400 Audincourt", "France"), source=at(266)),
        contacts=(
            Contact("Élu représentant", "Renaud Fouché", None,
                    ("Adjoint en charge du centre de santé, de la démographie médicale et de l’économie sociale et solidaire.",),
                    at(272)),
        ),
    )


DIJON_PROGRAMME = (
    "• Favoriser la coordination de l’intervention des acteurs de la création d’activités et plus particulièrement dans le secteur de l’ESS\n"
    "• Soutien à la consolidation et au développement du secteur associatif via le Dispositif Local d’Accompagnement (DLA)\n"
    "• Développement de la Commande Publique Responsable via l’introduction des clauses sociales du Code des Marchés Publics dans les opérations où le Grand Dijon est commanditaire\n"
    "• Information / sensibilisation des partenaires publics et privés à la commande responsable"
)


def dijon() -> Fiche:
    return Fiche(
        source=at(276),
        name=Text("Dijon Métropole", at(276)),
        budget=Text("40 000 euros", at(280)),
        budget_amounts=(MoneyAmount(Decimal("40000"), "40 000 euros", None, None, None, at(280)),),
        programme=Text(DIJON_PROGRAMME, at(284)),
        membership_year=Year("2001", at(289)),
        actions=(
            Action("Soutien au lancement d’une plate-forme de financement participatif des projets d’utilité sociale porté par un acteur local de l’ESS", (), at(293)),
            Action("Soutien aux structures d’accompagnement à la création d’activité proposant une entrée via le secteur de l’ESS ou en faveur des publics les plus éloignés du crédit bancaire", (), at(294)),
            Action("Présentation aux communes de l’agglomération des modalités de rédaction d’un cahier des charges pour l’achat de produits issus du Commerce Équitable ainsi que de l’offre de services des associations locales œuvrant sur la thématique du Commerce Équitable", (), at(295)),
        ),
        kind=Text("Métropole", at(297)),
        population=Number(251179, "251 179 habitants", at(299)),
        address=Address(
            thoroughfare="40, avenue du Drapeau", po_box="BP 17 510", area=None, post_code="21075",
            post_name="Dijon", cedex=True, country="France",
            lines=("40, avenue du Drapeau - BP 17 510", "21075 Dijon Cedex", "France"),
            source=at(302)),
        contacts=(
            Contact("Elue en charge de l'ESS", "Océane Charret-Godard", None,
                    ("conseillère déléguée emploi, insertion et ESS",), at(308)),
            Contact("Service référent", "Nelly Verstraeten", None, (), at(310)),
        ),
    )


def seed_fiches() -> list[Fiche]:
    return [preval(), portes_du_haut_doubs(), bourgogne_franche_comte(), creusot_montceau(),
            audincourt(), dijon()]


def with_bad_year_and_postcode(fiche: Fiche) -> Fiche:
    """The same fiche with the typos validation must catch: "20O1" and "2107"."""
    assert fiche.membership_year is not None and fiche.address is not None
    return replace(fiche, membership_year=replace(fiche.membership_year, raw="20O1"),
                   address=replace(fiche.address, post_code="2107"))
