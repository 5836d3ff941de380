"""Two versions of a dev draft, for the comparison tests: the later one with a clause weakened,
one strengthened, one removed and an explicit amnesty prohibition added."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
from docx.text.paragraph import Paragraph

DEV = Path(__file__).resolve().parent / "dev_drafts"

# fr_projet_convention.docx: paragraph indices (body, all w:p in order; no tables before them).
FR_LIMITATION = 29  # Article 3, paragraph 6: no statute of limitations (conforms)
FR_OFFICIAL = 27  # Article 3, paragraph 4: official position, mitigation allowed (weak)
FR_AMNESTY_2 = 35  # Article 4, paragraph 2: amnesty in a peace process (weak)
FR_MILITARY = 51  # Article 7: military courts have jurisdiction (contrary)

FR_WEAKENED = (
    "6. Chaque État partie s’efforce, dans la mesure du possible, de prendre les mesures nécessaires "
    "pour que les infractions visées au présent article ne soient soumises à aucune prescription."
)
FR_STRENGTHENED = (
    "4. Chaque État partie prend les mesures nécessaires pour que le fait qu’une infraction visée au "
    "présent article a été commise par une personne occupant une position officielle, y compris en "
    "qualité de chef d’État ou de gouvernement, ne l’exonère en aucun cas de sa responsabilité pénale."
)
FR_BAN = (
    "3. Chaque État partie veille à ce qu’aucune amnistie ni autre mesure similaire qui soustrairait "
    "les auteurs ou auteurs présumés de crimes contre l’humanité aux poursuites ou sanctions pénales "
    "ne soit accordée, et à ce qu’aucune mesure de cette nature, quelle que soit sa date d’adoption, "
    "ne fasse obstacle à l’enquête, aux poursuites, à l’extradition ou à la répression de ces crimes."
)


def set_text(paragraph: Paragraph, text: str) -> None:
    """The paragraph's words replaced, its first run's formatting kept."""
    runs = paragraph.runs
    runs[0].text = text
    for run in runs[1:]:
        run._r.getparent().remove(run._r)


def insert_after(paragraph: Paragraph, text: str) -> None:
    element = copy.deepcopy(paragraph._p)
    paragraph._p.addnext(element)
    set_text(Paragraph(element, paragraph._parent), text)


def remove(paragraph: Paragraph) -> None:
    paragraph._p.getparent().remove(paragraph._p)


def french_pair(folder: Path) -> tuple[Path, Path]:
    """The French dev draft (no explicit amnesty prohibition) and a later version of it."""
    old = folder / "projet-v1.docx"
    old.write_bytes((DEV / "fr_projet_convention.docx").read_bytes())
    document = docx.Document(str(old))
    ps = document.paragraphs
    set_text(ps[FR_LIMITATION], FR_WEAKENED)
    set_text(ps[FR_OFFICIAL], FR_STRENGTHENED)
    insert_after(ps[FR_AMNESTY_2], FR_BAN)
    remove(ps[FR_MILITARY])
    new = folder / "projet-v2.docx"
    document.save(str(new))
    return old, new
