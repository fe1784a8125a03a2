"""Wrong facts of the fifty-sixth round: "Les élus ont visité la SCOP X" made X the carrier; "La Région
finance, depuis 2019, l'association X" in a commune's fiche made X the commune's to support, and so did
"La Banque des Territoires a investi 200 000 € dans X"; "le restaurant X, ouvert par l'association Y"
made Y a partner; "Financement du poste de chargé de mission ESS de la CRESS" made the CRESS a giver;
"l'Agence départementale d'information sur le logement" had one IRI for every département's; "la
Cigale des Coëvrons" was no body; "porté par Optim'ism et Idées 35" named none; in "312 sociétaires,
dont 280 citoyens, 12 entreprises et 3 collectivités" only the first was a part. Each text is written
for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions, roles_in_a_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.parse.records import Source

LAVAL = {"member": "Ville de Laval", "kind": "Commune", "address": "Place du 11 novembre\n53000 Laval"}
GIRONDE = {"member": "Département de la Gironde", "kind": "Département",
           "address": "1 esplanade Charles de Gaulle\n33074 Bordeaux"}
BRETAGNE = {"member": "Région Bretagne", "kind": "Région", "address": "283 avenue du Général Patton\n35711 Rennes"}


# --- a visit is no part in the action ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Les élus ont visité la SCOP Les Menuisiers du Maine lors du Mois de l'ESS.",
    "Visite de la ressourcerie L'Effet Papillon par les élus.",
    "Les élus ont visité la SCOP Alpha, qui fabrique des meubles à partir de bois recyclé.",
])
def test_a_body_visited_has_no_role(sentence):
    assert roles_in_a_fiche(sentence, **LAVAL) == []


def test_a_body_visited_that_the_member_supports_is_still_supported():
    assert roles_in_a_fiche("Les élus ont visité la SCOP Alpha, que la Ville soutient depuis 2015.",
                            **LAVAL) == [("Alpha", "soutenu")]


# --- another body's grant past an incise of time; an investment ----------------------------------

@pytest.mark.parametrize("sentence", [
    "La Région finance, depuis 2019, l'association Cœur de Mayenne.",
    "La Région soutient, chaque année, l'association Cœur de Mayenne.",
    "La Région soutient, depuis sa création, l'association Cœur de Mayenne.",
])
def test_another_body_s_grant_past_an_incise_of_time_is_not_the_member_s(sentence):
    assert roles_in_a_fiche(sentence, **LAVAL) == [("Région Pays de la Loire", "partenaire")]


@pytest.mark.parametrize("sentence", [
    "La Ville soutient, depuis 2019, l'association Cœur de Mayenne.",
    "La Ville soutient, chaque année, l'association Cœur de Mayenne.",
])
def test_the_member_s_grant_past_an_incise_of_time_is_its_support(sentence):
    assert roles_in_a_fiche(sentence, **LAVAL) == [("Cœur de Mayenne", "soutenu")]


def test_another_body_s_investment_is_not_the_member_s_support():
    assert roles_in_a_fiche("La Banque des Territoires a investi 200 000 € dans la foncière solidaire Terre de "
                            "Liens Pays de la Loire.", **LAVAL) == [("Banque des Territoires", "partenaire")]
    assert roles_in_a_fiche("La Région a investi 50 000 € dans la SCIC Alpha.", **LAVAL) == [
        ("Région Pays de la Loire", "partenaire")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a investi 50 000 € dans la SCIC Alpha.", [("Alpha", "soutenu")]),
    ("La Ville, avec la Région, a investi 50 000 € dans la SCIC Alpha.",
     [("Alpha", "soutenu"), ("Région Pays de la Loire", "partenaire")]),
])
def test_the_member_s_investment_is_its_support(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- who opened a place runs it ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Aide au démarrage du restaurant d'insertion Le Bon Accueil, ouvert en 2022 par l'association Revivre.",
    "Aide au démarrage du restaurant d'insertion Le Bon Accueil, ouvert par l'association Revivre.",
])
def test_the_body_that_opened_a_place_is_its_carrier(sentence):
    assert roles_in_a_fiche(sentence, **LAVAL) == [("Le Bon Accueil", "soutenu"), ("Revivre", "porteur")]


def test_a_gift_made_by_a_body_names_its_giver_not_a_carrier():
    assert roles_in_a_fiche("Un don fait par la Fondation Macif a permis à l'association Alpha d'ouvrir un café.",
                            **LAVAL) == [("Alpha", "porteur"), ("Fondation Macif", "partenaire")]


# --- a post's holder ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Financement du poste de chargé de mission ESS de la CRESS Nouvelle-Aquitaine à hauteur de 30 000 € par an.",
    "Le Département finance le poste de chargé de mission de la CRESS.",
])
def test_the_body_whose_post_the_member_funds_is_supported(sentence):
    assert roles_in_a_fiche(sentence, **GIRONDE) == [("CRESS Nouvelle-Aquitaine", "soutenu")]


def test_a_network_whose_post_the_member_cofunds_is_supported():
    assert roles_in_a_fiche("La Région a cofinancé avec l'ADEME le poste d'animateur du réseau des ressourceries "
                            "de Bretagne.", **BRETAGNE) == [("ADEME", "partenaire"),
                                                          ("Réseau des ressourceries de Bretagne", "soutenu")]


def test_who_gives_for_a_post_is_still_a_giver():
    assert roles_in_a_fiche("Le Département finance le poste de coordinatrice grâce à une subvention de la "
                            "Région.", **GIRONDE) == [("Région Nouvelle-Aquitaine", "partenaire")]


# --- a body named by its territory's level, no name of its own --------------------------------------

@pytest.mark.parametrize(("sentence", "name"), [
    ("Le Département a mandaté l'Agence départementale d'information sur le logement (ADIL 33).",
     "Agence départementale d'information sur le logement"),
    ("Partenariat avec l'Union départementale des associations familiales.",
     "Union départementale des associations familiales"),
])
def test_a_body_named_by_its_level_is_the_member_s_territory_s(sentence, name):
    (found,) = mentions(sentence, **GIRONDE)
    slug = name.lower().replace("é", "e").replace("'", "-").replace(" ", "-")
    assert (name, f"{slug}-departement-de-la-gironde", "partenaire") in found
    (in_laval,) = mentions(sentence, **LAVAL)
    assert (name, f"{slug}-ville-de-laval", "partenaire") in in_laval  # another body, another IRI


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Mangeons local a reçu 3 000 €.", ("Mangeons local", "mangeons-local", "soutenu")),
    ("Partenariat avec l'Union régionale des SCOP (URSCOP) Nouvelle-Aquitaine.",
     ("URSCOP Nouvelle-Aquitaine", "urscop-nouvelle-aquitaine", "partenaire")),
    ("Soutien au Pôle territorial de coopération économique du Libournais.",
     ("Pôle territorial de coopération économique du Libournais",
      "pole-territorial-de-cooperation-economique-du-libournais", "soutenu")),
])
def test_a_name_of_its_own_keeps_its_iri(sentence, expected):
    assert mentions(sentence, **GIRONDE) == [[expected]]


# --- a club of investors; bare names of one word -------------------------------------------------------

def test_a_cigale_is_a_club_of_the_network():
    (found,) = mentions("Subvention de 12 000 € à la Cigale des Coëvrons pour l'animation de son club "
                        "d'investisseurs.", **LAVAL)
    assert found == [("Cigale des Coëvrons", "cigale-des-coevrons", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les chantiers d'insertion portés par Optim'ism et Idées 35 ont été financés via le FSE géré par la Région.",
     [("Idées 35", "porteur"), ("Optim'ism", "porteur")]),
    ("Le chantier porté par Idées 35 a été financé.", [("Idées 35", "porteur")]),
    ("Le chantier est géré par Emmaüs 35.", [("Emmaüs 35", "porteur")]),
    # a place and its number, a person: no body
    ("Le chantier porté par Rennes 2 a été financé.", []),
    ("Le projet porté par Marie Durand a été financé.", []),
])
def test_a_one_word_name_after_porte_par_is_the_carrier(sentence, expected):
    assert roles_in_a_fiche(sentence, **BRETAGNE) == expected


# --- the parts listed after "dont" ----------------------------------------------------------------------

def _figures(sentence: str) -> list[tuple[int, str, str | None, int | None]]:
    return [(int(q.value), q.unit, q.counted, int(q.part_of.value) if q.part_of else None)
            for q in find_quantities(sentence, Source("t.txt", 1))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC compte 312 sociétaires, dont 280 citoyens, 12 entreprises et 3 collectivités.",
     [(312, "nombre", None, None), (280, "nombre", None, 312), (12, "nombre", "structures", 312),
      (3, "nombre", None, 312)]),
    ("320 tonnes collectées, dont 180 réemployées et 140 recyclées.",
     [(320, "tonne", "tonnage", None), (180, "tonne", "tonnage", 320), (140, "tonne", "tonnage", 320)]),
    ("48 salariés, dont 30 en insertion et 18 permanents.",
     [(48, "nombre", "salaries", None), (30, "nombre", "salaries-en-insertion", 48), (18, "nombre", "salaries", 48)]),
    # the incise of the parts closed: what follows is no part
    ("La SCIC compte 312 sociétaires, dont 280 citoyens, et 12 salariés.",
     [(312, "nombre", None, None), (280, "nombre", None, 312), (12, "nombre", "salaries", None)]),
    ("Le chantier emploie 24 salariés (dont 18 en insertion) et 3 encadrants.",
     [(24, "nombre", "salaries", None), (18, "nombre", "salaries-en-insertion", 24), (3, "nombre", None, None)]),
])
def test_the_parts_listed_after_dont_are_all_parts(sentence, expected):
    assert _figures(sentence) == expected


# --- the givers together; a listed network that receives -----------------------------------------------

COEVRONS = {"member": "Communauté de communes des Coëvrons", "kind": "Communauté de communes",
            "address": "1 rue Jean-Baptiste Lafosse\n53600 Évron"}


def test_other_bodies_that_take_part_together_in_a_grant_give_it_not_the_member():
    assert roles_in_a_fiche("La CAF et la MSA participent au financement de l'association La Grange.",
                            **COEVRONS) == [("CAF", "partenaire"), ("MSA", "partenaire")]
    # the member among them gives too
    assert ("La Grange", "soutenu") in roles_in_a_fiche(
        "La CC et la CAF participent au financement de l'association La Grange.", **COEVRONS)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Financement de l'association Les Petits Débrouillards.", [("Les Petits Débrouillards", "soutenu")]),
    ("Accompagnement de l'association « Les Petits Débrouillards » pour des ateliers scientifiques.",
     [("Les Petits Débrouillards", "soutenu")]),
    ("Accompagnement de l'AFEV.", [("Afev", "soutenu")]),
    # a gift's noun names who gives; a lender or a foundation gives
    ("Grâce à une subvention de la Croix-Rouge, l'association Le Pied gère l'épicerie.",
     [("Croix-Rouge française", "partenaire"), ("Le Pied", "porteur")]),
    ("Grâce à un financement de la Fondation de France, l'association Les Amis du Quai a ouvert un café.",
     [("Fondation de France", "partenaire"), ("Les Amis du Quai", "porteur")]),
    ("Avec le soutien de l'association France Active Pays de la Loire, l'association Alpha a ouvert un café.",
     [("Alpha", "porteur"), ("France Active Pays de la Loire", "partenaire")]),
])
def test_a_listed_network_named_as_what_receives_is_supported(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- names -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Fab Lab « L'Établi », géré par l'association Ingénieurs sans frontières, compte 120 adhérents.",
     [("Ingénieurs sans frontières", "porteur")]),
    ("Soutien à l'association Médecins sans frontières.", [("Médecins sans frontières", "soutenu")]),
    ("Soutien à l'association Alpha en solidaire.", [("Alpha", "soutenu")]),  # only "en transition"
    ("Soutien à Kiosque Paysan, magasin de producteurs en SCIC.", [("Kiosque Paysan", "soutenu")]),
    ("Subvention à Mayenne Nature Environnement pour ses animations.", [("Mayenne Nature Environnement", "soutenu")]),
    # one word, or a person: no body
    ("Soutien à Baluchon.", []),
    ("Aide à Marie Durand pour son projet.", []),
])
def test_names_after_a_noun_of_support_and_sans_frontieres(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Partenariat avec l'Union régionale des SCOP (URSCOP) Nouvelle-Aquitaine.",
     ("URSCOP Nouvelle-Aquitaine", "urscop-nouvelle-aquitaine", "partenaire")),
    ("Partenariat avec la Chambre régionale de l'économie sociale et solidaire (CRESS) Bretagne.",
     ("CRESS Bretagne", "cress-bretagne", "partenaire")),
    # no area after the parenthesis: the member's région's
    ("Partenariat avec l'Union régionale des SCOP (URSCOP).",
     ("URSCOP Pays de la Loire", "urscop-pays-de-la-loire", "partenaire")),
])
def test_a_network_s_long_name_its_acronym_and_an_area_name_that_area_s_chapter(sentence, expected):
    assert mentions(sentence, **LAVAL) == [[expected]]  # (Laval is in the Pays de la Loire)


# --- the member's shares listed after a colon -------------------------------------------------------------

NIMES = {"member": "Ville de Nîmes", "kind": "Commune", "address": "Place de l'Hôtel de Ville\n30000 Nîmes"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Participation au capital de trois SCIC : Enercoop Languedoc-Roussillon, Cévennes Bois Énergie et La "
     "Coopérative des Savoirs.", [("Cévennes Bois Énergie", "actionnaire"), ("Enercoop Languedoc-Roussillon",
                                                                          "actionnaire"),
                                  ("La Coopérative des Savoirs", "actionnaire")]),
    ("La Ville est sociétaire de plusieurs coopératives : la SCIC Alpha et la SCIC Beta.",
     [("Alpha", "actionnaire"), ("Beta", "actionnaire")]),
    ("Prises de participation : SCIC Alpha, SCIC Beta.", [("Alpha", "actionnaire"), ("Beta", "actionnaire")]),
    # who holds shares of a company, listed: no part of the member's (the member among them holds them)
    ("La SCIC Alpha compte 80 sociétaires : la SCOP Beta, l'association Gamma et la Ville.",
     [("Alpha", "actionnaire")]),
])
def test_the_companies_listed_after_the_member_s_shares_are_its_holdings(sentence, expected):
    assert roles_in_a_fiche(sentence, **NIMES) == expected


# --- a winner: the member's, or another body's --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Les Petits Pas est lauréate du prix de la Fondation Macif.", [("Fondation Macif", "partenaire")]),
    ("L'association Les Petits Pas a été retenue par la Fondation Macif.", [("Fondation Macif", "partenaire")]),
    ("L'association Les Petits Pas a été sélectionnée par la Région.", [("Région Pays de la Loire", "partenaire")]),
    ("L'association Les Petits Pas est lauréate de l'appel à projets de la Région.",
     [("Région Pays de la Loire", "partenaire")]),
    # the member's: its call, its choice, its prize
    ("L'association Les Petits Pas est lauréate de l'appel à projets de la Ville.", [("Les Petits Pas", "soutenu")]),
    ("L'association Les Petits Pas a été retenue par la Ville.", [("Les Petits Pas", "soutenu")]),
    ("La Ville a récompensé l'association Les Petits Pas.", [("Les Petits Pas", "soutenu")]),
    ("L'association Les Petits Pas a été récompensée par le Prix de l'innovation sociale.",
     [("Les Petits Pas", "soutenu")]),
    ("L'association Alpha est lauréate du prix de la Fondation Macif et de l'appel à projets de la Ville.",
     [("Alpha", "soutenu"), ("Fondation Macif", "partenaire")]),
    ("La Ville soutient l'entreprise d'insertion Récup'R, lauréate du Prix de l'ESS 2023 décerné par la Fondation "
     "Crédit Coopératif.", [("Fondation Crédit Coopératif", "partenaire"), ("Récup'R", "soutenu")]),
    # a contract's winner carries the work, in an incise too
    ("L'entreprise d'insertion Alpha, retenue par la Ville pour le marché de nettoyage, emploie 20 salariés.",
     [("Alpha", "porteur")]),
])
def test_whose_winner_a_body_is(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a list opened by "Parmi"; the body a pronoun of the member's support stands for ----------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a lancé en 2021 un appel à projets. Parmi les lauréats figurent l'association Gamma et la SCOP Delta.",
     [("Delta", "soutenu"), ("Gamma", "soutenu")]),
    ("Appel à projets : 18 projets lauréats (enveloppe de 240 000 €), dont le garage solidaire Roule Ma Poule et la "
     "SCOP Mobilités Douces.", [("Mobilités Douces", "soutenu"), ("Roule Ma Poule", "soutenu")]),
    ("Parmi les partenaires : la CAF et l'association Gamma.", [("CAF", "partenaire"), ("Gamma", "partenaire")]),
])
def test_a_sentence_opened_by_parmi_takes_its_own_label(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Nu a repris l'activité de l'association Xi, liquidée en 2021. La Ville l'accompagne depuis.",
     [("Nu", "soutenu")]),
    ("Le chantier Alpha travaille avec l'association Gamma. La Ville la soutient.",
     [("Gamma", "partenaire"), ("Gamma", "soutenu")]),
    ("Le Pôle ESS Alpha anime le réseau ; la Ville le soutient.",
     [("Pôle ESS Alpha", "porteur"), ("Pôle ESS Alpha", "soutenu")]),
])
def test_the_member_s_pronoun_stands_for_the_subject_before_that_agrees(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a model is no part; another giver in an incise of likeness ------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sur le modèle de la Recyclerie de Saint-Nazaire, la Ville a créé sa propre ressourcerie.", []),
    ("Sur le modèle de la Recyclerie de Saint-Nazaire, la Ville a créé la ressourcerie Alpha.", [("Alpha", "cree")]),
    ("Inspiré des Jardins de Cocagne, le jardin d'insertion Gamma produit 200 paniers.", [("Gamma", "porteur")]),
    ("La Ville soutient, au même titre que la Région, l'association Alpha.", [("Alpha", "soutenu")]),
    ("La Ville soutient, à l'instar de la Région, l'association Alpha.", [("Alpha", "soutenu")]),
    ("La SCIC X, née de la fusion de l'association A et de l'atelier B, emploie 20 salariés.", [("X", "porteur")]),
])
def test_a_model_or_a_like_takes_no_part(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Caisse des Dépôts a pris des parts dans la SCIC Epsilon aux côtés de la Ville.",
     [("Caisse des Dépôts", "partenaire"), ("Epsilon", "actionnaire")]),
    ("La Caisse des Dépôts est sociétaire de la SCIC Epsilon avec la Ville.",
     [("Caisse des Dépôts", "partenaire"), ("Epsilon", "actionnaire")]),
    # another collectivité beside: not the member's shares
    ("La Caisse des Dépôts a pris des parts dans la SCIC Epsilon aux côtés de la Région.",
     [("Caisse des Dépôts", "partenaire"), ("Epsilon", "porteur"), ("Région Pays de la Loire", "partenaire")]),
])
def test_another_body_s_shares_beside_the_member_are_the_member_s_too(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


LOIRE_ATLANTIQUE = {"member": "Département de la Loire-Atlantique", "kind": "Département",
                    "address": "3 quai Ceineray\n44000 Nantes"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département participe au financement du PLIE de la métropole nantaise aux côtés de l'Europe (FSE).",
     [("PLIE de la métropole nantaise", "soutenu")]),
    ("Le Département contribue au financement de la CRESS.", [("CRESS Pays de la Loire", "soutenu")]),
    ("Participation au financement de la Mission locale de Nantes.", [("Mission locale de Nantes", "soutenu")]),
    # (the noun of a gift after "grâce" names who gives)
    ("Grâce au financement de la Région, l'association Alpha a ouvert un café.",
     [("Alpha", "porteur"), ("Région Pays de la Loire", "partenaire")]),
])
def test_the_body_whose_funding_the_member_takes_part_in_is_supported(sentence, expected):
    assert roles_in_a_fiche(sentence, **LOIRE_ATLANTIQUE) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association 2 Roues Vertes répare des vélos.", [("2 Roues Vertes", "porteur")]),
    ("Soutien à l'association 3 Petits Pas.", [("3 Petits Pas", "soutenu")]),
    ("L'association Une main tendue distribue des repas.", [("Une main tendue", "porteur")]),
    ("L'association Un toit héberge 20 personnes.", [("Un toit", "porteur")]),
    # a count, no name
    ("Les 3 SCOP du territoire emploient 40 salariés.", []),
    ("L'association Un des membres fondateurs.", []),
])
def test_a_name_after_its_kind_may_open_with_a_number_or_un(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


def test_what_the_member_s_scheme_helped_is_supported():
    assert roles_in_a_fiche("Le Pass ESS, géré par les pôles ESS, a accompagné 340 entreprises en 2023, dont la SCOP "
                            "Enez Coop.", **BRETAGNE) == [("Enez Coop", "soutenu")]
