"""The Polish teacher pack PDF: the English pack's text, translated, in a font with Polish letters.

reportlab's built-in Helvetica draws only the WinAnsi (Western European)
letters, so ą, ę, ń, ś, ź, ż and ć would come out as gaps; its bundled Vera
font lacks the same letters bar ł and ó. The PDF therefore embeds DejaVu Sans
(Vera's extension, Debian's fonts-dejavu-core) when the system has it. Where
it does not, the PDF falls back to Vera and writes the letters Vera lacks
without their accents (ą as a), which is still readable, and logs a warning.

Like movement/demo/pdfs.py, the output is the same bytes on every run.
The translation was written by an AI model (see movement/demo/translations).
"""

import io
import logging
from pathlib import Path

from django.core.files.base import ContentFile
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.tableofcontents import TableOfContents
from wagtail.documents import get_document_model

from movement.demo.pdfs import STYLES, Section

logger = logging.getLogger(__name__)

TITLE = "Bounce Forward: pakiet dla nauczycieli"
FILENAME = "bounce-forward-pakiet-dla-nauczycieli.pdf"
SUBTITLE = "Dziesięciotygodniowy program budowania odporności dla szkół"
AUTHOR = "Resilience Revolution"
CONTENTS = "Spis treści"
POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"

SECTIONS = [
    Section(
        "O pakiecie",
        [
            "Bounce Forward pomaga uczniom, ich przyjaciołom i rodzinom oraz całej "
            "społeczności szkolnej zrozumieć, czym jest odporność, i wypróbować "
            "praktyczne sposoby jej budowania.",
            "Pakiet powstał wspólnie: napisały go organizacja charytatywna zajmująca "
            "się zdrowiem psychicznym, program HeadStart w Blackpool oraz organizacja "
            "charytatywna, która stoi za Resilience Revolution. Przed publikacją "
            "sprawdzono go w klasach.",
            "Pakiet nie wymaga wcześniejszego szkolenia. Jeśli zajęcia dotykają "
            "trudnych doświadczeń, piszemy o tym na początku i podpowiadamy, jak się "
            "przygotować.",
        ],
    ),
    Section(
        "Ramy Odporności w skrócie",
        [
            "Ramy Odporności zbierają to, co według badań pomaga ludziom radzić sobie "
            "lepiej, niż można by się spodziewać, kiedy życie jest trudne. Opisują 42 "
            "Kroki Odporności w pięciu obszarach: podstawy, przynależność, uczenie "
            "się, radzenie sobie i poczucie własnego ja.",
            "Krok Odporności może być mały. Zjedzenie śniadania, znalezienie cichego "
            "miejsca, żeby się uspokoić, i poproszenie o pomoc – wszystko to się "
            "liczy. Liczą się też kroki, które zmieniają coś dla innych, na przykład "
            "założenie klubu, dzięki któremu nikt nie je obiadu sam.",
        ],
    ),
    Section(
        "Tygodnie od pierwszego do piątego",
        [
            "Tydzień pierwszy i drugi wprowadzają myśl, że po trudnym czasie można "
            "nie tylko się podnieść, ale i pójść naprzód: wyjść z niego bogatszym o "
            "nowe doświadczenie.",
            "W tygodniach od trzeciego do piątego każde zajęcia poświęcone są jednemu "
            "obszarowi Ram. Uczniowie zapisują kroki, które już robią, wybierają "
            "jeden nowy krok do wypróbowania, a tydzień później opowiadają, jak im "
            "poszło.",
        ],
    ),
    Section(
        "Tygodnie od szóstego do dziesiątego",
        [
            "Druga połowa programu kieruje uwagę na zewnątrz. Uczniowie przyglądają "
            "się temu, co utrudnia życie dzieciom w ich szkole, i planują jedną "
            "zmianę, którą mogą wprowadzić razem.",
            "Ostatni tydzień to świętowanie. Uczniowie opowiadają rodzinom i "
            "pracownikom szkoły o krokach, które wypróbowali, i o zmianie, którą "
            "zaplanowali.",
        ],
    ),
]

# Where Debian, Fedora and Arch install DejaVu Sans (regular, bold).
DEJAVU_DIRECTORIES = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
]
VERA_MISSING = str.maketrans("ąćęńśźżĄĆĘŃŚŹŻ", "acenszzACENSZZ")


def ensure_document():
    """The Polish teacher pack document; generated and uploaded only if it is missing."""
    Document = get_document_model()
    existing = Document.objects.filter(title=TITLE).first()
    if existing is not None:
        return existing
    document = Document(title=TITLE, language="pl")
    document.file.save(FILENAME, ContentFile(build_pdf()), save=False)
    document.save()
    return document


def build_pdf():
    regular, bold, has_polish_letters = _fonts()
    text = str if has_polish_letters else _without_missing_accents
    styles = {
        name: ParagraphStyle(
            f"Polish{style.name}",
            parent=style,
            fontName=bold if name in ("title", "subtitle", "section") else regular,
        )
        for name, style in STYLES.items()
    }
    buffer = io.BytesIO()
    document = _PolishPackTemplate(
        buffer,
        section_style=styles["section"],
        pagesize=A4,
        title=text(TITLE),
        author=AUTHOR,
        subject=text(SUBTITLE),
        lang="pl",
        invariant=1,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
    )
    contents = TableOfContents()
    contents.levelStyles = [
        ParagraphStyle("PolishContents", fontName=regular, fontSize=11, leading=16)
    ]
    story = [
        Spacer(1, 60 * mm),
        Paragraph(text(TITLE), styles["title"]),
        Spacer(1, 8 * mm),
        Paragraph(text(SUBTITLE), styles["subtitle"]),
        Spacer(1, 90 * mm),
        Paragraph(AUTHOR, styles["small"]),
        PageBreak(),
        Paragraph(text(CONTENTS), styles["subtitle"]),
        contents,
    ]
    for section in SECTIONS:
        story += [PageBreak(), Paragraph(text(section.heading), styles["section"])]
        story += [Paragraph(text(line), styles["body"]) for line in section.paragraphs]
    document.multiBuild(story)
    return buffer.getvalue()


class _PolishPackTemplate(SimpleDocTemplate):
    """Tells the contents page where each section heading landed."""

    def __init__(self, *args, section_style, **kwargs):
        self.section_style = section_style
        super().__init__(*args, **kwargs)

    def afterFlowable(self, flowable):
        if getattr(flowable, "style", None) is self.section_style:
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))


def _fonts():
    """(regular, bold, draws every Polish letter): DejaVu Sans if installed, else Vera."""
    for directory in DEJAVU_DIRECTORIES:
        regular, bold = directory / "DejaVuSans.ttf", directory / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            return (
                _register("DejaVuSans", regular),
                _register("DejaVuSans-Bold", bold),
                True,
            )
    logger.warning(
        "DejaVu Sans is not installed (Debian: fonts-dejavu-core), so the Polish "
        "teacher pack is written without some Polish accents."
    )
    fonts = Path(rl_config.__file__).parent / "fonts"
    return (
        _register("Vera", fonts / "Vera.ttf"),
        _register("VeraBd", fonts / "VeraBd.ttf"),
        False,
    )


def _register(name, path):
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def _without_missing_accents(text):
    return text.translate(VERA_MISSING)
