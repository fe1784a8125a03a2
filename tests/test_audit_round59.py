"""Wrong facts of the fifty-ninth round, found on sentences and fiches written by people who had not
read the rules: other bodies made the member's fellow shareholders ("dont sont également actionnaires
la Banque des Territoires"), a co-founder named in an incise made the body created, the words of an
acronym's long form found as a body of their own ("VRAC (Vers un Réseau d'Achat en Commun)"), the
curated APES found in "(APES 80)", a contract's holder made a partner by the hours of its clause, a
support said in a second clause lost to the denial of the first, names cut or lost ("Le Pain",
"Kerbernard à la Ressourcerie de l'Iroise"). Each text is written for these tests in the style of the
fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import roles_in_a_fiche
from rtes_kg.extract.findings import read_fiches

LAVAL = {"member": "Ville de Laval", "kind": "Commune", "address": "Place du 11 novembre\n53000 Laval"}
GIRONDE = {"member": "Département de la Gironde", "kind": "Département",
           "address": "1 esplanade Charles-de-Gaulle\n33074 Bordeaux Cedex"}
STRASBOURG = {"member": "Eurométropole de Strasbourg", "kind": "Métropole",
              "address": "1 parc de l'Étoile\n67076 Strasbourg Cedex"}
BRETAGNE = {"member": "Région Bretagne", "kind": "Région", "address": "283 avenue du Général Patton\n35700 Rennes"}
PAYS_BASQUE = {"member": "Communauté d'agglomération du Pays Basque", "kind": "Communauté d'agglomération",
               "address": "15 avenue du Maréchal Foch\n64100 Bayonne"}


# --- a company's other holders ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a pris 20 000 € de parts dans la SCIC Alpha, dont sont également actionnaires la Caisse des Dépôts "
     "et la SCOP Beta.", [("Alpha", "actionnaire"), ("Beta", "partenaire"), ("Caisse des Dépôts", "partenaire")]),
    ("La Ville est entrée au capital de la SCIC Alpha, dont les autres sociétaires sont l'Office national des forêts "
     "et 30 scieurs.", [("Alpha", "actionnaire"), ("Office national des forêts", "partenaire")]),
    ("La Ville a porté sa participation au capital de la SCIC Alpha à 15 000 €, dont la Fédération des CUMA est "
     "également sociétaire.", [("Alpha", "actionnaire"), ("Fédération des CUMA", "partenaire")]),
    ("La Ville est entrée au capital de la SCIC Alpha, rejoignant ainsi la Caisse des Dépôts, la coopérative Beta "
     "et 80 habitants.", [("Alpha", "actionnaire"), ("Beta", "partenaire"), ("Caisse des Dépôts", "partenaire")]),
    ("La Ville soutient le collectif Alpha, dont font partie la Croix-Rouge et le Secours catholique.",
     [("Alpha", "soutenu"), ("Croix-Rouge française", "partenaire"), ("Secours Catholique", "partenaire")]),
    # "sociétaire de X" still says the member's shares in X
    ("La Ville est sociétaire de la SCIC Alpha depuis 2019.", [("Alpha", "actionnaire")]),
])
def test_the_other_holders_of_a_company_are_partners(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


def test_the_holders_of_a_capital_increase_are_partners():
    assert roles_in_a_fiche("Sociétaire de la SCIC Alpha depuis 2015, l'Agglomération n'a pas suivi la dernière "
                            "augmentation de capital, souscrite par la Banque des Territoires et le Crédit Coopératif.",
                            **PAYS_BASQUE) \
        == [("Alpha", "actionnaire"), ("Banque des Territoires", "partenaire"), ("Crédit Coopératif", "partenaire")]


def test_the_member_s_share_of_a_company_named_before():
    assert roles_in_a_fiche("Au sein de la SCIC Alpha, la Ville détient 10 % des parts, la Région 20 %.", **LAVAL) \
        == [("Alpha", "actionnaire"), ("Région Pays de la Loire", "partenaire")]


# --- who founded a body -------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "member", "expected"), [
    # the companions of a fronted participle's incise are partners, the subject after them the body created
    ("Créée en 2019 à l'initiative de l'Eurométropole, avec la CRESS Grand Est et la Banque des Territoires, "
     "la SCIC Alpha emploie 12 salariés.", STRASBOURG,
     [("Alpha", "cree"), ("Banque des Territoires", "partenaire"), ("CRESS Grand Est", "partenaire")]),
    # a list that goes on past the comma names no subject
    ("Lancé par la Région avec l'ADEME, la Banque des Territoires et la CRESS, le programme a aidé la SCOP Alpha.",
     BRETAGNE, [("ADEME", "partenaire"), ("Alpha", "soutenu"), ("Banque des Territoires", "partenaire"),
                ("CRESS Bretagne", "partenaire")]),
    ("Créé en 2021 à l'initiative de la Ville, de la MAIF et de la Macif, le fonds de dotation Alpha a financé "
     "12 projets.", LAVAL, [("Alpha", "cree"), ("Alpha", "partenaire"), ("MAIF", "partenaire"),
                             ("Macif", "partenaire")]),
    ("À l'initiative de la Ville et de la CMA, la coopérative Alpha a été créée en 2021.", LAVAL,
     [("Alpha", "cree"), ("CMA", "partenaire")]),
    # a body gone before is none; an incise of who founds it, read through
    ("Après la liquidation de la SCOP Alpha, la Ville a soutenu la création, par six anciens salariés, de la "
     "coopérative Beta.", LAVAL, [("Beta", "cree")]),
    # "fondée par" names founders, who run nothing of the body
    ("La Ville détient 20 % du capital de la Foncière Solidaire Mayenne (FSM), fondée en 2020 par la CRESS Pays de "
     "la Loire et l'URSCOP Pays de la Loire.", LAVAL,
     [("CRESS Pays de la Loire", "partenaire"), ("Foncière Solidaire Mayenne", "actionnaire"),
      ("URSCOP Pays de la Loire", "partenaire")]),
])
def test_founders_and_the_body_founded(sentence, member, expected):
    assert roles_in_a_fiche(sentence, **member) == expected


# --- an acronym and its long form -------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association MRAC (Mouvement pour un Réseau d'Achat Citoyen) organise des achats groupés.",
     [("MRAC", "porteur")]),
    ("La Ville a confié à l'ADMR de la Mayenne (Aide à Domicile en Milieu Rural) le portage des repas.",
     [("ADMR de la Mayenne", "porteur")]),
    ("La Ville travaille avec l'association Alpha et l'AGUR (Agence d'urbanisme Sud-Mayenne).",
     [("Alpha", "partenaire")]),
    # an acronym and a département's number: the long name's, no curated body of the same letters
    ("La Ville soutient l'association Agir pour l'Environnement et la Solidarité (APES 53).",
     [("APES 53", "soutenu")]),
    ("La Ville a versé 9 000 € à l'Union départementale des associations familiales de la Mayenne (UDAF 53).",
     [("Union départementale des associations familiales de la Mayenne", "soutenu")]),
    # a body's long name in title case, then its acronym: a body, found (not a scheme's: "le Plan Local de
    # l'Habitat (PLH)")
    ("Le Groupe Solidarité Mayenne Insertion (GSMI), ensemble d'entreprises d'insertion, a reçu 50 000 € de la "
     "Ville.", [("Groupe Solidarité Mayenne Insertion", "soutenu")]),
    ("La Ville a adopté le Plan Local de l'Habitat (PLH) avec l'association Alpha.", [("Alpha", "partenaire")]),
    # the place after an acronym no finder knows is the body's: a chapter, not the national federation
    ("La Ville a créé la plateforme avec la Fédération française du bâtiment (FFB) de la Mayenne.",
     [("Fédération française du bâtiment de la Mayenne", "partenaire")]),
])
def test_the_words_of_a_long_form_are_no_body(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- names ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'association La Cigale et la Fourmi, qui anime une épicerie.",
     [("La Cigale et la Fourmi", "soutenu")]),
    # two names, or a body's, after "et"
    ("La Ville soutient l'association Le Relais et la Ville de Mayenne.",
     [("Le Relais", "soutenu"), ("Ville de Mayenne", "soutenu")]),
    ("La Ville soutient les associations Vélo Cité et les Amis du Rail.",
     [("Amis du Rail", "soutenu"), ("Vélo Cité", "soutenu")]),
    ("La Ville soutient les associations Vélo Cité et les Restos du Cœur.",
     [("Les Restos du Cœur", "soutenu"), ("Vélo Cité", "soutenu")]),
    ("La Ville subventionne la ludothèque La Marelle.", [("La Marelle", "soutenu")]),
    ("La Ville soutient l'atelier vélo Cycl'Hop, qui répare 2 000 vélos par an.", [("Cycl'Hop", "soutenu")]),
    # a platform's name is a scheme's
    ("La Ville soutient la plateforme de mobilité Mob'In.", []),
    ("La Ville soutient la jeune entreprise Laval Consigne.", [("Laval Consigne", "soutenu")]),
    # a number after "du" ends a name (not a date)
    ("La Ville loue les bâtiments à la SCOP Imprimerie du 53.", [("Imprimerie du 53", "soutenu")]),
    ("La Ville a accompagné la création de la SCIC Potagers du 11/19, qui exploite 4 hectares.",
     [("Potagers du 11/19", "cree")]),
    ("La Ville soutient la SCOP Alpha du 12 mars 2020 au 31 décembre 2022.", [("Alpha", "soutenu")]),
    ("L'épicerie Alpha nourrit 250 familles grâce à la Banque alimentaire de la Mayenne.",
     [("Alpha", "porteur"), ("Banque alimentaire de la Mayenne", "partenaire")]),
    ("La Ville a confié la gestion du local de la déchèterie de Bonchamp à la Ressourcerie du Maine, association "
     "d'insertion.", [("Ressourcerie du Maine", "porteur")]),
    ("La Ville a signé une convention avec le bailleur Méduane Habitat pour loger 10 familles.",
     [("Méduane Habitat", "partenaire")]),
    ("La Ville a versé 3 000 € à l'Armée du Salut pour son accueil de nuit.",
     [("Fondation de l'Armée du Salut", "soutenu")]),
    ("La Ville soutient Nos quartiers ont du talent (NQT), qui parraine 40 jeunes diplômés.",
     [("Nos quartiers ont du talent", "soutenu")]),
])
def test_names_whole_and_apart(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a contract's holder -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "member", "expected"), [
    # the hours of the contract's clause, in an incise, are no hours the holder's staff worked for another
    ("Le marché de propreté des parcs, assorti d'une clause sociale de 9 000 heures d'insertion, a été attribué à "
     "l'entreprise d'insertion Alpha.", LAVAL, [("Alpha", "porteur")]),
    ("En 2022, 12 000 heures d'insertion ont été réalisées par la SCOP Alpha.", LAVAL, [("Alpha", "partenaire")]),
    ("Le marché a été attribué à la SCOP Alpha et à son sous-traitant, l'ESAT Beta.", LAVAL,
     [("Alpha", "porteur"), ("Beta", "porteur")]),
    ("Le marché de transport a été attribué à un groupement constitué de la SCOP Alpha et de l'entreprise adaptée "
     "Beta.", LAVAL, [("Alpha", "porteur"), ("Beta", "porteur")]),
    ("Le Département a mis fin à son partenariat avec l'association Alpha, dont les missions ont été reprises par "
     "Soliha Gironde.", GIRONDE, [("Soliha Gironde", "porteur")]),
    ("Le Département a mis fin à son partenariat avec l'association Alpha, dont les missions ont été reprises par "
     "Soliha Gironde, désormais subventionnée par le Département à hauteur de 90 000 €.", GIRONDE,
     [("Soliha Gironde", "porteur"), ("Soliha Gironde", "soutenu")]),
    ("Le titulaire du marché de collecte, la SCOP Alpha, emploie 14 salariés en insertion.", LAVAL,
     [("Alpha", "porteur")]),
    ("À l'issue d'un appel d'offres remporté par l'entreprise Alpha Nettoyage, la Ville a exigé 15 % d'heures "
     "d'insertion.", LAVAL, [("Alpha Nettoyage", "porteur")]),
    ("L'association Alpha n'a pas sollicité de subvention cette année, mais la Ville lui a confié la gestion du "
     "centre social.", LAVAL, [("Alpha", "porteur")]),
    ("Le Département a confié l'accompagnement de 300 allocataires du RSA à la CAE Alpha, elle-même accompagnée "
     "par l'URSCOP Nouvelle-Aquitaine, et au GEIQ Beta.", GIRONDE,
     [("Alpha", "porteur"), ("GEIQ Beta", "porteur"), ("URSCOP Nouvelle-Aquitaine", "partenaire")]),
    ("La Ville finance l'expérimentation Territoires zéro chômeur, dont l'entreprise à but d'emploi Alpha assure "
     "la mise en œuvre.", LAVAL, [("Alpha", "porteur")]),
    ("C'est l'association Alpha qui assure, pour le compte de la Ville, la formation de 200 bénévoles.", LAVAL,
     [("Alpha", "porteur")]),
])
def test_who_does_the_work_bought(sentence, member, expected):
    assert roles_in_a_fiche(sentence, **member) == expected


# --- what the member gives ---------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a versé une subvention de 8 000 € à l'association Alpha et de 5 000 € à la Fondation Beta.",
     [("Alpha", "soutenu"), ("Fondation Beta", "soutenu")]),
    ("La Ville met à disposition des Restos du Cœur, du Secours populaire et de la Croix-Rouge un entrepôt.",
     [("Croix-Rouge française", "soutenu"), ("Les Restos du Cœur", "soutenu"),
      ("Secours populaire français", "soutenu")]),
    ("La Ville a acheté l'ancienne poste pour y installer la SCIC Alpha, café-épicerie du bourg.",
     [("Alpha", "soutenu")]),
    ("La Ville héberge dans ses locaux la permanence de l'ADIE.", [("Adie", "soutenu")]),
    ("L'association Alpha, hébergée par la Ville dans l'ancien presbytère, distribue 9 000 repas par an.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("La Ville a conventionné 12 structures d'insertion, dont l'atelier chantier d'insertion Alpha.",
     [("Alpha", "soutenu")]),
    ("L'association Alpha, conventionnée par la Ville, accueille 40 familles.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("La Ville siège au comité d'engagement de France Active Pays de la Loire.",
     [("France Active Pays de la Loire", "partenaire")]),
    ("Le chantier d'insertion Alpha, que la Ville a équipé de 10 machines, retouche 3 000 vêtements par an.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("M. Jean Martin préside la plateforme Initiative Mayenne, à laquelle la Ville verse 20 000 € par an.",
     [("Initiative Mayenne", "soutenu")]),
    # the pronoun for the last one named, and an aid whose giver is unnamed: the member's
    ("L'association Alpha a repris l'épicerie Beta ; cette dernière a reçu une aide de 5 000 €.",
     [("Alpha", "porteur"), ("Beta", "soutenu")]),
    ("L'association Alpha répare des vélos. Elle a bénéficié d'une aide au démarrage de 4 000 €.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    # another body's loan is not the member's
    ("L'association Alpha a obtenu en 2023 un prêt de 30 000 € de France Active Pays de la Loire.",
     [("France Active Pays de la Loire", "partenaire")]),
    ("Le restaurant « Le Bon Goût », créé en 2019 à l'initiative de la Ville et géré par l'association Alpha, a "
     "obtenu en 2023 un prêt de 50 000 € de France Active Pays de la Loire.",
     [("Alpha", "porteur"), ("France Active Pays de la Loire", "partenaire"), ("Le Bon Goût", "cree")]),
    ("Le tiers-lieu « La Gare », installé dans l'ancienne gare de Craon et géré par la SCIC du même nom, a "
     "bénéficié d'une subvention de 50 000 € de la Ville.", [("La Gare", "porteur"), ("La Gare", "soutenu")]),
])
def test_the_member_s_gifts(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a support denied, ended or never given, and one said after ---------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Malgré ce qu'annonçait la presse, la Ville n'est pas actionnaire de la SCIC Alpha, à laquelle elle verse "
     "néanmoins une subvention de 10 000 €.", [("Alpha", "soutenu")]),
    ("Le projet de l'association Alpha n'a pas été retenu par la Ville, qui a préféré soutenir la coopérative "
     "Beta.", [("Beta", "soutenu")]),
    ("La Ville a délibéré pour entrer au capital de la SCIC Alpha, mais l'opération ne s'est pas concrétisée.", []),
    ("Le projet de conserverie de la coopérative Alpha, un temps envisagé avec la Ville, n'a pas vu le jour.", []),
    ("L'association Alpha a obtenu 3 000 € de la Ville ; l'association Beta n'a pas déposé de demande.",
     [("Alpha", "soutenu")]),
    ("La Ville a supprimé en 2021 son dispositif d'emplois aidés, dont bénéficiaient l'association Alpha et la "
     "ludothèque La Marelle.", []),
])
def test_a_support_denied_then_one_said_after(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


def test_the_exhibitors_of_the_member_s_forum_are_partners():
    assert roles_in_a_fiche("Le forum de l'emploi, organisé par la Ville, a réuni 30 exposants, parmi lesquels "
                            "Envie Mayenne et la SCOP Alpha.", **LAVAL) \
        == [("Alpha", "partenaire"), ("Envie Mayenne", "partenaire")]


def test_an_untitled_region_s_fiche_is_the_region_its_address_is_in():
    """(it named itself a partner: "la Région Occitanie" in its own programme)"""
    text = ("Programme d'intervention dans le champ de l'ESS :\n\n"
            "Au titre de sa compétence économique, la Région Occitanie soutient la CRESS Occitanie.\n\n"
            "Type de collectivité\nRégion\nAdresse\n201 avenue de la Pompignane\n34064 Montpellier Cedex\n")
    fiche, = read_fiches(text, "fiche.txt")
    assert sorted((m.name, m.role) for m in fiche.mentions) == [("CRESS Occitanie", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "par ailleurs" is no agent's "par"
    ("La Ville anime par ailleurs un comité de pilotage réunissant le Département de la Mayenne, la Région Pays "
     "de la Loire et l'État.",
     [("Département de la Mayenne", "partenaire"), ("Région Pays de la Loire", "partenaire")]),
    ("La Ville a pris des parts dans la SCIC Alpha et accompagne par ailleurs l'association Beta.",
     [("Alpha", "actionnaire"), ("Beta", "soutenu")]),
    ("La Ville soutient l'association Culture et liberté, avec 12 bénévoles.", [("Culture et liberté", "soutenu")]),
    # the contract said in the sentence before its pronoun
    ("Le marché d'entretien des parcs est réservé aux structures d'insertion. Il a été attribué en 2022 à "
     "l'entreprise d'insertion Alpha.", [("Alpha", "porteur")]),
    # an acronym and its territory in the parenthesis of its long form
    ("Le soutien au pôle de développement de l'ESS du Pays de Laval (ADESS Pays de Laval), qui anime le réseau des "
     "acteurs, a été maintenu à hauteur de 12 000 €.", [("ADESS Pays de Laval", "soutenu")]),
    # a participle after "et" ends a name; a measure after it is no number of it
    ("L'épicerie, portée par l'association Alpha Solidarité et conventionnée avec la CAF, accueille 900 foyers.",
     [("Alpha Solidarité", "porteur"), ("CAF", "partenaire")]),
    ("La Ville a mis à disposition de l'association Racines Urbaines 1,5 hectare de parcelles.",
     [("Racines Urbaines", "soutenu")]),
    # a lease of the clause before is no agreement of the companions of another verb
    ("La Ville le lui loue par bail emphytéotique ; elle a par ailleurs financé, avec la Région Pays de la Loire, "
     "les travaux.", [("Région Pays de la Loire", "partenaire")]),
    ("La Ville a signé un bail emphytéotique de 30 ans avec l'association Alpha.", [("Alpha", "soutenu")]),
])
def test_words_read_in_the_wrong_clause(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected

