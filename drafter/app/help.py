"""The short user guide, built in: shown by the guide window (drafter/app/guide_window.py) where
docs/ is missing.

It says what a finding is, what the stance and the likeness score mean, how to
review (accept, edit, dismiss, undo) and the keys that do it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from drafter.app.findings_panel import score_help


def quick_guide() -> str:
    """The short guide, in the interface language."""
    parts = [
        QCoreApplication.translate(
            "QuickGuide",
            """<h2>Reviewing a draft with Drafter</h2>
<p>Open a Word draft (<b>File &gt; Open draft</b>, Ctrl+O, or drop it on the window). Drafter finds
every clause on amnesties and similar measures of impunity, judges it against the clause library
and lists what the draft lacks.</p>""",
        ),
        QCoreApplication.translate(
            "QuickGuide",
            """<h3>A finding</h3>
<p>Each finding has a <b>stance</b>: it <b>conforms</b> to the model clause, is <b>weak</b> (hedged,
narrowed, limited) or is <b>contrary</b> (it grants, gives effect to or keeps the measure). The
colours of the draft say the same, with a dashed underline for weak and a wavy one for contrary.</p>
<p>The <b>likeness</b> score (0-100): {score}</p>""",
        ).format(score=score_help()),
        QCoreApplication.translate(
            "QuickGuide",
            """<h3>Deciding</h3>
<ul>
<li><b>Accept</b> uses the suggested wording; it is exported as a tracked change and shown in the
draft as a redline (deleted words struck through, new words underlined).</li>
<li><b>Accept and next</b> (Ctrl+Enter) accepts and moves to the next open finding.</li>
<li><b>Edit and accept</b> opens the wording with the draft's text and a live redline.</li>
<li><b>Dismiss</b> keeps the draft's wording; a reason goes into the export.</li>
<li><b>Add note</b> writes a note into the Word comment.</li>
<li>Select several findings (Shift or Ctrl and click) to accept or dismiss them at once
(<b>Review</b> menu, or right-click).</li>
<li><b>Undo</b> (Ctrl+Z) and <b>Redo</b> (Ctrl+Y) take decisions back and forth.</li>
</ul>
<p>Decisions are saved as you make them and restored when you open the draft again.</p>""",
        ),
        QCoreApplication.translate(
            "QuickGuide",
            """<h3>What the draft lacks</h3>
<p>A category is missing when no clause of the draft conforms to the model, above all the explicit
amnesty prohibition. Select one to see the wording proposed and, in the draft, the paragraph it
would follow; accept it to insert it, or edit the wording first.</p>""",
        ),
        QCoreApplication.translate(
            "QuickGuide",
            """<h3>Keys</h3>
<table cellpadding="3">
<tr><td>F8, Shift+F8</td><td>next, previous finding</td></tr>
<tr><td>Ctrl+Enter</td><td>accept and go to the next open finding</td></tr>
<tr><td>Ctrl+Z, Ctrl+Y</td><td>undo, redo a decision</td></tr>
<tr><td>Ctrl+plus, Ctrl+minus, Ctrl+0</td><td>zoom the draft in, out, back to its size</td></tr>
<tr><td>Ctrl+E, Ctrl+M</td><td>export the annotated copy, the findings memo</td></tr>
<tr><td>F5</td><td>analyse again</td></tr>
</table>""",
        ),
    ]
    return "\n".join(parts)
