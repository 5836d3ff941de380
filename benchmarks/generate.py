"""Generate reproducible treaty-like .docx drafts for the performance benchmark.

A draft of N pages has about 500 * N words: the compiled texts of a negotiation, in
parts (one per session) of numbered articles with headings and titles, numbered
paragraphs, sub-items, long paragraphs, records of the discussion, tables of proposals
and a few footnotes. Every fourth article is in Spanish. About one paragraph in forty
is a clause on impunity (amnesty bans, hedged bans, pardons, statutes of limitations,
superior orders, military courts, official capacity, reparation for victims,
extradite-or-prosecute), the rest ordinary treaty boilerplate.

The text comes from a random generator with a fixed seed per size, and the zip is
written with fixed timestamps, so the same generator version gives byte-identical
files. Files are cached in benchmarks/.cache/ under a name with the size and
GENERATOR_VERSION; bump the version whenever the output changes.

    .venv/bin/python benchmarks/generate.py [--sizes 50,300,1000] [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph

GENERATOR_VERSION = 1
WORDS_PER_PAGE = 500
DEFAULT_SIZES = (50, 300, 1000)
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FIXED_TIME = dt.datetime(2024, 1, 15, 9, 0, 0)
ARTICLES_PER_PART = 40

# ---------------------------------------------------------------------------- vocabulary: English

EN_SUBJECTS = [
    "Each State Party",
    "The States Parties",
    "A State Party",
    "The Committee",
    "The Conference of States Parties",
    "The Secretary-General of the United Nations",
    "The requested State",
    "The requesting State",
    "The central authority of each State Party",
    "The Bureau of the Conference",
]
EN_PREDICATES = [
    "submit to the Committee, through the Secretary-General, a report on the measures it has taken to give "
    "effect to its obligations under this Convention",
    "designate a central authority with the responsibility and power to receive requests for mutual legal "
    "assistance and either to execute them or to transmit them to the competent authorities",
    "afford the widest measure of mutual legal assistance in investigations, prosecutions and judicial "
    "proceedings in relation to the offences covered by this Convention",
    "consider each report and make such general comments, suggestions and recommendations as it may "
    "consider appropriate",
    "cooperate, as appropriate, with the relevant intergovernmental organizations and with civil society",
    "adopt its own rules of procedure at its first meeting",
    "convene a meeting of the States Parties not later than one year after the entry into force of this "
    "Convention",
    "transmit certified copies of this Convention to all States referred to in the final clauses",
    "ensure that the competent authorities have the financial, technical and human resources necessary to "
    "carry out their functions effectively",
    "exchange information on good practices in the prevention of the offences covered by this Convention",
    "promote the training of law enforcement, judicial and prison personnel on the provisions of this "
    "Convention",
    "publish an annual report on its activities and make it available to the public",
    "notify the Secretary-General of any change in the designation of its central authority",
    "keep the requesting State informed of the progress of the execution of the request",
    "inform the requesting State promptly of any circumstances that make it unlikely that the request can be "
    "executed without delay",
    "take into consideration the general comments adopted by the Committee when preparing its reports",
    "establish, in accordance with its domestic law, procedures for the protection of witnesses and experts "
    "who give testimony",
    "facilitate the voluntary return of persons displaced by the events under investigation",
    "make available to the public the texts of this Convention in its official languages",
    "review periodically the effectiveness of the administrative arrangements adopted under this article",
    "provide, upon request, copies of government records, documents or information in its possession that "
    "are not available to the general public",
    "consult with a view to determining the most appropriate forum for the conduct of proceedings",
    "bear the ordinary costs of executing a request, unless otherwise agreed by the States Parties concerned",
    "consider concluding bilateral or multilateral agreements or arrangements that would serve the purposes "
    "of this article",
    "establish a roster of experts who may be called upon to assist in the implementation of this Convention",
    "examine the implementation of this Convention on the basis of the information provided by the States "
    "Parties",
    "encourage the participation of national human rights institutions in the review process",
    "communicate its observations to the State Party concerned, which may reply to them",
    "hold its sessions at United Nations Headquarters or at any other convenient place it may determine",
    "elect its officers for a term of two years, who may be re-elected",
]
EN_QUALIFIERS = [
    "within two years after the entry into force of this Convention for the State Party concerned",
    "in accordance with its domestic law",
    "as appropriate",
    "at the request of the Committee",
    "within the limits of available resources",
    "in conformity with the Charter of the United Nations",
    "without prejudice to the provisions of article {n}",
    "on the basis of equality and mutual respect",
    "in consultation with the States Parties concerned",
    "to the fullest extent possible under the relevant laws, treaties and arrangements",
    "every four years thereafter",
    "in one of the official languages of the United Nations",
    "subject to the conditions provided for by the law of the requested State",
    "with due regard to the principles of sovereign equality and territorial integrity",
    "unless the Committee decides otherwise",
]
EN_FIXED = [
    "This Convention shall enter into force on the thirtieth day after the date of deposit of the {ord} "
    "instrument of ratification, acceptance, approval or accession.",
    "This Convention shall be open for signature by all States at United Nations Headquarters in New York "
    "until {date}.",
    "Any dispute between two or more States Parties concerning the interpretation or application of this "
    "Convention that is not settled through negotiation shall, at the request of one of them, be submitted "
    "to arbitration.",
    "The members of the Committee shall be elected for a term of four years and shall be eligible for "
    "re-election if renominated.",
    "Reservations incompatible with the object and purpose of this Convention shall not be permitted.",
    "Nothing in this article shall affect the obligations under any other treaty, bilateral or multilateral, "
    "that governs or will govern, in whole or in part, mutual legal assistance.",
    "The Committee shall consist of {count} experts of high moral character and recognized competence in the "
    "field of human rights, who shall serve in their personal capacity.",
    "Any State Party may denounce this Convention by written notification to the Secretary-General of the "
    "United Nations.",
    "Denunciation shall take effect one year after the date of receipt of the notification by the "
    "Secretary-General.",
    "The Arabic, Chinese, English, French, Russian and Spanish texts of this Convention are equally authentic.",
    "Amendments adopted in accordance with paragraph {k} of this article shall enter into force for a State "
    "Party ninety days after the deposit of its instrument of acceptance.",
    "The Secretary-General of the United Nations shall provide the necessary staff and facilities for the "
    "effective performance of the functions of the Committee.",
    "Requests shall be made in writing or, where possible, by any means capable of producing a written record.",
    "The requested State may postpone mutual legal assistance on the ground that it interferes with an "
    "ongoing investigation, prosecution or judicial proceeding.",
    "The expenses of the meetings of the States Parties shall be borne by the States Parties in accordance "
    "with the scale of assessments of the United Nations.",
    "The Committee shall meet for two sessions a year, each of a duration of up to three weeks.",
    "The present article shall apply, mutatis mutandis, to the proceedings referred to in article {n}.",
    "A quorum shall be constituted by two thirds of the members of the Committee.",
    "Decisions of the Conference on matters of substance shall be taken by consensus, where possible.",
    "The provisions of this Convention shall extend to all parts of federal States without any limitations "
    "or exceptions.",
]
EN_ITEM_LEADS = [
    "Each State Party shall include in its report information on",
    "The request for mutual legal assistance shall contain",
    "The Committee may, in particular,",
    "The Conference of States Parties shall agree upon activities, procedures and methods of work to achieve "
    "the objectives set forth in paragraph {k} of this article, including",
    "For the purposes of this Convention, the term “competent authority” includes",
]
EN_ITEMS = [
    "the legislative, judicial and administrative measures adopted to give effect to this Convention",
    "the identity of the authority making the request",
    "the subject matter and nature of the investigation, prosecution or judicial proceeding",
    "a summary of the relevant facts, except in relation to requests for the service of judicial documents",
    "a description of the assistance sought and details of any particular procedure to be followed",
    "the training provided to law enforcement and judicial officials",
    "the cooperation requested from and provided to other States Parties",
    "the difficulties encountered in the implementation of this Convention",
    "any other matter that the Committee may consider relevant",
    "facilitating activities by States Parties under this Convention, including by encouraging the "
    "mobilization of voluntary contributions",
    "reviewing periodically the implementation of this Convention",
    "making recommendations to improve this Convention and its implementation",
    "the courts and prosecuting authorities designated under domestic law",
    "any body entrusted by a State Party with the execution of requests under this Convention",
    "where possible, the identity, location and nationality of any person concerned",
    "the purpose for which the evidence, information or action is sought",
]
EN_RECORD = [
    "Several delegations expressed support for the text as proposed by the Chair.",
    "One delegation proposed to delete the words “as appropriate” in paragraph {k}.",
    "The Chair noted that informal consultations on this article would continue at the next session.",
    "Other delegations preferred to retain the wording agreed at the previous session.",
    "A number of delegations requested clarification of the relationship between this article and article {n}.",
    "It was suggested that the commentary should make clear that the list is not exhaustive.",
    "Some delegations considered that the provision duplicated obligations already contained in existing "
    "treaties on mutual legal assistance.",
    "The Secretariat was requested to prepare a note on the financial implications of the proposal.",
    "Delegations generally agreed that the reporting period should be aligned with that of other treaty bodies.",
    "One delegation, supported by others, stressed the need to take into account the capacity constraints of "
    "developing countries.",
    "The Working Group agreed to refer the paragraph to the drafting committee.",
    "A delegation observed that the term “competent authorities” should be used consistently throughout the "
    "text.",
    "Several delegations welcomed the revised text, which in their view reflected a balanced compromise.",
    "The representative of the Office of Legal Affairs recalled the practice of the depositary in this regard.",
]
EN_TITLES = [
    "Reporting obligations",
    "Committee on the Convention",
    "Mutual legal assistance",
    "Central authority",
    "Ratification, acceptance, approval or accession",
    "Entry into force",
    "Amendments",
    "Settlement of disputes",
    "Cooperation with international organizations",
    "Training of officials",
    "Prevention",
    "Establishment of national jurisdiction",
    "Transfer of criminal proceedings",
    "Preliminary measures when an alleged offender is present",
    "Fair treatment of the alleged offender",
    "Depositary",
    "Authentic texts",
    "Reservations",
    "Denunciation",
    "Financial provisions",
    "Secretariat",
    "Conference of States Parties",
    "Use of terms",
    "Relationship to other treaties",
    "Protection of witnesses and experts",
    "Exchange of information",
    "Technical assistance",
    "Confidentiality of requests",
]

# ---------------------------------------------------------------------------- vocabulary: Spanish

ES_SUBJECTS = [
    "Cada Estado Parte",
    "El Comité",
    "La Conferencia de los Estados Partes",
    "El Secretario General de las Naciones Unidas",
    "El Estado requerido",
    "El Estado requirente",
    "La autoridad central de cada Estado Parte",
]
ES_PREDICATES = [
    "presentará al Comité, por conducto del Secretario General, un informe sobre las medidas que haya "
    "adoptado para dar efectividad a los compromisos contraídos en virtud de la presente Convención",
    "designará una autoridad central encargada de recibir solicitudes de asistencia judicial recíproca y "
    "facultada para darles cumplimiento o para transmitirlas a las autoridades competentes",
    "prestará la más amplia asistencia judicial recíproca respecto de investigaciones, procesos y "
    "actuaciones judiciales relacionados con los delitos comprendidos en la presente Convención",
    "examinará cada informe y formulará las observaciones, sugerencias y recomendaciones generales que "
    "considere oportunas",
    "cooperará, según proceda, con las organizaciones intergubernamentales pertinentes y con la sociedad civil",
    "aprobará su propio reglamento en su primera reunión",
    "convocará una reunión de los Estados Partes a más tardar un año después de la entrada en vigor de la "
    "presente Convención",
    "velará por que las autoridades competentes dispongan de los recursos financieros, técnicos y humanos "
    "necesarios para desempeñar eficazmente sus funciones",
    "intercambiará información sobre buenas prácticas en la prevención de los delitos comprendidos en la "
    "presente Convención",
    "promoverá la formación del personal encargado de hacer cumplir la ley, del personal judicial y del "
    "personal penitenciario",
    "publicará un informe anual sobre sus actividades y lo pondrá a disposición del público",
    "notificará al Secretario General todo cambio en la designación de su autoridad central",
    "mantendrá informado al Estado requirente sobre la marcha de la ejecución de la solicitud",
    "tendrá en cuenta las observaciones generales aprobadas por el Comité al preparar sus informes",
    "establecerá, de conformidad con su derecho interno, procedimientos para la protección de los testigos y "
    "peritos que presten testimonio",
    "examinará periódicamente la eficacia de los arreglos administrativos adoptados en virtud del presente "
    "artículo",
    "considerará la posibilidad de celebrar acuerdos o arreglos bilaterales o multilaterales que contribuyan "
    "a lograr los fines del presente artículo",
    "celebrará sus períodos de sesiones en la Sede de las Naciones Unidas o en cualquier otro lugar "
    "conveniente que determine",
    "comunicará sus observaciones al Estado Parte interesado, que podrá responder a ellas",
    "sufragará los gastos ordinarios que ocasione la ejecución de una solicitud, salvo que se acuerde otra cosa",
]
ES_QUALIFIERS = [
    "dentro del plazo de dos años a partir de la entrada en vigor de la presente Convención para el Estado "
    "Parte interesado",
    "de conformidad con su derecho interno",
    "según proceda",
    "a petición del Comité",
    "dentro de los límites de los recursos disponibles",
    "de conformidad con la Carta de las Naciones Unidas",
    "sin perjuicio de lo dispuesto en el artículo {n}",
    "sobre la base de la igualdad y el respeto mutuo",
    "en consulta con los Estados Partes interesados",
    "en la mayor medida posible conforme a las leyes, tratados y acuerdos pertinentes",
    "en uno de los idiomas oficiales de las Naciones Unidas",
    "a menos que el Comité decida otra cosa",
]
ES_FIXED = [
    "La presente Convención entrará en vigor el trigésimo día a partir de la fecha en que se haya depositado "
    "el {ord_es} instrumento de ratificación, aceptación, aprobación o adhesión.",
    "Toda controversia entre dos o más Estados Partes con respecto a la interpretación o aplicación de la "
    "presente Convención que no se solucione mediante negociación se someterá a arbitraje a petición de uno "
    "de ellos.",
    "Los miembros del Comité serán elegidos por un período de cuatro años y podrán ser reelegidos si se "
    "presenta de nuevo su candidatura.",
    "No se permitirán reservas incompatibles con el objeto y el propósito de la presente Convención.",
    "Lo dispuesto en el presente artículo no afectará a las obligaciones dimanantes de otros tratados "
    "bilaterales o multilaterales vigentes que rijan, total o parcialmente, la asistencia judicial recíproca.",
    "Todo Estado Parte podrá denunciar la presente Convención mediante notificación escrita dirigida al "
    "Secretario General de las Naciones Unidas.",
    "La denuncia surtirá efecto un año después de la fecha en que el Secretario General haya recibido la "
    "notificación.",
    "Los textos árabe, chino, español, francés, inglés y ruso de la presente Convención son igualmente "
    "auténticos.",
    "Las solicitudes se presentarán por escrito o, cuando sea posible, por cualquier medio que pueda "
    "producir un registro escrito.",
    "Los gastos de las reuniones de los Estados Partes serán sufragados por los Estados Partes con arreglo a "
    "la escala de cuotas de las Naciones Unidas.",
    "El Comité celebrará dos períodos de sesiones al año, de una duración máxima de tres semanas cada uno.",
    "Las disposiciones de la presente Convención serán aplicables a todas las partes componentes de los "
    "Estados federales, sin limitación ni excepción alguna.",
    "El quórum estará constituido por dos tercios de los miembros del Comité.",
]
ES_ITEM_LEADS = [
    "Cada Estado Parte incluirá en su informe información sobre",
    "Toda solicitud de asistencia judicial recíproca contendrá",
    "El Comité podrá, en particular,",
    "A los efectos de la presente Convención, la expresión “autoridad competente” comprende",
]
ES_ITEMS = [
    "las medidas legislativas, judiciales y administrativas adoptadas para dar efectividad a la presente "
    "Convención",
    "la identidad de la autoridad que hace la solicitud",
    "el objeto y la índole de las investigaciones, los procesos o las actuaciones judiciales",
    "un resumen de los hechos pertinentes, salvo cuando se trate de solicitudes de notificación de documentos "
    "judiciales",
    "una descripción de la asistencia solicitada y pormenores sobre cualquier procedimiento particular",
    "la formación impartida a los funcionarios encargados de hacer cumplir la ley y a los funcionarios "
    "judiciales",
    "la cooperación solicitada a otros Estados Partes y la prestada a ellos",
    "las dificultades encontradas en la aplicación de la presente Convención",
    "cualquier otra cuestión que el Comité considere pertinente",
    "examinar periódicamente la aplicación de la presente Convención",
    "formular recomendaciones para mejorar la presente Convención y su aplicación",
    "los tribunales y las autoridades encargadas del enjuiciamiento designados por el derecho interno",
    "la finalidad para la que se solicitan las pruebas, la información o la actuación",
]
ES_RECORD = [
    "Varias delegaciones expresaron su apoyo al texto propuesto por la Presidencia.",
    "Una delegación propuso suprimir las palabras “según proceda” en el párrafo {k}.",
    "La Presidencia señaló que las consultas oficiosas sobre este artículo continuarían en el próximo período "
    "de sesiones.",
    "Otras delegaciones prefirieron mantener la redacción acordada en el período de sesiones anterior.",
    "Algunas delegaciones solicitaron aclaraciones sobre la relación entre este artículo y el artículo {n}.",
    "Se sugirió que el comentario indicara claramente que la lista no es exhaustiva.",
    "Se pidió a la Secretaría que preparara una nota sobre las consecuencias financieras de la propuesta.",
    "El Grupo de Trabajo acordó remitir el párrafo al comité de redacción.",
    "Varias delegaciones acogieron con beneplácito el texto revisado, que a su juicio reflejaba un "
    "compromiso equilibrado.",
]
ES_TITLES = [
    "Obligación de presentar informes",
    "Comité de la Convención",
    "Asistencia judicial recíproca",
    "Autoridad central",
    "Ratificación, aceptación, aprobación o adhesión",
    "Entrada en vigor",
    "Enmiendas",
    "Solución de controversias",
    "Cooperación con organizaciones internacionales",
    "Formación de funcionarios",
    "Prevención",
    "Establecimiento de la jurisdicción nacional",
    "Depositario",
    "Textos auténticos",
    "Reservas",
    "Denuncia",
    "Disposiciones financieras",
    "Secretaría",
    "Conferencia de los Estados Partes",
    "Términos empleados",
    "Protección de testigos y peritos",
    "Intercambio de información",
]

ORDINALS = ["twentieth", "thirtieth", "fortieth", "sixtieth"]
ORDINALS_ES = ["vigésimo", "trigésimo", "cuadragésimo", "sexagésimo"]
DELEGATIONS = [
    "Argentina",
    "Brazil",
    "Canada",
    "Chile",
    "Colombia",
    "Costa Rica",
    "Ghana",
    "Guatemala",
    "Japan",
    "Kenya",
    "Mexico",
    "New Zealand",
    "Norway",
    "Peru",
    "Philippines",
    "Senegal",
    "Sierra Leone",
    "South Africa",
    "Switzerland",
    "the European Union",
    "Uruguay",
]
ROMAN = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
    "XXI",
    "XXII",
    "XXIII",
    "XXIV",
    "XXV",
    "XXVI",
    "XXVII",
    "XXVIII",
    "XXIX",
    "XXX",
]

# ---------------------------------------------------------------------------- impunity clauses
# Written for this benchmark. {crimes} is filled with a way of naming the offences; the
# variants run from strong safeguards through hedged ones to clauses that grant impunity.

EN_CRIMES = [
    "crimes against humanity",
    "the offences referred to in this Convention",
    "the offences set forth in article {n}",
    "any offence covered by this Convention",
]
ES_CRIMES = [
    "los crímenes de lesa humanidad",
    "los delitos a que se refiere la presente Convención",
    "los delitos tipificados en el artículo {n}",
]

IMPUNITY: dict[str, dict[str, list[str]]] = {
    "amnesty ban": {
        "en": [
            "No State Party shall grant amnesty to any person for {crimes}, and any amnesty already granted "
            "shall have no legal effect with respect to the investigation or prosecution of such offences.",
            "Amnesties, whether general or individual, shall not extend to {crimes} and shall not bar the "
            "investigation, prosecution or punishment of those responsible.",
            "States Parties shall not enact or apply any amnesty law or similar measure that would prevent "
            "persons responsible for {crimes} from being brought to justice.",
            "An amnesty granted to a person for {crimes} shall be without effect in the territory of every "
            "State Party.",
        ],
        "es": [
            "Ningún Estado Parte concederá amnistías a las personas responsables de {crimes}, y las amnistías "
            "ya concedidas carecerán de efecto jurídico respecto de su investigación y enjuiciamiento.",
            "Las amnistías, generales o particulares, no podrán extenderse a {crimes} ni impedir la "
            "investigación, el enjuiciamiento o la sanción de sus responsables.",
            "Los Estados Partes no adoptarán ni aplicarán leyes de amnistía ni medidas análogas que impidan "
            "llevar ante la justicia a los responsables de {crimes}.",
        ],
    },
    "hedged amnesty ban": {
        "en": [
            "States Parties should, as far as possible, refrain from granting amnesties for {crimes}, except "
            "where a process of national reconciliation so requires.",
            "Each State Party shall endeavour, where appropriate and in accordance with its national law, not to "
            "grant amnesty to persons suspected of {crimes}.",
            "Amnesties shall not in principle cover {crimes}, unless the competent authorities decide otherwise "
            "in the interest of peace.",
            "Subject to its constitutional principles, each State Party may consider limiting the scope of any "
            "amnesty with respect to {crimes}.",
        ],
        "es": [
            "Los Estados Partes procurarán, en la medida de lo posible, no conceder amnistías por {crimes}, "
            "salvo cuando lo exija un proceso de reconciliación nacional.",
            "Cada Estado Parte se esforzará, cuando proceda y de conformidad con su derecho interno, por no "
            "conceder amnistías a los presuntos responsables de {crimes}.",
            "En principio, las amnistías no abarcarán {crimes}, a menos que las autoridades competentes decidan "
            "otra cosa en aras de la paz.",
        ],
    },
    "amnesty grant": {
        "en": [
            "Upon the cessation of hostilities, States Parties may grant the broadest possible amnesty to persons "
            "who took part in the armed conflict, including for {crimes}.",
            "Nothing in this Convention shall prevent a State Party from granting amnesty to former combatants "
            "who have laid down their arms, whatever the offences committed.",
        ],
        "es": [
            "Al cese de las hostilidades, los Estados Partes podrán conceder la amnistía más amplia posible a "
            "las personas que hayan participado en el conflicto armado, incluso por {crimes}.",
        ],
    },
    "pardon": {
        "en": [
            "A pardon, commutation or remission of sentence shall not be granted to a person convicted of "
            "{crimes} in a manner that would render the penalty ineffective.",
            "The Head of State may pardon persons convicted of {crimes} on humanitarian grounds or in the "
            "public interest.",
            "Each State Party should ensure that pardons for {crimes} are granted only in exceptional "
            "circumstances.",
            "No person convicted of {crimes} shall benefit from a pardon or from any other measure having the "
            "effect of exempting him or her from serving the sentence imposed.",
        ],
        "es": [
            "No se concederá el indulto a las personas condenadas por {crimes}.",
            "El Jefe de Estado podrá indultar a los condenados por {crimes} por razones humanitarias o de "
            "interés público.",
            "Cada Estado Parte velará por que los indultos respecto de {crimes} se concedan únicamente en "
            "circunstancias excepcionales.",
        ],
    },
    "statute of limitations": {
        "en": [
            "No statute of limitations shall apply to {crimes}, whether in respect of prosecution or of the "
            "enforcement of the penalties imposed.",
            "Criminal proceedings for {crimes} shall be subject to a limitation period of twenty years from the "
            "date on which the offence was committed.",
            "Each State Party shall, where its legal system so permits, ensure that {crimes} are not subject to "
            "any statute of limitations.",
            "The prosecution of {crimes} and the execution of sentences shall not be barred by the lapse of "
            "time.",
        ],
        "es": [
            "{Crimes} serán imprescriptibles, tanto en lo que respecta a la acción penal como a la ejecución de "
            "la pena.",
            "La acción penal por {crimes} prescribirá a los quince años contados desde la comisión del hecho.",
            "Cada Estado Parte, en la medida en que lo permita su ordenamiento jurídico, velará por que {crimes} "
            "no estén sujetos a prescripción.",
        ],
    },
    "superior orders": {
        "en": [
            "The fact that {crimes} were committed pursuant to an order of a superior, whether military or "
            "civilian, shall not relieve the subordinate of criminal responsibility.",
            "A subordinate who acted on the orders of a superior shall not be held criminally responsible for "
            "{crimes}.",
            "Obedience to superior orders may be taken into account to exclude responsibility where the "
            "subordinate did not know that the order was unlawful.",
        ],
        "es": [
            "El hecho de que {crimes} se hayan cometido en cumplimiento de una orden de un superior, militar o "
            "civil, no eximirá de responsabilidad penal.",
            "No será penalmente responsable el subordinado que haya actuado en cumplimiento de órdenes de un "
            "superior.",
        ],
    },
    "military courts": {
        "en": [
            "Persons alleged to have committed {crimes} shall be tried only by the competent ordinary courts, to "
            "the exclusion of all military courts.",
            "Offences committed by members of the armed forces in the course of duty, including {crimes}, shall "
            "fall within the exclusive jurisdiction of military tribunals.",
            "Military courts should, as a rule, not be competent to try {crimes}.",
        ],
        "es": [
            "Los presuntos responsables de {crimes} sólo podrán ser juzgados por las jurisdicciones de derecho "
            "común competentes, con exclusión de toda jurisdicción militar.",
            "Los delitos cometidos por miembros de las fuerzas armadas en acto de servicio serán competencia "
            "exclusiva de la jurisdicción militar.",
        ],
    },
    "official capacity": {
        "en": [
            "The official position of a person who commits {crimes}, including as Head of State or Government, "
            "shall not exclude criminal responsibility nor constitute a ground for reduction of sentence.",
            "Serving Heads of State, Heads of Government and Ministers for Foreign Affairs shall enjoy immunity "
            "from criminal jurisdiction in respect of {crimes}.",
        ],
        "es": [
            "El cargo oficial de una persona que cometa {crimes}, incluso el de Jefe de Estado o de Gobierno, "
            "no la eximirá de responsabilidad penal ni constituirá motivo para reducir la pena.",
        ],
    },
    "victims' reparation": {
        "en": [
            "Each State Party shall ensure that victims of {crimes} have the right to obtain reparation for "
            "material and moral damages, including restitution, compensation, rehabilitation, satisfaction and "
            "guarantees of non-repetition.",
            "Each State Party may, where it deems appropriate, consider providing compensation to the victims "
            "of {crimes}.",
            "Victims of {crimes} shall have the right to know the truth regarding the circumstances of the "
            "offences and to receive prompt, adequate and effective reparation.",
        ],
        "es": [
            "Cada Estado Parte velará por que las víctimas de {crimes} tengan derecho a obtener una reparación "
            "de los daños materiales y morales que comprenda la restitución, la indemnización, la "
            "rehabilitación, la satisfacción y las garantías de no repetición.",
            "Cada Estado Parte podrá, cuando lo estime oportuno, considerar la posibilidad de indemnizar a las "
            "víctimas de {crimes}.",
        ],
    },
    "extradite or prosecute": {
        "en": [
            "The State Party in the territory under whose jurisdiction the alleged offender is found shall "
            "submit the case to its competent authorities for the purpose of prosecution, unless it extradites "
            "or surrenders the person to another State or competent international criminal tribunal.",
            "A State Party may decline both to extradite and to prosecute an alleged offender where it considers "
            "that doing so would not serve the interests of justice.",
            "If a State Party does not extradite a person alleged to have committed {crimes}, it shall submit "
            "the case without undue delay to its competent authorities for the purpose of prosecution.",
        ],
        "es": [
            "El Estado Parte en cuyo territorio se encuentre el presunto autor de {crimes}, si no procede a su "
            "extradición o entrega, someterá el caso a sus autoridades competentes a efectos de enjuiciamiento.",
            "Un Estado Parte podrá negarse a extraditar y a enjuiciar al presunto autor cuando considere que "
            "ello no serviría a los intereses de la justicia.",
        ],
    },
}
IMPUNITY_WEIGHTS = {
    "amnesty ban": 3,
    "hedged amnesty ban": 3,
    "amnesty grant": 1,
    "pardon": 2,
    "statute of limitations": 2,
    "superior orders": 2,
    "military courts": 2,
    "official capacity": 1,
    "victims' reparation": 2,
    "extradite or prosecute": 2,
}
IMPUNITY_EVERY = (25, 55)  # the next clause comes after this many paragraphs: about 1 in 40


# ---------------------------------------------------------------------------- the generator


@dataclass
class DraftStats:
    pages: int
    words: int = 0
    paragraphs: int = 0
    articles: int = 0
    spanish_articles: int = 0
    tables: int = 0
    footnotes: int = 0
    impunity: Counter[str] = field(default_factory=Counter)

    def to_json(self) -> dict[str, object]:
        return {
            "pages": self.pages,
            "words": self.words,
            "paragraphs": self.paragraphs,
            "articles": self.articles,
            "spanish_articles": self.spanish_articles,
            "tables": self.tables,
            "footnotes": self.footnotes,
            "impunity_clauses": sum(self.impunity.values()),
            "impunity_by_kind": dict(sorted(self.impunity.items())),
        }


class TreatyWriter:
    """Writes one draft; all randomness comes from ``self.rng`` (seeded by size and version)."""

    def __init__(self, pages: int) -> None:
        self.pages = pages
        self.target_words = pages * WORDS_PER_PAGE
        self.rng = random.Random(f"drafter-benchmark/{GENERATOR_VERSION}/{pages}")
        self.doc: Document = docx.Document()
        self.stats = DraftStats(pages)
        self.notes: list[str] = []
        self.next_impunity = self.rng.randint(*IMPUNITY_EVERY)
        self.article_no = 0

    # ------------------------------------------------------------ text

    def _fill(self, text: str, lang: str) -> str:
        rng = self.rng
        if "{crimes}" in text or "{Crimes}" in text:
            crimes = rng.choice(EN_CRIMES if lang == "en" else ES_CRIMES)
            text = text.replace("{crimes}", crimes).replace("{Crimes}", crimes[0].upper() + crimes[1:])
        return (
            text.replace("{n}", str(rng.randint(1, max(2, self.article_no))))
            .replace("{k}", str(rng.randint(1, 4)))
            .replace("{ord}", rng.choice(ORDINALS))
            .replace("{ord_es}", rng.choice(ORDINALS_ES))
            .replace("{count}", rng.choice(["ten", "twelve", "fifteen", "eighteen"]))
            .replace("{date}", f"{rng.randint(1, 28)} {rng.choice(['June', 'September', 'December'])} 2027")
        )

    def sentence(self, lang: str) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            return self._fill(rng.choice(EN_FIXED if lang == "en" else ES_FIXED), lang)
        if lang == "en":
            subject, predicate = rng.choice(EN_SUBJECTS), rng.choice(EN_PREDICATES)
            verb = rng.choice(["shall", "shall", "shall", "may", "[shall][should]"])
            text = f"{subject} {verb} {predicate}"
            if rng.random() < 0.6:
                text += ", " + rng.choice(EN_QUALIFIERS)
        else:
            text = f"{rng.choice(ES_SUBJECTS)} {rng.choice(ES_PREDICATES)}"
            if rng.random() < 0.6:
                text += ", " + rng.choice(ES_QUALIFIERS)
        return self._fill(text + ".", lang)

    def sentences(self, lang: str, low: int, high: int) -> str:
        return " ".join(self.sentence(lang) for _ in range(self.rng.randint(low, high)))

    def impunity_due(self) -> bool:
        return self.stats.paragraphs >= self.next_impunity

    def impunity_clause(self, lang: str) -> str:
        kinds = list(IMPUNITY_WEIGHTS)
        kind = self.rng.choices(kinds, weights=[IMPUNITY_WEIGHTS[k] for k in kinds])[0]
        self.stats.impunity[kind] += 1
        self.next_impunity = self.stats.paragraphs + self.rng.randint(*IMPUNITY_EVERY)
        return self._fill(self.rng.choice(IMPUNITY[kind][lang]), lang)

    # ------------------------------------------------------------ paragraphs

    def _count(self, text: str) -> None:
        self.stats.words += len(text.split())
        self.stats.paragraphs += 1

    def heading(self, text: str, level: int) -> None:
        self.doc.add_heading(text, level=level)
        self._count(text)

    def para(self, text: str, *, bold: bool = False, italic: bool = False) -> Paragraph:
        p = self.doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        self._count(text)
        return p

    def footnote(self, paragraph: Paragraph, text: str) -> None:
        self.notes.append(text)
        self.stats.footnotes += 1
        self.stats.words += len(text.split())
        note_id = len(self.notes)
        run = paragraph.add_run()
        rpr = run._r.get_or_add_rPr()
        rpr.append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))
        run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{note_id}"/>'))

    def proposals_table(self, lang: str) -> None:
        rng = self.rng
        intro = (
            f"Proposals received on article {self.article_no}"
            if lang == "en"
            else f"Propuestas recibidas sobre el artículo {self.article_no}"
        )
        self.para(intro, bold=True)
        rows = rng.randint(3, 6)
        table = self.doc.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        header = (
            ("Delegation", "Proposal", "Comment")
            if lang == "en"
            else ("Delegación", "Propuesta", "Observación")
        )
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = text
            self._count(text)
        for _ in range(rows):
            proposal = self.impunity_clause(lang) if self.impunity_due() else self.sentences(lang, 1, 2)
            comment = self._fill(rng.choice(EN_RECORD if lang == "en" else ES_RECORD), lang)
            for cell, text in zip(
                table.add_row().cells, (rng.choice(DELEGATIONS), proposal, comment), strict=True
            ):
                cell.text = text
                self._count(text)
        self.stats.tables += 1

    def article(self, lang: str) -> None:
        rng = self.rng
        self.article_no += 1
        self.stats.articles += 1
        self.stats.spanish_articles += int(lang == "es")
        self.heading(f"{'Article' if lang == 'en' else 'Artículo'} {self.article_no}", 2)
        self.para(rng.choice(EN_TITLES if lang == "en" else ES_TITLES), bold=True)
        for n in range(1, rng.randint(2, 7) + 1):
            roll = rng.random()
            if self.impunity_due():
                p = self.para(f"{n}. {self.impunity_clause(lang)}")
                if rng.random() < 0.3:
                    self.footnote(p, self.footnote_text(lang))
            elif roll < 0.15:
                lead = self._fill(rng.choice(EN_ITEM_LEADS if lang == "en" else ES_ITEM_LEADS), lang)
                self.para(f"{n}. {lead}:")
                items = rng.sample(EN_ITEMS if lang == "en" else ES_ITEMS, rng.randint(2, 5))
                for i, item in enumerate(items):
                    if i == len(items) - 1:
                        end = "."
                    elif i == len(items) - 2:
                        end = "; and" if lang == "en" else "; y"
                    else:
                        end = ";"
                    self.para(f"({'abcdefgh'[i]}) {item}{end}")
            elif roll < 0.25:
                self.para(f"{n}. {self.sentences(lang, 6, 12)}")  # a long paragraph
            else:
                p = self.para(f"{n}. {self.sentences(lang, 1, 3)}")
                if rng.random() < 0.03:
                    self.footnote(p, self.footnote_text(lang))
        if rng.random() < 0.35:
            record = EN_RECORD if lang == "en" else ES_RECORD
            text = " ".join(self._fill(s, lang) for s in rng.sample(record, rng.randint(2, 5)))
            self.para(text, italic=True)
        if rng.random() < 0.12:
            self.proposals_table(lang)

    def footnote_text(self, lang: str) -> str:
        who = self.rng.choice(DELEGATIONS)
        if lang == "en":
            return self.rng.choice(
                [
                    f"The delegation of {who} reserves its position on this paragraph.",
                    f"Proposal by {who}, supported by several delegations.",
                    f"{who} proposes to replace this paragraph with the text of article {self.article_no} bis.",
                ]
            )
        return self.rng.choice(
            [
                f"La delegación de {who} reserva su posición sobre este párrafo.",
                f"Propuesta de {who}, apoyada por varias delegaciones.",
            ]
        )

    def build(self) -> None:
        core = self.doc.core_properties
        core.title = f"Compilation of negotiating texts ({self.pages} pages, benchmark draft)"
        core.author = "Drafter benchmark generator"
        core.created = core.modified = core.last_printed = FIXED_TIME
        core.revision = 1
        self.heading(
            "Convention on the Prevention and Punishment of Crimes against Humanity: compilation of texts", 0
        )
        self.para(
            "Working document prepared by the Secretariat. It compiles the texts considered at each session, "
            "with the proposals of delegations and a summary of the discussion. It has no official status.",
            italic=True,
        )
        self.heading("Preamble", 1)
        for _ in range(4):
            self.para(self.sentences("en", 1, 2))
        part = 0
        while self.stats.words < self.target_words:
            if self.article_no % ARTICLES_PER_PART == 0:
                part += 1
                name = ROMAN[part - 1] if part <= len(ROMAN) else str(part)
                self.heading(f"Part {name}. Texts considered at session {part}", 1)
                self.article_no = 0
            self.article("es" if self.stats.articles % 4 == 3 else "en")
        self._add_footnotes_part()

    def _add_footnotes_part(self) -> None:
        if not self.notes:
            return
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            "</w:p></w:footnote>",
        ]
        for i, note in enumerate(self.notes, start=1):
            body.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {escape_xml(note)}</w:t></w:r></w:p></w:footnote>'
            )
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:footnotes {nsdecls('w')}>{''.join(body)}</w:footnotes>"
        )
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _normalise_zip(src: Path, dst: Path) -> None:
    """Rewrite ``src`` with fixed member timestamps so that equal content gives equal bytes."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            zout.writestr(fixed, zin.read(info.filename))


