"""Build the labelled dev drafts (NAME.docx + NAME.labels.json) in this folder.

usage (from the checkout root):  .venv/bin/python tests/dev_drafts/build.py [--check]

Each draft is a list of paragraph specs (kind, text, label).  The script writes the .docx
with python-docx, reopens it, walks every w:p of the body in document order (table cells
included), checks that it meets the specs one for one, and writes the labels with the
paragraph indices it found.  --check only reopens the existing files and verifies that
every label's index points at a paragraph that starts with its quote.

The labels are a lawyer's reading of the texts, not the output of any tool; see README.md
for the rules (bracketed alternatives in particular).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
QUOTE_WORDS = 10

Label = dict[str, Any]
Spec = tuple[str, Any, Label | None]


# --------------------------------------------------------------------------- labels


def lab(level: str, *cats: str, contrast: bool = False, note: str = "") -> Label:
    return {"level": level, "cats": list(cats), "contrast": contrast, "note": note}


def must(*cats: str, note: str) -> Label:
    """A safeguard in its strong (conforming) form."""
    return lab("MUST", *cats, note=note)


def weak(*cats: str, note: str) -> Label:
    """A safeguard in a weak or contrary form (or with a weak/contrary bracketed reading)."""
    return lab("MUST", *cats, contrast=True, note=note)


def should(*cats: str, note: str, contrast: bool = False) -> Label:
    return lab("SHOULD", *cats, contrast=contrast, note=note)


def opt(*cats: str, note: str, contrast: bool = False) -> Label:
    return lab("OPTIONAL", *cats, contrast=contrast, note=note)


def mustnot(note: str) -> Label:
    """Adjacent to a category: a flag is tolerated, but never as a conforming safeguard."""
    return lab("MUST-NOT", contrast=True, note=note)


def noflag(note: str) -> Label:
    return lab("NOFLAG", note=f"look-alike: {note}")


HEAD = opt(note="heading of an article that contains labelled clauses")
TITLE = opt(note="title of an article that contains labelled clauses")
PREAMBLE = opt(note="general anti-impunity language in the preamble (not an operative safeguard)")


# --------------------------------------------------------------------------- specs


def h1(text: str) -> Spec:
    return ("h1", text, None)


def h2(text: str, label: Label | None = None) -> Spec:
    return ("h2", text, label)


def title(text: str, label: Label | None = None) -> Spec:
    return ("title", text, label)


def p(text: str, label: Label | None = None) -> Spec:
    return ("p", text, label)


def table(rows: list[list[tuple[str, Label | None]]]) -> Spec:
    return ("table", rows, None)


# --------------------------------------------------------------------------- a. French draft

FR_ARTICLE_3 = "l’article 3"

FR: list[Spec] = [
    h1("Projet de convention sur la prévention et la répression des crimes contre l’humanité"),
    title("Préambule"),
    p("Les États parties à la présente Convention,"),
    p(
        "Ayant à l’esprit qu’au cours de l’histoire des millions d’enfants, de femmes et d’hommes ont "
        "été victimes de crimes qui heurtent profondément la conscience humaine,",
        noflag("historical statement about victims; confers no right"),
    ),
    p(
        "Affirmant que les crimes contre l’humanité, qui comptent parmi les crimes les plus graves "
        "touchant l’ensemble de la communauté internationale, ne sauraient rester impunis et que leur "
        "répression doit être effectivement assurée par des mesures prises dans le cadre national et "
        "par le renforcement de la coopération internationale,",
        PREAMBLE,
    ),
    p(
        "Résolus à mettre un terme à l’impunité des auteurs de ces crimes et à concourir ainsi à leur "
        "prévention,",
        PREAMBLE,
    ),
    p(
        "Rappelant qu’il est du devoir de chaque État de soumettre à sa juridiction criminelle les "
        "responsables de crimes contre l’humanité,",
        PREAMBLE,
    ),
    p(
        "Considérant les droits des victimes, des témoins et d’autres personnes en relation avec les "
        "crimes contre l’humanité, ainsi que le droit des auteurs présumés à un traitement équitable,",
        opt("victims_rights", note="preambular reference to victims' rights (ILC preamble)"),
    ),
    p("Sont convenus de ce qui suit :"),
    h2("Article 1"),
    title("Obligation générale"),
    p(
        "Les crimes contre l’humanité, qu’ils soient ou non commis en temps de conflit armé, sont des "
        "crimes au regard du droit international, que les États parties s’engagent à prévenir et à punir."
    ),
    h2("Article 2"),
    title("Définition des crimes contre l’humanité"),
    p(
        "1. Aux fins de la présente Convention, on entend par « crime contre l’humanité » l’un "
        "quelconque des actes ci-après lorsqu’il est commis dans le cadre d’une attaque généralisée ou "
        "systématique lancée contre toute population civile et en connaissance de cette attaque :"
    ),
    p("a) meurtre ;"),
    p("b) extermination ;"),
    p(
        "c) autres actes inhumains de caractère analogue causant intentionnellement de grandes "
        "souffrances ou des atteintes graves à l’intégrité physique ou à la santé physique ou mentale."
    ),
    p(
        "2. Le présent article est sans préjudice de toute définition plus large prévue par un "
        "instrument international, par le droit international coutumier ou par le droit interne."
    ),
    h2("Article 3", HEAD),
    title("Incrimination en droit interne", TITLE),
    p(
        "1. Chaque État partie prend les mesures nécessaires pour que les actes suivants constituent des "
        "infractions au regard de son droit pénal :"
    ),
    p("a) le fait de commettre un crime contre l’humanité ;"),
    p("b) la tentative de commettre un tel crime ;"),
    p(
        "c) le fait d’ordonner, de solliciter, d’encourager ou d’apporter son aide ou son concours de "
        "toute autre manière à la commission ou à la tentative de commission d’un tel crime.",
        noflag("'ordonner' is a mode of liability of the superior, not a superior-orders defence"),
    ),
    p(
        "2. Chaque État partie prend également les mesures nécessaires pour que les chefs militaires et "
        "autres supérieurs hiérarchiques soient pénalement responsables des crimes contre l’humanité "
        "commis par des subordonnés placés sous leur autorité et leur contrôle effectifs, lorsqu’ils "
        "n’ont pas exercé sur ces subordonnés le contrôle qui convenait.",
        mustnot(
            "command responsibility (ILC 6(3)), adjacent to superior orders but not a rule on the defence"
        ),
    ),
    p(
        "3. Chaque État partie prend les mesures nécessaires pour que le fait qu’une infraction visée au "
        "présent article a été commise sur l’ordre d’un gouvernement ou d’un supérieur, militaire ou "
        "civil, n’exonère pas le subordonné de sa responsabilité pénale ; cette circonstance peut "
        "toutefois être prise en considération pour diminuer la peine si la juridiction l’estime "
        "conforme à la justice.",
        weak(
            "superior_orders",
            note="WEAK: the order is no defence, but mitigation of sentence is expressly allowed "
            "(Nuremberg/ICTY formula) instead of CAT 2(3)/CED 6(2) exclusion",
        ),
    ),
    p(
        "4. Chaque État partie prend les mesures nécessaires pour que le fait qu’une infraction visée au "
        "présent article a été commise par une personne occupant une position officielle ne constitue "
        "pas un motif d’exonération de la responsabilité pénale ; la juridiction peut néanmoins en tenir "
        "compte comme circonstance atténuante lors de la détermination de la peine.",
        weak(
            "official_capacity",
            note="WEAK: official position does not exempt but may mitigate (Rome Statute art 27(1) "
            "excludes both)",
        ),
    ),
    p(
        "5. Les immunités ou règles de procédure spéciales qui peuvent s’attacher à la qualité officielle "
        "d’une personne, en vertu du droit interne ou du droit international, n’empêchent pas les "
        "juridictions de l’État partie d’exercer leur compétence à l’égard de cette personne.",
        must(
            "official_capacity", note="CONFORMS: immunities no bar to jurisdiction (Rome Statute art 27(2))"
        ),
    ),
    p(
        "6. Chaque État partie prend les mesures nécessaires pour que les infractions visées au présent "
        "article ne soient soumises à aucune prescription. Les peines prononcées pour ces infractions "
        "sont imprescriptibles.",
        must(
            "statute_of_limitations",
            note="CONFORMS: no limitation for offences nor penalties (ILC 6(6); 1968 Convention art I)",
        ),
    ),
    p(
        "7. Chaque État partie prend les mesures nécessaires pour que les infractions visées au présent "
        "article soient passibles de peines appropriées qui prennent en considération leur gravité.",
        should(
            "penalties",
            note="CONFORMS (baseline): appropriate penalties reflecting gravity (ILC 6(7), CAT 4(2))",
        ),
    ),
    p(
        "8. Sous réserve des dispositions de son droit interne, chaque État partie prend, s’il y a lieu, "
        "les mesures nécessaires pour établir la responsabilité des personnes morales pour les "
        "infractions visées au présent article. Selon les principes juridiques de l’État partie, cette "
        "responsabilité peut être pénale, civile ou administrative, et la juridiction peut ordonner une "
        "amende ou la confiscation des avoirs.",
        noflag("liability of legal persons; hedges and 'amende' but no impunity measure (ILC 6(8))"),
    ),
    h2("Article 4", HEAD),
    title("Amnistie et mesures analogues", TITLE),
    p(
        "1. Chaque État partie s’efforce de ne pas accorder d’amnistie aux personnes soupçonnées d’avoir "
        f"commis une infraction visée à {FR_ARTICLE_3}, dans la mesure compatible avec les principes "
        "fondamentaux de son droit interne.",
        weak(
            "amnesty",
            note="WEAK: hedged ('s’efforce', 'dans la mesure compatible … droit interne'); not a prohibition, "
            "so the draft still lacks an explicit amnesty prohibition",
        ),
    ),
    p(
        "2. Lorsqu’une amnistie est envisagée dans le cadre d’un processus de paix ou de réconciliation "
        "nationale, l’État partie concerné tient dûment compte des droits des victimes et des exigences "
        "de la justice.",
        weak(
            "amnesty",
            "victims_rights",
            note="WEAK bordering on contrary: presupposes that amnesties for these crimes may be granted in "
            "peace processes, asks only 'due regard' to victims; must not be read as a victims' safeguard",
        ),
    ),
    h2("Article 5", HEAD),
    title("Grâce et exécution des peines", TITLE),
    p(
        f"1. Une personne condamnée pour une infraction visée à {FR_ARTICLE_3} ne peut bénéficier d’une "
        "mesure de grâce, de commutation ou de remise de peine qu’après avoir exécuté au moins la moitié "
        "de la peine prononcée.",
        weak(
            "pardon",
            "penalties",
            note="WEAK (my call; 'contrary' also acceptable): framed as a restriction, it neither grants "
            "nor encourages clemency, but it expressly makes executive pardon, commutation and remission "
            "available after half the sentence, with no court control or criteria (cf. Rome Statute art "
            "110: court review after two thirds). Never 'conforms'",
        ),
    ),
    p(
        "2. La grâce est accordée par l’autorité compétente conformément à la législation de l’État "
        "partie, après avis de la juridiction qui a prononcé la condamnation.",
        should("pardon", contrast=True, note="procedure for the pardon allowed by para 1; pro-clemency"),
    ),
    p(
        "3. Les peines sont exécutées conformément à la législation de l’État partie sur le territoire "
        "duquel la personne condamnée est détenue, dans des conditions conformes aux normes "
        "internationales applicables au traitement des détenus.",
        noflag("enforcement of sentences / detention conditions; no reduction or release"),
    ),
    h2("Article 6", HEAD),
    title("Établissement de la compétence nationale", TITLE),
    p(
        "1. Chaque État partie prend les mesures nécessaires pour établir sa compétence aux fins de "
        f"connaître des infractions visées à {FR_ARTICLE_3} :"
    ),
    p(
        "a) lorsque l’infraction a été commise sur tout territoire sous sa juridiction ou à bord d’un "
        "navire ou d’un aéronef immatriculé dans cet État ;"
    ),
    p(
        "b) lorsque l’auteur présumé de l’infraction est un de ses ressortissants ou, si cet État le juge "
        "approprié, un apatride résidant habituellement sur son territoire ;"
    ),
    p(
        "c) lorsque la victime est un ressortissant de cet État et que ce dernier le juge approprié.",
        noflag("passive personality jurisdiction; 'victime' and the hedge are not an impunity measure"),
    ),
    p(
        "2. Chaque État partie prend également les mesures nécessaires pour établir sa compétence aux "
        f"fins de connaître des infractions visées à {FR_ARTICLE_3} dans le cas où l’auteur présumé se "
        "trouve sur tout territoire sous sa juridiction et où il ne l’extrade pas ni ne le remet "
        "conformément à la présente Convention.",
        should(
            "aut_dedere_aut_judicare",
            note="jurisdiction over a present offender (ILC 7(2)), basis of aut dedere",
        ),
    ),
    p(
        "3. La présente Convention n’exclut l’exercice d’aucune compétence pénale établie par un État "
        "conformément à son droit interne."
    ),
    h2("Article 7", HEAD),
    title("Juridictions militaires", TITLE),
    p(
        f"Les infractions visées à {FR_ARTICLE_3} commises par des militaires en service ou à l’occasion "
        "du service relèvent de la compétence des juridictions militaires, conformément au code de "
        "justice militaire de l’État partie.",
        weak(
            "military_jurisdiction",
            note="CONTRARY: gives military courts jurisdiction over the crimes when committed by military "
            "personnel (opposite of Ley 18.026 art 11, IACFDP art IX)",
        ),
    ),
    h2("Article 8", HEAD),
    title("Aut dedere aut judicare", TITLE),
    p(
        f"1. L’État partie sur le territoire sous la juridiction duquel l’auteur présumé d’une infraction "
        f"visée à {FR_ARTICLE_3} est découvert, s’il ne l’extrade pas ni ne le remet à un autre État ou à "
        "une juridiction pénale internationale compétente, soumet l’affaire, sans exception aucune et "
        "sans retard injustifié, à ses autorités compétentes pour l’exercice de l’action pénale.",
        must("aut_dedere_aut_judicare", note="CONFORMS: extradite or submit for prosecution (ILC 10, CAT 7)"),
    ),
    p(
        "2. Ces autorités prennent leur décision dans les mêmes conditions que pour toute infraction "
        "grave de droit commun en vertu du droit de cet État.",
        opt("aut_dedere_aut_judicare", note="second sentence of the aut dedere rule (CAT 7(2))"),
    ),
    h2("Article 9"),
    title("Extradition"),
    p(
        f"1. Chacune des infractions visées à {FR_ARTICLE_3} est de plein droit comprise comme cas "
        "d’extradition dans tout traité d’extradition en vigueur entre les États parties."
    ),
    p(
        "2. Aux fins de l’extradition entre États parties, aucune infraction visée à "
        f"{FR_ARTICLE_3} n’est considérée comme une infraction politique, comme une infraction connexe à "
        "une infraction politique ou comme une infraction inspirée par des mobiles politiques."
    ),
    p(
        "3. L’extradition est subordonnée aux conditions prévues par le droit interne de l’État partie "
        "requis ou par les traités d’extradition applicables, y compris les motifs pour lesquels l’État "
        "requis peut refuser l’extradition.",
        noflag("ordinary extradition conditions (ILC 13(6)); not a hedge on aut dedere"),
    ),
    h2("Article 10", HEAD),
    title("Droits des victimes, des témoins et d’autres personnes", TITLE),
    p(
        "1. Chaque État partie prend les mesures nécessaires pour que toute personne qui allègue que des "
        "actes constitutifs de crimes contre l’humanité ont été ou sont commis ait le droit de porter "
        "plainte devant les autorités compétentes.",
        should("victims_rights", note="CONFORMS: right to complain (ILC 12(1), CAT 13)"),
    ),
    p(
        "2. Chaque État partie garantit, dans son ordre juridique, que les victimes d’un crime contre "
        "l’humanité ont le droit de connaître la vérité et d’obtenir une réparation pleine, rapide et "
        "effective du préjudice matériel et moral subi, sur une base individuelle ou collective, "
        "comprenant la restitution, l’indemnisation, la réadaptation, la satisfaction et des garanties "
        "de non-répétition.",
        must(
            "victims_rights",
            note="CONFORMS: truth and full reparation in all its forms (CED 24, Basic Principles)",
        ),
    ),
    p(
        "3. Les plaignants, les victimes, les témoins, leurs proches et leurs représentants sont protégés "
        "contre tout mauvais traitement ou toute intimidation en raison de la plainte déposée ou de toute "
        "déposition faite.",
        opt("victims_rights", note="protection of complainants and witnesses; part of the victims article"),
    ),
    h2("Article 11"),
    title("Entraide judiciaire"),
    p(
        "Les États parties s’accordent mutuellement l’entraide judiciaire la plus large possible lors des "
        "enquêtes, poursuites et procédures judiciaires relatives aux infractions visées à "
        f"{FR_ARTICLE_3}.",
        noflag("'la plus large possible' qualifies legal assistance, not an amnesty"),
    ),
    h2("Article 12"),
    title("Comité"),
    p(
        "1. Il est institué un Comité composé de dix experts de haute moralité, siégeant à titre "
        "personnel, chargé de suivre l’application de la présente Convention."
    ),
    p(
        "2. Les membres du Comité bénéficient des facilités, privilèges et immunités accordés aux experts "
        "en mission pour l’Organisation des Nations Unies, tels qu’ils sont prévus dans les sections "
        "pertinentes de la Convention sur les privilèges et immunités des Nations Unies.",
        noflag("privileges and immunities of Committee members"),
    ),
    h2("Article 13"),
    title("Entrée en vigueur"),
    p(
        "La présente Convention entre en vigueur le trentième jour qui suit la date du dépôt du vingtième "
        "instrument de ratification ou d’adhésion auprès du Secrétaire général de l’Organisation des "
        "Nations Unies."
    ),
]


# --------------------------------------------------------------------------- b. English rolling text

RULE = (
    "Bracket rule: contrast because at least one live reading (an alternative, or keeping/deleting a "
    "bracketed phrase) is weaker than or contrary to the model"
)

EN: list[Spec] = [
    h1("Draft Convention on the Prevention and Punishment of Crimes against Humanity"),
    p(
        "Rolling text: Chair's revised version after the second round of informal consultations. Square "
        "brackets indicate text that has not been agreed; alternatives are separated by closing and "
        "opening brackets; remarks of delegations appear in square brackets after the paragraph "
        "concerned and do not prejudge the outcome."
    ),
    title("Preamble"),
    p("The States Parties to this Convention,"),
    p(
        "Mindful that throughout history millions of children, women and men have been victims of crimes "
        "that deeply shock the conscience of humanity,",
        noflag("historical statement about victims; confers no right"),
    ),
    p(
        "Affirming that the most serious crimes of concern to the international community as a whole "
        "must not go unpunished and that their effective prosecution must be ensured by taking measures "
        "at the national level and by enhancing international cooperation,",
        PREAMBLE,
    ),
    p(
        "[Determined to put an end to impunity for the perpetrators of these crimes[, including by "
        "excluding amnesties and other similar measures of impunity,] and thus to contribute to the "
        "prevention of such crimes,]",
        opt(
            "amnesty",
            note="preambular anti-impunity language, mentions amnesties; preamble is not an operative "
            "prohibition and does not decide lacks_amnesty_prohibition",
        ),
    ),
    p(
        "Considering the rights of victims, witnesses and others in relation to crimes against humanity, "
        "as well as the right of alleged offenders to fair treatment,",
        opt("victims_rights", note="preambular reference to victims' rights (ILC preamble)"),
    ),
    p("Have agreed as follows:"),
    h2("Article 1"),
    title("General obligation"),
    p(
        "Crimes against humanity, whether or not committed in time of armed conflict, are crimes under "
        "international law, which each State Party undertakes to prevent and to punish."
    ),
    h2("Article 2"),
    title("Definition"),
    p(
        "1. For the purpose of this Convention, “crime against humanity” means any of the following acts "
        "when committed as part of a widespread or systematic attack directed against any civilian "
        "population, with knowledge of the attack:"
    ),
    p("(a) murder;"),
    p("(b) [enforced][forced] disappearance of persons."),
    h2("Article 3", HEAD),
    title("Criminalization under national law", TITLE),
    p(
        "1. Each State Party shall take the necessary measures to ensure that the following acts are "
        "offences under its criminal law:"
    ),
    p("(a) committing a crime against humanity;"),
    p(
        "(b) ordering, soliciting, inducing, aiding, abetting or otherwise assisting in or contributing "
        "to the commission or attempted commission of such a crime.",
        noflag("'ordering' is a mode of liability, not a superior-orders defence"),
    ),
    p(
        "2. Each State Party shall also take the necessary measures to ensure that commanders and other "
        "superiors are criminally responsible for crimes against humanity committed by subordinates "
        "under their effective authority and control, as a result of their failure to exercise control "
        "properly over such subordinates.",
        mustnot(
            "command responsibility (ILC 6(3)), adjacent to superior orders but not a rule on the defence"
        ),
    ),
    p(
        "3. Each State Party shall take the necessary measures to ensure that the fact that an offence "
        "referred to in this article was committed pursuant to an order of a Government or of a "
        "superior, whether military or civilian, [is not a ground for excluding criminal responsibility "
        "of a subordinate][does not relieve a subordinate of criminal responsibility where the order was "
        "manifestly unlawful].",
        weak(
            "superior_orders",
            note=f"{RULE}: Alt. 1 conforms (ILC 6(4)); Alt. 2 is a limited defence (cf. Rome Statute art 33)",
        ),
    ),
    p(
        "4. Each State Party shall take the necessary measures to ensure that the fact that an offence "
        "referred to in this article was committed by a person holding an official position, including "
        "as Head of State or Government, shall in no case exempt that person from criminal "
        "responsibility, nor shall it, in and of itself, constitute a ground for reduction of sentence.",
        must("official_capacity", note="CONFORMS: neither exempts nor mitigates (Rome Statute art 27(1))"),
    ),
    p(
        "5. [Immunities or special procedural rules which may attach to the official capacity of a "
        "person, whether under national or international law, shall not bar the courts of a State Party "
        "from exercising jurisdiction over such a person.]",
        must(
            "official_capacity",
            note="CONFORMS: whole paragraph bracketed (not agreed) but its only reading is the strong rule "
            "(Rome Statute art 27(2))",
        ),
    ),
    p(
        "[Delegation D: delete paragraph 5; the immunity of State officials from foreign criminal "
        "jurisdiction is under consideration by the International Law Commission.]",
        opt("official_capacity", contrast=True, note="remark proposing to delete the immunity safeguard"),
    ),
    p(
        "6. [Alt. 1: Each State Party shall take the necessary measures to ensure that the offences "
        "referred to in this article are not subject to any statute of limitations.]",
        must("statute_of_limitations", note="CONFORMS: Alt. 1 in its own paragraph (ILC 6(6))"),
    ),
    p(
        "[Alt. 2: Each State Party shall take the necessary measures to ensure that the limitation "
        "period for the offences referred to in this article is of long duration and proportionate to "
        "the extreme seriousness of the offence.]",
        weak("statute_of_limitations", note="WEAK: long limitation period instead of none (CED art 8)"),
    ),
    p(
        "7. Each State Party shall take the necessary measures to ensure that the offences referred to in "
        "this article are punishable by appropriate penalties that take into account their grave "
        "nature[, and that such penalties are not suspended or reduced[ in a manner that would amount to "
        "impunity]].",
        must(
            "penalties",
            note="CONFORMS in every reading: baseline ILC 6(7), optionally with a bar on suspension or "
            "reduction amounting to impunity",
        ),
    ),
    p(
        "[Delegation E: reserve on paragraph 7; the words “not suspended or reduced” could conflict with "
        "constitutional provisions on the prerogative of mercy.]",
        opt(
            "penalties", "pardon", contrast=True, note="remark defending clemency against the penalties rule"
        ),
    ),
    p(
        "8. Subject to the provisions of its national law, each State Party shall take measures, where "
        "appropriate, to establish the liability of legal persons for the offences referred to in this "
        "article. Such liability may be criminal, civil or administrative, and the court may order a "
        "fine or the forfeiture of assets.",
        noflag("liability of legal persons; hedges and 'fine' but no impunity measure (ILC 6(8))"),
    ),
    h2("Article 4", HEAD),
    title("[Amnesties][Amnesties and other similar measures of impunity]", TITLE),
    p(
        "1. Each State Party [shall][should] ensure that no amnesty is granted for crimes against humanity.",
        weak("amnesty", note=f"{RULE}: the 'should' reading is a hedge; the 'shall' reading conforms"),
    ),
    p(
        "2. [Amnesties][Amnesties and other similar measures of impunity] shall not bar the investigation "
        "and prosecution of persons alleged to have committed crimes against humanity.",
        must(
            "amnesty",
            note="CONFORMS in both readings (amnesty no bar to prosecution; SCSL art 10); this paragraph "
            "alone makes lacks_amnesty_prohibition false",
        ),
    ),
    p(
        "[3. Paragraphs 1 and 2 shall not apply to amnesties granted in the framework of a peace "
        "agreement ending an armed conflict[, after consultation of the victims].]",
        weak(
            "amnesty",
            note="CONTRARY carve-out (cf. AP II art 6(5), Lomé art IX) with a nested optional phrase; "
            "the 'victims' phrase is no victims' safeguard",
        ),
    ),
    p(
        "[Delegation C: retain paragraph 3; at the end of hostilities the authorities in power should "
        "grant the broadest possible amnesty to persons who have participated in the armed conflict.]",
        opt("amnesty", contrast=True, note="remark advocating the AP II art 6(5) amnesty; contrary"),
    ),
    h2("Article 5", HEAD),
    title("Pardon and reduction of sentence", TITLE),
    p(
        "1. [Except for persons who fully disclose the truth about the crimes in which they "
        "participated,] no pardon, commutation of sentence or other measure of clemency shall be granted "
        "to persons convicted of crimes against humanity.",
        weak(
            "pardon",
            note=f"{RULE}: with the opening phrase, clemency is available in exchange for truth; "
            "without it the ban conforms",
        ),
    ),
    p(
        "2. A sentence imposed for a crime against humanity shall not be suspended, and any reduction of "
        "sentence shall be decided by a court [only after the person has served two thirds of the "
        "sentence][in accordance with national law].",
        weak(
            "penalties",
            note=f"{RULE}: Alt. 1 follows Rome Statute art 110; Alt. 2 leaves reductions to national law",
        ),
    ),
    h2("Article 6", HEAD),
    title("Establishment of national jurisdiction", TITLE),
    p(
        "1. Each State Party shall take the necessary measures to establish its jurisdiction over the "
        "offences covered by this Convention:"
    ),
    p(
        "(a) when the offence is committed in any territory under its jurisdiction or on board a ship or "
        "aircraft registered in that State;"
    ),
    p(
        "(b) when the alleged offender is a national of that State [or a stateless person habitually "
        "resident in its territory];"
    ),
    p(
        "(c) when the victim is a national of that State, if that State considers it appropriate.",
        noflag("passive personality jurisdiction; 'victim' and the hedge are not an impunity measure"),
    ),
    p(
        "2. Each State Party shall also take the necessary measures to establish its jurisdiction over "
        "the offences covered by this Convention in cases where the alleged offender is present in any "
        "territory under its jurisdiction and it does not extradite or surrender the person.",
        should("aut_dedere_aut_judicare", note="jurisdiction over a present offender (ILC 7(2))"),
    ),
    p(
        "3. [Alt. 1: Persons alleged to have committed offences covered by this Convention shall be tried "
        "only by the competent ordinary courts, to the exclusion of military or other special courts.]",
        must("military_jurisdiction", note="CONFORMS: Alt. 1 in its own paragraph (Ley 18.026 art 11)"),
    ),
    p(
        "[Alt. 2: Military courts may exercise jurisdiction over members of the armed forces for offences "
        "covered by this Convention committed in the course of duty, provided that fair trial guarantees "
        "are respected.]",
        weak("military_jurisdiction", note="CONTRARY: military courts competent for service-related crimes"),
    ),
    h2("Article 7", HEAD),
    title("Aut dedere aut judicare", TITLE),
    p(
        "1. The State Party in the territory under whose jurisdiction the alleged offender is found shall "
        "submit the case to its competent authorities for the purpose of prosecution, unless it "
        "extradites or surrenders the person to another State or competent international criminal "
        "tribunal. Those authorities shall take their decision in the same manner as in the case of any "
        "other offence of a grave nature under the law of that State.",
        must("aut_dedere_aut_judicare", note="CONFORMS: ILC 10, CAT 7"),
    ),
    p(
        "2. Extradition shall be subject to the conditions provided for by the law of the requested State "
        "or by applicable extradition treaties, including the grounds upon which the requested State may "
        "refuse extradition.",
        noflag("ordinary extradition conditions (ILC 13(6)); not a hedge on aut dedere"),
    ),
    h2("Article 8", HEAD),
    title("Ne bis in idem", TITLE),
    p(
        "1. No person shall be tried for an offence covered by this Convention for which he or she has "
        "already been finally convicted or acquitted by a court of another State[, unless the "
        "proceedings in that court:]",
        weak(
            "ne_bis_in_idem",
            note=f"{RULE}: without the bracketed exception any earlier trial, even a sham one, bars "
            "prosecution; with it the rule follows Rome Statute art 20(3)",
        ),
    ),
    p(
        "[(a) were for the purpose of shielding the person concerned from criminal responsibility; or]",
        must("ne_bis_in_idem", note="CONFORMS: shielding exception (Rome Statute art 20(3)(a))"),
    ),
    p(
        "[(b) otherwise were not conducted independently or impartially in accordance with the norms of "
        "due process recognized by international law.]",
        should(
            "ne_bis_in_idem", note="CONFORMS: independence/impartiality exception (Rome Statute art 20(3)(b))"
        ),
    ),
    h2("Article 9", HEAD),
    title("Victims, witnesses and others", TITLE),
    p(
        "1. Each State Party shall take the necessary measures to ensure that any person who alleges that "
        "acts constituting crimes against humanity have been or are being committed has the right to "
        "complain to the competent authorities.",
        should("victims_rights", note="CONFORMS: right to complain (ILC 12(1), CAT 13)"),
    ),
    p(
        "2. Each State Party shall ensure in its legal system that the victims of a crime against "
        "humanity have the right to know the truth and to obtain prompt, full and effective reparation "
        "for material and moral damage, including restitution, compensation, rehabilitation, "
        "satisfaction and guarantees of non-repetition.",
        must("victims_rights", note="CONFORMS: truth and full reparation (CED 24, Basic Principles)"),
    ),
    title("Table of proposals tabled at the second session"),
    table(
        [
            [("Provision / delegation", None), ("Proposal", None)],
            [
                ("Art. 4(1) / Delegation A", None),
                (
                    "Replace “[shall][should]” by “shall” and retain “Amnesties and other similar measures "
                    "of impunity” in paragraph 2.",
                    opt("amnesty", note="proposal strengthening the amnesty article"),
                ),
            ],
            [
                ("Art. 4(3) / Delegation C", None),
                (
                    "Nothing in this Convention shall prevent a State Party from granting amnesty to persons "
                    "who have taken part in an armed conflict, other than persons suspected of crimes "
                    "against humanity.",
                    should(
                        "amnesty",
                        contrast=True,
                        note="amnesty clause with a carve-out for the crimes (cf. Quadripartite Agreement); "
                        "a proposal, and a partial clause that is not a prohibition",
                    ),
                ),
            ],
            [
                ("Art. 5(1) / Delegation F", None),
                (
                    "Delete the bracketed exception: no pardon may be granted in any case.",
                    opt("pardon", note="proposal strengthening the pardon ban"),
                ),
            ],
            [
                ("New article / Delegation B", None),
                (
                    "Establish a Committee of ten experts, whose members shall enjoy the privileges and "
                    "immunities of experts on mission for the United Nations.",
                    noflag("privileges and immunities of Committee members"),
                ),
            ],
        ]
    ),
    h2("Article 10"),
    title("Reservations"),
    p(
        "[No reservations may be made to this Convention.][Reservations may be made to articles 4 "
        "(amnesties) and 5 (pardon and reduction of sentence).]",
        opt(
            "amnesty",
            "pardon",
            contrast=True,
            note="one reading lets States opt out of the amnesty and pardon articles; flag acceptable, "
            "never 'conforms'",
        ),
    ),
]


# --------------------------------------------------------------------------- c. Spanish rolling text

ES: list[Spec] = [
    h1("Proyecto de convención sobre la prevención y el castigo de los crímenes de lesa humanidad"),
    p(
        "Texto de negociación revisado. Los corchetes indican texto aún no acordado; las observaciones de "
        "las delegaciones figuran entre corchetes después del párrafo correspondiente."
    ),
    title("Preámbulo"),
    p("Los Estados Partes en la presente Convención,"),
    p(
        "Afirmando que los crímenes de lesa humanidad, que se cuentan entre los crímenes más graves de "
        "trascendencia para la comunidad internacional en su conjunto, no deben quedar sin castigo,",
        PREAMBLE,
    ),
    p(
        "Recordando que es deber de todo Estado ejercer su jurisdicción penal contra los responsables de "
        "crímenes de lesa humanidad,",
        PREAMBLE,
    ),
    p(
        "Teniendo en cuenta los derechos de las víctimas [a la verdad, a la justicia y a la reparación], "
        "así como el derecho de los presuntos infractores a un trato justo,",
        opt("victims_rights", note="preambular reference to victims' rights"),
    ),
    p("Han convenido en lo siguiente:"),
    h2("Artículo 1"),
    title("Definiciones"),
    p("A los efectos de la presente Convención:"),
    p(
        "(a) por «crimen de lesa humanidad» se entenderá cualquiera de los actos enumerados en el "
        "artículo 7 del Estatuto de Roma de la Corte Penal Internacional, cuando se cometa como parte de "
        "un ataque generalizado o sistemático contra una población civil y con conocimiento de dicho "
        "ataque;"
    ),
    p(
        "(b) por «víctima» se entenderá toda persona que haya sufrido un perjuicio como consecuencia "
        "directa de un crimen de lesa humanidad[, así como sus familiares y las personas a su cargo].",
        opt("victims_rights", note="definition of victim (CED 24(1)); confers no right by itself"),
    ),
    h2("Artículo 2"),
    title("Obligación general"),
    p(
        "Cada Estado Parte adoptará las medidas legislativas, administrativas, judiciales o de otra índole "
        "que sean necesarias para prevenir y sancionar los crímenes de lesa humanidad en cualquier "
        "territorio bajo su jurisdicción."
    ),
    h2("Artículo 3", HEAD),
    title("Tipificación y penas", TITLE),
    p(
        "1. Cada Estado Parte adoptará las medidas necesarias para que los crímenes de lesa humanidad "
        "constituyan delitos con arreglo a su derecho penal y sean castigados, [de conformidad con su "
        "legislación nacional,] con penas [apropiadas][proporcionales a su extrema gravedad].",
        weak(
            "penalties",
            note=f"{RULE}: keeping 'de conformidad con su legislación nacional' subjects penalties to "
            "national law; the other readings conform",
        ),
    ),
    p(
        "2. Las personas jurídicas podrán ser sancionadas con multa, y el tribunal podrá ordenar el "
        "decomiso de los bienes utilizados para cometer el delito.",
        noflag("sanctions on legal persons; 'podrá ordenar' is not an impunity measure"),
    ),
    p(
        "3. La orden de un superior jerárquico o de una autoridad pública, sea militar o civil, no podrá "
        "invocarse como causa de exclusión de la responsabilidad penal [ni como circunstancia atenuante].",
        must(
            "superior_orders",
            note="CONFORMS in both readings: the order is no defence (CAT 2(3)); the bracket adds that it "
            "does not mitigate either; silence on mitigation is not weakness",
        ),
    ),
    p(
        "4. El cargo oficial de una persona, incluido el de Jefe de Estado o de Gobierno, no la eximirá en "
        "ningún caso de responsabilidad penal ni constituirá por sí mismo motivo para reducir la pena.",
        must("official_capacity", note="CONFORMS: Rome Statute art 27(1)"),
    ),
    p(
        "5. [Alt. 1: Los crímenes de lesa humanidad y las penas impuestas por ellos serán "
        "imprescriptibles.] [Alt. 2: El plazo de prescripción de la acción penal será prolongado y "
        "proporcionado a la extrema gravedad de estos delitos.]",
        weak(
            "statute_of_limitations",
            note=f"{RULE}: both alternatives in one paragraph; Alt. 2 is a long limitation period (CED 8)",
        ),
    ),
    h2("Artículo 4", HEAD),
    title("[Amnistías e indultos][Medidas de impunidad]", TITLE),
    p(
        "1. [El Estado podrá conceder amnistías][No se concederán amnistías] por los crímenes de lesa "
        "humanidad.",
        weak(
            "amnesty",
            note=f"{RULE}: Alt. 1 is CONTRARY (authorises amnesties), Alt. 2 a full prohibition. "
            "Document rule: the draft has a prohibition if at least one bracketed reading of an amnesty "
            "clause is a full prohibition, so lacks_amnesty_prohibition is false because of Alt. 2",
        ),
    ),
    p(
        "[Delegación X: suprimir la primera alternativa.]",
        opt("amnesty", note="remark supporting the prohibition"),
    ),
    p(
        "[Delegación Y: mantener la primera alternativa y añadir «en el marco de un proceso de paz, "
        "siempre que se respeten los derechos de las víctimas».]",
        opt("amnesty", contrast=True, note="remark supporting the amnesty alternative; contrary"),
    ),
    p(
        "2. Los Estados Partes [procurarán que][velarán por que] no se concedan indultos, conmutaciones de "
        "pena u otras medidas de gracia a las personas condenadas por crímenes de lesa humanidad[ cuando "
        "ello conduzca a la impunidad].",
        weak(
            "pardon",
            note=f"{RULE}: 'procurarán' is a hedge; the trailing bracket narrows the ban to clemency "
            "'leading to impunity'",
        ),
    ),
    p(
        "3. Nada de lo dispuesto en el presente artículo impedirá conceder la libertad condicional a la "
        "persona condenada que haya cumplido [dos tercios][la mitad] de la pena, de conformidad con la "
        "legislación nacional.",
        should(
            "penalties",
            contrast=True,
            note="saving clause for early release under national law, after half the sentence in one "
            "reading; weak",
        ),
    ),
    h2("Artículo 5", HEAD),
    title("Jurisdicción", TITLE),
    p(
        "1. Cada Estado Parte adoptará las medidas necesarias para establecer su jurisdicción sobre los "
        "delitos a que se refiere el artículo 3:"
    ),
    p("(a) cuando el delito se cometa en cualquier territorio bajo su jurisdicción;"),
    p("(b) cuando el presunto autor sea nacional de ese Estado;"),
    p(
        "(c) cuando la víctima sea nacional de ese Estado, si este lo considera apropiado.",
        noflag("passive personality jurisdiction; 'víctima' and the hedge are not an impunity measure"),
    ),
    p(
        "2. [Los crímenes de lesa humanidad serán juzgados exclusivamente por la jurisdicción penal "
        "ordinaria, con exclusión de toda jurisdicción militar o especial.]",
        must(
            "military_jurisdiction",
            note="CONFORMS: bracketed as a whole, single strong reading (Ley 18.026 art 11)",
        ),
    ),
    p(
        "[Delegación Z: suprimir; nuestra Constitución reserva a los tribunales militares los delitos "
        "cometidos por militares en actos del servicio.]",
        opt("military_jurisdiction", contrast=True, note="remark defending military jurisdiction; contrary"),
    ),
    h2("Artículo 6", HEAD),
    title("Obligación de extraditar o juzgar", TITLE),
    p(
        "1. El Estado Parte en cuyo territorio se encuentre el presunto autor de un crimen de lesa "
        "humanidad, si no lo extradita ni lo entrega, someterá el caso a sus autoridades competentes a "
        "efectos de enjuiciamiento[, en la medida en que lo permita su derecho interno].",
        weak(
            "aut_dedere_aut_judicare",
            note=f"{RULE}: the bracketed phrase subordinates the duty to prosecute to domestic law",
        ),
    ),
    p(
        "2. La extradición estará sujeta a las condiciones previstas en el derecho del Estado requerido o "
        "en los tratados de extradición aplicables.",
        noflag("ordinary extradition conditions"),
    ),
    h2("Artículo 7", HEAD),
    title("Cosa juzgada", TITLE),
    p(
        "Nadie será juzgado por un crimen de lesa humanidad por el cual ya hubiera sido condenado o "
        "absuelto por otro tribunal, a menos que el proceso en ese tribunal obedeciera al propósito de "
        "sustraer al acusado de su responsabilidad penal o no hubiera sido instruido en forma "
        "independiente o imparcial.",
        must(
            "ne_bis_in_idem", note="CONFORMS: shielding and independence exceptions (Rome Statute art 20(3))"
        ),
    ),
    h2("Artículo 8", HEAD),
    title("Derechos de las víctimas", TITLE),
    p(
        "1. Cada Estado Parte velará por que las víctimas tengan derecho a conocer la verdad y a obtener "
        "una reparación [plena y efectiva][adecuada, cuando proceda].",
        weak("victims_rights", note=f"{RULE}: Alt. 2 is hedged ('adecuada, cuando proceda')"),
    ),
    p(
        "2. Las víctimas podrán participar en las actuaciones penales[ de conformidad con el derecho "
        "interno].",
        should(
            "victims_rights",
            contrast=True,
            note=f"{RULE}: 'podrán' here grants victims a right (not a hedge on the State), but one "
            "reading subjects participation to domestic law",
        ),
    ),
    h2("Artículo 9"),
    title("Comité"),
    p(
        "Los miembros del Comité gozarán de los privilegios e inmunidades reconocidos a los expertos en "
        "misión de las Naciones Unidas.",
        noflag("privileges and immunities of Committee members"),
    ),
    h2("Artículo 10"),
    title("Entrada en vigor"),
    p(
        "La presente Convención entrará en vigor el trigésimo día a partir de la fecha en que se haya "
        "depositado el vigésimo instrumento de ratificación o de adhesión."
    ),
]

DRAFTS: dict[str, tuple[list[Spec], bool, str]] = {
    # name: (specs, lacks_amnesty_prohibition, document title)
    "fr_projet_convention": (FR, True, "Projet de convention (document de travail)"),
    "rolling_text_en": (EN, False, "Rolling text (Chair's revised version)"),
    "rolling_text_es": (ES, False, "Texto de negociación revisado"),
}


# --------------------------------------------------------------------------- building


def flatten(specs: list[Spec]) -> list[tuple[str, Label | None]]:
    out: list[tuple[str, Label | None]] = []
    for kind, payload, label in specs:
        if kind == "table":
            out.extend(cell for row in payload for cell in row)
        else:
            out.append((payload, label))
    return out


def write_docx(path: Path, specs: list[Spec], doc_title: str) -> None:
    document = docx.Document()
    props = document.core_properties
    props.title = doc_title
    props.author = "Drafter dev set"
    props.created = props.modified = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    props.revision = 1
    for kind, payload, _label in specs:
        if kind == "h1":
            document.add_heading(payload, level=1)
        elif kind == "h2":
            document.add_heading(payload, level=2)
        elif kind == "title":
            document.add_paragraph().add_run(payload).bold = True
        elif kind == "p":
            document.add_paragraph(payload)
        elif kind == "table":
            rows = payload
            tbl = document.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, (text, _lab) in enumerate(row):
                    cell = tbl.cell(r, c)
                    cell.text = text
                    if r == 0:
                        cell.paragraphs[0].runs[0].bold = True
        else:
            raise ValueError(kind)
    document.save(str(path))


def body_texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [
        "".join(t.text or "" for t in para.iter(qn("w:t"))) for para in document.element.body.iter(qn("w:p"))
    ]


def quote_of(text: str) -> str:
    return " ".join(text.split()[:QUOTE_WORDS])


def build(name: str) -> dict[str, Any]:
    specs, lacks, doc_title = DRAFTS[name]
    path = HERE / f"{name}.docx"
    write_docx(path, specs, doc_title)
    flat = flatten(specs)
    texts = body_texts(path)
    if texts != [text for text, _ in flat]:
        raise SystemExit(f"{name}: body paragraphs do not match the specs")
    labels = [
        {
            "quote": quote_of(text),
            "cats": label["cats"],
            "contrast": label["contrast"],
            "level": label["level"],
            "note": label["note"],
            "paragraph": i,
        }
        for i, (text, label) in enumerate(flat)
        if label is not None
    ]
    case = {
        "document": path.name,
        "lacks_amnesty_prohibition": lacks,
        "paragraphs": len(texts),
        "labels": labels,
    }
    (HERE / f"{name}.labels.json").write_text(
        json.dumps(case, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return case


def check(name: str) -> list[str]:
    """Problems with NAME.docx / NAME.labels.json (empty list when fine)."""
    problems = []
    case = json.loads((HERE / f"{name}.labels.json").read_text(encoding="utf-8"))
    texts = body_texts(HERE / case["document"])
    if case["paragraphs"] != len(texts):
        problems.append(f"{name}: paragraphs {case['paragraphs']} != {len(texts)}")
    if not 40 <= len(texts) <= 80:
        problems.append(f"{name}: {len(texts)} paragraphs, expected 40-80")
    for label in case["labels"]:
        i = label["paragraph"]
        if not texts[i].startswith(label["quote"]):
            problems.append(f"{name}#{i}: {label['quote']!r} not at the start of {texts[i][:60]!r}")
        if label["level"] not in ("MUST", "SHOULD", "OPTIONAL", "MUST-NOT", "NOFLAG"):
            problems.append(f"{name}#{i}: bad level {label['level']}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only verify the existing files")
    args = ap.parse_args()
    problems = []
    for name in DRAFTS:
        if not args.check:
            case = build(name)
            levels: dict[str, int] = {}
            for label in case["labels"]:
                levels[label["level"]] = levels.get(label["level"], 0) + 1
            contrast = sum(label["contrast"] for label in case["labels"])
            print(
                f"{name}: {case['paragraphs']} paragraphs, {len(case['labels'])} labels {levels}, contrast {contrast}"
            )
        problems += check(name)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
