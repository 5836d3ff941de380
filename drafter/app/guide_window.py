"""Help > User guide: the guide of docs/ read inside the app, in a window of its own.

The pages are Markdown (``docs/*.md``) shown by a QTextBrowser: their pictures come from
``docs/images`` (paths relative to the page), a link to another page of the guide (or to a
heading of one) is followed in the window, with Back, Forward and Home. A link to the web
(http, https, mailto) is never loaded in the window: it is handed to the system's browser
(QDesktopServices), as any link in a document would be; Drafter itself makes no connection.

In English the window opens on the index (``docs/README.md``); in Spanish and French on the
one-page quick start of that language (``docs/quickstart.es.md``, ``quickstart.fr.md``), which
links to the full guide. Where ``docs/`` is missing (an odd installation), it shows the short
guide of ``drafter.app.help`` instead. One window: asking again raises it. Its size is kept in
the settings file.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter import i18n
from drafter.app.help import quick_guide
from drafter.paths import docs_dir

INDEX = "README.md"
# The page the guide opens on in each interface language (English: the index).
START_PAGES = {"es": "quickstart.es.md", "fr": "quickstart.fr.md"}
EXTERNAL_SCHEMES = ("http", "https", "mailto")
DEFAULT_SIZE = (900, 760)
GEOMETRY_KEY = "guide/geometry"
IMAGE_MARGIN = 40  # room beside a picture narrowed to the page's width (margins, scroll bar)


def start_page(language: str, folder: Path | None = None) -> Path | None:
    """The page the guide opens on in ``language``, or None where docs/ has none."""
    folder = folder or docs_dir()
    for name in (START_PAGES.get(language), INDEX):
        if name and (folder / name).is_file():
            return folder / name
    return None


def slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it (the links between the pages use these)."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """The pages: Markdown files, their pictures narrowed to the width of the window."""

    homeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # every link goes through GuideWindow.follow
        self.setOpenExternalLinks(False)
        self.sourceChanged.connect(lambda _url: self.fit_images())

    def fit_images(self) -> None:
        """Each picture at its own size, or at the width of the page if it is wider."""
        document = self.document()
        room = max(self.viewport().width() - IMAGE_MARGIN, 120)
        pictures: list[tuple[int, int, QTextImageFormat]] = []
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    image_format = fragment.charFormat().toImageFormat()
                    pictures.append((fragment.position(), fragment.length(), image_format))
                it += 1
            block = block.next()
        for position, length, image_format in pictures:
            image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_format.name()))
            if not isinstance(image, QImage | QPixmap) or image.isNull():
                continue
            width = min(image.width(), room)
            if abs(image_format.width() - width) < 1:
                continue
            fitted = QTextImageFormat(image_format)
            fitted.setWidth(width)
            fitted.setHeight(image.height() * width / image.width())
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fitted)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Alt+Home: the guide's start page (the browser would take it as Home, to the line's start).
        if event.key() == Qt.Key.Key_Home and event.modifiers() == Qt.KeyboardModifier.AltModifier:
            self.homeRequested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()  # to the window, which closes
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_images()

    def scroll_to_heading(self, anchor: str) -> bool:
        """Show the heading whose GitHub anchor is ``anchor`` at the top. False if none is."""
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and slug(block.text()) == anchor:
                bar = self.verticalScrollBar()
                top = self.document().documentLayout().blockBoundingRect(block).top()
                bar.setValue(min(int(top), bar.maximum()))
                return True
            block = block.next()
        return False


class GuideWindow(QWidget):
    """The user guide in a window of its own, beside the main window (not modal)."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.qsettings = settings
        self.setAccessibleName("User guide")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # kept, to be shown again
        self.home_page = start_page(i18n.language())
        sp = QStyle.StandardPixmap
        self.back_button = self._button(sp.SP_ArrowBack, "Back")
        self.forward_button = self._button(sp.SP_ArrowForward, "Forward")
        self.home_button = self._button(sp.SP_DirHomeIcon, "Home")
        self.close_button = QPushButton()
        self.close_button.setAccessibleName("Close the user guide")
        self.close_button.clicked.connect(self.close)
        self.browser = GuideBrowser()
        self.browser.setAccessibleName("User guide")
        self.status = QLabel()
        self.status.setAccessibleName("Guide status")
        self.status.hide()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(self.go_home)
        self.browser.homeRequested.connect(self.go_home)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._page_changed)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        # Shortcuts as a web browser's: Alt+Left, Alt+Right, Alt+Home (Esc closes: keyPressEvent).
        for keys, slot in (
            (QKeySequence.StandardKey.Back, self.browser.backward),
            (QKeySequence.StandardKey.Forward, self.browser.forward),
            (QKeySequence("Alt+Home"), self.go_home),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self._restore_size()
        self.browser.setFocus()  # the keys scroll the page from the start
        self.go_home()

    def _button(self, icon: QStyle.StandardPixmap, name: str) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), "")
        button.setAccessibleName(name)
        return button

    # ------------------------------------------------------------ the pages

    def go_home(self) -> None:
        """The start page (the index, or the quick start of the interface language); the short
        built-in guide where docs/ is missing."""
        if self.home_page is None:
            self.browser.clearHistory()
            self.browser.setHtml(quick_guide())
            self._page_changed(QUrl())
            return
        self.browser.setSource(
            QUrl.fromLocalFile(str(self.home_page)), QTextDocument.ResourceType.MarkdownResource
        )

    def follow(self, url: QUrl) -> None:
        """A link clicked: a page of the guide (or a heading of one) in the window; the web in the
        system's browser; anything else (a picture, a folder) is left alone."""
        if url.scheme() in EXTERNAL_SCHEMES:
            self.open_external(url)
            return
        current = self.browser.source()
        target = current.resolved(url) if current.isValid() else url
        if not target.isLocalFile():
            self._say(self.tr("This link cannot be opened: {address}").format(address=url.toString()))
            return
        anchor = target.fragment()
        path = Path(target.toLocalFile())
        if path == Path(current.toLocalFile()) and anchor:
            self.browser.scroll_to_heading(anchor)
            return
        if path.suffix.lower() != ".md" or not path.is_file():
            self._say(self.tr("Not a page of the guide: {path}").format(path=path.name))
            return
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        if anchor:
            self.browser.scroll_to_heading(anchor)

    def open_external(self, url: QUrl) -> None:
        """A web address or an e-mail address: the system's browser or mail program opens it."""
        if QDesktopServices.openUrl(url):
            self._say(self.tr("Opened in your browser: {address}").format(address=url.toString()))
        else:
            self._say(self.tr("No program could open {address}").format(address=url.toString()))

    def page_title(self) -> str:
        """The first heading of the page shown."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                return block.text()
            block = block.next()
        return ""

    def _say(self, text: str) -> None:
        """A line under the page (what became of a link); hidden when empty."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _page_changed(self, _url: QUrl) -> None:
        self._say("")
        self._update_title()

    def _update_title(self) -> None:
        title = self.page_title()
        guide = self.tr("Drafter — User guide")
        self.setWindowTitle(f"{title} — {guide}" if title else guide)

    # ------------------------------------------------------------ the interface language

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("The page before (Alt+Left)"))
        self.forward_button.setText(self.tr("&Forward"))
        self.forward_button.setToolTip(self.tr("The page after (Alt+Right)"))
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setToolTip(self.tr("The guide's first page (Alt+Home)"))
        self.close_button.setText(self.tr("&Close"))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The start page of the new language, if the old one is shown.
            home = start_page(i18n.language())
            at_home = self.home_page is None or self.browser.source() == QUrl.fromLocalFile(
                str(self.home_page)
            )
            if home != self.home_page:
                self.home_page = home
                if at_home:
                    self.go_home()
            elif self.home_page is None:
                self.go_home()  # the short guide, in the new language
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.close()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ the window's size

    def _restore_size(self) -> None:
        geometry = self.qsettings.value(GEOMETRY_KEY) if self.qsettings is not None else None
        if isinstance(geometry, QByteArray | bytes) and geometry and self.restoreGeometry(geometry):
            return
        self.resize(*DEFAULT_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.qsettings is not None:
            self.qsettings.setValue(GEOMETRY_KEY, self.saveGeometry())
            self.qsettings.sync()
        super().closeEvent(event)


def show_guide(window: GuideWindow | None, settings: QSettings | None, parent: QWidget) -> GuideWindow:
    """The guide window shown and raised: ``window`` if there is one, else a new one."""
    if window is None:
        window = GuideWindow(settings, parent)
    if window.isVisible():
        window.raise_()
    else:
        window.show()
    window.activateWindow()
    return window