def draft_path(pages: int) -> Path:
    return CACHE_DIR / f"treaty-{pages}p-g{GENERATOR_VERSION}.docx"


def stats_path(pages: int) -> Path:
    return draft_path(pages).with_suffix(".json")


def generate(pages: int, path: Path) -> DraftStats:
    """Write the ``pages``-page draft to ``path`` (atomically) and return what it contains."""
    writer = TreatyWriter(pages)
    writer.build()
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = path.with_name(f".{path.name}.{os.getpid()}.raw")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        writer.doc.save(str(raw))
        _normalise_zip(raw, tmp)
        tmp.replace(path)
    finally:
        raw.unlink(missing_ok=True)
        tmp.unlink(missing_ok=True)
    return writer.stats


def ensure_draft(pages: int, *, force: bool = False) -> tuple[Path, dict[str, object]]:
    """The cached draft of ``pages`` pages (generated on first use) and its statistics."""
    path, meta = draft_path(pages), stats_path(pages)
    if force or not path.exists() or not meta.exists():
        stats = generate(pages, path).to_json()
        stats["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
        meta.write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    return path, json.loads(meta.read_text(encoding="utf-8"))


def parse_sizes(text: str) -> list[int]:
    sizes = [int(s) for s in text.replace(" ", "").split(",") if s]
    if not sizes or any(s <= 0 for s in sizes):
        raise argparse.ArgumentTypeError("sizes are positive page counts, e.g. 50,300,1000")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=parse_sizes, default=list(DEFAULT_SIZES), help="pages, e.g. 50,300")
    parser.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = parser.parse_args(argv)
    for pages in args.sizes:
        path, stats = ensure_draft(pages, force=args.force)
        print(f"{path}: {json.dumps(stats)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
