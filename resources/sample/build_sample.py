"""Build resources/sample/sample-draft.docx, the draft the app opens when no file is given.

It is a delegation's working copy of a convention based on the International Law
Commission's 2019 draft articles on crimes against humanity (public UN text), with
proposals of the kind delegations table: a hedged amnesty clause, a military-courts
clause, a pardon clause, bracketed alternatives, footnotes with delegation positions
and a table of proposals. Run: .venv/bin/python resources/sample/build_sample.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

ARTICLES: list[tuple[str, str, list[str]]] = [
    (
        "Article 1",
        "Scope",
        ["The present draft articles apply to the prevention and punishment of crimes against humanity."],
    ),
    (
        "Article 2",
        "General obligation",
        [
            "Crimes against humanity, whether or not committed in time of armed conflict, are crimes under "
            "international law, which States undertake to prevent and punish.",
        ],
    ),
    (
        "Article 6",
        "Criminalization under national law",
        [
            "1. Each State shall take the necessary measures to ensure that crimes against humanity constitute "
            "offences under its criminal law.",
            "2. Each State shall take the necessary measures to ensure that the following acts are offences under "
            "its criminal law: committing a crime against humanity; attempting to commit such a crime; and "
            "ordering, soliciting, inducing, aiding, abetting or otherwise assisting in or contributing to the "
            "commission or attempted commission of such a crime.",
            "3. Each State shall also take the necessary measures to ensure that commanders and other superiors "
            "are criminally responsible for crimes against humanity committed by their subordinates if they knew, "
            "or had reason to know, that the subordinates were about to commit or were committing such crimes and "
            "did not take all necessary and reasonable measures within their power to prevent their commission, "
            "or, if such crimes had been committed, to punish the persons responsible.",
            "4. Each State shall take the necessary measures to ensure that, under its criminal law, the fact that "
            "an offence referred to in this draft article was committed pursuant to an order of a Government or of "
            "a superior, whether military or civilian, is not a ground for excluding criminal responsibility of a "
            "subordinate.",
            "5. Each State shall take the necessary measures to ensure that, under its criminal law, the fact that "
            "an offence referred to in this draft article was committed by a person holding an official position "
            "is not a ground for excluding criminal responsibility.",
            "6. Each State shall take the necessary measures to ensure that, under its criminal law, the offences "
            "referred to in this draft article shall not be subject to any statute of limitations.",
            "7. Each State shall take the necessary measures to ensure that, under its criminal law, the offences "
            "referred to in this draft article shall be punishable by appropriate penalties that take into account "
            "their grave nature.",
        ],
    ),
    (
        "Article 6 bis",
        "Amnesties [proposal]",
        [
            "Each State shall endeavour not to grant amnesties to persons responsible for crimes against humanity, "
            "where appropriate and in accordance with its national law.",
        ],
    ),
    (
        "Article 6 ter",
        "Pardon [proposal]",
        [
            "A State may grant a pardon or a commutation of the sentence to a person convicted of an offence "
            "referred to in draft article 6 once that person has served half of the sentence.",
        ],
    ),
    (
        "Article 7",
        "Establishment of national jurisdiction",
        [
            "1. Each State shall take the necessary measures to establish its jurisdiction over the offences "
            "covered by the present draft articles when the offence is committed in any territory under its "
            "jurisdiction or when the alleged offender is one of its nationals.",
            "2. Each State shall also take the necessary measures to establish its jurisdiction over the offences "
            "covered by the present draft articles in cases where the alleged offender is present in any territory "
            "under its jurisdiction and it does not extradite or surrender the person in accordance with the "
            "present draft articles.",
        ],
    ),
    (
        "Article 9",
        "Trial of members of the armed forces [proposal]",
        [
            "Members of the armed forces alleged to have committed an offence referred to in draft article 6 in "
            "the course of their duties shall be tried by military courts, in accordance with national law.",
        ],
    ),
    (
        "Article 10",
        "Aut dedere aut judicare",
        [
            "The State in the territory under whose jurisdiction the alleged offender is present shall submit the "
            "case to its competent authorities for the purpose of prosecution, unless it extradites or surrenders "
            "the person to another State or competent international criminal tribunal. Those authorities shall "
            "take their decision in the same manner as in the case of any other offence of a grave nature under "
            "the law of that State.",
        ],
    ),
    (
        "Article 12",
        "Victims, witnesses and others",
        [
            "1. Each State shall take the necessary measures to ensure that any person who alleges that acts that "
            "constitute crimes against humanity have been or are being committed has the right to complain to the "
            "competent authorities.",
            "2. Each State shall take the necessary measures to ensure, in its legal system, that the victims of a "
            "crime against humanity have the right to obtain reparation for material and moral damages, on an "
            "individual or collective basis, consisting, as appropriate, of restitution, compensation, "
            "satisfaction, rehabilitation, cessation and guarantees of non-repetition.",
        ],
    ),
]

PROPOSALS = [
    (
        "Delegation A",
        "Add an explicit prohibition of amnesties for crimes against humanity.",
        "Supported by 23 NGOs.",
    ),
    ("Delegation B", "Delete draft article 6 bis.", "Prefers silence on amnesties."),
    ("Delegation C", "Replace [shall][should] in draft article 12, paragraph 2.", "Under discussion."),
]


def _add_footnotes(document: docx.document.Document, notes: list[str]) -> list[int]:
    """Create word/footnotes.xml with ``notes`` and return their ids (python-docx has no footnote API)."""
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    ids = []
    for i, note in enumerate(notes, start=1):
        ids.append(i)
        body.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w")}>{"".join(body)}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    return ids


def _footnote_reference(paragraph: docx.text.paragraph.Paragraph, note_id: int) -> None:
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{note_id}"/>'))
    rpr = run._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))


def build(path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Draft convention on crimes against humanity (working copy)"
    document.core_properties.author = "Delegation working group"
    normal = document.styles["Normal"]
    normal.font.size = Pt(11)
    document.add_heading(
        "Draft Convention on the Prevention and Punishment of Crimes against Humanity", level=1
    )
    note = document.add_paragraph(
        "Working copy of the delegation, based on the draft articles adopted by the International Law "
        "Commission in 2019. Proposals received are marked [proposal]."
    )
    note.runs[0].italic = True
    document.add_heading("Preamble", level=2)
    document.add_paragraph(
        "Mindful that throughout history millions of children, women and men have been victims of crimes that "
        "deeply shock the conscience of humanity,"
    )
    document.add_paragraph(
        "Affirming that the most serious crimes of concern to the international community as a whole must not go "
        "unpunished and that their effective prosecution must be ensured by taking measures at the national level "
        "and by enhancing international cooperation,"
    )
    notes = _add_footnotes(
        document,
        [
            "Delegation A proposes to replace draft article 6 bis with an explicit prohibition of amnesties.",
            "Delegation B reserves its position on draft article 9.",
        ],
    )
    for heading, title, paragraphs in ARTICLES:
        document.add_heading(heading, level=2)
        t = document.add_paragraph()
        t.add_run(title).bold = True
        for text in paragraphs:
            p = document.add_paragraph(text)
            if heading == "Article 6 bis":
                _footnote_reference(p, notes[0])
            if heading == "Article 9":
                _footnote_reference(p, notes[1])
    document.add_heading("Annex: proposals received", level=2)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Delegation", "Proposal", "Comment"), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in PROPOSALS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.add_paragraph(
        "Each State [shall][should] ensure that victims have access to information concerning the progress and "
        "results of the investigation."
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    _ = (qn, W_NS)


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sample-draft.docx")
    build(out)
    print(f"wrote {out}")
