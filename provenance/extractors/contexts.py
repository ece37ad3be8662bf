"""The contexts that overrule a candidate credit, as data: the second stage of the text extractor.

The rules of `rules.RULES` find every place that reads like a credit. Many are not credits of the
text: "Source: Supplied" under a photo, "By The New York Times | Source: Reuters" under a chart,
"Primary Funding Source: ..." in an abstract, "Associated Press articles: Copyright ..." in a
site's footer. `decide.decided` looks at each candidate's own words and a few hundred characters
around it and, where one of the `CONTEXTS` below fits, drops it or turns it into a picture credit.

A `Context` holds `Check`s that must all hold; each check searches one *view* of the candidate
(`Where`) with a Python regex (bounded repetition only), within a window of characters:

``name``      the outlet's name as written;
``url``       the credited article's address (metadata statements);
``evidence``  the candidate's own words;
``before``    the words before it on its line (``\\A`` is the line's start when it is within the
              window, else the window's edge: a pattern bounded below the window reads a whole line);
``before_lines`` the same across lines;
``sentence``  the words of its sentence up to the credited name (a subject the rule read too);
``after``     the words after it on its line;
``after_lines`` the same across lines;
``around``    the words on both sides, across lines;
``labels``    the words before each colon on both sides, one label a line ("Verdict").

Checks are compiled with ``re.MULTILINE`` and, unless ``case_sensitive``, ``re.IGNORECASE``. A
context with a *screen* (an RE2 pattern, see `Context.screen`) is tried only where its screen is
found near the candidate; one that looks at the name alone is judged once per name.

The tests run every context on its examples (the candidate named must be overruled) and its
counterexamples (every candidate in them must stand). Examples are our own wording, written in
the shape of real credits. The first context that fits decides; a candidate that none fits is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from provenance.extractors.rules import (
    FURNITURE_AHEAD,
    FURNITURE_HEADS,
    MONTH,
    PAGE_DATE,
    PICTURE_LABEL_WORD,
    PICTURE_LABELS_MORE,
    PROGRAMME_NOTE,
)
from provenance.models import Location, Relation
from provenance.readers.text import RELATED_LABELS

R = Relation.REPUBLISHED_FROM
W = Relation.WIRE_CREDIT
S = Relation.SOURCE_CREDIT


class Verdict(StrEnum):
    """What a context does to a candidate: ``drop`` it, or make it an ``image`` credit."""

    DROP = "drop"
    IMAGE = "image"


class Where(StrEnum):
    """The view of a candidate that a check searches (see the module's docstring)."""

    NAME = "name"
    URL = "url"
    EVIDENCE = "evidence"
    BEFORE = "before"
    BEFORE_LINES = "before_lines"
    SENTENCE = "sentence"
    AFTER = "after"
    AFTER_LINES = "after_lines"
    AROUND = "around"
    LABELS = "labels"


@dataclass(frozen=True, slots=True)
class Check:
    """One test of a context: ``pattern`` found (``count`` times) in a view, or not (``negate``)."""

    where: Where
    pattern: str
    window: int = 200
    count: int = 1
    negate: bool = False
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """A kind of statement that reads like a credit of the text and is not one."""

    id: str
    verdict: Verdict
    checks: tuple[Check, ...]
    relations: tuple[Relation, ...] = (R, W, S)
    # Rule methods judged ("text:source-line"); a bare extractor name ("text:") takes all of its rules.
    methods: tuple[str, ...] = ("text:",)
    locations: tuple[Location, ...] = ()
    # Cheap pre-check: an RE2 pattern that must be found (case-insensitively) within
    # `SCREEN_WINDOW` characters of the candidate, or the checks are not tried. All screens of the
    # contexts that judge one rule are searched at once, in one linear-time pass; most candidates
    # are credits of the text, and for them no screen, or only one, is found.
    screen: str = ""
    # Only in a document read from markup (a page, a feed's item, an archived page), where a
    # caption is a figure's own: the plain text's reader only guesses a caption from the layout.
    markup: bool = False
    examples: tuple[tuple[str, str], ...] = ()
    counterexamples: tuple[str, ...] = ()
    description: str = field(default="")


# The reach of the screens: no check of the words around a candidate looks further.
SCREEN_WINDOW = 300
# The kinds of document read from markup (`Context.markup`). A JSON Lines record may hold a page
# or a plain text under the one kind "jsonl", so it is not among them.
MARKUP_KINDS = frozenset({"html", "feed", "warc"})

# ---------------------------------------------------------------- shared pieces
# Picture, video and graphic markers, in the languages of the rules.
_PICTURE = (
    r"(?:photo(?:graph)?s?|pictures?|pics?|images?|imagen|immagine|foto(?:grafie|grafía)?s?|bild(?:er)?"
    r"|"
    + PICTURE_LABELS_MORE
    + r"|illustrations?|grafik|graphics?|gráfico|infographics?|charts?|maps?|karte|videos?|vídeo|vidéo|audio"
    r"|footage|rendering|sketch|drawing|screenshot)"
)
_SOURCE_LABEL = r"(?:sources?|quellen?|fuentes?|fonte|bron|źródło|kaynak|источник)"
# A person's name of two or three words, in Latin or Cyrillic letters ("Jane Roe", "Иван Роев").
_PERSON_ANY_SCRIPT = r"[A-ZÀ-ÞА-ЯЁІЇЄ][a-zß-ÿа-яёіїєґ'’-]+(?:[ \t]+[A-ZÀ-ÞА-ЯЁІЇЄ][a-zß-ÿа-яёіїєґ'’-]+){1,2}"

# Labels of a page's tags in the Nordic, Baltic, Finnish, Balkan, Greek, Turkish and Slavic
# languages (tag-list's screen and check read them).
_TAG_LABELS_MORE = (
    "emner ämnen aiheet avainsanat märksõnad birkas žymos temos oznake teme témata témy etiketler "
    "ετικέτες θέματα мітки теми етикети ознаке"
).split()
# Screens (RE2 syntax).
_LINE_CLOSE = r"\)[ \t]*(?:\n|\z)"
# The agency and the site that ran its copy, closing the text: a sign-off, no picture's copyright
# ("... den Kommunen. © dpa/example-blatt.de"; "© APA/picturedesk.com" goes on with the text).
_NOT_A_SITES_SIGN_OFF = Check(
    Where.AFTER,
    r"\A[ \t]?/[ \t]?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}[ \t]*(?:\n|\Z|[ \t](?:"
    + FURNITURE_AHEAD
    + "|"
    + FURNITURE_HEADS
    + r"))",
    window=60,
    negate=True,
)

# A picture's label and its credit, right before a source label (see "source-after-picture-credit").
_PICTURE_LABEL_BEFORE_SOURCE = r"\b" + _PICTURE + r"[ \t]*:[^:\n]{1,60}(?<!/)\Z"

# Stock-image and picture services, and the makers of maps and satellite pictures.
_PICTURE_SERVICES = (
    r"(?:unsplash|pexels|pixabay|shutterstock|rex(?:\s+features|/shutterstock)"
    r"|istock(?:photo)?|getty(?:\s*images)?|alamy|adobe\s*stock|stock\.adobe\.com|depositphotos|dreamstime"
    r"|123rf|fotolia|freepik|canva|bigstock(?:photo)?|stocksy|pond5|storyblocks|envato"
    r"|imago(?:\s+images)?|picture[\s-]?alliance|westend61|mauritius\s+images|wireimage"
    r"|filmmagic|zuma(?:\s*press)?(?:\s+wire)?|backgrid|splash\s+news|nurphoto|sipa"
    r"(?:\s+(?:press|usa))?|abaca(?:\s*press)?|bridgeman|magnum\s+photos|wikimedia"
    r"(?:\s+commons)?|flickr|pixta|photolibrary|amanaimages|aflo|ロイター/アフロ"
    r"|google\s+(?:maps|earth|street\s+view)|openstreetmap|mapbox|maxar(?:\s+technologies)?"
    r"|planet\s+labs(?:\s+pbc)?|airbus\s+ds|sentinel\s+hub|copernicus\s+sentinel"
    # A charting platform whose pictures of prices sites print: "Source: TradingView".
    r"|tradingview)"
)
_CHART = (
    r"(?:grafik|graphics?|charts?|infogra(?:fik|phics?|phie|fía|fica|fico)|karte|maps?|tabelle|tables?|diagramm"
    r"|gráfico|tabla|grafico|tabella|graphique|tableau|carte|график\w*|графік\w*|инфографик\w*|інфографік\w*"
    # (Swedish, Danish, Norwegian and Finnish: "Diagram:", "Grafikk:", "Kaavio:".)
    r"|diagram|grafikk|grafiikka|kaavio|карт[аеуы]|мап[аи]"
    # (Spanish, Portuguese, Polish, Czech and Italian maps.)
    r"|mapas?|mappa|mappe)"
)
# The same labels as a page's headings write them, with no colon ("Related Stories Budget talks
# stall (Reuters)", "More from World ...").
_RELATED_HEADING = (
    r"(?-i:\b(?:Related(?:\s+(?:Stories|Articles|Posts|News|Content|Coverage))?|Read\s+[Mm]ore|More\s+(?:from|on)"
    r"\s+[A-Z][\w-]*|See\s+[Aa]lso|Also\s+[Rr]ead|Recommended|Lesen\s+Sie\s+auch|Mehr\s+zum\s+Thema"
    r"|À\s+lire\s+aussi|Lire\s+aussi|Leer\s+más|Leggi\s+anche|Most\s+(?:Read|Popular|Viewed|Shared)|Trending\s+Now"
    r"|Top\s+(?:Stories|Headlines)|Latest\s+Headlines|Sponsored\s+Content|Partner\s+Content)\b)"
)
_DATA_WORDS = (
    r"(?:company\s+(?:filings|reports|data)|filings|data|figures|calculations|estimates|survey|poll"
    r"|statistics|as\s+of|stand|daten|zahlen|berechnungen|schätzungen|umfrage|datos|cifras|dati"
    r"|données|chiffres"
    # The compiler's own work on the figures: "Quelle: Statistisches Bundesamt, eigene Berechnung".
    r"|own\s+(?:calculations?|analysis)|eigene\s+(?:berechnung|darstellung|auswertung|erhebung)\w*"
    # A report of the body's figures or findings: "Quelle: Example-Institut, Risikoeinschätzung vom
    # 20. März" (its press release is a text it wrote: "Quelle: Example Universität, Pressemitteilung").
    r"|risikoeinschätzung|lagebericht|jahresbericht|monatsbericht|gutachten|annual\s+report|risk\s+assessment"
    # (The author's: "Source: BLS, author's calculations", its apostrophe maybe still an entity.)
    r"|authors?\S{0,8}\s+(?:own\s+)?calculations?"
    r"|elaboraci[óo]n\s+propia|c[áa]lculos\s+propios|calculs\s+propres|elaborazione\s+propria)"
)


# A word of a person's name after an agency's slash: not an article, nor a newsroom's desk.
_PERSON_WORD = (
    r"(?!(?:The|Der|Die|Das|La|Le|Les|El|Il|Los|Las|Redacci[óo]n|Redaktion|Redazione|R[ée]daction|Staff|Newsroom)\b)"
    r"[A-ZÀ-Þ][a-zß-ÿ'’-]+"
)

# A person's name written out: capitalised words, maybe joined by a short particle ("Jan van Roe").
_NAME_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’-]+"
# (With a middle initial: "Robert F. Roe".)
_NAME_WRITTEN_OUT = _NAME_WORD + r"(?:[ -](?:" + _NAME_WORD + r"|[a-z]{2,3}|[A-Z]\.))*"
# The words of papers' and broadcasters' names, which no person's name holds ("Example Observer").
_PAPER_WORDS = (
    r"Times|Herald|Tribune|Journal|Gazette|Chronicle|Observer|Guardian|Independent|Telegraph|Courier|Examiner"
    r"|Inquirer|Bulletin|Sentinel|Dispatch|Ledger|Gleaner|Messenger|Mercury|Daily|Weekly|Review|Monitor|Zeitung"
    r"|Radio|TV"
)
# A photographer's name in capitals, two or three words ("IRAKLI ROE", "TIAGO ROE").
# (A middle initial may stand between: "MIGUEL A. LOPES".)
_NAME_IN_CAPITALS = r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:[ ][A-Z]\.)?(?:[ -][A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,2}"


# A headline of four words or more, closing its line (the words of a list of articles).
_HEADLINE = r"[^\s:]+(?:[ \t]+[^\s:]+){3,}[ \t]*"


# The units a price is given per ("US$ per tonne", "$/bbl").
# Works of other kinds than a news text, said to have been first published somewhere: a study, a
# book, a story of fiction, a law, a series, a video, a song.
_OTHER_WORKS = (
    r"(?:findings|stud(?:y|ies)|papers?|research|results|trial|survey|novels?|books?|memoir|poems?|[Rr]oman[es]?"
    r"|[Bb]uch|[Ss]tudie|[Uu]ntersuchung|[Ee]rgebnisse|[Gg]edicht|[Gg]esetz|études?|recherches?|livres?|estudios?"
    r"|investigación|libros?|novelas?|studio|ricerca|romanzo|romanzi|estudos?|pesquisa|livros?|contos?|cuentos?"
    r"|racconti|racconto|nouvelles?|laws?|regulations?|normas?|leyes|ley|decreto|lei|legge|loi|décret|séries?"
    r"|series|serie|films?|filmes?|película|vídeos?|videos?|vidéos?|clips?|songs?|canción|canzone|chanson|música"
    r"|albums?|álbum|posłowie|powieść|książka|badanie|opowiadanie|wiersz)"
)
_PER_UNIT = (
    r"(?:tonnes?|tons?|t|barrels?|bbl|ounces?|oz|shares?|kg|kilos?|pounds?|lbs?|bushels?|mwh|kwh|litres?|liters?"
    r"|gallons?)"
)


# A source line on its own line between two paragraphs of the story (see the context
# "source-line-between-paragraphs").
_BETWEEN_PARAGRAPHS = (
    # A source line on its own line inside the story, paragraphs of prose before and after
    # it (a chart's title may stand just above it): the figure it labelled is gone from the
    # text, its source left behind ("... rose 7.3%.\nSource: Example Statistics Office\n
    # Economists expect ...").
    Check(
        Where.BEFORE_LINES,
        # (From a line's start only: a search that tried every start of a long line cost
        # hundreds of microseconds a candidate.)
        r"(?m:^)[^\n]{60,}[.!?\"”»)][ \t]*\n(?:[ \t]*\n)?(?:[^\n.!?]{3,100}\n(?:[ \t]*\n)?)?[ \t]*\Z",
        window=300,
    ),
    # The name alone on its line (a story's source gives more: "Fonte: Example News, 1 marzo").
    # A paragraph of the story after it, closed by its sentence's end (not a related
    # story's headline: "Source: Example TV\nFilling up your tank? The cheapest stations").
    # (Not the page's furniture after it: "Source: X\nRelated articles: ...", nor the
    # broadcasters' note of their programme: "Quelle: SWR\nÜber dieses Thema berichtete SWR
    # Aktuell am 3. April 2024 um 19:30 Uhr.")
    Check(
        Where.AFTER_LINES,
        # (Nor a field of the page's that its label opens: "Source: X\nDISCLAIMER: The views
        # ... do not necessarily represent ...".)
        # (Nor a feed's footer that a site's software adds to every post: "Fonte: X\nL'articolo
        # ... proviene da Example.")
        r"\A[ \t]*\n(?:[ \t]*\n)?[ \t]*(?!"
        + _RELATED_HEADING
        + r"|"
        + PROGRAMME_NOTE
        + r"|(?-i:[A-ZÀ-Þ][\w-]{2,20})[ \t]*:"
        r"|(?:The[ \t]+post|L['’]artic(?:olo|le)|Der[ \t]+Beitrag|La[ \t]+entrada|O[ \t]+post|Het[ \t]+bericht)[ \t])"
        r"[^\n]{30,}?[.!?][\"”»)]?(?:[ \t]|\n|\Z)",
        window=300,
    ),
    # (Not one of several sources that the line parts with a slash, the story's credit line: "Quelle:
    # evangelisch.de / epd".)
    Check(Where.EVIDENCE, r"\w[ \t]+/[ \t]+\w", window=0, negate=True),
)

CONTEXTS: tuple[Context, ...] = (
    # ---------------------------------------------------------------- what it names
    Context(
        id="stock-picture-service",
        verdict=Verdict.IMAGE,
        methods=("text:", "html:"),
        checks=(
            Check(
                Where.NAME,
                r"\A(?:the\s+)?" + _PICTURE_SERVICES + r"\b"
                r"|\b(?:images|stock\s+photos?|stock|photography|fotografie|bildarchiv|pictures)\W*\Z"
                # (A paper's own archive of pictures: "Quelle: Archiv Example", "Foto: Archiv".)
                r"|\A(?:archiv|archive|archivo|archivio|arquivo)\b"
                r"|(?:bildfunk|zentralbild|fotodienst|photo\s+service|graphics|grafik|infografik)\W*\Z",
            ),
        ),
        description="Stock-image and picture services, maps and satellite pictures are never where a text "
        "came from.",
        examples=(
            ("A runner on the track at dawn.\nQuelle: Unsplash", "Unsplash"),
            ("Wind turbines on a ridge. Source: Shutterstock", "Shutterstock"),
            ("Bild 2: Eine Läuferin im Park. Quelle: Pexels Bild 3: Ein Hund.", "Pexels Bild"),
            ("Smoke rises over the port on Monday.\nSource: Maxar Technologies", "Maxar Technologies"),
            ("洗濯槽の汚れが原因です。\n出典：PIXTA\n1. 洗剤は少なめに", "PIXTA"),
            ("Die Straße war gesperrt. Quelle: Archiv Example. Nach einem Unfall", "Archiv Example"),
        ),
        counterexamples=("The rally went on into the night.\nSource: Reuters",),
    ),
    Context(
        id="picture-wire-in-brackets",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        checks=(
            # PA's picture wire in brackets closing a caption, or standing where the picture was
            # ("... official figures show Jane Roe March 5, 2024 (PA Wire) The average rent ...");
            # PA's copy is signed "PA", "PA Media" or "Press Association".
            Check(Where.NAME, r"\APA[ \t]+Wire\Z", case_sensitive=True),
            Check(Where.AROUND, r"\([ \t]*PA[ \t]+Wire[ \t]*\)", window=12, case_sensitive=True),
        ),
        description="'(PA Wire)': the credit of a picture from PA's picture wire.",
        examples=(
            (
                "Rents hit a record, figures show Jane Roe March 5, 2024 (PA Wire) The average rent rose again.",
                "PA Wire",
            ),
        ),
        counterexamples=("By Jane Roe, PA\nThe average rent rose again, figures show.",),
    ),
    Context(
        id="slash-agency-after-caption-words",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:agency-detached",),
        screen="/",
        checks=(
            # An agency after a slash glued to its name, right after a caption's last word in lower
            # case ("Trzęsienie ziemi nawiedziło region Shikoku /AFP Trzęsienie ..."): the picture's
            # credit, as Central European portals print it. A desk's sign-off is glued to its initials
            # ("ino/dpa") or follows a sentence's end.
            Check(Where.BEFORE, r"[a-zà-ÿąćęłńóśźżčďěňřšťůž][ \t]+/?\Z", window=40, case_sensitive=True),
            Check(Where.AROUND, r"[a-zà-ÿąćęłńóśźżčďěňřšťůž][ \t]+/[A-Z]", window=3, case_sensitive=True),
        ),
        description="An agency after a slash that follows a caption's words ('region Shikoku /AFP'): the "
        "picture's credit.",
        examples=(
            (
                "Wstrząsy odczuto w całym kraju. Zniszczony dom w regionie Shikoku /AFP Trzęsienie ziemi",
                "AFP",
            ),
        ),
        counterexamples=("Die Lage bleibt angespannt. ino/dpa Mehr zum Thema",),
    ),
    Context(
        id="source-names-a-headline",
        verdict=Verdict.DROP,
        relations=(S,),
        methods=("text:source-line",),
        checks=(
            # A name, a colon and a headline of four words or more to the line's end, and the next
            # line so ("Quellen:\nExample Zeitung: Koalition einigt sich auf Änderungen\nExample
            # Blatt: ..."): a list of articles cited, as show notes and reading lists give them; a
            # credit names an outlet, not its story.
            Check(
                Where.AFTER_LINES,
                r"\A[ \t]*:[ \t]+" + _HEADLINE + r"\n[^:\n]{2,40}:[ \t]+" + _HEADLINE + r"(?:\n|\Z)",
                window=200,
            ),
        ),
        description="A source line whose value is an outlet and a headline, in a list of such lines "
        "('Example Zeitung: Koalition einigt sich ...'): articles cited, not where the text came from.",
        examples=(
            (
                "Kapitel\n00:02:14 Heizung\nQuellen:\nExample Zeitung: Koalition einigt sich auf Änderungen beim "
                "Gesetz\nSPIEGEL: Lokführer stimmen für Streik",
                "Example Zeitung",
            ),
        ),
        counterexamples=(
            "Die Gespräche enden.\nQuelle: Example Zeitung",
            "Los huesos sanan.\nFuente: Example Mundo\nCompartir: Facebook, Twitter, WhatsApp, Email",
        ),
    ),
    Context(
        id="list-of-sources-under-its-label",
        verdict=Verdict.DROP,
        relations=(S,),
        methods=("text:source-line",),
        checks=(
            # The plural label on a line of its own, then the sources one a line, three or more
            # ("Quellen:\nexample.de\nExample Zeitung\nBericht des Rechnungshofs"): the references of
            # show notes or a blog post, not where its text came from.
            Check(
                Where.EVIDENCE,
                r"\A[ \t]*(?:quellen|sources|fuentes|fontes|références|references|links)[ \t]*:[ \t]*\n",
            ),
            Check(
                Where.AFTER_LINES,
                r"\A[^\n]{0,60}\n[ \t]*[^\s][^\n]{1,120}\n[ \t]*[^\s][^\n]{1,120}",
                window=300,
            ),
        ),
        description="The first of three or more sources listed one a line under their plural label "
        "('Quellen:\\nexample.de\\nExample Zeitung\\n...'): references, not where the text came from.",
        examples=(
            (
                "Kapitel:\n00:00 Intro\n37:05 Wer zahlt?\nQuellen:\nExample Zeitung\nBeispiel Magazin\n"
                "Bericht des Rechnungshofs\nFeedback gerne an uns.",
                "Example Zeitung",
            ),
        ),
        counterexamples=("Die Gespräche enden.\nQuellen:\nExample Zeitung",),
    ),
    Context(
        id="source-link-names-a-headline",
        verdict=Verdict.DROP,
        relations=(S,),
        methods=("text:source-line",),
        markup=True,
        checks=(
            # The same list where each line is a link, whose words are the name read: the name
            # holds the headline ("tagesschau.de: Koalition einigt sich ...").
            Check(Where.NAME, r"\A[^:\n]{2,40}:[ \t]+" + _HEADLINE + r"\Z"),
            Check(Where.AFTER_LINES, r"\A\n[^:\n]{2,40}:[ \t]+" + _HEADLINE + r"(?:\n|\Z)", window=200),
        ),
        description="A source line whose value is a link to an article, named by its outlet and "
        "headline, in a list of such links: articles cited, not where the text came from.",
    ),
    Context(
        id="picture-source-word",
        verdict=Verdict.IMAGE,
        methods=("text:",),
        checks=(
            Check(
                Where.NAME,
                r"\A(?:supplied|handout|file(?:\s+photo)?|archiv(?:e|es|o|bild|foto)?|privat|private"
                r"|privée?|screen\s*(?:shot|grab|capture)s?|capture\s+d['’]écran|captura(?:\s+de\s+pantalla)?"
                r"|symbol(?:bild|foto)|pool|creative\s+commons|public\s+domain|gemeinfrei|courtesy"
                r"|provided)(?:\s+(?:photo|image|picture|pic|foto|bild))?\W*\Z"
                # "dpa-Archiv", "EFE/Archivo", "AP/File": an agency's archive picture.
                r"|[/-][ \t]?(?:archiv(?:e|o|bild|foto)?|file(?:\s+photo)?|handout)\W*\Z",
            ),
        ),
        description="Words that say where a picture was taken from (a handout, an archive, a "
        "screenshot), never a text's source.",
        examples=(
            ("The new bridge will open in May. Source: Supplied", "Supplied"),
            ("Die Halle soll 2026 fertig sein.\nQuelle: Privat", "Privat"),
            ("The scene outside the court.\nSource: Screenshot", "Screenshot"),
            ("Der Marktplatz im Winter. Quelle: dpa-Archiv", "dpa-Archiv"),
        ),
        counterexamples=("Prices rose again in March.\nSource: Redfin",),
    ),
    Context(
        id="archive-after-agency",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen=r"archiv|arquivo|arxiu|file",
        checks=(
            # An agency's archive picture, the word after a dash: "... de Zaragoza. - Europa Press -
            # Archivo".
            Check(
                Where.AFTER,
                r"\A[ \t]*[-–—/][ \t]*(?:Archivo|ARCHIVO|Arquivo|Arxiu|Archive|Archiv|Archivio|File)\b",
                window=20,
                case_sensitive=True,
            ),
        ),
        description="An agency before the word for an archive picture ('Europa Press - Archivo'): the "
        "picture's credit.",
        examples=(
            (
                "Archivo - Un tranvía en la plaza de España. - Europa Press - Archivo\nLa ampliación costará 40 millones.",
                "Europa Press",
            ),
        ),
        counterexamples=("La ampliación costará 40 millones. - Europa Press\nArchivo de noticias",),
    ),
    Context(
        id="index-after-name",
        verdict=Verdict.DROP,
        relations=(W, S),
        screen=r"\b(?:index|indices|indexes|composite|average)\b",
        checks=(
            # The name of a market index cut before its number: "courtesy of the S&P 500 index",
            # "Source: FTSE 100 Index".
            Check(
                Where.AFTER,
                r"\A[ \t]*(?:\d[\d,.]*[ \t]+)?(?:index|indices|indexes|composite|average)\b",
                window=40,
            ),
        ),
        description="A market index named after the credited words: the source of figures, not of the text.",
        examples=(("Shares slipped on Tuesday, courtesy of the S&P 500 index.", "S&P"),),
        counterexamples=("Shares slipped on Tuesday.\nSource: Reuters",),
    ),
    Context(
        id="index-or-dataset",
        verdict=Verdict.DROP,
        relations=(W, S),
        checks=(
            Check(
                Where.NAME,
                r"\b(?:index|indices|indizes|barometer|yearbook|jahrbuch|anuario|annuaire|annuario"
                r"|almanac|data\s?set|database|datenbank|base\s+de\s+datos)\b"
                # A report or a survey named by the figures it gives ("Example National Rent Report",
                # "Example Jobs Report"); an outlet named "... Report" names no such subject.
                r"|\b(?:rents?|rental|prices?|jobs|housing|home\s+sales|employment|unemployment|inflation|wages?"
                r"|earnings|payrolls?|labou?r\s+market|sentiment|confidence)\s+(?:report|survey|tracker)\W*\Z"
                # Written in lower case after a name ("Eurostat data"); "Example Data" is a firm.
                r"|\b(?-i:polls?|calculations?|estimates?|forecasts?|data|datos|dati|données|figures"
                r"|cifras|chiffres|Umfrage|Berechnungen|Schätzungen?|Prognosen?|Daten|Zahlen)\W*\Z",
            ),
        ),
        description="An index, a poll, a dataset or a statistical yearbook: the source of "
        "figures, not of the text.",
        examples=(
            (
                "Shoppers grew gloomier in May, courtesy of the Example Consumer Confidence Index.",
                "Example Consumer Confidence Index",
            ),
            (
                "Mieten stiegen um 4 Prozent. Quelle: Statistisches Jahrbuch Beispielstadt",
                "Statistisches Jahrbuch Beispielstadt",
            ),
            (
                "Rents fell 7% in Austin. Source: Example List National Rent Report What they're saying",
                "Example List National Rent Report",
            ),
        ),
        counterexamples=(
            "Die Mieten steigen weiter.\nQuelle: Beispiel Nachrichten",
            "Shipments rose in May.\nSource: Example Market Data",
            "The talks ended.\nSource: Example Pacific Report",
        ),
    ),
    Context(
        id="company-source",
        verdict=Verdict.DROP,
        relations=(S,),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            Check(
                Where.NAME,
                r",?[ \t]+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C|plc|PLC|GmbH|AG|SE|S\.A|SA|SpA|S\.p\.A"
                r"|N\.V|NV|B\.V|BV|AB|ASA|Oyj)\.?\Z",
                case_sensitive=True,
            ),
        ),
        description="A firm named by its legal form ('Source: Maple Ridge Minerals Inc.', a press "
        "release's closing line): the release's issuer, not a publisher the text came from.",
        examples=(
            (
                "The company will report results in May.\nSource: Example Minerals Inc.",
                "Example Minerals Inc.",
            ),
        ),
        counterexamples=("The company will report results in May.\nSource: Example Daily",),
    ),
    Context(
        id="name-opens-another",
        verdict=Verdict.DROP,
        methods=("text:agency-detached",),
        checks=(
            Check(Where.SENTENCE, r"\A\W*\Z"),
            # Not an article or a pronoun: "The Associated Press The council met" is a byline run
            # into the story where a page's lines were joined.
            Check(
                Where.AFTER,
                r"\A[ \t]+(?!(?:The|A|An|In|On|At|For|After|As|It|He|She|They|We|This|That|There|Der|Die|Das"
                r"|Ein|Eine|Le|La|Les|Un|Une|El|Los|Las|Il|Lo|Gli|Uno|Una|Os)\b)[A-Z][\w-]+(?:['’]s)?"
                # The other name may run on ("Bloomberg Billionaires Index shows").
                r"(?:[ \t]+[A-Z][\w-]+(?:['’]s)?){0,3}(?:[ \t]+[a-z]+){2}\b",
                window=60,
                case_sensitive=True,
            ),
        ),
        description="An agency's name opening a sentence whose subject is another name that begins "
        "with it ('Bloomberg Philanthropies funds the program', 'Reuters Eikon data showed'): a "
        "foundation or a product, not a credit. After a byline's comma ('Jane Roe, Reuters The "
        "council met', where a page's lines ran together) it stays a credit.",
        examples=(
            ("The council met.\nBloomberg Philanthropies funds the program.\n", "Bloomberg"),
            ("The council met.\nBloomberg Billionaires Index shows he lost.\n", "Bloomberg"),
            ("The council met.\nReuters Institute's Digital News Report found trust fell.\n", "Reuters"),
        ),
        counterexamples=(
            "Jane Roe, Reuters The council met on Tuesday.",
            "The Associated Press The council met on Tuesday.",
        ),
    ),
    Context(
        id="headline-colon-agency",
        verdict=Verdict.DROP,
        relations=(W,),
        methods=("text:agency-detached",),
        screen=":",
        checks=(
            # A headline of four words or more that a colon closes, before the agency ("Exchange
            # Under SEC Investigation: Reuters"): whose report the headline repeats, as business and
            # crypto sites title a rewrite. A label before the colon is a credit's ("Mit Material von
            # Agenturen: dpa", "Text and photos: AFP").
            Check(
                Where.BEFORE,
                r"(?:[^\W\d_][\w'’&-]*[ \t]+){3,}(?!(?:sources?|copyright|quellen?|fuentes?|fontes?|credits?|agenc\w*|agentur\w*"
                r"|agenzi\w*|wires?|text\w*|reporting|material|updated|published|photos?|fotos?|autor\w*|authors?"
                r"|writers?|staff|redaktion|desk|services?)[ \t]*:)[^\W\d_][\w'’&-]{3,}[ \t]*:[ \t]*\Z",
                window=120,
            ),
        ),
        description="An agency after a headline that a colon closes ('Exchange Under SEC Investigation: "
        "Reuters'): the report the headline repeats, not a credit of the text.",
        examples=(
            (
                "Policy Example Exchange Under SEC Investigation: Reuters The token fell 9% after the report.",
                "Reuters",
            ),
        ),
        counterexamples=(
            "The talks went on.\nJane Doe Staff Writer And Wires: Reuters The summit resumes on Monday.",
            "The talks went on.\nWires: Reuters The summit resumes on Monday.",
        ),
    ),
    Context(
        id="video-duration",
        verdict=Verdict.IMAGE,
        screen=r"\d:\d\d",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # A video's length right before the source line ("Video Verhandlungen in Den Haag
            # 0:45 min Quelle: Example"): the video's source, where the page's lines ran together.
            Check(
                Where.BEFORE, r"\b\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:min|Min\.?|mins?)?\.?[ \t]*\Z", window=20
            ),
            Check(
                Where.BEFORE_LINES, r"\b(?:Video|VIDEO|Videos|Clip|Audio)\b", window=100, case_sensitive=True
            ),
        ),
        description="A source line right after a video's length ('Video ... 0:45 min Quelle: X'): the "
        "video's source.",
        examples=(
            (
                "Ein Bündnis steht. Video Verhandlungen in Den Haag 0:45 min Quelle: Example TV Ein halbes Jahr "
                "nach der Wahl haben sich vier Parteien geeinigt.",
                "Example TV",
            ),
        ),
        counterexamples=("Die Sitzung begann um 10:45.\nQuelle: Example TV",),
    ),
    Context(
        id="video-player",
        verdict=Verdict.IMAGE,
        screen=r"(?i)autoplay|auto-play",
        relations=(W, S),
        checks=(
            # A video player's credit and its switch, where the page's lines ran together
            # ("Quelle: WELT/ Jana Roe Autoplay Bürgergeld-Debatte: ..."): the video's source.
            # (The statement may have read the switch into the name: "WELT/ Jo Doe Autoplay ...".)
            Check(Where.AROUND, r"\b(?:Autoplay|Auto-play|AUTOPLAY)\b(?!-)", window=40, case_sensitive=True),
        ),
        description="A source named before a video player's 'Autoplay' switch: the video's.",
        examples=(
            (
                "Stand: 14.11.2023 Von Jana Roe Politikredakteurin Quelle: Example TV/ Jo Doe Autoplay "
                "Bürgergeld-Debatte: „Wer arbeiten kann“ Die Union will",
                "Example TV",
            ),
        ),
        counterexamples=(
            "Die Debatte geht weiter.\nQuelle: Example TV\nDie Union will Autoplay-Videos verbieten.",
        ),
    ),
    Context(
        id="reading-list",
        verdict=Verdict.DROP,
        screen=r":",
        relations=(S, R),
        methods=("text:from-outlet-colon", "text:via-name-colon", "text:via-after-sentence"),
        checks=(
            # A list of links, each labelled with its outlet ("From The Atlantic: A long look at ...
            # In Wired: How volunteers ... From ProPublica: An investigation ..."): a reading list,
            # not the source of the text.
            Check(
                Where.AROUND,
                r"(?:^|[.!?)][ \t]+)(?:From|Via|In|At)[ \t]+(?:the[ \t]+)?[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}"
                r"(?:[ \t]+\([^)\n]{1,20}\))?[ \t]*:[ \t]",
                window=300,
                count=3,
                case_sensitive=True,
            ),
        ),
        description="An outlet's label in a list of links labelled so ('From X: ... In Y: ... From Z: ...'): a "
        "reading list.",
        examples=(
            (
                "Here's what we've been reading. From Example Monthly: A long look at statehouse reporters. "
                "In Example Wired: How volunteers archived a paper. From Example Public: An investigation.",
                "Example Monthly",
            ),
        ),
        counterexamples=("From Pew Research: A new survey finds that most adults get news online.",),
    ),
    Context(
        id="copyright-source-label",
        verdict=Verdict.IMAGE,
        screen=r"(?i)©|\(c\)|(?:bild|foto|photo|image|video|grafik)[ \t]*:",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # A picture's or a video's credit as some publishers label them all: "© Quelle: Jana
            # Roe", "© Quelle: RND" under a video; or the picture's label after the source's:
            # "Quelle: Bild: Example".
            Check(
                Where.AROUND,
                r"(?:©|\(c\))[ \t]*(?:Quelle|Source|Fuente|Fonte)[ \t]*:|(?:Quelle|Source)[ \t]*:[ \t]*(?:Bild|Foto|Photo|Image|Video|Grafik)[ \t]*:",
                window=20,
            ),
        ),
        description="A source line with a copyright sign before it or a picture's label after it ('© "
        "Quelle: Jana Roe', 'Quelle: Bild: Example'): a picture's or a video's credit.",
        examples=(
            (
                "Eltern berichten, wie der Alltag aussieht. © Quelle: RND Rund 38 Millionen Euro hat die Stadt investiert.",
                "RND",
            ),
            (
                "Die Preise sinken. Quelle: Bild: Example Nach einem Bericht des Magazins sinken die Preise.",
                "Bild",
            ),
        ),
        counterexamples=("Die Stadt hat 38 Millionen Euro investiert.\nQuelle: Example Zeitung",),
    ),
    Context(
        id="caption-toggle",
        verdict=Verdict.IMAGE,
        screen=r"(?i)caption",
        relations=(W, S),
        checks=(
            # A player's buttons over a picture's caption, where the page's lines ran together
            # ("Show Caption Hide Caption Students work in a classroom. Jane Roe, AP"): the caption
            # runs from them to the credit, one sentence or two.
            Check(
                Where.BEFORE,
                r"\b(?:Show|Hide|Expand|Close|Toggle)[ \t]+[Cc]aption\b[^\n]{0,160}\Z",
                window=200,
                case_sensitive=True,
            ),
        ),
        description="A credit after a caption's buttons ('Show Caption Hide Caption ... Jane Roe, AP'): "
        "the picture's.",
        examples=(
            (
                "Reach the reporter by email. Show Caption Hide Caption Students work in a classroom. Jane Roe, AP",
                "AP",
            ),
        ),
        counterexamples=(
            "Show Caption Hide Caption Students work.\nBy Jane Roe, AP\nWASHINGTON (AP) — The bill passed.",
        ),
    ),
    Context(
        id="quoted-credit-line",
        verdict=Verdict.DROP,
        relations=(R, W, S),
        screen=r"[\"“„«]",
        checks=(
            # A credit's wording quoted as a specimen, in a story about it ("republishers must carry
            # the line "This article is republished from Example under a Creative Commons
            # license""): a line of the story, no credit of its own.
            Check(
                Where.BEFORE,
                r"\b(?:line|lines|credit|notice|phrase|wording|words|sentence|tagline|label|disclaimer|note|byline)"
                # (The statement may start a few words into the quote: "This article is".)
                r"[ \t]*[:,]?[ \t]*[\"“„«][^\"“”„«»\n]{0,40}\Z",
                window=120,
            ),
        ),
        description="A credit's wording quoted in a story about it ('carry the line \"This article is "
        "republished from ...\"'): a specimen, not a credit.",
        examples=(
            (
                'Publishers must carry the line "This article is republished from The Conversation under a '
                'Creative Commons license".',
                "The Conversation",
            ),
        ),
        counterexamples=(
            "The council met.\n“This article is republished from The Conversation under a Creative Commons license.”",
        ),
    ),
    Context(
        id="event-named",
        verdict=Verdict.DROP,
        relations=(R, S),
        checks=(
            # A festival, a fair or a conference is where a work was shown, not who published a
            # text ("the film, which first appeared at the Example Film Festival").
            Check(
                Where.NAME,
                # (Not "Fair", "Congress" or "Salon": "Vanity Fair", "Library of Congress" and
                # "Salon" are publishers.)
                r"\b(?:Festival|Festivals|Conference|Summit|Expo|Olympics|Biennale|Triennale"
                r"|Symposium|Convention|Festspiele|Kongress|Mostra)\Z",
                case_sensitive=True,
            ),
        ),
        description="An event named where a statement names a publisher ('first appeared at the Example "
        "Film Festival'): a place a work was shown.",
        examples=(
            (
                "The debut feature, which first appeared at the Example Film Festival in January, opens.",
                "Example Film Festival",
            ),
        ),
        counterexamples=("This story first appeared in Example Festival News.",),
    ),
    Context(
        id="signoff-inside-the-story",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:agency-signoff",),
        checks=(
            # A dash and the agency after a short sentence, and the story going on after it for two
            # sentences more where a page's lines were joined ("... A hydrant in the Example area.
            # — APP The city faces a shortfall, officials say. Published ..."): the caption's credit
            # of a picture inside the story; a sign-off closes it.
            Check(
                Where.BEFORE,
                r"(?:\A|[.!?][\"”]?[ \t]+)[^.!?\n]{10,80}[.!?][ \t]*(?:[-—–]{1,2}[ \t]*)?\Z",
                window=120,
            ),
            Check(
                Where.AFTER,
                r"\A[ \t]*(?-i:[A-Z])[^\n.!?]{30,}[.!?][\"”]?[ \t]+(?-i:[A-Z])[^\n.!?]{20,}(?:[.!?]|\Z)",
                window=300,
            ),
        ),
        description="A dash and an agency after a caption's short sentence, with the story going on "
        "after it ('... in the Example area. — APP The city faces ...'): the picture's credit.",
        examples=(
            (
                "Consumer groups said the rise would hit poor areas. A hydrant in the Example area. — APP The "
                "city faces a shortfall of 500 million gallons a day, officials say. The council meets on "
                "Monday to discuss the plan.",
                "APP",
            ),
        ),
        counterexamples=(
            "The talks ended without a deal. — AFP",
            "The talks ended without a deal on Monday night. — AFP Read more: Talks collapse",
        ),
    ),
    Context(
        id="app-promo-after-site-name",
        verdict=Verdict.DROP,
        relations=(W,),
        checks=(
            # A site's name in capitals and "APP", its app's promotion, where a page's lines were
            # joined ("... right in the palm of your hand. THE EXAMPLE BEE APP"): no agency's.
            Check(Where.NAME, r"\AAPP\Z", case_sensitive=True),
            # (Not a credit's last word: "WITH ADDITIONAL INPUT FROM APP".)
            Check(
                Where.SENTENCE,
                r"\b(?!(?:FROM|BY|WITH|AND|VIA|SOURCE)[ \t]+\Z)[A-Z]{2,}[ \t]+\Z",
                window=30,
                case_sensitive=True,
            ),
        ),
        description="'APP' after a site's name in capitals ('THE EXAMPLE BEE APP'): the promotion of "
        "its app, not the Associated Press of Pakistan.",
        examples=(
            (
                "All local stories you want right in the palm of your hand. THE EXAMPLE BEE APP VIEW NEWSLETTERS",
                "APP",
            ),
        ),
        counterexamples=(
            "ISLAMABAD, March 3 (APP): The cabinet approved the budget.",
            "The cabinet approved the grant.\nWITH ADDITIONAL INPUT FROM APP\nPublished in Example Tribune.",
        ),
    ),
    Context(
        id="caption-region",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        methods=(
            "text:wire-dateline",
            "text:dateline",
            "text:agency-signoff",
            "text:agency-copyright",
            "text:courtesy-of",
            "text:agency-fullwidth-brackets",
            # (And an agency's name standing alone there: "Un tram à l'arrêt. - Belga.", or
            # beside the agency that passed the picture on: "Example News Agency/Reuters", or a
            # source closing the caption: "... von der Grenze entfernt. (Quelle: Uncredited/AP/dpa)".)
            "text:agency-detached",
            "text:agency-slash-desk",
            "text:source-in-parentheses-end",
        ),
        locations=(Location.CAPTION,),
        checks=(
            # A plain text's reader takes a short header line with a colon for a caption; a line
            # that dates the story ("Published: 3 May 2021 (AFP)") is the story's own header.
            # (Nor a byline's: "Von Example.at/APA, 14. März 2024, 11:27 Uhr", "Anna Roe / PAP
            # 2024-05-05, 13:02", its date after the name.)
            Check(
                Where.BEFORE,
                r"\b(?:published|updated|posted|veröffentlicht|aktualisiert|publié|mis\s+à\s+jour|publicado"
                r"|actualizado|pubblicato|aggiornato)\b|\d{1,2}:\d{2}|^[ \t]*(?:by|von)[ \t]",
                window=200,
                negate=True,
            ),
            Check(
                Where.AFTER,
                r"\A[ \t,|·•–-]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b",
                window=30,
                negate=True,
            ),
        ),
        description="An agency in parentheses, a sign-off or a copyright in a figure's caption "
        "credits the picture.",
    ),
    Context(
        id="figure-source",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        methods=("text:source-line",),
        locations=(Location.CAPTION,),
        markup=True,
        checks=(),
        description="A 'Source:' line in a figure's caption (`<figcaption>`) names where the chart, "
        "the map or the picture came from, not the story. A plain text's header line that its "
        "reader takes for a caption ('Fonte: La Repubblica, 1 marzo 2020') stays a credit.",
    ),
    Context(
        id="bracketed-picture-credit",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen=r"\]",
        checks=(
            # "... last August. [ JANE DOE | AP ]": a name and the agency between square brackets,
            # closing a caption's line.
            Check(
                Where.BEFORE,
                r"\[[ \t]*[A-ZÀ-Þ][^\[\]\n|]{1,40}(?:\|[ \t]*)?\Z",
                window=80,
                case_sensitive=True,
            ),
            # The bracket closes after it (then the line's end, or the next paragraph where the
            # lines were joined).
            Check(Where.AFTER, r"\A[ \t]*\]", window=20),
        ),
        description="A photographer's name and the agency between square brackets at the end of a "
        "caption ('[ JANE DOE | AP ]'): the picture's credit.",
        examples=(
            (
                "Waves crash over a seawall as a storm passes offshore. [ JANE DOE | AP ]\n"
                "Forecasters expect a busy season.",
                "AP",
            ),
        ),
        counterexamples=("The council met on Tuesday to discuss the budget.\n[Reuters]",),
    ),
    Context(
        id="sentence-pipe-agency",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        methods=("text:agency-detached",),
        screen=r"[.!?][ \t]*\|",
        # The statement's words begin with the bar.
        checks=(
            Check(Where.EVIDENCE, r"\A\|"),
            Check(Where.BEFORE, r"[a-zß-ÿ]{2,}[.!?][ \t]*\Z", window=120, case_sensitive=True),
        ),
        description="An agency after a sentence and a bar ('A screen shows the yen's rate in Tokyo on "
        "Monday. | BLOOMBERG'): the credit of the picture that sentence captions. A byline's bar "
        "follows names, not a sentence.",
        examples=(
            ("A screen shows the exchange rate in Tokyo on Monday. | BLOOMBERG\nThe yen fell.", "BLOOMBERG"),
        ),
        counterexamples=("Markets news | Jane Doe, John Roe, Reuters | 3 May 2024",),
    ),
    Context(
        id="photographer-slash-agency",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # A person's name, a slash, an agency: how pictures are credited ("Jens Roe/dpa");
            # a text's credit of an agency and its desk is "AFP/The Local" or "dpa/stol". An
            # agency's name written out is no person's ("Agence France-Presse/Example.com"), nor
            # a paper's ("Source: Example Observer/PACNEWS", as the Pacific's news service credits
            # the member paper whose story it passes on).
            Check(
                Where.NAME,
                r"\A(?![^\n]*\b(?:Agence|Agency|Agencia|Agência|Agenzia|Agentur|Presse|Press|News|"
                + _PAPER_WORDS
                + r")\b)"
                r"[A-ZÀ-Þ][a-zß-ÿ'’.-]+(?:[ -](?:[A-ZÀ-Þ][a-zß-ÿ'’.-]+|[a-z]{2,3}))*[ -][A-ZÀ-Þ][a-zß-ÿ'’.-]+\Z",
                case_sensitive=True,
            ),
            # After the name, in the statement's words or right after them: a slash and a word (not
            # a time or a date: "Agence France-Presse / 10:20 AM March 05, 2024" dates a byline).
            # (In the statement: a credit on the line before is another's, "Photograph: Jo
            # Roe/Reuters\nAgence France-Presse in Paris".)
            Check(Where.EVIDENCE, r"[a-zß-ÿ][ \t]?/[ \t]?[^\W\d]", window=0, case_sensitive=True),
        ),
        description="A photographer's name and the agency that sent the picture.",
        examples=(("Die Feuerwehr war mit 40 Kräften im Einsatz.\nQuelle: Jens Roe/dpa", "Jens Roe"),),
        counterexamples=(
            "Die Lage bleibt angespannt.\nSource: AFP/The Local",
            "The mill will reopen.\nSource: Example Observer/PACNEWS",
            "The coast guard will stay. – with reports from Agence France-Presse/Example.com",
            "Agence France-Presse / 10:20 AM March 05, 2024\nPARIS — The parliament voted on Monday.",
            "Farmers block the motorway. Photograph: Jo Roe/Reuters\nAgence France-Presse in Paris\nThu 14 Mar 2024",
        ),
    ),
    Context(
        id="photographer-slash-chain",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # A photographer's name, then agencies and picture services between slashes with
            # spaces, as Russian and Baltic sites credit a picture where the label was lost
            # ("Сергей Бобров / ТАСС / Scanpix / LETA"): the agency after two slashes or more.
            Check(
                Where.BEFORE_LINES,
                r"(?:^|[.!?][ \t]+)"
                + _PERSON_ANY_SCRIPT
                + r"[ \t]+/[ \t]+(?:[^\W\d][^/\n]{0,25}?[ \t]+/[ \t]+)*[^\W\d][^/\n]{0,25}?[ \t]*(?:/[ \t]*)?\Z",
                window=120,
                case_sensitive=True,
            ),
        ),
        description="An agency in a picture's chain of credits after a photographer's name ('Jana Roe / "
        "ТАСС / Scanpix / LETA').",
        examples=(
            (
                "Украшение улиц перед праздником. Иван Роев / ТАСС / Scanpix / LETA Власти отменили салюты.",
                "LETA",
            ),
        ),
        counterexamples=("Власти отменили салюты. / ТАСС / Scanpix / LETA",),
    ),
    Context(
        id="photographer-slash-agency-slash",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # The first agency of such a chain: a photographer's name before it, another slash
            # after it ("Иван Роев / ТАСС / Scanpix"); one agency alone after a name may be a
            # byline's ("Jane Roe / Reuters").
            Check(
                Where.BEFORE_LINES,
                r"(?:^|[.!?][ \t]+)" + _PERSON_ANY_SCRIPT + r"[ \t]*(?:/[ \t]*)?\Z",
                window=60,
                case_sensitive=True,
            ),
            # (The statement may hold the slashes around the name: "/ ТАСС /".)
            Check(Where.AFTER, r"\A(?:[ \t]*/)?[ \t]*[^\W\d][^/\n]{0,25}?[ \t]*/", window=40),
        ),
        description="An agency between slashes after a photographer's name ('Jana Roe / ТАСС / Scanpix').",
        examples=(
            (
                "Украшение улиц перед праздником. Иван Роев / ТАСС / Scanpix / LETA Власти отменили салюты.",
                "ТАСС",
            ),
        ),
        counterexamples=("Власти отменили салюты. Иван Роев / ТАСС\nМОСКВА, 3 ноября.",),
    ),
    Context(
        id="photographer-dated-slash-agency",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # A photographer's name, a dash, the day the picture was taken and a slash before the
            # agency, as Brazilian papers credit a picture ("Jana Roe - 12.mar.2024/Reuters").
            Check(
                Where.BEFORE,
                r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}[ \t]+[-–][ \t]+\d{1,2}\.[a-zç]{3,4}\.\d{2,4}[ \t]*/?[ \t]*\Z",
                window=70,
                case_sensitive=True,
            ),
        ),
        description="An agency after a photographer's name, a dash and the picture's day ('Jana Roe - "
        "12.mar.2024/Reuters'): the picture's credit.",
        examples=(
            (
                "Posto de combustíveis no Rio Paulo Roe - 12.mar.2024/Reuters A Petrobras anunciou uma redução.",
                "Reuters",
            ),
        ),
        counterexamples=("A Petrobras anunciou uma redução. 12.mar.2024/Reuters",),
    ),
    Context(
        id="photographer-after-agency",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # "REUTERS/Jane Doe", "AFP/Olga Roe", "AP Photo/Jane Doe": the agency, a slash and a
            # person's name written out, closing the statement: how an agency credits its picture.
            # "AFP/The Local" (an agency and a paper) and "dpa/stol" (a desk) are a text's.
            Check(
                Where.EVIDENCE,
                r"[ \t]?/[ \t]?(?!(?:The|Der|Die|Das|La|Le|Les|El|Il|Los|Las)\b)"
                r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ'’-]+){1,3}[ \t]*[.,;)\]]?\Z",
                case_sensitive=True,
            ),
            # Not where the label says it credits the text's author ("Text: dpa/Jens Roe").
            Check(Where.EVIDENCE, r"\b(?:text|texte|autor|autorin|author|by|von|par|por)\b", negate=True),
            # Nor a byline's place and its date's label ("QNA/Doha Published: April 9").
            Check(
                Where.EVIDENCE,
                r"[ \t](?:Published|Updated|Posted|Publicado|Actualizado|Publié|Veröffentlicht|Aktualisiert)[ \t]*[.,;)\]]?\Z",
                case_sensitive=True,
                negate=True,
            ),
            # Nor a byline of a reporter's initials and the agency ("J. D. / Europa Press"): the
            # agency's own two words stand after the slash.
            Check(
                Where.BEFORE, r"(?:\b[A-ZÀ-Þ]\.[ \t]*){1,4}(?:/[ \t]*)?\Z", case_sensitive=True, negate=True
            ),
        ),
        description="An agency's credit of its picture: the agency, a slash and the photographer.",
        examples=(
            ("The council met on Tuesday to discuss the budget.\nSource: Reuters/Jane Doe", "Reuters"),
        ),
        counterexamples=(
            "Die Lage bleibt angespannt.\nSource: AFP/The Local",
            "Las rebajas animarán el comercio J. D. / Europa Press Comercio y logística impulsan la firma.",
            "Die Gespräche enden. afp/dpa/rtr",
            "Die Lage bleibt angespannt.\nText: dpa/Jens Roe",
            "Airways to launch three new routes this summer QNA/Doha Published: April 09, 2024 08:37 PM The airline",
        ),
    ),
    Context(
        id="handout-via-agency",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen=r"handout|pool|stringer",
        checks=(
            # A handout or a pool picture the agency passed on: "Example Rescue Agency/Handout via
            # Reuters", "Pool via AP".
            Check(
                Where.BEFORE,
                r"(?:\b|/)(?:Handout|HANDOUT|Pool|POOL|Stringer|STRINGER)[ \t]+(?:[Vv]ia|VIA)[ \t]+\Z",
                window=40,
                case_sensitive=True,
            ),
        ),
        description="An agency that passed on a handout or a pool picture ('Example Agency/Handout via "
        "Reuters'): the picture's credit.",
        examples=(
            (
                "Rescuers search the sea on Tuesday.\nExample Rescue Agency/Handout via Reuters\nHONG KONG — Rescuers searched.",
                "Reuters",
            ),
        ),
        counterexamples=(
            "The talks ended on Monday.\nSource: Reuters\nPool closures continue via the city.",
        ),
    ),
    Context(
        id="handout-after-agency",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen=r"handout|pool",
        checks=(
            # The agency, the picture's maker after a slash and the word for a handout or a pool
            # picture ("Source: AAP / PVMBG Handout", "REUTERS / Pool"): the agency sent out a
            # picture it did not take.
            Check(
                Where.AFTER,
                r"\A(?:[ \t]*/[ \t]*[\w.'’&-]+(?:[ \t]+[A-ZÀ-Þ][\w.'’&-]*){0,2}?){0,2}[ \t]*[/ ][ \t]*"
                r"(?:Handout|HANDOUT|Pool|POOL)\b",
                window=80,
                case_sensitive=True,
            ),
        ),
        description="An agency before a handout's or a pool picture's word ('Source: AAP / PVMBG "
        "Handout'): the picture's credit.",
        examples=(
            (
                "Ash rises from the volcano in a photo released by the agency. Source: AAP / PVMBG Handout",
                "AAP",
            ),
            (
                "The leaders shake hands before the talks. Source: Reuters / Pool\nThe talks lasted an hour.",
                "Reuters",
            ),
        ),
        counterexamples=("The talks ended on Monday.\nSource: AAP\nPool closures in the city continue.",),
    ),
    Context(
        id="photographer-after-agency-line",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # The same credit where only the agency's name was read ("REUTERS/Jane Doe" on a line of
            # its own under a picture, "AFP/Getty Images"): the photographer closes the line, or
            # the next sentence opens after the name where the page's lines ran together
            # ("APA/AFP/John Doe Ungarn hat ...").
            Check(
                Where.AFTER,
                # ("Jeff McIntosh": a name may have a capital inside; an article or a desk is no
                # part of one: "AFP / Redacción El Gobierno presentó ...".)
                r"\A[ \t]?/[ \t]?"
                + _PERSON_WORD
                + r"(?:[ -]"
                + _PERSON_WORD
                + r"(?:[A-Z][a-zß-ÿ'’-]+)?){1,3}"
                r"(?:(?:[ \t]*/[ \t]*(?:File[ \t]+Photo|Pool|Handout))?[ \t]*[.,;)\]]?[ \t]*\Z"
                r"|[ \t]+(?:[A-ZÀ-Þ][\w.'’-]*[ \t]+[a-zß-ÿ]|(?:The|Der|Die|Das|Ein|Eine|La|Le|Les|El|Il|Los|Las|Un|Una|Une)\b)"
                # (Or the story's dateline: "THE CANADIAN PRESS/Jane Roe TORONTO — A rookie ...".)
                r"|[ \t]+[A-ZÀ-Þ]{3,}(?:[ \t]+[A-ZÀ-Þ]{2,}){0,2}(?:,[^\n—–]{1,30})?[ \t]+[—–]"
                # (Or the page's copyright line after it: "THE CANADIAN PRESS/Jeff Roe © 2024 Example".)
                r"|[ \t]+(?:©|\([cC]\)))",
                window=60,
                case_sensitive=True,
            ),
            # (Not a byline's, "By Jane Roe\nREUTERS/...", within its sentence: "Statistics provided
            # by Example. THE CANADIAN PRESS/Jane Roe" is a caption's credit.)
            Check(
                Where.BEFORE,
                r"\b(?:text|texte|autor|autorin|author|by|von|par|por)\b[^\n.!?]{0,20}\Z",
                negate=True,
            ),
            # Not a signature's next agency before the page's furniture ("mrc/dpa/AFP/Reuters Zur
            # Startseite"): no photographer's name runs into a heading.
            Check(
                Where.AFTER,
                r"\A[ \t]?/[ \t]?[^\s/]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?[ \t]+(?:" + FURNITURE_HEADS + ")",
                window=60,
                negate=True,
                case_sensitive=True,
            ),
        ),
        description="An agency's credit of its picture on a line of its own: the agency, a slash and "
        "the photographer.",
        examples=(
            (
                "The council met on Tuesday to discuss the budget.\nREUTERS/Jane Doe\nThe vote is next month.",
                "REUTERS",
            ),
            (
                "The council met on Tuesday to discuss the budget.\nAFP/Getty Images\nThe vote is next month.",
                "AFP",
            ),
            (
                "The minister at the meeting in Brussels APA/AFP/Jane Doe The council met on Tuesday.",
                "AFP",
            ),
            (
                "Crews work on the main on Monday. THE CANADIAN PRESS/Jeff Roe © 2024 Example News",
                "CANADIAN PRESS",
            ),
            (
                "A forward dunks during NBA action on Monday. THE CANADIAN PRESS/Jeff Roe TORONTO — A rookie scored.",
                "CANADIAN PRESS",
            ),
        ),
        counterexamples=(
            "The council met on Tuesday.\nAFP/The Local\nThe vote is next month.",
            "Die Lage bleibt angespannt.\nText: dpa/Jens Roe\nDie Gespräche enden.",
        ),
    ),
    Context(
        id="agency-after-photographer",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # The other half of "Jens Roe/dpa": the agency after a person's name and a slash.
            Check(
                Where.SENTENCE,
                # A person's name written out (initials "H. M. G." sign a byline, not a picture).
                r"(?:\A|[\s:(])(?![^/\n]*\b(?:"
                + _PAPER_WORDS
                + r")\b)"
                + r"(?:"
                + _NAME_WRITTEN_OUT
                + r"[ -]"
                + _NAME_WORD
                + r"[ \t]?/[ \t]?"
                # (Another agency may stand between, that passed the picture on: "picture alliance /
                # Jana Roe/TT/dpa".)
                + r"(?:[A-Za-zÀ-ÿ-]{2,12}[ \t]?/[ \t]?){0,2}"
                # (In Cyrillic letters with no spaces around the slash, as Russian captions credit:
                # "Иван Роев/РИА Новости"; "Иван Роев / ТАСС" alone may be a byline.)
                + r"|[А-ЯЁІЇЄ][а-яёіїєґ'’-]+[ ][А-ЯЁІЇЄ][а-яёіїєґ'’-]+/)\Z",
                window=80,
                case_sensitive=True,
            ),
            # Not a byline's: "by Jane Roe / Reuters", "Von Jana Roe/APA" opening its line names the
            # story's writer ("Photo by Jane Roe / Reuters" and a photographer "Philipp von Roe/dpa"
            # stay a picture's).
            Check(
                Where.SENTENCE,
                r"(?<![Pp]hoto\s)(?<![Ff]oto\s)(?<![Ii]mage\s)(?<![Tt]aken\s)(?<!PHOTO\s)(?<![Bb]ild\s)(?:\b[Bb]y|(?m:^)[ \t]*Von)[ \t]+"
                + _NAME_WRITTEN_OUT
                + r"[ \t]?/[ \t]?\Z",
                window=80,
                negate=True,
                case_sensitive=True,
            ),
            # Nor one that a story's reading time or date follows ("Jana Roe / Example Opinion 3 min
            # read", "Anna Roe / PAP 2024-05-05, 13:02").
            Check(
                Where.AFTER,
                r"\A[ \t]*(?:\||·|•)?[ \t]*(?:\d{1,2}[ \t]*min(?:ute)?s?\.?[ \t]+read\b|\d{4}-\d{2}-\d{2}\b"
                r"|\d{1,2}\.\d{1,2}\.\d{4}\b)",
                window=30,
                negate=True,
            ),
        ),
        description="The agency that sent a photographer's picture.",
        examples=(
            ("Die Feuerwehr war mit 40 Kräften im Einsatz.\nQuelle: Jens Roe/dpa", "dpa"),
            ("A heat pump outside a home in Maine. Robert F. Roe/AP\nThe town of Dover", "AP"),
            ("Die Staffel lief stark. picture alliance / Jonas Roe/TT/dpa Die Staffel mit Jana Doe", "dpa"),
        ),
        counterexamples=(
            "Die Lage bleibt angespannt.\nSource: AFP/The Local",
            "Las rebajas animarán el comercio J. D. / Europa Press Comercio y logística impulsan la firma.",
            "Die Gespräche enden. afp/dpa/rtr",
            "Bank holds rates\nby Jane Roe-Lind / Reuters\nJun 14, 2024\nThe Bank of Japan kept rates.",
            "Central banks lose the plot on gold Jana Roe / Reuters 3 min read 22 Apr 2024 Gold rose.",
            "Rolnicy blokują przejście Anna Roe / PAP 2024-05-05, 13:02 Rumuńscy rolnicy od rana blokują przejście.",
            "Regierung einigt sich\nVon Jana Roe/APA, 14. März 2024, 11:27 Uhr\nWIEN. Die Parteien haben sich geeinigt.",
        ),
    ),
    Context(
        id="capitals-photographer-after-dated-caption",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # A caption that ends with its day, then the photographer's name in capitals, a slash
            # and the agency, where the page's lines ran together ("Un agriculteur près de Kaolack,
            # le 10 avril 2024. JEAN ROE / AFP Dans la région ..."); not a dateline's dash after it
            # ("... 2024. PARIS / AFP - Le gouvernement").
            Check(
                Where.BEFORE_LINES,
                r"\b\d{4}\.[ \t]+(?!BY[ \t])[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}(?:[ -][A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,2}[ \t]?(?:/[ \t]?)?\Z",
                window=60,
                case_sensitive=True,
            ),
            Check(Where.AFTER, r"\A[ \t]*[-–—:]", window=4, negate=True),
            # Not an agency written in lower case, as German sign-offs give it after a desk's
            # letters ("... ab dem 1. Januar 2025. RND/dpa"): the captions of this kind print the
            # agency in capitals as well.
            Check(Where.NAME, r"\A[a-zß-ÿ]+\Z", negate=True, case_sensitive=True),
        ),
        description="The agency after a photographer's name in capitals, closing a caption that ends "
        "with its day ('..., le 10 avril 2024. JEAN ROE / AFP').",
        examples=(
            (
                "Un agriculteur dans son champ, le 10 avril 2024. EXEMPLE / AFP Dans la région, les greniers sont vides.",
                "AFP",
            ),
        ),
        counterexamples=(
            "Publié le 16 avril 2024. PARIS / AFP - Le gouvernement a présenté son plan.",
            "Die neue Steuer gilt ab dem 1. Januar 2025. RND/dpa Mehr zum Thema",
        ),
    ),
    Context(
        id="capitals-photographer-agency",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # "... devant le Parlement. IRAKLI ROE / REUTERS": a photographer's name in capitals, a
            # slash and the agency, closing a caption's line (a dateline goes on: "PARIS / AFP - ...").
            Check(
                Where.SENTENCE,
                r"(?:\A|[\s:(])(?<!\bBY\s)(?!BY[ \t])" + _NAME_IN_CAPITALS + r"[ \t]?/[ \t]?\Z",
                window=80,
                case_sensitive=True,
            ),
            # Not a byline's time ("Updated on: March 14, 2024 / 9:12 AM EDT / AP").
            Check(
                Where.SENTENCE,
                r"\b(?:AM|PM|[A-Z]{1,2}[SD]T|GMT|UTC|CES?T)[ \t]?/[ \t]?\Z",
                window=80,
                negate=True,
                case_sensitive=True,
            ),
            Check(Where.AFTER, r"\A[ \t]*$", window=20),
            # Not a source line's list ("SOURCE: EXAMPLE NEWS/PACNEWS").
            Check(Where.SENTENCE, r"\b" + _SOURCE_LABEL + r"[ \t]*:", window=80, negate=True),
        ),
        description="The agency after a photographer's name in capitals and a slash, closing a "
        "caption's line ('IRAKLI ROE / REUTERS').",
        examples=(
            (
                "Le Parlement a adopté le texte.\nDes manifestants devant le Parlement. JEAN ROE / REUTERS\n"
                "La loi entre en vigueur.",
                "REUTERS",
            ),
        ),
        counterexamples=(
            "Le Parlement a adopté le texte. AFP / REUTERS",
            "Hikers rescued\nUpdated on: March 14, 2024 / 9:12 AM EDT / AP\nTwo hikers were rescued on Thursday.",
            "Emperor visits quake zone\nBY MARI ROE / AP\nMARCH 14, 2024 5:21 AM EDT\nThe emperor visited.",
        ),
    ),
    Context(
        id="capitals-photographer-agency-joined",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # The same credit where the page's lines ran together: a caption's sentence, then the
            # photographer and the agency, then the story's first sentence ("... no Parlamento.
            # TIAGO ROE/LUSA O Governo admite ..."); a dateline goes on with a dash.
            Check(
                Where.BEFORE,
                # (The evidence may start at the slash or after it.) A bar may part the caption
                # from its credit ("... en 2023. | FRED ROE / AFP"), or nothing where the caption
                # has no full stop ("... têm mais de 50 anos ANTÓNIO ROE/LUSA Partilhe").
                r"(?:[a-zß-ÿ0-9][.!?][ \t]+|[a-zß-ÿ][ \t]+|[a-zß-ÿ0-9.!?)][ \t]*\|[ \t]*)"
                + _NAME_IN_CAPITALS
                + r"[ \t]?(?:/[ \t]?)?\Z",
                window=80,
                case_sensitive=True,
            ),
            Check(
                Where.AFTER,
                r"\A[ \t]+[A-ZÀ-Þ](?:[a-zß-ÿ]|[ \t]+[A-ZÀ-Þ]?[a-zß-ÿ])",
                window=20,
                case_sensitive=True,
            ),
        ),
        description="A photographer's name in capitals and the agency between a caption's sentence "
        "and the story's, where the page's lines ran together.",
        examples=(
            (
                "Texto de Ana Roe O ministro no Parlamento. TIAGO ROE/LUSA O Governo admite rever o valor.",
                "LUSA",
            ),
            (
                "Un paquebot à quai dans le port en 2023. | FRED ROE / AFP Trente-huit escales sont prévues.",
                "AFP",
            ),
            ("Os comboios têm mais de 50 anos ANTÓNIO ROE/LUSA Partilhe A empresa vai investir.", "LUSA"),
        ),
        counterexamples=(
            "Le Parlement a adopté le texte.\nPARIS / AFP - Le gouvernement a annoncé.",
            "Dec. 22, 2016, 3:36 PM UTC / Source: Example Homes By Jane Roe The house sold.",
        ),
    ),
    Context(
        id="picture-credit-chain",
        verdict=Verdict.IMAGE,
        screen=r"getty|shutterstock|alamy|istock|imago|picture alliance",
        relations=(W, S),
        # A picture's credits parted by bars, ending in a picture agency's name ("Bloomberg |
        # Bloomberg | Getty Images", "Jane Roe | AFP | Getty Images"): the picture's.
        checks=(
            Check(
                Where.AFTER,
                r"\A(?:[ \t]*\|[ \t]*[^|\n]{1,40}?){0,2}[ \t]*\|[ \t]*(?:[^|\n]{1,30}[ \t]via[ \t]+)?"
                r"(?:Getty[ \t]+Images|Shutterstock|Alamy|iStock(?:photo)?|Imago|picture[ \t]+alliance)\b",
                window=120,
            ),
        ),
        description="A picture's credits parted by bars and ending in a picture agency ('Bloomberg | "
        "Bloomberg | Getty Images'): the picture's credit.",
        examples=(
            (
                "A plane takes off from LaGuardia Airport in New York. Bloomberg | Bloomberg | Getty Images "
                "Airline stocks slid on Monday.",
                "Bloomberg",
            ),
        ),
        counterexamples=("Airline stocks slid on Monday. Source: Bloomberg | Markets | Home",),
    ),
    Context(
        id="picture-service-before-agency",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        methods=("text:",),
        # An agency after a picture service and its slash ("Quelle: picture alliance/dpa/Jane Roe",
        # "Quelle: IMAGO/Xinhua Derna."): the picture service's credit of an agency's picture,
        # whatever follows. (The slash right before the name: "© Shutterstock Sources : X" is no chain.)
        checks=(Check(Where.SENTENCE, r"\b" + _PICTURE_SERVICES + r"[ \t]*/[ \t]*\Z", window=80),),
        description="An agency credited after a picture service and a slash ('picture alliance/dpa/"
        "Jane Roe'): the picture's credit.",
        examples=(
            (
                'Ein Bild aus einer Drohnenaufnahme: Quelle: picture alliance/dpa/Max Muster Laut „Beispielpost" war es der Tornado.',
                "dpa",
            ),
            ("Helfer suchen in den Trümmern. Quelle: IMAGO/Xinhua Derna. Nach dem Sturm", "Xinhua"),
        ),
        counterexamples=(
            "Die Feuerwehr rückte aus. Quelle: dpa/lnw",
            "Apple did not comment. © Shutterstock Sources : Example Verge, Example Rumors",
        ),
    ),
    Context(
        id="photo-label-capitals",
        verdict=Verdict.IMAGE,
        screen=r"photo|foto",
        relations=(W, S),
        # A picture's credit as some papers print it, a label with no colon and the photographer's
        # name and agency in capitals: "PHOTO GRAHAM ROE, LA PRESSE CANADIENNE".
        # (The byline rules read the label and the name into their evidence, as a byline in
        # capitals.)
        checks=(
            Check(
                Where.EVIDENCE,
                r"\A(?:PHOTOS?|FOTOS?|PHOTOGRAPHIE|ILLUSTRATION)[ \t]+" + _NAME_IN_CAPITALS + r"[ \t]*[,/]",
                case_sensitive=True,
            ),
        ),
        description="A picture's label with no colon before the photographer's name and the agency in "
        "capitals ('PHOTO GRAHAM ROE, LA PRESSE CANADIENNE'): the picture's credit.",
        examples=(
            (
                "forçant des milliers d'usagers à prendre l'autobus. PHOTO GRAHAM ROE, LA PRESSE CANADIENNE "
                "CDPQ Infra a attribué la panne à un problème.",
                "LA PRESSE CANADIENNE",
            ),
        ),
        counterexamples=("MONTRÉAL, LA PRESSE CANADIENNE — Le gouvernement a annoncé.",),
    ),
    Context(
        id="partner-media-unnamed",
        verdict=Verdict.DROP,
        relations=(R, S),
        screen=r"合作媒[体體]|合作伙伴|合作夥伴",
        checks=(
            # A portal's standing note that its copy comes from "partner media" ("新浪声明：此消息系
            # 转载自新浪合作媒体"): no outlet is named.
            Check(Where.NAME, r"(?:合作媒[体體]|合作伙伴|合作夥伴)\Z"),
        ),
        description="A portal's note that a story comes from its partner media, naming none.",
        examples=(
            (
                "各地要做好防寒保温工作。\n示例声明：此消息系转载自示例合作媒体，示例网登载此文出于传递更多信息之目的。",
                "示例合作媒体",
            ),
        ),
        counterexamples=("各地要做好防寒保温工作。\n本文转载自示例日报。",),
    ),
    Context(
        id="picture-label-with-its-paper",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen=_PICTURE,
        checks=(
            # A picture's label that names the paper before its colon, in brackets: "(Foto Prensa
            # Libre: EFE)", "(Photo Example Times: AFP)".
            Check(
                Where.BEFORE,
                r"\((?:" + _PICTURE + r")[ \t]+(?-i:[A-ZÀ-Þ])[^():\n]{0,40}:[ \t]*\Z",
                window=80,
            ),
        ),
        description="An agency after a picture's label that names the paper ('(Foto Prensa Libre: EFE)'): "
        "the picture's credit.",
        examples=(
            (
                "La ceniza alcanzó 1.200 metros sobre el cráter. (Foto Ejemplo Libre: EFE) El Instituto Nacional de "
                "Sismología emitió una alerta.",
                "EFE",
            ),
        ),
        counterexamples=(
            "La ceniza alcanzó 1.200 metros sobre el cráter. (EFE) El Instituto Nacional de Sismología emitió una alerta.",
        ),
    ),
    Context(
        id="agency-in-capitals-picture-credit",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen=r"PHOTO|PICTURE|PIC|FOTO|IMAGE",
        checks=(
            # The agency's name the last word of a picture's credit in capitals, after the
            # photographer's name: "ST PHOTO: GAVIN ROE KAI SINGAPORE – ...", "PHOTO: JANE DOE REUTERS".
            # (A rule that reads a name after a byline in capitals quotes the byline it read.)
            Check(
                Where.BEFORE,
                r"\b(?:PHOTOS?|PICTURES?|PICS?|FOTOS?|IMAGES?)[ \t]*:[ \t]*(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*[ \t]+){0,3}\Z",
                window=60,
                case_sensitive=True,
            ),
            # (Not the story's dateline after the credit: "PHOTO: REUTERS WASHINGTON (NYTIMES) - ...".)
            Check(Where.EVIDENCE, r"\(", negate=True),
        ),
        description="An agency's name closing a picture's credit in capitals, after a photographer's "
        "name: the picture's credit.",
        examples=(
            (
                "The station is one of those due to open. ST PHOTO: JANE ROE KAI SINGAPORE – Two stations open.",
                "KAI",
            ),
        ),
        counterexamples=(
            "PHOTO: JANE ROE\nSINGAPORE (AFP) – Two stations open.",
            "Universities weigh tests. PHOTO: REUTERS WASHINGTON (AFP) - A growing number of universities",
        ),
    ),
    Context(
        id="agency-capitals-photographer",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen="/",
        checks=(
            # "Quelle: AFP/TOBIAS SCHWARZ": the agency, a slash and a photographer's name in
            # capitals, as agencies credit a picture (not "AFP/The Local", not "dpa/lsw"; not a
            # byline's agency before a date in capitals: "BY JANE DOE / AP MARCH 14, 2024").
            Check(
                # (A rule may have read the name alone: "LUSA/RUI MENDES" over a story.)
                Where.AROUND,
                r"\b[\w-]{2,15}[ \t]?/[ \t]?[A-ZÀ-ÞΑ-ΩА-Я][A-ZÀ-ÞΑ-ΩА-Я'’-]+(?:[ \t]+[A-ZÀ-ÞΑ-ΩА-Я][A-ZÀ-ÞΑ-ΩА-Я'’-]+){1,2}\b"
                # (Nor a dateline's city after a picture's credit: "Jan Roe/TT STOCKHOLM (TT) ...", or
                # on the next line: "APA/JANE ROE\nWien (APA) – ...".)
                # (Nor a dateline's city and dash: "ANP/AFP LIMA - Een aardbeving ...".)
                r"(?![ \t]*[\d(])(?![ \t]*\n[ \t]*[A-ZÀ-Þ][\w .,'’-]{0,30}\()(?![ \t]+[-–—][ \t])",
                window=25,
                case_sensitive=True,
            ),
            # (Not a sign-off in brackets beside a picture's credit: "... sollen. (APA/Red) Bild:
            # APA/JANE ROE".)
            Check(Where.EVIDENCE, r"\([ \t]*[\w-]{2,15}(?:[ \t]*/[ \t]*[\w-]{1,15})*[ \t]*\)\Z", negate=True),
            # (Nor the name before the label of the picture's credit: "... Höchststand. APA Bild:
            # SN/APA/JANA ROE", the author's field and then the picture's.)
            Check(
                Where.AFTER, r"\A[ \t]+" + PICTURE_LABEL_WORD + r"[ \t]*:", negate=True, case_sensitive=True
            ),
            # (Nor the text's agency right after a picture's credit that ends with its own: "Foto:
            # Jan Roe/TT TT Mest läst", where "TT TT" is no photographer.)
            # (agency-last-line's evidence holds the credit before it.)
            Check(
                Where.EVIDENCE,
                r"\A[a-zß-ÿ][ \t]?/[ \t]?[A-Z][\w-]{1,15}[ \t]+\S",
                negate=True,
                case_sensitive=True,
            ),
        ),
        description="An agency, a slash and a photographer's name in capitals ('Quelle: AFP/TOBIAS "
        "SCHWARZ'): a picture's credit.",
        examples=(
            (
                "Ein Konzept soll bis zum Sommer vorliegen.\nQuelle: AFP/TOBIAS SCHWARZ\n"
                "In der Koalition ist das Vorhaben umstritten.",
                "AFP",
            ),
        ),
        counterexamples=(
            "Die Koalition streitet weiter.\nQuelle: AFP/dpa",
            "Emperor Visits Quake-Hit Region BY JANE DOE / AP MARCH 14, 2024 5:21 AM EDT The emperor met evacuees.",
            "Die Preise stiegen nur leicht. APA/JANE ROE\nWien (APA) – Die Inflation ist gesunken.",
            "Die Preise sinken ab April. (APA/Red) Bild: APA/JANE ROE Weitere Nachrichten",
            "Aardbeving treft zuiden van Peru, huizen ingestort ANP/AFP LIMA - Een aardbeving trof",
            "Flera reaktorer står stilla. Foto: Jan Roe/TT TT Mest läst Trafikolycka på E4",
            "Das Ministerium meldet einen Höchststand. APA Bild: SN/APA/JANA ROE Das Ticket gilt.",
        ),
    ),
    Context(
        id="agency-pipe-photographer",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen=r"\|",
        # "... en la Estación Marítima. EFE | M. ROE": the agency, a bar and the photographer's
        # initial and name in capitals (a byline's place after the bar is no initial: "EFE | MADRID").
        checks=(
            Check(
                Where.AFTER,
                r"\A[ \t]*\|[ \t]*[A-ZÀ-Þ]\.[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ'’-]+\b",
                window=40,
                case_sensitive=True,
            ),
        ),
        description="An agency, a bar and a photographer's initial and name ('EFE | M. ROE'): a "
        "picture's credit.",
        examples=(
            (
                "Un crucero atracado en la Estación Marítima. EFE | M. ROE\nEl puerto recibió 19 escalas.",
                "EFE",
            ),
        ),
        counterexamples=("EFE | MADRID\nEl Gobierno aprobó el decreto este martes.",),
    ),
    Context(
        id="photographer-pipe-agency",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        screen=r"\|",
        # "Traders work on the floor of the exchange. Brendan Doe | Reuters": a caption's sentence,
        # then the photographer's name, a bar and the agency, ending the line.
        checks=(
            Check(
                Where.BEFORE,
                r"[a-z0-9)][.!?][\"”’)]?[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*[ \t]+){1,3}(?:\|[ \t]*)?\Z",
                window=300,
                case_sensitive=True,
            ),
            # (The bar may open the evidence: "| Reuters".)
            Check(Where.AROUND, r"[\w.][ \t]+\|[ \t]*[A-Z]", window=3, case_sensitive=True),
            Check(Where.AFTER, r"\A[ \t]*(?:$|\Z|[A-Z][\w'’]*[ \t]+[a-z])", window=40, case_sensitive=True),
        ),
        description="A caption's sentence, then the photographer's name, a bar and the agency "
        "('... on March 14. Brendan Doe | Reuters'): a picture's credit.",
        examples=(
            (
                "Prices rose.\nA screen displays the rate decision. Seth Doe | AP\nStocks fell on Thursday.",
                "AP",
            ),
        ),
        counterexamples=("Stocks fell on Thursday.\nBy Jane Doe | Reuters\nThe S&P 500 lost 0.3%.",),
    ),
    Context(
        id="menu-line",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=("text:agency-detached",),
        screen=r"\|",
        # A line of short items between bars, two before the name and two after it at least: a
        # site's menu ("UAE | Gulf News | MENA | World | Business"); no byline or date among them
        # ("By Jane Doe | Reuters | May 3 | 4 min read").
        checks=(
            Check(Where.BEFORE, r"\A(?![^\n]*\b[Bb]y[ \t])(?:[^|\n\d]{1,30}\|)+[^|\n\d]{0,30}\Z", window=200),
            Check(Where.AFTER, r"\A[^|\n\d]{0,30}\|[^|\n\d]{1,30}\|", window=100),
        ),
        description="A site's menu, short items between bars ('UAE | Gulf News | MENA | World'): a "
        "section's name, not a credit.",
        examples=(
            (
                "The National\nUAE | Gulf News | MENA | World | Business | Opinion\nMENA\nIran arrests dozens",
                "MENA",
            ),
        ),
        counterexamples=(
            "Markets news | Jane Doe, John Roe, Reuters | 3 May 2024",
            "Budget passes\nPress Trust of India | New Delhi | Economy",
            "World | By Jane Doe | Reuters | May 3, 2024 | 4 min read",
        ),
    ),
    Context(
        id="related-link-in-line",
        verdict=Verdict.DROP,
        relations=(W,),
        methods=(
            "text:wire-dateline",
            "text:agency-parenthesis-between-sentences",
            "text:agency-dateline-no-dash",
            "text:agency-detached",
        ),
        screen=RELATED_LABELS,
        checks=(
            Check(
                Where.BEFORE,
                r"(?:\b" + RELATED_LABELS + r"\s*:|" + _RELATED_HEADING + r")[^.!?:\n]{0,150}\Z",
                window=200,
            ),
        ),
        description="An agency closing a headline after 'Read more:', 'Lesen Sie auch:' or 'À lire "
        "aussi:' in the same line: a link to another story, as the reader marks a line that opens "
        "so, here in text whose lines were joined.",
        examples=(
            ("The vote is next month. Read more: Budget plan stalls (Reuters)", "Reuters"),
            (
                "The vote is next month. Related Stories Budget talks stall (Reuters) Tax plan dies (AFP)",
                "AFP",
            ),
        ),
        counterexamples=("Read more below.\nBERLIN (Reuters) - The council met.",),
    ),
    Context(
        id="caption-label",
        verdict=Verdict.IMAGE,
        screen=_LINE_CLOSE,
        relations=(W,),
        methods=("text:wire-dateline", "text:dateline"),
        checks=(
            # Nothing after it on its line, and before it a short label without a sentence's end
            # or a date, with a common noun in it ("Julian Assange, the WikiLeaks founder"): a
            # caption. A dateline is a place name, in capitals or alone ("Berlin (dpa)").
            Check(Where.AFTER, r"\A\s*\Z", window=40),
            Check(Where.BEFORE, r"\A\W{0,3}[A-ZÀ-Þ][^\n.!?:;\d]{8,150}\Z", window=170, case_sensitive=True),
            Check(Where.BEFORE, r"\s[a-zß-ÿ]{3,}\b", window=170, case_sensitive=True),
            # Not the text's first line: that is its title ("Fed holds rates steady, sees cuts later
            # (Reuters)" heading a feed's item).
            Check(Where.BEFORE_LINES, r"\S[^\n]*\n", window=300),
        ),
        description="A caption that names what a picture shows, with the picture's agency.",
        examples=(
            (
                "Story text of the page, with enough words to be a paragraph of it.\n"
                "The harbour master of Valletta at his desk (AFP)\nMore text follows here.",
                "AFP",
            ),
        ),
        counterexamples=(
            "Berlin (dpa)\nDie Koalition hat sich auf einen Haushalt geeinigt.",
            "Der Streit geht weiter, sagte die Ministerin am Abend. (dpa)",
            "Fed holds rates steady, still sees cuts later this year (Reuters)\nThe Federal Reserve held rates.",
        ),
    ),
    Context(
        id="caption-sentence",
        verdict=Verdict.IMAGE,
        screen=_LINE_CLOSE,
        relations=(W,),
        methods=("text:wire-dateline",),
        checks=(
            # English copy credits its agency in the dateline; a lone English sentence closed by
            # "(Reuters)" is the caption of an embedded picture or video. German, French, Italian
            # or Spanish copy does close a story with "(dpa)", "(AFP)", "(ANSA)", "(EFE)".
            Check(Where.AFTER, r"\A\s*\Z", window=40),
            Check(Where.BEFORE, r"\A[^\n]{20,280}\Z", window=300),
            # Not the last line after a story's paragraph: there "(AFP)" may sign off the story
            # (a page's menu before the caption is no story: short lines, no full stop), before
            # the page's furniture maybe ("(Yonhap)\nMost Popular"). A picture's caption may stand
            # between the story's paragraphs and its last line ("... at a port. (Korea Herald file
            # photo)\nThe ministry said ... (Yonhap)").
            Check(
                Where.AROUND,
                r"(?:[^\n]{120}|[.!?][\"”’)]?[ \t]*|\([^()\n]{0,60}\b(?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture)s?\)[ \t]*)"
                # (Or a feed's footer: "... he said. (NAN)\nThe post X appeared first on Y.")
                r"\n(?:[ \t]*\n)*[^\n]*\)[ \t]*(?:\n\s*(?:"
                + FURNITURE_HEADS
                + r"|The[ \t]+post[ \t])[\s\S]*)?\s*\Z",
                window=300,
                negate=True,
                case_sensitive=True,
            ),
            Check(
                Where.BEFORE,
                r"[a-z0-9][.!?][\"”’)]?\s+[\"“‘(]?[A-Z]",
                window=300,
                negate=True,
                case_sensitive=True,
            ),
            Check(
                Where.BEFORE,
                r"\b(?:the|of|and|in|at|to|on|with|was|were|is|are|from|after|for|by|his|her|their|its"
                r"|has|have|as)\b",
                window=300,
                count=3,
                case_sensitive=True,
            ),
        ),
        description="An embedded video's or picture's caption: one English sentence closed by the "
        "agency in parentheses.",
        examples=(
            (
                "Firefighters battled a blaze at a warehouse in the port of Antwerp on Sunday. (Reuters)",
                "Reuters",
            ),
            (
                "Home\nWorld\nVideo\nFirefighters battled a blaze at a warehouse in the port of Antwerp on "
                "Sunday. (Reuters)",
                "Reuters",
            ),
        ),
        counterexamples=(
            "Die Polizei sperrte die Straße am Morgen ab. (dpa)",
            "LONDON (Reuters) - Shares fell in the first hour of trading on Monday.",
            "LAGOS - Talks on the new budget resumed on Monday.\nThe finance minister said a deal was close. (AFP)",
            "Births fell again in January, the data showed.\nThe government has announced a series of measures "
            "to reverse the trend. (Yonhap)\nMost Popular\n1 Example bus routes expand",
            "Exports rose again in February, the data showed.\nContainers at a port in Busan. (Example Herald file "
            "photo)\nThe ministry said it will expand trade insurance. (Yonhap)\nMost Popular",
        ),
    ),
    Context(
        id="video-marker",
        verdict=Verdict.IMAGE,
        screen=r"\b(?:watch|videos?|vídeo|vidéo)\b",
        relations=(W, S),
        checks=(
            Check(
                Where.BEFORE,
                # At the line's start or in a parenthesis, with a colon: "News | Video | World" is
                # a site's menu.
                r"(?:\A\W{0,3}|[(|•]\s*)(?:watch|video|videos|vídeo|vidéo|play\s+video|ver\s+vídeo)\s*:"
                # Or after a sentence where the lines ran together, the caption's one sentence
                # after it: "... the meeting ended. Watch: The mayor speaks to reporters. (Reuters)".
                r"|[.!?]\s+(?:watch|video|vídeo|vidéo)\s*:[^.!?\n]{0,200}[.!?]?\s*\Z",
                window=250,
            ),
            # Not the value of a source label after the video's credit ("Video: Reuters Quelle:
            # Reuters"): "source-after-picture-credit" reads that.
            Check(Where.EVIDENCE, r"\A(?:source|quelle|fuente|fonte|bron)\s*:", negate=True),
        ),
        description="A line that opens as an embedded video's caption ('Watch: ...', 'Video: ...').",
        examples=(
            ("Watch: Crowds gather outside parliament as the vote nears (Reuters)", "Reuters"),
            (
                "The council met on Tuesday and voted for the plan. Watch: The mayor speaks to reporters. (Reuters)",
                "Reuters",
            ),
        ),
        counterexamples=(
            "The video was shared widely.\nBRUSSELS (Reuters) - Ministers met on Monday.",
            "Home | Video | World BRUSSELS (Reuters) - Ministers met on Monday.",
        ),
    ),
    Context(
        id="picture-label",
        verdict=Verdict.IMAGE,
        screen=r"\b(?:pictured|footage|clips?)\b",
        relations=(W, S),
        checks=(
            # The name is the label's value ("Footage: AFP"), or closes the caption a "Pictured:"
            # opens on its line or after a sentence (where a page's lines were joined); a dash
            # after it makes it a dateline's, after the caption.
            Check(
                Where.BEFORE,
                r"\b(?:footage|clips?|pictured)\s*:\s*\Z|(?:\A|\n|[.!?]\s)\W{0,3}pictured\s*:[^\n]{0,200}\Z",
                window=220,
            ),
            Check(Where.AFTER, r"\A[ \t]*[-—–]", window=10, negate=True),
        ),
        description="An agency named as the source of footage, a clip, or what a picture shows "
        "('Footage: AFP', 'Pictured: the mayor at the meeting. (Reuters)').",
        examples=(
            ("The council met.\nFootage: AFP\nMore text follows here.", "AFP"),
            ("The council met.\nPictured: the mayor at the meeting. (Reuters)\n", "Reuters"),
        ),
        counterexamples=(
            "The clip was shared widely.\nBRUSSELS (Reuters) - Ministers met on Monday.",
            "Pictured: the mayor. BRUSSELS (Reuters) - Ministers met on Monday.",
        ),
    ),
    Context(
        id="data-label",
        verdict=Verdict.DROP,
        screen=r"\b(?:data|maps?|\w*daten|kurse|prices|quotes|cotizaciones|cours|quotazioni)\b",
        relations=(W, S),
        checks=(
            # "Data: Reuters", "Map: Reuters", "Data source: Bloomberg" (the source label's own
            # rule reads from "source", after "Data"), a market's figures ("Kursdaten: Refinitiv,
            # verzögert um 15 Minuten", "Prices: Refinitiv").
            Check(
                Where.BEFORE,
                r"\b(?:data|maps?|(?:kurs|börsen|markt)?daten|kurse|prices|quotes|cotizaciones|cours|quotazioni)"
                # (A label in capitals without its colon, "Data Reuters"; not a headline's last
                # word: "... await US inflation data Reuters Published ...".)
                r"\s*:\s*\Z|(?-i:\bData|\bDATA)[ \t]+\Z",
                window=20,
            ),
        ),
        description="An agency named as the source of data or a map, not of the text.",
        examples=(
            ("Prices rose in May.\nData: Reuters\nMore text follows here.", "Reuters"),
            ("Prices rose in May.\nData source: Bloomberg\n", "Bloomberg"),
            ("Die Aktie fiel um sieben Prozent. Kursdaten: Reuters, verzögert um 15 Minuten", "Reuters"),
        ),
        counterexamples=("Prices rose in May.\nSource: Bloomberg\n",),
    ),
    Context(
        id="source-after-picture-credit",
        verdict=Verdict.IMAGE,
        screen=_PICTURE,
        relations=(S,),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # A caption's two labels: "Picture: Jane Roe Source: Example Office" (the picture's
            # maker, then where it came from).
            # (Not "Foto/Quelle: dts", one label of both.)
            Check(Where.BEFORE, _PICTURE_LABEL_BEFORE_SOURCE, window=80),
            # The story goes on after it: the caption stands inside the text. (A source label that
            # closes the text after the last picture's credit is the story's: "... Foto: Jane Roe
            # Fonte: Example News".)
            Check(Where.AFTER, r"\A[ \t]*\S", window=20),
        ),
        description="A source label right after a picture's credit ('Picture: Jane Roe Source: Example "
        "Office'), the story going on after it: the picture's source.",
        examples=(
            ("Tourists at the cliffs. Picture: Jane Roe Source: Example Office He fell.", "Example Office"),
        ),
        counterexamples=(
            "Tourists at the cliffs.\nSource: Example Office",
            "Tourists at the cliffs. Foto: Jane Roe/Example Office Fonte: Example News",
        ),
    ),
    Context(
        id="agency-source-after-picture-credit",
        verdict=Verdict.IMAGE,
        screen=_PICTURE,
        relations=(W,),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # The same labels naming an agency ("Picture: Jane Roe Source: Example Agency"), the
            # story going on after it. (Not the page's furniture: an agency's source line that
            # closes the story after the last picture's credit is the story's: "... Foto: Example
            # Photos Sursa: Example Agency Citește și: ...".)
            Check(Where.BEFORE, _PICTURE_LABEL_BEFORE_SOURCE, window=80),
            Check(Where.AFTER, r"\A[ \t]*(?!" + FURNITURE_AHEAD + "|" + FURNITURE_HEADS + r")\S", window=60),
        ),
        description="An agency's source label right after a picture's credit ('Picture: AFP Source: "
        "AFP'), the story going on after it: the picture's source.",
        examples=(("Tourists at the cliffs. Picture: Jane Roe Source: AFP He fell.", "AFP"),),
        counterexamples=(
            "Tourists at the cliffs.\nSource: AFP",
            "Tourists at the cliffs. Foto: Example Photos / Jane Roe Sursa: AFP Citește și: Salariul",
            "ศูนย์พักคลายร้อนกว่า 200 แห่ง ภาพ : AFP ที่มา : Reuters, AFP ข่าวที่เกี่ยวข้อง อินเดียร้อนจัด",
        ),
    ),
    Context(
        id="data-before-bracket",
        verdict=Verdict.DROP,
        screen=r"(?i)\bdata\b",
        relations=(W, S),
        checks=(
            # Figures named before the bracket of where they were read: "Example Homes data (via
            # Example News) suggests asking prices fell".
            Check(Where.BEFORE, r"\bdata[ \t]+\Z", window=20),
            Check(Where.EVIDENCE, r"\A\("),
        ),
        description="A source in brackets after figures ('Example Homes data (via Example News)'): "
        "where the figures were read.",
        examples=(("Example Homes data (via Example News) suggests asking prices fell.", "Example News"),),
        counterexamples=("Prices fell in May (via Example News).",),
    ),
    Context(
        id="picture-source-label",
        verdict=Verdict.IMAGE,
        screen=_PICTURE,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # "Photo source:", "Bild-Quelle:"; but "Foto/Quelle: dts" credits both photo and text.
            Check(Where.BEFORE, r"\b" + _PICTURE + r"[ \t-]*\Z", window=40),
        ),
        description="A source label that says it is the source of a picture.",
        examples=(
            ("Die Brücke am Abend. Foto Quelle: Stadtwerke Beispielstadt", "Stadtwerke Beispielstadt"),
            ("The harbour at dawn. Photo source: Port Authority", "Port Authority"),
        ),
        counterexamples=("Ende der Meldung.\nFoto/Quelle: dpa",),
    ),
    Context(
        id="sources-of-illustration",
        verdict=Verdict.IMAGE,
        screen=_PICTURE,
        relations=(W, S),
        methods=("text:source-line",),
        checks=(
            # The sources right after a picture's credit ("Illustration by Jane Roe. Sources: Getty;
            # Reuters", "Photo-illustration by The Example. Sources: ..."): what the picture was made of.
            Check(
                Where.BEFORE,
                r"\b(?:photo[- ]?)?"
                + _PICTURE
                + r"[ \t]+(?:by|von|par|por|di)[ \t]+[^\n.!?]{1,60}[.;][ \t]*\Z",
                window=90,
            ),
        ),
        description="A source line right after a picture's credit: the sources of the picture.",
        examples=(("The towns wait. Illustration by Jane Roe. Sources: Getty; Reuters.", "Reuters"),),
        counterexamples=("The towns wait. By Jane Roe. Sources: Reuters.",),
    ),
    Context(
        id="picture-courtesy",
        verdict=Verdict.IMAGE,
        screen=_PICTURE + r"|©|\(c\)",
        relations=(W, S),
        methods=("text:courtesy-of",),
        # (Or a copyright's sign right before it: "... in January 2023. © Courtesy of Jane Roe".)
        checks=(Check(Where.SENTENCE, r"\b" + _PICTURE + r"\b|(?:©|\(c\))[ \t]*courtesy\b", window=120),),
        description="'Photo by X, courtesy of Y', '© Courtesy of Y': the picture's provenance, from "
        "anywhere in the caption's sentence.",
        examples=(
            ("The old gate in 1910. Photo by Jane Roe, courtesy of the City Museum.", "City Museum"),
            (
                "Jane Roe opened the bakery in January 2023. © Courtesy of Jane Roe\nIn 2022 we did the math.",
                "Jane Roe",
            ),
        ),
        counterexamples=("We thank our readers. Courtesy of Redfin",),
    ),
    Context(
        id="figures-courtesy",
        verdict=Verdict.DROP,
        screen=r"courtesy|concessione|autorisation|autorizaci|autoriza",
        relations=(W, S, R),
        methods=("text:courtesy-of", "text:gentile-concessione"),
        checks=(
            Check(
                Where.SENTENCE,
                r"\b(?:clips?|index|indices|rankings?|prices|quotes|data|figures|statistics|stats|numbers|scores"
                r"|results|standings|odds|forecasts?|rates|graphs?|polls?|surveys?|tables?|charts?|maps?"
                # (And as Italian, French, Spanish and Portuguese name figures and their tables.)
                r"|dati|cifre|ascolti|classifica|tabell[ae]|grafic[oi]|données|chiffres|tableaux?|graphiques?|datos"
                r"|cifras|tablas?|gráficos?|dados|números|tabelas?)\b[^\n.]{0,60}"
                r"\b(?:courtesy|concessione|autorisation|autorizaci[óo]n|autoriza[çc][ãa]o)\b",
                window=120,
            ),
        ),
        description="'Prices courtesy of X', 'Index courtesy of X': where figures or a clip came "
        "from, not the text.",
        examples=(
            ("Shares fell in May.\nPrices courtesy of Example Data.", "Example Data"),
            ("9. Duke 10. Creighton Full poll courtesy of Example Press. Get the latest", "Example Press"),
            (
                "La canzone è tornata virale. I dati di ascolto sono stati forniti per gentile concessione di Esempio "
                "Musica. Leggi anche",
                "Esempio Musica",
            ),
        ),
        counterexamples=("The talks ended.\nCourtesy of Example Weekly.",),
    ),
    Context(
        id="courtesy-after-caption",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        methods=("text:courtesy-of",),
        checks=(
            # Right after a caption's sentence, which says who poses or stands where in the picture
            # ("Officials pose after signing the deal in Hanoi, Monday. Courtesy of Example News
            # Agency"): the picture's lender.
            Check(
                Where.BEFORE,
                r"\b(?:poses?|posed|posing|pictured|from\s+left|second\s+from\s+(?:left|right)"
                r"|,[ \t]+(?:left|right|center|centre)[ \t]*,)[^.!?\n]{0,200}[.!?][ \t]*\Z",
                window=240,
            ),
        ),
        description="'Courtesy of X' right after a caption's sentence ('Officials pose after signing ... "
        "Monday. Courtesy of X'): the picture's lender.",
        examples=(
            (
                "Officials of the two agencies pose after signing a memorandum in Hanoi, Monday. Courtesy of "
                "Example News Agency\nThe agency signed a deal.",
                "Example News Agency",
            ),
        ),
        counterexamples=("The talks ended on Monday.\nCourtesy of Example Weekly",),
    ),
    Context(
        id="courtesy-of-a-person",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        methods=("text:courtesy-of",),
        checks=(
            # A person's name written out ("Courtesy of Jana Roe" under her portrait): the picture's
            # owner; a text is lent by a publisher or a body, whose name says what it is.
            Check(
                Where.NAME,
                r"\A(?!.*\b(?:"
                + _PAPER_WORDS
                + r"|News|Press|Media|Post|Magazine|Institute|Institution|Laboratory|University|College|Museum"
                r"|Library|Society|Association|Foundation|Council|Department|Agency|Company|Group|Studios?|Inc"
                r"|Ltd|LLC|Center|Centre|Service|Office|Network|Club|Park|City|County|Region|Valley|Robotics"
                r"|Netflix|Facebook)\b)"
                r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ]\.)?[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’-]+\Z",
                case_sensitive=True,
            ),
        ),
        description="'Courtesy of Jana Roe': a person lends a picture, not the text.",
        examples=(
            (
                "Jana Roe founded a startup in Denver. Courtesy of Jana Roe This essay is as told to us.",
                "Jana Roe",
            ),
        ),
        counterexamples=("The talks ended.\nCourtesy of Example Weekly",),
    ),
    Context(
        id="picture-copyright",
        verdict=Verdict.IMAGE,
        screen="/",
        relations=(W,),
        methods=("text:agency-copyright",),
        checks=(
            Check(Where.AFTER, r"\A[ \t]?/[ \t]?\w", window=10),
            _NOT_A_SITES_SIGN_OFF,
        ),
        description="'© AGENCY/Photographer': a picture's copyright; a text's names the year or "
        "stands alone ('© 2020 The Associated Press').",
        examples=(("Ein Wald im Herbst. © APA/picturedesk.com Der Text beginnt hier.", "APA"),),
        counterexamples=(
            "The talks will resume on Friday.\n© 2020 The Associated Press. All rights reserved.",
            "Die Kliniken verhandeln mit den Kommunen. © dpa/example-blatt.de",
        ),
    ),
    Context(
        id="header-copyright",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:agency-copyright",),
        locations=(Location.HEADER,),
        checks=(Check(Where.EVIDENCE, r"\d{4}", negate=True),),
        description="'© AFP' with no year among a page's header lines (between the byline, the date "
        "and the first paragraph): the credit of the picture at the top. A text's copyright closes "
        "it, or names the year.",
        examples=(
            (
                "Monde\nLa loi contestée\nPar Jeanne Dupont\n3 mai 2024 à 20h05\n© AFP\n"
                "Des milliers de personnes se sont de nouveau rassemblées devant le Parlement mardi soir, "
                "à l'appel des syndicats et des associations étudiantes.\nLa loi doit être votée jeudi.",
                "AFP",
            ),
        ),
        counterexamples=("The talks will resume on Friday.\n© AFP",),
    ),
    Context(
        id="picture-copyright-mid-text",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:agency-copyright",),
        checks=(
            Check(Where.EVIDENCE, r"\d{4}", negate=True),
            Check(
                Where.AFTER,
                r"\A(?![.,)]?[ \t]*(?:\d{4}\b|(?:all[ \t]+rights|alle[ \t]+rechte|tous[ \t]+droits|todos[ \t]+los"
                r"[ \t]+derechos|tutti[ \t]+i[ \t]+diritti|todos[ \t]+os[ \t]+direitos|все[ \t]+права|wszelkie[ \t]+prawa)"
                r"|무단|\Z|" + FURNITURE_AHEAD + r"))",
                window=SCREEN_WINDOW,
            ),
            _NOT_A_SITES_SIGN_OFF,
        ),
        description="'© Reuters' with no year, with the text going on after it on its line: a "
        "picture's credit where a page's lines ran together. A text's copyright names the year, "
        "reserves the rights or closes its line (or the text, before the page's furniture).",
        examples=(
            ("Protesters gather outside parliament. © Reuters The government plans to act.", "Reuters"),
        ),
        counterexamples=(
            "The talks will resume on Friday. © AFP",
            "The talks will resume on Friday. © AFP. All rights reserved. More news follows here.",
            "The talks will resume on Friday. © Thomson Reuters 2019. More news follows here.",
            "The talks will resume on Friday. Copyright Agence France-Presse, 2024. More news follows.",
            "The talks will resume on Friday. © AFP Share this: Facebook",
            "The talks will resume on Friday. © AFP 3 Comments Log in to comment",
            "The talks will resume on Friday.\n(©AFP)",
            "Die Kliniken verhandeln mit den Kommunen. © dpa/example-blatt.de",
        ),
    ),
    Context(
        id="agency-picture-word",
        verdict=Verdict.IMAGE,
        screen=r"(?i:\b(?:pics?|pix|photos?|fotos?|images?|bild)\b)",
        relations=(W, S),
        checks=(
            Check(
                Where.AFTER,
                # (A label of a few words opens the next credit too: "Bron: Example Omroep Foto ter
                # illustratie: Pexels".)
                r"\A[ \t]*(?:FILE[ \t]+)?(?:PICS?|PIX|PHOTOS?|FOTOS?|IMAGES?|Pics?|Photos?|Fotos?|Images?|Bild)\b"
                r"(?![ \t]*:|[ \t]+[a-zà-ÿ][^\n:.]{0,25}:)",
                window=45,
                case_sensitive=True,
            ),
        ),
        description="An agency's name and a picture's word after it ('- BERNAMA PIC', '— AFP PHOTO'): "
        "the caption of a picture the agency sent. A label with a colon opens the next credit: "
        "'... mit. (dpa) Foto: Jane Roe' closes the text with its agency.",
        examples=(("The nature park, which will be included in the new reserve. - BERNAMA PIC", "BERNAMA"),),
        counterexamples=(
            "The talks ended without a deal. — AFP",
            "Das teilte die Polizei am Sonntag mit. (dpa) Foto: Jane Roe",
            "Het ministerie meldt het. Bron: Omroep Example Foto ter illustratie: Pexels",
        ),
    ),
    Context(
        id="picture-word-in-parentheses",
        verdict=Verdict.DROP,
        screen=r"(?:photo|foto|pic|picture|image|bild)s?(?:\s*[,/]\s*\w+)?\s*\)",
        relations=(W, S),
        checks=(
            Check(
                Where.EVIDENCE,
                # (An archive's word may follow: "(AP Photo, File)".)
                r"\((?:[^()]*\b)?(?:photos?|fotos?|pics?|pictures?|images?|bild)"
                r"(?:\s*[,/]\s*(?:file|archive|archiv|archivo|archivio))?\s*\)\s*\Z",
                window=0,
            ),
        ),
        description="The agency and a picture's word in one parenthesis ('(AFP Photo)') closing a "
        "caption, whatever follows: the picture's credit, which the rule agency-photo reads.",
        examples=(
            (
                "The ice moved ten metres a day, the guide said. The village lies below it. Aerial view of "
                "the glacier above the village. (AFP Photo) Read more: Climate",
                "AFP Photo",
            ),
            (
                "A truck leaves a mine near Arlit, Niger, Sept. 25, 2010. (AP Photo, File) ABUJA — The",
                "AP Photo",
            ),
        ),
        counterexamples=("Die Regierung hat das Gesetz beschlossen. (AFP)\nMehr zum Thema",),
    ),
    Context(
        id="picture-word-after",
        verdict=Verdict.IMAGE,
        screen=r"nuotr",
        relations=(W, S),
        # A picture's word after the photographer and the agency, as Lithuanian credits a picture:
        # "Seimo posėdis. Jono Roe (ELTA) nuotr." (nuotr.: photograph).
        # (Or the photographer's name after a slash: "BNS/Žygimanto Roe nuotr.")
        checks=(
            Check(
                Where.AFTER,
                r"\A[ \t]*(?:/[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]+)?(?:nuotr\.|nuotrauka|nuotraukoje)",
                window=60,
            ),
        ),
        description="A picture's word after the agency ('Jono Roe (ELTA) nuotr.'): the picture's credit.",
        examples=(
            ("Seimas pritarė. Seimo posėdis. Jono Roe (ELTA) nuotr.\nSeimas ketvirtadienį pritarė.", "ELTA"),
            (
                "Būstų kainos išaugo\n2024 m. rugpjūčio 14 d. 10:20\nBNS/Pauliaus Roe nuotr.\nKainos Vilniuje padidėjo.",
                "BNS",
            ),
        ),
        counterexamples=("Seimas ketvirtadienį pritarė siūlymui. (ELTA)\nDaugiau naujienų",),
    ),
    Context(
        id="photographer-after-agency-slash",
        verdict=Verdict.IMAGE,
        screen="/",
        relations=(W,),
        methods=("text:agency-detached",),
        checks=(
            # The photographer's name after the agency's slash (and another service's): "... Gustavo
            # Petro. - Example Press/Contacto/Jana Roe - Archivo", a picture's credit. A desk's
            # initials, an address or "The Local" after a slash are a desk's.
            Check(
                Where.AFTER,
                r"\A[ \t]*/[ \t]*(?:[A-Za-zÀ-ÿ]{2,}[ \t]*/[ \t]*){0,2}"
                r"(?!(?:The|La|El|Le|Les|Il|Lo|Der|Die|Das|De|Het|O|A|Redacci[óo]n|Redaktion|R[ée]daction|Redazione"
                r"|Reda[çc][ãa]o|Staff|Newsroom|Desk)\b)[A-ZÀ-Þ][a-zà-ÿ]+[ \t]+"
                r"(?!(?:The|La|El|Le|Les|Il|Lo|Der|Die|Das|De|Het|O|A)\b)[A-ZÀ-Þ][a-zà-ÿ]+\b",
                window=80,
                case_sensitive=True,
            ),
        ),
        description="An agency's name, a slash and a photographer's name ('Example Press/Contacto/Jana "
        "Roe'): a picture's credit.",
        examples=(
            (
                "El presidente, en Bogotá. - Europa Press/Contacto/Jana Roe - Archivo\nBOGOTÁ, 18 Mar. - El presidente insistió.",
                "Europa Press",
            ),
        ),
        counterexamples=("Les discussions se poursuivent. Europa Press/The Local\nMehr zum Thema",),
    ),
    Context(
        id="agency-as-company",
        verdict=Verdict.DROP,
        screen=r"\b(?:corp|corporation|inc|ltd|plc|holdings|group|shares|stock|philanthrop\w*|foundation|institute"
        r"|prize|awards?|fellowship|school|university|trust|fund)\b",
        relations=(W, S),
        checks=(
            Check(
                Where.AFTER,
                r"\A[ \t]*(?:Corp\.?|Corporation|Inc\.?|Ltd\.?|plc|PLC|Holdings|shares|stock"
                # Or an institution that bears its name ("Bloomberg Philanthropies pledges ...").
                r"|Philanthrop\w+|Foundation|Institute|Prize|Awards?|Fellowship|School|University|Trust|Fund)(?![\w-])",
                window=16,
                case_sensitive=True,
            ),
        ),
        description="A news company named as a company ('Thomson Reuters Corp. raised its outlook', "
        "'Reuters shares') or an institution that bears its name ('Bloomberg Philanthropies "
        "pledges'): the story's subject, not its source.",
        examples=(
            (
                "Business Thomson Reuters raises outlook Sophie Marchand Toronto Published February 8, 2024 "
                "Thomson Reuters Corp. TRI-T raised its full-year revenue outlook.",
                "Thomson Reuters",
            ),
            ("Education\nBloomberg Philanthropies pledges $250M to expand health care programs", "Bloomberg"),
        ),
        counterexamples=("Published February 8, 2024 Reuters The central bank raised rates.",),
    ),
    Context(
        id="agency-file-picture",
        verdict=Verdict.IMAGE,
        screen=r"/file\b",
        relations=(W, S),
        # A rule may have read "/File" into its evidence, as it reads a desk's initials.
        checks=(Check(Where.AROUND, r"/[ \t]*(?:File|FILE)\b", window=8, case_sensitive=True),),
        description="An agency's name with '/File' after it ('— AFP/File', '(AP Photo/File)' without its "
        "word): the caption of a picture from the agency's archive.",
        examples=(("A climber on the Baltoro glacier. — AFP/File Trending", "AFP"),),
        counterexamples=("The talks ended without a deal. — AFP Trending",),
    ),
    Context(
        id="caption-ja",
        verdict=Verdict.IMAGE,
        screen=r"＝",
        relations=(W,),
        methods=("text:agency-fullwidth-brackets",),
        # A Japanese picture's caption: what it shows, "＝", the day and the place, then the agency
        # in brackets ("記者会見する社長＝5日午後、東京都千代田区（共同）"). A story signed by the agency
        # ends a sentence before its brackets.
        checks=(Check(Where.BEFORE, r"＝[^\n。＝]{0,40}\Z", window=60, case_sensitive=True),),
        description="A Japanese picture's caption, its subject and its day and place joined by '＝' "
        "('記者会見する社長＝5日午後、東京都千代田区（共同）'): the agency's picture.",
        examples=(
            (
                "記者会見する東和電機の田中社長＝5日午後、東京都千代田区（共同） 同社は赤字になる見通しだ。",
                "共同",
            ),
        ),
        counterexamples=("政府は5日、予算案を閣議決定した。（共同）",),
    ),
    Context(
        id="caption-apart-ja",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:agency-fullwidth-brackets", "text:agency-brackets-other-scripts"),
        # A caption's words with no sentence's end, standing apart after a space where the page's
        # lines ran together, then the agency in full-width brackets ("... ということです。 浸水した
        # 市街地（ロイター） 国際ニュース"): Japanese and Chinese prose has no spaces, and a story
        # signed by the agency ends its sentence before the brackets.
        checks=(
            Check(Where.BEFORE, r"(?:\A|[ \t\u3000])[^ \t\u3000\n。．！？」』）)]{2,40}（?\Z", window=44),
        ),
        description="A caption's words standing apart before an agency in full-width brackets "
        "('浸水した市街地（ロイター）'): the agency's picture.",
        examples=(
            (
                "情報は入っていないということです。 浸水した市街地（ロイター） 国際ニュース 被害が広がった。",
                "ロイター",
            ),
        ),
        counterexamples=("情報は入っていないということです。（ロイター） 国際ニュース",),
    ),
    Context(
        id="picture-word-before-brackets",
        verdict=Verdict.IMAGE,
        screen=r"图|圖|照片|写真|사진",
        relations=(W,),
        methods=("text:agency-fullwidth-brackets",),
        # A picture's word right before the agency's full-width brackets: "交易員。資料圖片（路透社）"
        # (a file picture, Reuters), "图（新华社）".
        checks=(Check(Where.BEFORE, r"(?:图片|圖片|照片|写真|사진|资料图|資料圖|图|圖)\s*\Z", window=12),),
        description="A picture's word before an agency in full-width brackets ('資料圖片（路透社）'): the "
        "picture's credit.",
        examples=(("紐約證券交易所交易員。資料圖片（路透社） 分析員預期，美股短期內或持續波動。", "路透社"),),
        counterexamples=("国务院发布了预算。（新华社）",),
    ),
    Context(
        id="picture-label-scripts",
        verdict=Verdict.IMAGE,
        screen=r"ảnh|ẢNH|تصوير|صورة",
        relations=(W, S),
        checks=(
            # "Ảnh: TTXVN", "تصوير: وام": a picture's label in Vietnamese and Arabic.
            Check(
                Where.AROUND,
                r"(?:\b(?:Ảnh|ẢNH)|تصوير|صورة)[ \t]*:[ \t]*(?:[^\n:]{0,30}[/,-][ \t]*)?\S",
                window=30,
                case_sensitive=True,
            ),
            Check(Where.BEFORE, r"(?:\b(?:Ảnh|ẢNH)|تصوير|صورة)[ \t]*:[^\n:]{0,40}\Z", window=60),
            # Not a sign-off's "Theo" after the picture's credit: "(Ảnh: Xinhua). Minh Phương Theo
            # Xinhua, AFP" credits the story's sources.
            Check(Where.EVIDENCE, r"(?-i:\b[Tt]heo[ \t])", negate=True),
        ),
        description="A picture's label in Vietnamese or Arabic ('Ảnh: TTXVN', 'تصوير: وام'): a picture's credit.",
        examples=(("Lễ khởi công tuyến metro. Ảnh: TTXVN\nSáng 14.3, thành phố khởi công.", "TTXVN"),),
        counterexamples=(
            "Hội nghị đã kết thúc vào chiều nay.\nTheo TTXVN",
            "Tên lửa rời bệ phóng (Ảnh: Xinhua). Minh Phương Theo Xinhua, AFP Tin liên quan",
        ),
    ),
    Context(
        id="video-title-agency",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:agency-parenthesis-between-sentences",),
        checks=(
            # An embedded video's title, its label first, closed by the agency that shot it:
            # "... in una nota. Video Bce, Lagarde: \"Servono più dati\" (reuters) Leggi anche".
            Check(
                Where.BEFORE,
                r"(?:\A|[.!?][ \t]+)(?-i:Video|VIDEO|Vídeo|VÍDEO|Vidéo|VIDÉO|Watch|WATCH|Guarda)[ \t]+[^.!?\n]{0,160}\Z",
                window=200,
            ),
        ),
        description="An agency in brackets closing an embedded video's title ('Video Bce, Lagarde: \"...\" "
        "(reuters)'): the video's credit.",
        examples=(
            (
                "Il dato conferma il calo, commenta l'istituto in una nota. Video Bce, Lagarde: \"Servono più dati "
                'prima di tagliare i tassi" (reuters) Leggi anche',
                "reuters",
            ),
        ),
        counterexamples=("Il governo ha approvato il decreto. (ANSA) Leggi anche",),
    ),
    Context(
        id="stringer-before-agency",
        verdict=Verdict.IMAGE,
        relations=(W,),
        checks=(
            # "STRINGER" is the name an agency gives a picture's unnamed local photographer, never a
            # dateline's place: "... en una imagen difundida este martes. STRINGER (REUTERS)".
            # (The dateline's rule reads it as the place, into the evidence.)
            Check(Where.AROUND, r"\bSTRINGER[ \t]*[/(][ \t]*[A-Z]", window=12, case_sensitive=True),
        ),
        description="An agency after 'STRINGER' ('STRINGER (REUTERS)'): a picture's credit, its "
        "photographer unnamed.",
        examples=(
            (
                "Humo en la cubierta del petrolero, en una imagen difundida este martes. STRINGER (REUTERS) "
                "Jane Roe Jerusalén - 12 mar 2024",
                "REUTERS",
            ),
        ),
        counterexamples=("JERUSALÉN (REUTERS) - Los rebeldes han vuelto a atacar un buque.",),
    ),
    Context(
        id="photographer-before-agency-closing-caption",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:wire-dateline", "text:agency-parenthesis-between-sentences"),
        checks=(
            # A name in capitals after a sentence's end, the agency in brackets after it closing the
            # line ("... en Yeda este martes. SAUL LOEB (REUTERS)"): a caption's photographer and
            # agency. A dateline opens its story, which goes on after it on the same line.
            Check(
                Where.BEFORE,
                r"[.!?…][\"”’»)]*[ \t]+[A-ZÀ-ÞÑ][A-ZÀ-ÞÑ'’.-]+(?:[ \t]+[A-ZÀ-ÞÑ][A-ZÀ-ÞÑ'’.-]+){1,3}[ \t]*\Z",
                window=200,
                case_sensitive=True,
            ),
            Check(Where.AFTER, r"\A[ \t]*\Z", window=40),
        ),
        description="An agency in brackets closing a caption's line after the photographer's name in "
        "capitals ('... este martes. SAUL LOEB (REUTERS)'): a picture's credit.",
        examples=(
            (
                "El ministro, en Yeda este martes. JANE ROE (REUTERS)\nUcrania ha aceptado este martes la propuesta.",
                "REUTERS",
            ),
        ),
        counterexamples=(
            "Kiev acepta la propuesta. NUEVA YORK (REUTERS) - La bolsa subió este martes.",
            "NUEVA YORK (REUTERS)\nLa bolsa subió este martes.",
        ),
    ),
    Context(
        id="video-label-before-source",
        verdict=Verdict.IMAGE,
        screen=r"\b(?:video|vídeo|audio|podcast)\b",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # An embedded video's label with its length before the source line on the same line
            # ("Video 1:12 · Quelle: SID"): the video's source, not the story's.
            Check(
                Where.BEFORE,
                r"\b(?:video|vídeo|audio|podcast)\b[^\n]{0,20}?\b\d{1,2}:\d{2}\b[ \t]*[·|•–-]?[ \t]*\Z",
                window=60,
            ),
        ),
        description="A source line after an embedded video's label and length ('Video 1:12 · Quelle: SID'): "
        "the video's source.",
        examples=(
            ("Der Trainer sprach.\nVideo 1:12 · Quelle: SID\nDie Mannschaft trainierte am Abend.", "SID"),
        ),
        counterexamples=("Der Trainer sprach um 11:12 Uhr.\nQuelle: SID\nDie Mannschaft trainierte.",),
    ),
    Context(
        id="caption-credit-before-dateline",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:agency-signoff", "text:agency-detached"),
        checks=(
            # An agency closing a caption's sentence with a dash or a bar, the story's dateline or
            # byline right after it where the page's lines ran together ("... in Hainan province. -
            # AFP BEIJING, May 3 (Example Agency) -- China launched ..."): the picture's credit; a
            # story's sign-off ends the story.
            Check(
                Where.BEFORE,
                r"[a-zß-ÿ0-9)][.!?][\"”’»)]?[ \t]+[-–—|][ \t]*\Z",
                window=40,
                case_sensitive=True,
            ),
            Check(
                Where.AFTER,
                r"\A[ \t]*(?:[A-ZÀ-Þ]{3,}(?:[ -][A-ZÀ-Þ]{2,})*,?[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})\b[^\n]{0,40}?\("
                r"|[A-ZÀ-Þ][\w-]+[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4})\b)",
                window=80,
                case_sensitive=True,
            ),
        ),
        description="An agency after a caption's sentence and a dash or a bar, a dateline or a dated "
        "byline right after it ('... in Hainan province. - AFP BEIJING, May 3 (X) --'): the picture's credit.",
        examples=(
            (
                "A rocket lifts off from the launch site in Hainan province. - AFP BEIJING, May 3 (Example Agency) -- "
                "China on Friday launched the probe.",
                "AFP",
            ),
        ),
        counterexamples=("China on Friday launched the probe, officials said. - AFP\nMore stories",),
    ),
    Context(
        id="official-named-as-source",
        verdict=Verdict.DROP,
        relations=(S,),
        methods=("text:source-line",),
        checks=(
            # A person named as the source, their office after a comma ("Source: Ihor Roe, Mayor of
            # Kharkiv, on Telegram"): who said it, not a publisher.
            Check(
                Where.AFTER,
                r"\A,[ \t]+(?:the[ \t]+)?(?:(?:Deputy|Vice|Acting|Former)[ \t]+)?(?:Mayor|Head|Governor|Minister|Spokes(?:man|woman|person)"
                r"|Chief|Director|President|Commander|Secretary|Chair(?:man|woman)?|Adviser|Advisor|Member|Ambassador"
                r"|Prosecutor|Ombudsman)\b",
                window=60,
                case_sensitive=True,
            ),
        ),
        description="A person named as a source, the office after the name ('Source: Ihor Roe, Mayor of "
        "Kharkiv'): who said it.",
        examples=(
            (
                "Seven people were injured. Source: Ihor Roe, Mayor of Kharkiv, on Telegram Details: The bombs hit.",
                "Ihor Roe",
            ),
        ),
        counterexamples=("Seven people were injured.\nSource: Example Daily, March 3, 2024",),
    ),
    Context(
        id="caption-agency-cjk",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:agency-fullwidth-brackets",),
        checks=(
            # A caption's short sentence right before the agency in full-width brackets ("澳大利亚储备
            # 银行总部。（路透社）"), and the story's own sentence after it, maybe after a short label
            # ("综合讯 澳大利亚储备银行星期五宣布……，"): the picture's credit, not the story's sign-off,
            # which closes the text or stands before the page's furniture.
            # (A caption holds no comma: "..., 影響俄亥俄河谷一帶。（美聯社）" is the story's last sentence.)
            # (And it stands alone: "...誓言报复。以色列方面尚未就事件置评。（路透社）" ends a paragraph.)
            Check(Where.BEFORE, r"(?:\A|[ \t])[^\s。！？，]{4,40}。[ \t]*\Z", window=60),
            Check(Where.AFTER, r"\A[ \t]*(?:[^\s。！？]{1,6}[ \t]+)?[^\s。！？]{15,}?[，。]", window=120),
        ),
        description="An agency in full-width brackets after a caption's short sentence, the story's "
        "text going on after it ('澳大利亚储备银行总部。（路透社） 综合讯 澳大利亚储备银行星期五宣布……'): a "
        "picture's credit.",
        examples=(
            (
                "发布 2024年6月14日 澳大利亚储备银行总部。（路透社） 综合讯 澳大利亚储备银行星期五宣布维持基准利率不变，"
                "并称通胀回落的速度慢于预期。",
                "路透社",
            ),
        ),
        counterexamples=(
            "国务院发布了预算。（新华社）",
            "他说，预算将在下周提交议会审议。（新华社） 相关新闻 央行宣布降息 股市收涨",
            "國家氣象局預測，周一風暴將向東移動，影響俄亥俄河谷一帶。（美聯社） 圖片：龍捲風過後，房屋嚴重損毀。路透社",
        ),
    ),
    Context(
        id="caption-paragraph-agency-cjk",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:agency-fullwidth-brackets",),
        checks=(
            # A paragraph of its own that is one short sentence with no comma and no word of saying,
            # before an agency in full-width brackets: a picture's caption and its credit ("...的說法。
            # 拜登7月在白宮發表講話。（Reuters）"), whatever follows; a story's sign-off closes its last
            # paragraph, which holds its sentences.
            # (Not the text's first words: "国务院发布了预算。（新华社）" is a story's one sentence.)
            Check(
                Where.BEFORE_LINES,
                r"[ \t\n](?:(?!表示|指出|稱|称|說|说|宣布|報道|报道|報導|透露|強調|强调)[^\s。！？，,：:])"
                r"{4,24}。[ \t]*\Z",
                window=40,
                case_sensitive=True,
            ),
        ),
        description="An agency in full-width brackets after a paragraph of one short sentence ('拜登7月在白宮"
        "發表講話。（Reuters）'): a picture's caption and its credit.",
        examples=(
            (
                "只是民主黨的說法。 拜登7月在白宮發表講話。（Reuters） 賀錦麗出席競選活動。（AP） 【延伸閱讀】",
                "Reuters",
            ),
            ("面臨工程師供不應求的困境。 台積電熊本廠外觀。（路透社） 本文出自《例雜誌》801期", "路透社"),
            ("假期消费数据将检验刺激政策的效果。\n北京西站候车大厅挤满旅客。（路透社）", "路透社"),
        ),
        counterexamples=(
            "国务院发布了预算。（新华社）",
            "伊朗最高领袖随后誓言报复。以色列方面尚未就事件置评。（路透社/法新社） 卡塔尔外交部发表声明",
            "會議持續到深夜。 當局表示事件仍在調查中。（美聯社） 相關新聞",
        ),
    ),
    Context(
        id="picture-label-in-brackets-cjk",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        methods=("text:agency-fullwidth-brackets",),
        checks=(
            # The brackets open with the word for a picture: "（圖／美聯社／達志影像）", "（图：新华社）".
            Check(
                Where.EVIDENCE,
                r"\A[（〔(][ \t]*(?:圖|图|照片|相片|攝影|摄影|影片|視頻|视频|圖片|图片)[ \t]*[／/:：]",
                case_sensitive=True,
            ),
        ),
        description="An agency in full-width brackets that open with the word for a picture ('（圖／美聯社／"
        "達志影像）'): a picture's credit.",
        examples=(("列車停駛約一小時，未造成乘客受傷。（圖／美聯社／達志影像） 更多新聞報導", "美聯社"),),
        counterexamples=("國務院發布了預算。（新華社） 相關新聞",),
    ),
    Context(
        id="caption-opener-agency-cjk",
        verdict=Verdict.IMAGE,
        relations=(W,),
        methods=("text:agency-fullwidth-brackets",),
        checks=(
            # A caption that says it is one ("圖為聯準會主席鮑爾。（美聯社）", "图为会场。（新华社）"),
            # whatever follows it: the picture's credit.
            Check(
                Where.BEFORE,
                r"(?:\A|[ \t。！？」”])(?:圖為|图为|圖說|图说|圖：|图：|圖／|图／)[^\s。！？]{1,60}[。．]?[ \t]*\Z",
                window=80,
                case_sensitive=True,
            ),
        ),
        description="An agency in full-width brackets after a caption that opens with its word ('圖為...。"
        "（美聯社）'): a picture's credit.",
        examples=(
            (
                "鮑爾表示降息可能適當。 圖為聯準會主席鮑爾在眾議院作證，右為議員。（美聯社） 不用抽 不用搶 現在用APP看新聞",
                "美聯社",
            ),
        ),
        counterexamples=("國務院發布了預算。（新華社） 相關新聞",),
    ),
    Context(
        id="picture-photographer-cjk",
        verdict=Verdict.IMAGE,
        screen=r"摄|攝",
        relations=(W, S),
        checks=(
            # A Chinese agency's photographer after its name, up to "摄" (taken by), in the same
            # statement: "（新华社记者 邓华 摄）", "中央社記者王大明攝"; not the next statement's
            # dispatch after a picture's credit ("（中央社記者王大明攝） （中央社記者王大明台中12日電）").
            Check(
                Where.AFTER,
                r"\A[^\n）)（(電电，。]{0,30}?[摄攝](?:[）)]|(?![影像]))",
                window=40,
                case_sensitive=True,
            ),
            # In brackets, or after a caption's full stop ("游客在湖边拍照。新华社记者 李明 摄").
            Check(Where.BEFORE, r"[（(][^\n）)]{0,10}\Z|(?:\A|[。！？ \t])\Z", window=60),
        ),
        description="A Chinese agency's photographer ('（新华社记者 邓华 摄）'): a picture's credit.",
        examples=(
            ("（新华社记者 邓华 摄）\n记者从广州市获悉，今年计划新增充电桩。", "新华社"),
            ("游客在湖边拍照。新华社记者 邓华 摄 记者从广州市获悉，今年计划新增充电桩。", "新华社"),
            ("旅客在機場辦理報到手續。中央社記者王大明攝 業者指出，團體行程幾乎客滿。", "中央社"),
        ),
        counterexamples=("新华社北京3月12日电（记者 邓华）新华社摄影部今年计划新增充电桩。",),
    ),
    Context(
        id="picture-byline",
        verdict=Verdict.IMAGE,
        screen=_PICTURE,
        relations=(W,),
        methods=("text:agency-byline",),
        checks=(Check(Where.BEFORE, r"\b" + _PICTURE + r"\s*(?:credits?)?\s*:?\s*\Z", window=30),),
        description="'Photo By Jane Roe, AP': a photographer's byline.",
        examples=(("A crowd at the gates on Monday. Photo By Jane Roe, AP", "AP"),),
        counterexamples=("By Jane Roe, AP\nThe talks ended without a deal on Monday.",),
    ),
    Context(
        id="picture-label-in-byline",
        verdict=Verdict.IMAGE,
        screen=_PICTURE,
        relations=(W,),
        methods=("text:agency-byline",),
        # A byline's author, then the picture's label, its first credit and a slash before the
        # agency ("Von Jana Roe Bild: Krone KREATIV/APA/Jo Doe"): the picture's agency.
        checks=(Check(Where.SENTENCE, r"\b" + _PICTURE + r"\s*:\s*[^\n:/]{1,40}/\s*\Z", window=80),),
        description="An agency after a picture's label and a slash within a byline ('Von Jana Roe Bild: "
        "Example KREATIV/APA/Jo Doe'): the picture's.",
        examples=(
            (
                "Doch die Freude währt kurz. Von Jana Roe Bild: Krone KREATIV/APA/Jo Doe, stock.adobe.com Die",
                "APA",
            ),
        ),
        counterexamples=("By Jane Roe, AP\nThe talks ended without a deal on Monday.",),
    ),
    Context(
        id="picture-republished",
        verdict=Verdict.IMAGE,
        screen=_PICTURE,
        relations=(R,),
        methods=(
            "text:originally-published",
            "text:first-appeared",
            "text:republished-from",
            "text:reprinted-from",
            "text:initialement-publie",
        ),
        # The picture named after a determiner, or opening the sentence ("Photo originally
        # published by X").
        checks=(
            # (Not a picture's label with its colon, where the lines ran together: "Image: Example
            # Pacific This article is republished ..." opens the text's own credit.)
            Check(
                Where.SENTENCE,
                # (In French too: "La séquence, d'une trentaine de secondes, a d'abord été publiée
                # sur X", a video checked by a fact-checker.)
                r"(?:\b(?:this|the|these|our|a|la|le|les|cette|ce|cet|une?)\s+|^\W*)(?:"
                + _PICTURE
                + r"|séquences?)\b(?![ \t]*:)",
                window=100,
            ),
        ),
        description="'This photo first appeared on ...': where a picture, not the text, was published.",
        examples=(
            ("This photo first appeared on Example Daily.", "Example Daily"),
            ("Photo originally published by Example Daily.", "Example Daily"),
            (
                "La séquence, d'une trentaine de secondes, a d'abord été publiée sur Example Video.",
                "Example Video",
            ),
        ),
        counterexamples=(
            "This story first appeared on Example Daily.",
            "Leaders meet in the capital. Image: Example Pacific This article is republished from Example Radio.",
        ),
    ),
    # ---------------------------------------------------------------- where it sits: charts and tables
    Context(
        id="chart-credit",
        verdict=Verdict.DROP,
        screen=r"[|•]",
        relations=(W, S),
        methods=("text:agency-byline",),
        checks=(Check(Where.EVIDENCE, r"[|•]\s*(?:" + _SOURCE_LABEL + r"|data|daten|datos)\s*:"),),
        description="'By <newsroom> | Source: <agency>': the credit line of a chart, whose data "
        "came from the agency.",
        examples=(("Yield, in percent 4 3 2 1 By The Example Times | Source: Reuters", "Reuters"),),
        counterexamples=("By Jane Roe, Reuters\nThe talks ended without a deal.",),
    ),
    Context(
        id="chart-credit-after",
        verdict=Verdict.DROP,
        screen=r"[|•;]",
        relations=(W, S),
        methods=("text:source-line",),
        checks=(
            Check(
                Where.AFTER,
                r"\A[^\n|•;]{0,40}[|•;]\s*(?:by\s|(?:graphics?|charts?|grafik|karte|maps?)\b)",
                window=80,
            ),
        ),
        description="'Source: <office> | By <newsroom>': the credit line of a chart, naming where its "
        "data came from.",
        examples=(
            ("Source: Example Bureau of Statistics | By The Example Times", "Example Bureau of Statistics"),
            ("Source: Example Census Bureau; chart by The Example Times", "Example Census Bureau"),
        ),
        counterexamples=("Source: Example Daily | 3 May 2021",),
    ),
    Context(
        id="chart-label",
        verdict=Verdict.DROP,
        screen=_CHART,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            Check(
                Where.BEFORE_LINES,
                # On the chart's credit line, or on the line above it ("Chart: Jane Roe\nSource: ...").
                r"\b" + _CHART + r"\s*(?::|by\b)[^\n]{0,100}(?:\n[ \t]*)?\Z",
                window=120,
            ),
        ),
        description="A source on the credit line of a chart, map or table ('Grafik: Jane Roe | "
        "Quelle: dpa'): where its data came from.",
        examples=(
            ("Chart: Jane Roe | Source: Example Energy Agency", "Example Energy Agency"),
            ("Chart: Jane Roe/Example Times\nSource: Reuters", "Reuters"),
            (
                "Grafikk: Antall passasjerer i påskeuken 2019–2024\nKilde: Example Lufthavn",
                "Example Lufthavn",
            ),
        ),
        counterexamples=("Foto: Jane Roe/Example Agency Fonte: Example News",),
    ),
    Context(
        id="chart-label-below",
        verdict=Verdict.DROP,
        screen=_CHART,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(Check(Where.AFTER_LINES, r"\A[^\n]{0,80}\n[ \t]*" + _CHART + r"\s*(?::|by\b)", window=120),),
        description="A source with a chart's, a map's or a table's credit on the line below it "
        "('Quelle: Statistisches Bundesamt\\nGrafik: Jane Roe'): where the figure's data came from.",
        examples=(
            (
                "Die Zahl der Insolvenzen stieg.\nQuelle: Example Statistikamt\nGrafik: Example Infografik GmbH",
                "Example Statistikamt",
            ),
        ),
        counterexamples=("Die Zahl der Insolvenzen stieg.\nQuelle: dpa\nMehr zum Thema: Insolvenzen",),
    ),
    Context(
        id="source-under-caption",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        screen=_PICTURE,
        # "Symbolbild: Ein ICE steht im Hauptbahnhof.\nQuelle: AP": the source line under a
        # caption that a picture's label opens is the picture's.
        checks=(
            # A caption is a sentence, words in lower case among them; "Foto: ČTK/Jan Roe" over
            # "Zdroj: ČTK" is the picture's own credit, the source line the text's.
            Check(
                Where.BEFORE_LINES,
                r"(?:\A|\n)[ \t]*"
                + _PICTURE
                + r"[ \t]*:[^\n]{0,200}?[ \t](?-i:[a-zäöüßà-ÿ]{3,})\b[^\n]{0,200}\n[ \t]*\Z",
                window=240,
            ),
        ),
        description="A source line under a caption that a picture's label opens ('Symbolbild: Ein ICE "
        "steht im Hauptbahnhof.' then 'Quelle: AP'): the picture's source.",
        examples=(
            (
                "Züge fahren wieder\nSymbolbild: Ein ICE steht im Hauptbahnhof.\nQuelle: AP\nDer Streik ist vorbei.",
                "AP",
            ),
        ),
        counterexamples=(
            "Der Streik ist vorbei, die Züge fahren wieder nach Plan.\nQuelle: AP",
            "Most je ve špatném stavu.\nFoto: ČTK/Jan Roe\nZdroj: ČTK",
        ),
    ),
    Context(
        id="source-after-picture-field",
        verdict=Verdict.IMAGE,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        screen=_PICTURE,
        # A caption's fields on one line ("Foto: Jane Roe | Zdroj: ČTK"), or a caption that says it
        # is one where the page's lines ran together ("Gleisbauarbeiten in Halle (Archivbild).
        # Quelle: dpa In der ..."): the source after it is the picture's.
        checks=(
            Check(
                Where.BEFORE,
                # (The label tried only where a word starts: the search tries every place in the
                # window, and the labels' alternation is long.)
                r"(?:\A|(?<=[\s|]))"
                + _PICTURE
                + r"[ \t]*:[^\n|]{1,80}\|[ \t]*\Z|\((?:"
                + _PICTURE
                + r")\)[.:]?[ \t]*\Z",
                window=100,
            ),
        ),
        description="A source after a picture's credit in the fields of one caption ('Foto: Jane Roe "
        "| Zdroj: ČTK'), or after a caption marked as one ('(Archivbild). Quelle: dpa'): the picture's "
        "source.",
        examples=(
            (
                "Parkoviště na okraji města | Foto: Jan Roe | Zdroj: ČTK\nRadní navrhuje vyšší ceny.",
                "ČTK",
            ),
            ("Gleisbau in der Stadt (Archivbild). Quelle: dpa In der Straße beginnen die Arbeiten.", "dpa"),
        ),
        counterexamples=(
            "Radní navrhuje vyšší ceny parkování v centru.\nZdroj: ČTK",
            "Die Arbeiten beginnen am Montag (Archivbild folgt).\nQuelle: dpa",
        ),
    ),
    Context(
        id="headline-list",
        verdict=Verdict.DROP,
        relations=(W, S),
        screen=r"\d+[ \t]*(?:(?:minutes?|mins?|hours?|hrs?|days?)[ \t]+ago|min[ \t]+read)"
        r"|[·•][ \t]*(?:vor[ \t]+\d|gestern\b|hace[ \t]+\d|il[ \t]+y[ \t]+a[ \t]+\d)",
        checks=(
            # Two or more outlets each with its story's age or reading time ("Reuters · 2 hours
            # ago\n...\nCNBC · 1 hour ago", "Reuters · 2 min read", "dpa-AFX · vor 2 Std.", "Reuters ·
            # gestern"): an aggregator's list of headlines; one is a copy's byline.
            # (Or with no mark between: "... 2 hours ago Example headline By Example Agency 3 hours
            # ago", "AAP 12 minutes ago".)
            Check(
                Where.AROUND,
                r"(?:[·•]|\b[A-Z][\w-]*)[ \t]*\d+[ \t]*(?:(?:minutes?|mins?|hours?|hrs?|days?)[ \t]+ago|min[ \t]+read)"
                # (In other languages after the list's dot: "Reuters · vor 5 Std.", "EFE · hace 2 horas";
                # "Wien gestern" is prose.)
                r"|[·•][ \t]*(?:vor[ \t]+\d+[ \t]*(?:Std|Stunden?|Min|Minuten|Tagen?)\b|gestern\b"
                r"|hace[ \t]+\d+[ \t]*(?:h|horas?|min|minutos?|d[íi]as?)\b|il[ \t]+y[ \t]+a[ \t]+\d+[ \t]*(?:h|heures?|min|jours?)\b)",
                window=300,
                count=2,
                case_sensitive=True,
            ),
        ),
        description="An aggregator's list of headlines, each with its outlet and age ('Reuters · 2 "
        "hours ago'): links to other stories, not a credit of this text.",
        examples=(
            (
                "Top stories\nFed holds rates steady\nReuters · 2 hours ago\nPowell says no hike\n"
                "Example News · 1 hour ago\nFull coverage",
                "Reuters",
            ),
            (
                "Recommended Stories\nFed holds rates steady\nReuters · 2 min read\nPowell says no hike\n"
                "The Associated Press · 4 min read",
                "Associated Press",
            ),
            (
                "News zur Aktie\nVersicherer im Dax gefragt\nReuters · vor 5 Std.\nAnalyst hebt Ziel\ndpa-AFX · gestern",
                "Reuters",
            ),
        ),
        counterexamples=(
            "Fed holds rates steady\nReuters · 2 hours ago\nThe Fed held rates steady on Wednesday.",
        ),
    ),
    Context(
        id="dated-byline-list",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=("text:agency-byline",),
        screen=r"\bby\s",
        checks=(
            # Two headlines or more each with its byline and day ("Oil edges higher By Reuters -
            # Apr 02, 2024 Gold hits a record By Reuters - Apr 02, 2024"): a list of other stories.
            Check(
                Where.AROUND,
                r"\bBy[ \t]+[A-Z][^\n]{1,30}?[ \t]+[-–|·•][ \t]+(?i:" + MONTH + r")\.?[ \t]+\d{1,2}\b",
                window=250,
                count=2,
                case_sensitive=True,
            ),
        ),
        description="A list of headlines, each with its byline and day ('... By Reuters - Apr 02, 2024 "
        "...'): links to other stories, not a credit of this text.",
        examples=(
            (
                "Related Articles Oil edges higher as traders weigh risks By Reuters - Apr 02, 2024 Gold hits "
                "record high on rate cut bets By Reuters - Apr 02, 2024 Tesla slides",
                "Reuters",
            ),
        ),
        counterexamples=(
            "Oil edges higher as traders weigh risks By Reuters - Apr 02, 2024 Oil prices rose on Tuesday.",
        ),
    ),
    Context(
        id="dated-teaser-list",
        verdict=Verdict.DROP,
        relations=(W, S),
        screen=r"\d{1,2}\.\d{1,2}\.\d{2,4}[ \t]+(?:[-–|·][ \t]+)?\d{1,2}:\d{2}",
        checks=(
            # Three or more headlines each with its source, day and time ("... Margenausblick
            # dpa-AFX 12.03.24 07:52 Example hebt Ziel ... dpa-AFX Analyser 11.03.24 18:40 ..."): a
            # finance portal's list of news on the stock, not a credit of this text.
            Check(
                Where.AROUND,
                r"[ \t]\d{1,2}\.\d{1,2}\.\d{2,4}[ \t]+(?:[-–|·][ \t]+)?\d{1,2}:\d{2}\b",
                window=300,
                count=3,
            ),
        ),
        description="A list of headlines, each with its source, day and time ('... dpa-AFX 12.03.24 07:52 "
        "...'): links to other stories, not a credit of this text.",
        examples=(
            (
                "Nachrichten zu Example AG\nExample erhält Großauftrag dpa-AFX 12.03.24 07:52 Analyst hebt Ziel "
                "Reuters 11.03.24 18:40 Example senkt Prognose dpa-AFX 08.03.24 15:11 Alle News",
                "Reuters",
            ),
        ),
        counterexamples=(
            "Der Umsatz sank. dpa 12.03.2024 - 10:12 Uhr Die Einzelhändler verkauften weniger.",
        ),
    ),
    Context(
        id="timed-teaser-list",
        verdict=Verdict.DROP,
        relations=(W, S),
        screen=r"\d{1,2}:\d{2}",
        checks=(
            # The outlet right after a time of day ("Newsticker 14:05 Reuters Ölpreise geben nach
            # 13:58 dpa-AFX Bayer-Aktie ..."), among three or more times each followed by a name: a
            # ticker of other stories, each with its time and source; one time over a story is its
            # dateline's.
            # (The words up to the name: a rule may have read the time's last figure into its words.)
            Check(Where.SENTENCE, r"(?:^|[ \t])\d{1,2}:\d{2}(?:[ \t]+Uhr)?[ \t]+\Z", window=30),
            Check(
                Where.AROUND,
                r"(?:^|[ \t])\d{1,2}:\d{2}(?:[ \t]+Uhr)?[ \t]+[A-Za-zÀ-Þ][\w-]*[ \t]+[A-ZÀ-ÞÄÖÜ]",
                window=200,
                count=3,
            ),
        ),
        description="A ticker of headlines, each after its time and source ('14:05 Reuters Ölpreise "
        "geben nach 13:58 dpa-AFX ...'): links to other stories, not a credit of this text.",
        examples=(
            (
                "Mehr: Warum Händler wachsen Newsticker 14:05 Reuters Ölpreise geben nach 13:58 dpa-AFX "
                "Bayer-Aktie unter Druck 13:41 dpa Piloten stimmen Einigung zu",
                "Reuters",
            ),
        ),
        counterexamples=("Der Umsatz sank. 12.03.2024 14:05 dpa Die Einzelhändler verkauften weniger.",),
    ),
    Context(
        id="figures-before",
        verdict=Verdict.DROP,
        screen=r"\d[\d.,]*\s?[%€$£¥]?\s+(?:[A-ZÀ-Þ][\w'’-]*[ \t]+)?[-+−’'$€£¥]?\d|\d[ \t]*[%€$£¥]?[ \t]*\|[^|\n]{0,24}\d",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare", "text:agency-byline"),
        checks=(
            # Three numbers in a row, with nothing but spaces between: a table's row or a chart's
            # axis; prose and citations ("Vol. 371, Issue 6526, pp. 232") have words between them,
            # and a telephone's number opens with a zero ("0700 121 21").
            # Or a table's column where the page's lines ran together, three labels each with its
            # figure right before the label ("Bruxelles 540.000 Flandre 335.000 Wallonie 218.000
            # Source : Example").
            # Or a table's row read out with its cells between bars, each closed by its figure, right
            # above the line ("Oct-24 5,25 | Dic-24 5,00 | Feb-25 4,75\nFuente: Example"); a byline's
            # bars hold a time or words after the date ("3 May 2024 | 18:42 | 5 min read").
            Check(
                Where.BEFORE_LINES,
                r"(?<![\w.,’'])(?!0\d)(?:[-+−]?[’'$€£¥]?\d[\d.,]*\s?[%€$£¥]?\s+){3}"
                r"|(?:\b[A-ZÀ-Þ][\w'’-]*[ \t]+[-+−]?[$€£¥]?\d[\d.,]*[ \t]?[%€$£¥]?[ \t]+){3}\Z"
                r"|(?:^|\n)(?![^\n]*\d:\d\d)(?:[^|\n]{0,24}?\d[ \t]*[%€$£¥]?[ \t]*\|){2,}[^|\n]{0,24}?\d[ \t]*[%€$£¥]?"
                r"[ \t]*\n[ \t]*\Z",
                window=120,
            ),
        ),
        description="A source line under figures (a table's or a chart's axis): the source of the data.",
        examples=(
            (
                "Exports 2021 2022 2023\nGermany 12.1 13.4 14.2\nSource: Example Statistics Office",
                "Example Statistics Office",
            ),
            (
                "Prix médian (en euros) Bruxelles 540.000 Flandre 335.000 Wallonie 218.000 Source : Example",
                "Example",
            ),
            ("Tasa (%)\nOct-24 5,25 | Dic-24 5,00 | Feb-25 4,75\nFuente: Example Banco", "Example Banco"),
        ),
        counterexamples=(
            "Shares rose 2 percent on Monday after a 3 percent fall last week.\nSource: Reuters",
            "By Jane Roe | 3 May 2024 | 18:42 | 5 min read\nSource: Example News Agency",
            "Readers can call the helpline on 0700 121 21.\nSource: Example News Agency",
            "Example, J.: A study. In: Nature; Vol. 12, Issue 345, pp. 67, 8. Mai 2021 Quelle: Universität Beispiel",
        ),
    ),
    Context(
        id="figure-rows-before",
        verdict=Verdict.DROP,
        screen=r"(?::|[ \t][—–])[ \t]*[-+−]?[$€£¥]?\d[^\n]{0,16}\n[^\n:—–]{1,40}(?::|[ \t][—–])[ \t]*[-+−]?[$€£¥]?\d",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # Two rows of "label: figure" right above it ("Jan 2024: 28.3pc\nFeb 2024: 23.1pc"), or of
            # "label — figure" ("Январь 2024 — 289\nФевраль 2024 — 270").
            Check(
                Where.BEFORE_LINES,
                # (A time's colon, between two digits, is no label's: "Updated 19 February 2024 7:40pm".)
                r"(?:^[^\n:—–]{1,40}(?:(?<!\d):|:(?!\d)|[ \t][—–][ \t])[ \t]*[-+−]?[’'$€£¥]?\d[\d.,]*[ \t]*[^\s\d]{0,8}[ \t]*\n[ \t]*){2}\Z",
                window=160,
            ),
        ),
        description="A source line under rows of figures with their labels ('Jan 2024: 28.3pc', "
        "'Exports: $4.1bn'): the source of the data.",
        examples=(
            (
                "Inflation eased again.\nCPI inflation (YoY)\nJan 2024: 28.3pc\nFeb 2024: 23.1pc\n"
                "Source: Example Bureau of Statistics",
                "Example Bureau of Statistics",
            ),
            (
                "Прибыль банков, млрд руб.\nОктябрь — 280\nНоябрь — 345\nИсточник: Пример Данные",
                "Пример Данные",
            ),
        ),
        counterexamples=(
            "Inflation eased again, the bureau said on Tuesday.\nUpdated: 3 May 2024\nSource: Reuters",
            "Fares will be cut.\nPublished 19 February 2024 5:04pm\nUpdated 19 February 2024 7:40pm\nSource: Example Agency",
        ),
    ),
    Context(
        id="standings-before-source",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # A table of ranks, names and points just before the source line, where a page's rows ran
            # together ("16. Lorient 24 ; 17. Metz 22 ; 18. Clermont 18. Source : LFP"): the source of
            # the standings.
            Check(
                Where.BEFORE_LINES,
                r"(?:\b\d{1,2}\.[ \t]+[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,2}[ \t]+\d{1,3}[ \t]*[;,|.][ \t]*){3}",
                window=200,
                case_sensitive=True,
            ),
        ),
        description="A source line after a table of ranks, names and points ('16. Lorient 24 ; 17. Metz "
        "22 ; ... Source : LFP'): the source of the standings.",
        examples=(
            (
                "Le classement : 16. Lorient 24 ; 17. Metz 22 ; 18. Clermont 18. Source : Example Ligue. Classement",
                "Example Ligue",
            ),
        ),
        counterexamples=("Le club a perdu 2-1 samedi.\nSource : Example Sport",),
    ),
    Context(
        id="chart-mentioned-before",
        verdict=Verdict.DROP,
        screen=r"(?:chart|graph|table)s?\s+(?:below|above)|(?:following|this|the)\s+(?:chart|graph|table)\b"
        r"|(?:chart|graph)s?[.:]\s+(?:source|quelle|fuente|fonte)\b",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # The sentence just before points at a chart ("..., as the chart below shows.\nSource:
            # Bloomberg"): a blog's chart, its picture gone, and the source of its figures. Or the
            # chart's caption ends with its word right before the label ("BTC price on the daily
            # chart. Source: TradingView").
            Check(
                Where.BEFORE_LINES,
                r"\b(?:(?:chart|graph|table)s?\s+(?:below|above)|(?:following|this)\s+(?:chart|graph|table))\b"
                r"[^\n]{0,120}\n\s*\Z|\b(?:chart|graph)s?[.:][ \t]*\Z",
                window=250,
            ),
        ),
        description="A source line right under a sentence that points at a chart ('as the chart below "
        "shows.\\nSource: Bloomberg'): where the chart's figures came from.",
        examples=(
            (
                "Optimism fell to 89.4 in February, as the chart below shows.\nSource: Example Survey",
                "Example Survey",
            ),
            (
                "Traders sold on Monday.\nBTC price on the daily chart. Source: Example Charts",
                "Example Charts",
            ),
        ),
        counterexamples=("Optimism fell to 89.4 in February, the group said.\nSource: Example Daily",),
    ),
    Context(
        id="graphic-credit-after-source",
        verdict=Verdict.DROP,
        screen=_CHART,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # The graphic's maker right after the source line, where a page's lines were joined
            # ("Source: Example Reef Watch Graphic: Example Herald", "Source: X. Staff graphic"): the
            # source of the graphic's figures.
            Check(
                Where.AFTER,
                # (The rest of the source's name may come first: "Source: NOAA Coral Reef Watch
                # Graphic: ...", where the name read is the registry's.)
                r"\A(?:[ \t]+(?-i:[A-Z][\w&'’-]*)){0,4}[ \t]*[.,;|]?[ \t]*(?:(?:staff|our)[ \t]+)?"
                + _CHART
                + r"\b",
                window=40,
            ),
        ),
        description="A source line followed by the credit of the graphic it labels ('Source: X Graphic: "
        "Example Herald'): where the graphic's figures came from.",
        examples=(
            (
                "Ocean temperatures, March 1. Source: Example Reef Watch. Graphic: Example Herald Ocean "
                "temperatures are high.",
                "Example Reef Watch",
            ),
            (
                "Peak demand by year, megawatts. Source: Example Grid. Staff graphic The state added storage.",
                "Example Grid",
            ),
        ),
        counterexamples=("The talks ended.\nSource: Example Daily\nThe summit resumes on Monday.",),
    ),
    Context(
        id="chart-in-source-line",
        verdict=Verdict.DROP,
        screen=_CHART,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        # (Or first, or joined to its maker by a hyphen: "Quelle: Infografik WELT", "Quelle:
        # Refinitiv/Example-Grafik".)
        # Or after the figures' source with a space where a page's lines were joined ("Source :
        # Example Data Infographie Les Echos"): the infographic's words alone, which name no paper.
        checks=(
            Check(
                Where.EVIDENCE,
                r"(?:(?:[/-]|:[ \t]*)[ \t]*" + _CHART + r"|[ \t]infogra(?:fik|phics?|phie|fía|fica|fico))\b"
                # (Not a paper whose name opens with the word: "Source: Graphic Online".)
                r"(?![ \t]+(?:online|news|sports?|business|showbiz)\b)",
            ),
        ),
        description="A source line that names the chart's maker after a slash ('Quelle: Destatis/"
        "Infografik WELT'): where the figures came from.",
        examples=(
            (
                "Die Insolvenzen stiegen.\nQuelle: Beispielamt/Infografik EXAMPLE",
                "Beispielamt",
            ),
            (
                "Die Länder fordern mehr Geld. Quelle: Infografik EXAMPLE Die Zahl der Asylerstanträge ist gesunken.",
                "Infografik EXAMPLE Die Zahl der Asylerstanträge",
            ),
            (
                "Le CAC 40 depuis janvier Source : Example Data Infographie Les Echos Du côté des valeurs",
                "Example Data Infographie Les Echos",
            ),
        ),
        counterexamples=(
            "Die Insolvenzen stiegen.\nQuelle: dpa/lnw",
            "The squad meets in Accra on Monday.\nSource: Graphic Online",
        ),
    ),
    Context(
        id="chart-after-agency",
        verdict=Verdict.DROP,
        screen=_CHART,
        relations=(W,),
        methods=("text:agency-detached", "text:agency-slash-desk"),
        # An agency's name before a chart's maker and its chart: "Quelle: Refinitiv/Example-Grafik".
        checks=(Check(Where.AFTER, r"\A[^\s]{0,30}?[-/]" + _CHART + r"\b", window=40),),
        description="An agency that gave a chart's figures, before the chart's maker ('Quelle: "
        "Refinitiv/Example-Grafik'): where the figures came from.",
        examples=(
            ("Einlagensatz seit 2019 Quelle: Refinitiv/Example-Grafik Niedrigere Zinsen", "Refinitiv"),
        ),
        counterexamples=("Die Insolvenzen stiegen. | dpa/lnw",),
    ),
    Context(
        id="table-cells-before-source",
        verdict=Verdict.DROP,
        screen=r"\n",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # A table's cells, one figure a line, right above the source line (a table read out of
            # a page: "Q1/2024\nQ2/2024\n-3,5\n+4,2\n...\nQuelle: Example Verband"): the source of
            # the table's figures.
            Check(
                Where.BEFORE_LINES,
                r"(?m:^[ \t]*[-+−]?\d[\d.,]*[ \t]*%?[ \t]*$)",
                window=200,
                count=3,
            ),
            Check(Where.BEFORE_LINES, r"\n[ \t]*[-+−]?\d[\d.,]*[ \t]*%?[ \t]*\n[ \t]*\Z", window=40),
        ),
        description="A source line under a table's cells, one figure a line: the source of the figures.",
        examples=(
            (
                "Auftragseingang\nQ1/2024\nQ2/2024\nUmsatz\n-3,5\n+4,2\nBook-to-Bill\n0,96\n1,03\nQuelle: Example Verband",
                "Example Verband",
            ),
        ),
        counterexamples=("Die Zahl stieg auf 1,03 Millionen.\nQuelle: Example Zeitung",),
    ),
    Context(
        id="figure-title-before-source",
        verdict=Verdict.DROP,
        screen=_CHART
        + r"|evoluci|evolu[çc]|volution|evoluzione|entwicklung|varia[cç]|statisti|estad[íi]stic|\bdat(?:a|en|os|i)\b|donn[ée]es|\b(?:in|en)\s+(?:mrd|mio|mln|mld|mill|prozent|percent|per\s+cent"
        r"|%|euro|dollar|us-dollar|€|\$|billion|thousand|tonnen|tons?)|\((?:19|20)\d\d\s*[-–]"
        r"|(?:19|20)\d\d[ \t]*[-–/][ \t]*(?:(?:19|20)\d\d|\d\d)\b"
        r"|[图圖図표][表]?\s*[：:]|グラフ|그래프|도표|\bindex,?\s+(?:19|20)\d\d\s*=\s*100\b"
        r"|punti\s+base|basis\s+points|points?\s+de\s+base|puntos\s+b[áa]sicos|basispunkte|\(\s*(?:in\s+)?%"
        r"|(?:per|/)\s*" + _PER_UNIT + r"\b|\b(?:procent|prosent)\b"
        r"|\b(?:nach|by|par|por|per)\s+(?:bundesl|l[äa]nder|monat|jahr|branche|region|alter|sektor|state|month|year"
        r"|countr|sector|age\s|r[ée]gion|pays|mois|ann[ée]e|secteur|mes|a[ñn]o|pa[íi]s|settor|campaña|provincia|estado"
        r"|municipio)|\((?:en\s+|in\s+)?(?:millones|miles\s+de|millions?|billions?|milliards?|milhões|milioni|miliardi|mio"
        r"|mrd|millionen|milliarden)\b",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # A figure's title stands right before its source line, with no sentence of the story
            # between: a chart's or a map's words open it ("Map shows the epicentre. Source: ..."),
            # a heading of figures closes it ("Unemployment statistics Source: ..."), or it gives
            # the figures' unit ("Orders in billion euros\nQuelle: ...").
            Check(
                Where.BEFORE_LINES,
                r"(?:(?:^|[.!?:]\s+|^\[\d+/\d+\][ \t]+)(?:the\s+|this\s+|a\s+)?(?:"
                + _CHART
                + r"|evoluci(?:[óo]n?)|evolu[çc][ãa]o|[ée]volution"
                r"|evoluzione|entwicklung|variaci[óo]n|varia[çc][ãa]o)\b[^.!?\n]{0,80}[.!?]?"
                r"|\b(?:"
                + _CHART
                + r"|statistics?|statistiken?|statistiques?|estad[íi]sticas?|data|daten|donn[ée]es"
                r"|datos|dati)"
                r"|\b(?:in|en)\s+(?:mrd\.?|mio\.?|mln\.?|mld\.?|millionen|milliarden|prozent|percent|per\s+cent|%|euros?|dollars?"
                r"|us-dollar|€|\$|billions?|millions?|thousands?|tonnen|tons?)(?:\s|\b)[^.!?\n]{0,30}"
                # or the years it spans ("Unemployment in February (2015-2024)"), closing a title
                # line of a few words ("Medicaid enrollment in Texas, 2020-2024", "Fälle pro
                # Kalenderwoche, 2023/24", "Preise 2019–2023 (Index)").
                r"|\(\s*(?:19|20)\d{2}\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2})\s*\)"
                r"|(?:^|\n)[^.!?\n]{3,80}[ \t,](?:19|20)\d{2}[ \t]*[-–/][ \t]*(?:(?:19|20)\d{2}|\d{2})(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*\n"
                # or its unit in brackets ("Spread Btp-Bund (punti base)", "Yields (in %)").
                r"|\((?:in\s+)?(?:%|percent|per\s+cent|prozent|pourcentage|punti\s+base|basis\s+points|bps"
                r"|points?\s+de\s+base|puntos\s+b[áa]sicos|pontos\s+base|basispunkte)[^()\n]{0,20}\)"
                # or an index's base ("Production, index 2015 = 100").
                r"|\bindex,?\s+(?:19|20)\d{2}\s*=\s*100"
                # or a price's unit closing it ("Lithium carbonate price, US$ per tonne").
                r"|\b(?:US|A|NZ|C|HK|S)?(?:\$|€|£|¥|cents?|pence|euros?|dollars?)\s*(?:per|a|/)\s*"
                + _PER_UNIT
                + r"\b"
                # or a figure's label in Chinese, Japanese or Korean ("图：CPI同比走势 来源：...").
                r"|(?:^|[。！？\s])(?:图表?|圖表?|図表?|グラフ|그래프|도표|표)\s*[：:][^\n。！？]{1,40}"
                # or the breakdown of its figures ("Arbeitslose nach Bundesländern", "Jobless rate by
                # state").
                r"|\b(?:nach|by|par|por|per)[ \t]+(?:bundesl[äa]ndern|l[äa]ndern|monaten|jahren|branchen|regionen"
                r"|altersgruppen|sektoren|states?|months?|years?|countr(?:y|ies)|sectors?|regions?|age[ \t]+groups?"
                r"|r[ée]gions?|pays|mois|ann[ée]es|secteurs?|meses|a[ñn]os|pa[íi]ses|regiones|sectores|regioni|settori"
                r"|campañas?|provincias?|estados|municipios)\.?"
                # or its unit in brackets, a currency's amount ("(millones de dólares)").
                r"|\((?:en[ \t]+|in[ \t]+)?(?:millones|miles[ \t]+de[ \t]+millones|millions?|billions?|milliards?|milhões"
                r"|milioni|miliardi|mio\.?|mrd\.?|millionen|milliarden)\b[^()\n]{0,30}\)\.?"
                # or a share's unit per period ("Prisutveckling, procent per månad").
                r"|\b(?:procent|prosent|prozent|percent|per\s+cent)[ \t]+(?:per|pr\.?|je|pro)[ \t]+[^\W\d_]{3,12}"
                # or the graphic's maker and its word, closed by a full stop ("Example Herald
                # graphic. Source: ...").
                r"|(?-i:\b[A-Z][\w&'’-]*)[ \t]+(?:staff[ \t]+)?" + _CHART + r"[.:])"
                r"[ \t]*\n?[ \t]*\Z",
                window=140,
            ),
        ),
        description="A source line under a figure's title ('Unemployment rate in percent\\nSource: "
        "...', 'Map shows the epicentre. Source: ...'): where the figures came from.",
        examples=(
            ("Orders of the group in billion euros\nQuelle: Example Data Service", "Example Data Service"),
            ("The quake shook the valley. Map shows the epicentre. Source: Example Survey", "Example Survey"),
            ("Inactivity statistics Source: Example Health Office", "Example Health Office"),
            ("Unemployment in February (2015-2024) Fuente: Example Datos", "Example Datos"),
            (
                "Staff said so.\nEnrollment in the state, 2020-2024\nSource: Example Health Office",
                "Example Health Office",
            ),
            (
                "Shares rose.\n[1/2] Graphic shows the index over the past year. Source: Example Data\nBanks fell.",
                "Example Data",
            ),
            ("Spread Btp-Bund (punti base) Fonte: Example Data Lo spread è sceso.", "Example Data"),
            ("Produktion in Deutschland, Index 2015 = 100 Quelle: Example Verband", "Example Verband"),
            ("Lithium carbonate price, US$ per tonne Source: Example Data Shares fell.", "Example Data"),
            ("2月CPI同比上涨0.7%。 图：CPI同比走势 来源：示例统计局 分析人士认为", "示例统计局"),
            (
                "The index over the past year Example Herald graphic. Source: Example Data\nTraders said so.",
                "Example Data",
            ),
            (
                "Priserna steg. Prisutveckling, procent per månad Källa: Example Mäklarstatistik, SCB – Det finns",
                "Example Mäklarstatistik",
            ),
            (
                "Die Zahl stieg. Arbeitslose nach Bundesländern Quelle: Example Arbeitsamt\nWie es weitergeht",
                "Example Arbeitsamt",
            ),
            (
                "Уровень воды растёт. Карта зон подтопления. Источник: Пример Службы\nЖители эвакуированы.",
                "Пример Службы",
            ),
            (
                "La cosecha caerá. Estimación de producción por campaña. Fuente: Example Cereales. Por su parte",
                "Example Cereales",
            ),
            (
                "Remesas, enero-junio (millones de dólares). Fuente: Example Banco Central, datos",
                "Example Banco Central",
            ),
        ),
        counterexamples=(
            "The council met on Tuesday to discuss the data.\nSource: Example Daily",
            "Prices rose by 3 percent in May, the office said.\nQuelle: dpa",
            "Officials showed reporters a map. Source: Example Daily",
        ),
    ),
    Context(
        id="source-after-bracketed-picture-credit",
        verdict=Verdict.DROP,
        screen=r"credit",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # A picture's credit in brackets closing a caption, then the source line on the same line
            # ("... (Image credit: Courtesy of Jane Roe et al.) Source: Example Journal"): the figure's
            # source, where a page's lines were joined.
            Check(
                Where.BEFORE,
                r"\((?:image|photo|picture|figure|illustration|graphic)[ \t]+credits?[ \t]*:[^()\n]{1,100}\)[ \t]*\Z",
                window=130,
            ),
        ),
        description="A source line right after a picture's credit in brackets: the figure's source.",
        examples=(
            (
                "The ice shell may be thinner. (Image credit: Courtesy of Jane Roe et al., 2024) Source: Example "
                "Journal\nRelated: more",
                "Example Journal",
            ),
        ),
        counterexamples=("The talks ended.\nPhoto credit: Jane Roe\nSource: Example Daily",),
    ),
    Context(
        id="paper-in-source-line",
        verdict=Verdict.DROP,
        screen=r"10\.\d",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        # The journal and its paper's DOI right after the label ("Quelle: Example Climate Journal
        # 10.1038/s41558-024-0199-1"): the study the story reports on, not a text it took.
        checks=(
            Check(Where.AFTER, r"\A(?:[^\n:]{0,40}?[ \t(,;]|[ \t,;]*doi:?[ \t]*)10\.\d{4,9}/", window=80),
        ),
        description="A source line naming a journal and the DOI of its paper: the study reported on.",
        examples=(
            (
                "Die Studie erscheint im April. Quelle: Example Climate Journal 10.1038/s41558-024-0199-1",
                "Example Climate Journal",
            ),
        ),
        counterexamples=(
            "Die Studie erscheint im April.\nQuelle: Example Zeitung, 10. April 2024",
            # (A study's DOI under its own label, after the news release the text came from.)
            "The bees lost their way. Source: Example University Original Study DOI: 10.1098/rspb.2024.0001",
        ),
    ),
    Context(
        id="source-line-between-paragraphs",
        verdict=Verdict.DROP,
        screen=r"\n",
        relations=(S,),
        methods=("text:source-line", "text:quelle-bare"),
        checks=_BETWEEN_PARAGRAPHS,
        description="A source line between two paragraphs of the story: the source of a figure the "
        "text no longer holds.",
        examples=(
            (
                "Prices of food rose by 7.3 percent in February compared with a year earlier.\nSource: "
                "Example Statistics Office\nEconomists expect inflation to slow in the second half of the year.",
                "Example Statistics Office",
            ),
        ),
        counterexamples=(
            "Prices rose again\nSource: Example Daily\nPrices of food rose by 7.3 percent in February, the office said.",
            "Prices of food rose by 7.3 percent in February compared with a year earlier.\nFonte: Example Giornale\n"
            "L'articolo Prezzi in aumento proviene da Example Blog.",
            "Prices of food rose by 7.3 percent in February compared with a year earlier.\nSource: Example Daily",
            "Analysts said the decision could attract investors back to the bonds.\nSource: Example Daily\n"
            "Related articles: Cedi depreciation: what next for importers?",
            "Ein Sprecher sagte, man sei gesprächsbereit.\nQuelle: Example TV\nÜber dieses Thema berichtete "
            "Example TV Aktuell am 3. April 2024 um 19:30 Uhr.",
            "Ghana, the second-largest producer, also faces a sharp drop in output.\nSource: Example TV\n"
            "DISCLAIMER: The views made by readers on this platform do not represent our policy.",
            "Prices of food rose by 7.3 percent in February compared with a year earlier.\nFonte: Example News, "
            "1 marzo 2020\nEconomists expect inflation to slow in the second half of the year.",
        ),
    ),
    Context(
        id="agency-source-line-under-figures",
        verdict=Verdict.DROP,
        screen=r"\d[ \t]?(?:%|percent|per[ \t]+cent|prozent|pc)\b",
        relations=(W,),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            *_BETWEEN_PARAGRAPHS,
            # An agency's name there, under a paragraph of figures ("... rose 2.7 percent in
            # March.\nSource: Bloomberg\nFutures traders now ..."): the source of the chart the
            # figures came with, not the agency's copy.
            Check(
                Where.BEFORE_LINES,
                r"\d[\d.,]*[ \t]?(?:%|percent|per[ \t]+cent|prozent|pc)\b[^\n]{0,280}\n[ \t]*\Z",
                window=300,
            ),
        ),
        description="A source line naming an agency between two paragraphs, under one of figures: the "
        "source of a chart the text no longer holds.",
        examples=(
            (
                "The index rose 2.7 percent in March, up from 2.5 percent in February, the data showed.\n"
                "Source: Bloomberg\nFutures traders now price in fewer cuts this year than in January.",
                "Bloomberg",
            ),
        ),
        counterexamples=(
            "The council approved the budget on Tuesday after a long debate among its members.\n"
            "Source: Reuters\nThe mayor said the plan would be reviewed next year.",
        ),
    ),
    Context(
        id="source-of-data",
        verdict=Verdict.DROP,
        screen=r"(?i)datos|data|daten|données|dados|dati",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # The source says it drew on another's figures: "Fuente: Example Data a partir de datos
            # del Ministerio", "Source: Example Analytics, based on data from ...".
            Check(
                Where.AFTER,
                r"\A[ \t,;]*(?:a\s+partir\s+de\s+(?:los\s+)?datos|based\s+on\s+(?:the\s+)?data|using\s+data|with\s+data"
                r"|con\s+datos|auf\s+(?:Basis|Grundlage)\s+(?:von\s+)?Daten|nach\s+Daten|d['’]après\s+(?:les\s+)?données"
                r"|sur\s+la\s+base\s+des?\s+données|com\s+(?:base\s+em\s+)?dados|su\s+dati|elaborazione\s+su\s+dati)\b",
                window=60,
            ),
        ),
        description="A source line that names the maker of figures drawn from another's data ('Fuente: "
        "Example Data a partir de datos del Ministerio'): a chart's source.",
        examples=(
            ("Los datos mejoran.\nFuente: Example Data, a partir de datos del Ministerio", "Example Data"),
            (
                "Jobs rose.\nSource: Example Analytics, based on data from the Example Office",
                "Example Analytics",
            ),
        ),
        counterexamples=("Los datos mejoran.\nFuente: Example Diario",),
    ),
    Context(
        id="tag-list",
        verdict=Verdict.DROP,
        # (RE2's "\b" is ASCII's: the words in other letters go without it.)
        screen=r"\b(?:tags?|tagged|keywords?|topics|t[óo]picos|schlagw|themen|etiquetas|mots-cl|argomenti|temas|tagi|štítky"
        r"|címkék|etichete|"
        + "|".join(w for w in _TAG_LABELS_MORE if w.isascii())
        + ")|"
        + "|".join(w for w in _TAG_LABELS_MORE if not w.isascii())
        + "|теги|метки",
        relations=(W, S),
        checks=(
            # The name stands among the words of a tags label's list, nothing but commas between.
            Check(
                Where.BEFORE,
                r"(?:\A|[|·•]\s*)(?:tags?(?:\s+cloud)?|tagged(?:\s+(?:with|in|as|under))?|keywords?|topics"
                r"|schlagw(?:ö|oe)rter|schlagworte|themen|etiquetas|mots-cl[ée]s|argomenti|temas|tagi|štítky|címkék"
                + "|"
                + "|".join(_TAG_LABELS_MORE)
                + r"|etichete|t[óo]picos|теги|метки)\s*:\s*(?:[^.!?:\n]{0,150}[,·•|]\s*)?\Z",
                window=200,
            ),
        ),
        description="A page's tags: 'Tagged: AP, APUSH, AP Exams', 'Tag cloud: AFP · AP Stylebook · Reuters'.",
        examples=(
            ("Students peer-review them in pairs.\nTagged: AP, APUSH, AP Exams, primary sources", "AP"),
            ("Af Mette Roe\n\nEmner: Medier, Ritzau, Lokalaviser", "Ritzau"),
        ),
        counterexamples=(
            "Tags: Politik, Haushalt\nBerlin (dpa) - Der Bundestag hat den Haushalt beschlossen.",
        ),
    ),
    Context(
        id="data-after-source",
        verdict=Verdict.DROP,
        screen=_DATA_WORDS + r"|\bnotes?\s*:",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # Or a chart's note right after it ("Source: Reuters. Note: Figures as of May 3").
            Check(
                Where.AFTER,
                # ("Data" is a date too: "Źródło: tvn24.pl Data publikacji: 14.03.2024".)
                r"\A[\s,;(/]*(?!data\s+(?:publikacji|aktualizacji|dodania|utworzenia|wydania|modyfikacji"
                r"|d[ae]\s+publica|di\s+pubblicazione)|data\s*:\s*\d|data\s+[^\W\d_]+\s*:)"
                + _DATA_WORDS
                + r"\b|\A\.?\s*notes?\s*:",
                window=40,
            ),
        ),
        description="'Source: Reuters calculations', 'Quelle: Eurostat, Daten von 2023', a source "
        "followed by a chart's note: the source of figures.",
        examples=(
            ("Imports fell 4.1 percent.\nSource: Reuters, calculations based on customs figures", "Reuters"),
            ("Imports fell 4.1 percent.\nSource: Reuters. Note: Figures as of May 3.", "Reuters"),
            (
                "Die Mieten stiegen.\nQuelle: Statistisches Bundesamt, eigene Berechnung",
                "Statistisches Bundesamt",
            ),
        ),
        counterexamples=(
            "Remont potrwa do kwietnia.\nŹródło: przyklad.pl Data publikacji: 14.03.2024",
            "Remont potrwa do kwietnia. Źródło: PAP Data utworzenia: 12 czerwca 2024, 09:41",
        ),
    ),
    Context(
        id="coverage-list",
        verdict=Verdict.DROP,
        screen=r"\b(?:and|\+)\s*\d+\s+(?:more|others)\b",
        relations=(W, S),
        methods=("text:source-line",),
        checks=(
            # The list goes on to a count of the rest: "Sources: The Hindu, Reuters, NDTV and 37 more".
            Check(Where.AFTER, r"\A[^\n]{0,200}?(?:\band|\+)[ \t]*\d+[ \t]+(?:more|others)\b", window=220),
        ),
        description="A news aggregator's list of the outlets that covered a story ('Sources: The "
        "Hindu, Reuters, NDTV and 37 more'): who else reported it, not where this text came from.",
        examples=(
            (
                "Coverage Details\nSources: The Hindu, Reuters, NDTV and 37 more\nRead Full Articles",
                "Reuters",
            ),
        ),
        counterexamples=("The council met.\nSources: Reuters, AP\n37 more stories",),
    ),
    Context(
        id="statistics-office",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare", "text:source-dash-label", "text:from-outlet-colon"),
        # A statistics office is the source of figures, not of a story: "Fonte: Istat", "Source:
        # Uganda Bureau of Statistics", "Quelle: Destatis"; so is the release a blog quotes from it
        # ("From the Census Bureau: Sales of new single-family houses ...").
        checks=(
            Check(
                Where.NAME,
                r"\b(?:statisti\w*|istat|insee|destatis|eurostat|ibge|inegi|indec|census\s+bureau|estad[íi]stic\w*"
                r"|estat[íi]stic\w*|statistique\w*|statystyczn\w*|статистик\w*|статистичн\w*|tilastokeskus"
                # Their short names: Spain's, Portugal's and Chile's INE, the UK's ONS, Poland's GUS,
                # Czechia's ČSÚ, Turkey's TÜİK, Greece's ELSTAT, Hungary's KSH, South Tyrol's ASTAT,
                # Russia's Rosstat, and their words in other languages.
                r"|urz[aą]d\w*\s+statystyczn\w*|gus|rosstat|росстат\w*|čsú|tüik|türkstat|elstat|ksh|astat"
                r"|нсі|нси|білстат|держстат\w*|белстат\w*|bureau\s+of\s+labor\s+statistics"
                # Spain's regional offices: Catalonia's Idescat, the Basque Country's Eustat,
                # Andalusia's IECA.
                r"|idescat|eustat|ieca"
                # Canada's, New Zealand's and Australia's offices by their short names.
                r"|statcan|stats\s+nz|(?-i:ABS)"
                # And the Nordic offices' short names: Sweden's SCB, Norway's SSB (the Dutch CBS is
                # also a broadcaster's name: "statistics-office-cbs").
                r"|(?-i:SCB|SSB)"
                # Latvia's CSP, Croatia's DZS, Serbia's RZS, Bulgaria's NSI, Romania's INS, Slovenia's SURS.
                r"|(?-i:CSP|DZS|RZS|NSI|INS|SURS)"
                # Argentina's INDEC, Colombia's DANE, Peru's INEI, Venezuela's INE, Brazil's IPEA.
                r"|(?-i:INE|ONS|INDEC|DANE|INEI|IPEA)"
                # Switzerland's office by its short names in French, German and Italian (OFS, BFS,
                # UST), Ireland's CSO, Luxembourg's STATEC, Belgium's Statbel.
                r"|(?-i:OFS|BFS|UST|CSO|STATEC)|statbel)(?!\w)",
            ),
        ),
        description="A statistics office named as a source ('Fonte: Istat', 'Source: Uganda Bureau of "
        "Statistics'): the source of figures, not of the story.",
        examples=(
            (
                "New home sales fell in April.\nFrom the Census Bureau: Sales of new single-family houses were at a rate of 634,000.",
                "Census Bureau",
            ),
            ("Il tasso resta stabile al 7,2%.\nFonte: Istat\nLeggi anche: Bonus", "Istat"),
            ("Growth slowed.\nSource: Example Bureau of Statistics", "Example Bureau of Statistics"),
            ("Ceny mieszkań wzrosły o 14 procent.\nŹródło: GUS, opracowanie Przykład.pl", "GUS"),
            ("Інфляція прискорилася до 15,1%. Джерело: Держстат Деталі: ціни зросли", "Держстат"),
            ("Places de parc au centre-ville, 2015-2023.\nSource : OFS, Ville de Genève", "OFS"),
        ),
        counterexamples=("The council met on Monday.\nSource: Example Weekly",),
    ),
    Context(
        id="statistics-office-cbs",
        verdict=Verdict.DROP,
        screen=r"bron",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare", "text:source-dash-label"),
        # The Netherlands' statistics office, "CBS", after the Dutch label: not the broadcaster of
        # that name ("Bron: CBS").
        checks=(
            Check(Where.NAME, r"\ACBS\Z", case_sensitive=True),
            Check(Where.EVIDENCE, r"\A\W*[Bb]ron\s*:\s*CBS\b", window=40, case_sensitive=True),
        ),
        description="'Bron: CBS' in Dutch copy: the statistics office's figures, not the broadcaster's.",
        examples=(("Het aantal woningzoekenden is sterk gestegen. Bron: CBS", "CBS"),),
        counterexamples=("The network aired the interview.\nSource: CBS",),
    ),
    Context(
        id="market-data-source",
        verdict=Verdict.DROP,
        screen=r"quote|market\s+data|delayed|prices|index\s+data",
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare"),
        checks=(
            # Before the label (the name itself may be a firm's: "Example Market Data").
            Check(
                Where.BEFORE_LINES,
                r"\b(?:quotes?\s+(?:are\s+)?delayed|delayed\s+(?:by\s+)?(?:at\s+least\s+)?\d+\s+min|market\s+data"
                r"|(?:real-?time|stock|share|index)\s+(?:quotes|prices|data)|kursdaten|börsendaten|cotizaciones)\b",
                window=150,
            ),
        ),
        description="The provider of a page's stock quotes ('Quotes delayed 15 minutes. Source: ...'): "
        "the source of figures, not of the text.",
        examples=(
            (
                "All quotes delayed a minimum of 15 minutes. Source: Example Quote Service",
                "Example Quote Service",
            ),
        ),
        counterexamples=("The council met on Monday to discuss the budget.\nSource: Example Quote Service",),
    ),
    # ---------------------------------------------------------------- funding, claims, boilerplate
    Context(
        id="funding-source",
        verdict=Verdict.DROP,
        screen=r"fund|financ|grant|sponsor|underwrit|förder|finanzi",
        relations=(W, S),
        methods=("text:source-line", "text:courtesy-of"),
        checks=(
            Check(
                Where.SENTENCE,
                r"\b(?:funding|funded|financing|grants?|sponsor(?:ship|ed)?|underwriting|förder\w*"
                r"|finanzierung\w*|financiación|financement|finanziamento)\b[^\n]{0,60}\Z",
                window=80,
            ),
        ),
        description="Who paid for the work ('Primary Funding Source:', 'funding courtesy of'), "
        "not where the text came from.",
        examples=(
            (
                "Results may not generalise. Primary Funding Source: Example Institute of Health.",
                "Example Institute of Health",
            ),
            ("Funding for this series courtesy of the Example Foundation.", "Example Foundation"),
        ),
        counterexamples=("The council met on Monday.\nSource: Example Institute of Health",),
    ),
    Context(
        id="fact-check-marker",
        verdict=Verdict.DROP,
        screen=r"(?:claim|verdict|rating|check(?:ed)?|faktencheck|behauptung|bewertung|afirmación|veredicto"
        r"|calificación|affirmation|verdetto|verifica|утверждение|вердикт|твердження)\s*:",
        relations=(W, S),
        methods=("text:source-line",),
        checks=(
            Check(
                Where.LABELS,
                r"\b(?:claim|verdict|rating|fact[- ]?check(?:ed)?|faktencheck|behauptung|bewertung"
                r"|afirmación|veredicto|calificación|affirmation|verdetto|verifica|утверждение|вердикт|твердження)\s*$",
                window=SCREEN_WINDOW,
            ),
        ),
        description="A fact-check's 'Source:' names where the checked claim came from.",
        examples=(
            (
                "Claim: The dam was built in 1920.\nSource: Example Party website\nVerdict: False",
                "Example Party",
            ),
        ),
    ),
    Context(
        id="citation-in-reference-list",
        verdict=Verdict.DROP,
        screen=r"[”\"»“]",
        relations=(W, S),
        methods=("text:source-line",),
        checks=(
            # A source line that goes on with the quoted title of what it cites, under another
            # citation (a title in quotes and its year): an entry of a fact-check's or a paper's
            # references ('Doe, Jane. “Experts: No evidence.” Example Press. 19 Jan 2023.\nSource:
            # Example Agency. “Agency says no link.” 25 Jan 2023.'), not a credit of the text.
            Check(Where.AFTER, r"\A[.,:]?[ \t]*[“\"„«][^”\"“»\n]{8,}[”\"“»]", window=200),
            Check(
                Where.BEFORE_LINES,
                r"[“\"„«][^”\"“»\n]{8,}[”\"“»][^\n]{0,80}\b(?:19|20)\d\d\.?[ \t]*\n[ \t]*\Z",
                window=300,
            ),
        ),
        description="A source line in a list of references, the title it cites in quotes after the "
        "name: the source of a claim, not of the text.",
        examples=(
            (
                "Roe, Jane. “Experts: No evidence that the work harms whales.” Example Press. 19 Jan 2023.\n"
                "Source: Example Agency. “Agency says no link between the two.” 25 Jan 2023.",
                "Example Agency",
            ),
        ),
        counterexamples=(
            "The council met on Tuesday, the mayor said on 3 May 2023.\nSource: Example Daily “The council meets”",
        ),
    ),
    Context(
        id="quoted-claim-source",
        verdict=Verdict.DROP,
        screen=r"[”\"»“]",
        relations=(W, S),
        methods=("text:source-line",),
        checks=(
            Check(Where.BEFORE, r"[”\"»“]\s*\Z", window=4),
            Check(Where.AFTER, r"\A\s*[,(–—-]\s*" + PAGE_DATE, window=40),
        ),
        description="'\"...\" Source: <speaker>, <date>': the source of a quoted claim, with the "
        "day it was made.",
        examples=(
            (
                "“The border crossing is closed to all traffic.” Source: Example Defence Ministry, "
                "March 3, 2021",
                "Example Defence Ministry",
            ),
        ),
        counterexamples=("He said: “We will build it.”\nSource: Example Daily",),
    ),
    Context(
        id="footer-copyright-notice",
        verdict=Verdict.DROP,
        screen=r"\b(?:articles?|content|materials?|stories|items|texts?|dispatches|meldungen|artikel|inhalte"
        r"|beiträge|dépêches|contenus?|artículos|contenidos|noticias|portions|parts|some)\b",
        relations=(W,),
        methods=("text:agency-copyright",),
        checks=(
            Check(
                Where.BEFORE,
                # "<Agency> articles: Copyright ...", "Artikel der dpa: ©", "Dépêches de l'AFP : ©"
                r"\b(?:articles?|content|materials?|stories|items|texts?|dispatches|meldungen|artikel"
                r"|inhalte|beiträge|dépêches|contenus?|artículos|contenidos|noticias)\b[^\n:.]{0,40}:"
                r"\s*(?:copyright\s*)?\Z"
                # "Reuters content is © Thomson Reuters", "AP articles are copyright ..."
                r"|\b(?:articles?|content|materials?|stories|dispatches)\s+(?:is|are)\s+(?:copyright\s*)?\Z"
                r"|\b(?:portions|parts\s+of\s+this\s+(?:site|page)|some\s+(?:content|material|articles))\b"
                r"[^\n]{0,30}\Z",
                window=60,
            ),
        ),
        description="A site-wide notice about the agency's articles ('<Agency> articles: "
        "Copyright ...'), not a statement about this one.",
        examples=(
            (
                "Example Daily is a trademark of Example Media. Example Press articles: "
                "Copyright © 2015 Reuters. All rights reserved.",
                "Reuters",
            ),
            ("Artikel der Deutschen Presse-Agentur: Copyright © 2024 dpa", "dpa"),
            (
                "Content on this site is © 2024 Example Media. Reuters content is © Thomson Reuters.",
                "Thomson Reuters",
            ),
            (
                "Copyright © 2024 Example Daily. Some content © 2024 The Associated Press.",
                "The Associated Press",
            ),
        ),
        counterexamples=(
            "The vote is on Friday.\nCopyright 2019 The Associated Press. All rights reserved.",
            "Der Artikel endet hier.\n© 2024 dpa",
        ),
    ),
    Context(
        id="licence-boilerplate",
        verdict=Verdict.DROP,
        screen=r"copyright|propert(?:y|ies)|licen[cs]e|trademark|rights\s+reserved",
        relations=(R,),
        checks=(
            Check(
                Where.AFTER,
                r"\A[^.!?\n]{0,160}?\b(?:copyright\s+propert|propert(?:y|ies)\s+of|are\s+(?:the\s+)?copyright"
                r"|under\s+licen[cs]e\s+from|trademarks?\s+of|all\s+rights\s+reserved)",
                window=200,
            ),
        ),
        description="Licence text about what may be published where ('items originally published "
        "in the X edition are the copyright property of ...'): about the site, not this text.",
        examples=(
            (
                "Stories in this edition that were originally published in Example Weekly are "
                "the copyright property of Example Media.",
                "Example Weekly",
            ),
        ),
        counterexamples=("This article was originally published by Example Weekly. All rights reserved.",),
    ),
    Context(
        id="plural-subject",
        verdict=Verdict.DROP,
        screen=r"\b(?:items|articles|stories|contents?|materials|posts|pieces|features|columns|texts)\b",
        relations=(R,),
        methods=(
            "text:originally-published",
            "text:first-appeared",
            "text:syndicated-from",
            "text:republished-from",
            "text:reprinted-from",
        ),
        checks=(
            Check(
                Where.SENTENCE,
                # "This content was first published by X" is about this text: no class of them. Nor is
                # "Content syndicated from X": content is a class only with a word that counts it
                # ("Some content on this site", "All content").
                r"\A\W*(?!this\b)(?:(?:\w+\s+){0,2}(?:items|articles|stories|materials|posts|pieces|features"
                r"|columns|texts|contents)|(?:\w+\s+)?(?:some|all|most|much|any|other|certain|selected|partner)"
                r"\s+(?:[\w-]+\s+)?content)\b[^\n]{0,120}\Z",
                window=200,
            ),
        ),
        description="A rule about a class of articles ('Items ... that were originally published "
        "in ...'), not a statement about this one.",
        examples=(
            (
                "Articles that were originally published in Example Weekly are shared under its licence.",
                "Example Weekly",
            ),
            ("Some stories on this site are syndicated from Example Wire.", "Example Wire"),
            ("Some content on this site is syndicated from Example Wire.", "Example Wire"),
        ),
        counterexamples=(
            "Parts of this originally appeared in Example Weekly.",
            "This content was first published by Example Weekly.",
            "Content syndicated from Example Weekly under a Creative Commons license.",
        ),
    ),
    Context(
        id="published-elsewhere-in-passing",
        verdict=Verdict.DROP,
        relations=(R,),
        methods=(
            "text:originally-published",
            "text:first-appeared",
            "text:this-article-was-originally-published",
            "text:this-article-was-posted-by",
            "text:this-article-was-published-at",
            "text:this-story-was-originally-reported",
        ),
        checks=(
            # The subject is another thing than this text ("The report", "It", "His column"), not
            # "this", "the following" or "a version of this" ...
            Check(Where.SENTENCE, r"\A\W{0,3}(?:the|an?|his|her|their|its|our|it|that)\b", window=200),
            Check(Where.SENTENCE, r"\b(?:this|these|following|below|above|here)\b", window=200, negate=True),
            # ... and the story goes on: the sentence runs on or another sentence of prose follows
            # on the line (not a page's furniture: "Share this: Facebook"), ...
            Check(
                Where.AFTER,
                r"\A[^\n]{0,200}?[.!?]\s+[A-Z][a-z'’]*(?:\s+[a-z][a-z'’]*){3}|\A,\s+[a-z]+\s+[a-z]+",
                window=300,
                case_sensitive=True,
            ),
            # ... and says nothing of this text's republication.
            Check(
                Where.AFTER,
                # (Nor Medium's footer: "X was originally published in Y on Medium, where people are
                # continuing the conversation ...".)
                r"\A[^.!?\n]{0,80}\b(?:re-?published|reprinted|reproduced|permission|licen[cs]e|here|shared\s+with"
                r"|continuing\s+the\s+conversation)\b",
                window=100,
                negate=True,
            ),
        ),
        description="A report, a study or a claim said to have appeared first elsewhere, in the "
        "middle of the story ('The report was first published by Reuters on Monday. ...'): where "
        "the news came from, not where this text did.",
        examples=(
            (
                "The report was first published by Reuters on Monday. The council met on Tuesday to vote.",
                "Reuters",
            ),
            (
                "His column, originally published in Example Weekly, was widely shared. Critics said it was wrong.",
                "Example Weekly",
            ),
        ),
        counterexamples=(
            "This story was first published by Example Weekly. Sign up for our newsletter here.",
            "The article was originally published by Example Weekly and is republished here with permission.",
            "It was first published by Example Weekly.",
            "The following article was originally published by Example Weekly. The council met on Tuesday.",
            "The Quiet Example was originally published in Example Mag on Medium, where people are continuing the "
            "conversation by highlighting and responding to this story.",
        ),
    ),
    Context(
        id="another-work-first-published",
        verdict=Verdict.DROP,
        relations=(R,),
        # Tried only where a work's noun stands near (most credits have none).
        screen=_OTHER_WORKS,
        checks=(
            # The sentence's subject is a work of another kind (a study, a paper, findings, a novel, a
            # book, a law, a series, a video): "The findings, originally published in Nature, were
            # presented ...", "Une étude initialement publiée dans The Lancet ...", "Der Roman,
            # ursprünglich 1961 im Example Verlag erschienen, ...", "La norma, publicada por primera
            # vez en el BOE ...", "Posłowie ukazało się wcześniej w ...". Not this text ("This study
            # was first published by ...").
            Check(
                Where.SENTENCE,
                r"\A\W{0,3}(?:(?:the|an?|his|her|their|its|der|die|das|ein|eine|sein|seine|ihr|ihre|le|la|les|l['’]|une?"
                r"|son|sa|ses|el|los|las|il|lo|gli|o|os|as|um|uma|two|three|some|zwei|drei|einige|deux|trois|quelques"
                r"|dos|tres|algunos|algunas|dois|três|due|tre|alcuni|alcune)\s*(?-i:(?:[a-zß-ÿ-]+\s+){0,2}?"
                + _OTHER_WORKS
                # (Or the work's noun opening the sentence, as a language without articles writes it.)
                + r")|(?=(?-i:[A-ZÀ-ÞŁŚŻŹĆ]))"
                + _OTHER_WORKS
                + r")\b",
                window=200,
            ),
        ),
        description="A study, a paper, findings or a book said to have been first published "
        "somewhere ('The findings, originally published in Nature in March, were presented ...'): "
        "where that work appeared, not where this text did.",
        examples=(
            (
                "Obesity is rising.\nThe findings, originally published in Example Journal in March, were "
                "presented on Friday.",
                "Example Journal",
            ),
            (
                "La dengue progresse.\nUne étude initialement publiée dans The Lancet Planetary Health estime que la saison s’allonge.",
                "The Lancet",
            ),
        ),
        counterexamples=(
            "This study was originally published by Example Weekly.",
            "The post Research shows gains first appeared on Example News.",
            "The council met.\nThis story was originally published by Example Weekly.",
        ),
    ),
    Context(
        id="another-work-just-before",
        verdict=Verdict.DROP,
        relations=(R,),
        screen=_OTHER_WORKS,
        checks=(
            # The work's noun right before the words of first publication, whatever the sentence's
            # subject: "... autora principal del estudio, publicado por primera vez en la revista X",
            # "the novel, first published by Example Books in 1950".
            Check(
                Where.BEFORE,
                r"\b(?-i:"
                + _OTHER_WORKS
                + r")[ \t]*,?[ \t]*(?:(?:que|which|that|qui|che|der|die|das|który|która|które)[ \t]+)?"
                r"(?:(?:fue|fueron|foi|foram|was|were|a[ \t]+été|ont[ \t]+été|est|sont|è[ \t]+stat[oa]|sono[ \t]+stat[ie]"
                r"|wurde|wurden|ha[ \t]+sido|han[ \t]+sido|furono|został[aoy]?)[ \t]+)?\Z",
                window=60,
            ),
            # Not this work: "This study was first published by Example Weekly."
            Check(
                Where.BEFORE,
                r"\b(?:this|these|este|esta|estos|estas|cet|cette|ce|ces|questo|questa|dieser|diese|dieses|dit|deze"
                r"|ten|ta|to|our|nuestro|nuestra|notre|nostro|nostra|unser|unsere)[ \t]+(?:\w+[ \t]+)?"
                + _OTHER_WORKS
                + r"[^\n]{0,30}\Z",
                window=60,
                negate=True,
            ),
        ),
        description="A work of another kind named right before the words of its first publication "
        "('... del estudio, publicado por primera vez en la revista X'): where that work appeared.",
        examples=(
            (
                "Los pulpos sueñan, dijo la autora del estudio, publicado por primera vez en la revista Example "
                "Science. Los científicos midieron",
                "Example Science",
            ),
        ),
        counterexamples=(
            "This study was originally published by Example Weekly.",
            "Este estudio fue publicado originalmente en Example Diario.",
        ),
    ),
    Context(
        id="post-signature",
        verdict=Verdict.DROP,
        screen=r"\(@",
        relations=(W, S),
        checks=(
            # "— Reuters (@Reuters) May 3, 2024": the name and handle of whoever wrote the post.
            # "— AP Politics (@AP_Politics)": the name may run on before the handle.
            Check(Where.AFTER, r"\A[^\n()]{0,40}\(@\w{1,30}\)", window=80),
        ),
        description="The signature of a post embedded in the page (a name and its handle): the "
        "post is the agency's, not the text around it.",
        examples=(
            (
                "The vote was close.\nBudget passes after a long night pic.twitter.com/x\n"
                "— Reuters (@Reuters) May 3, 2024\nThe mayor spoke later.",
                "Reuters",
            ),
            ("Budget approved\n— AP Politics (@AP_Politics) May 3, 2024\nThe mayor spoke.", "AP"),
        ),
        counterexamples=("The talks ended without a deal. — AFP\nFollow us on X (@example).",),
    ),
    Context(
        id="teaser-between-snippets",
        verdict=Verdict.DROP,
        screen=r"\.\.\.|…",
        relations=(W, S),
        checks=(
            # A list of other stories: cut-off teasers before and after, each "...".
            Check(Where.BEFORE_LINES, r"\w(?:\.\.\.|…)[ \t]+[A-Z]", window=250, case_sensitive=True),
            Check(Where.AFTER, r"\w(?:\.\.\.|…)(?:[ \t]+[A-Z]|[ \t]*\Z)", window=300, case_sensitive=True),
        ),
        description="A dateline or byline in the teaser of another story, between cut-off snippets.",
        examples=(
            (
                "the court upheld the tough new... Churches Lose Fight By Jane Doe Religion News Service "
                "HUNTSVILLE, Ala. (RNS) A federal judge jolted the debate on Wednesday by approving most parts... "
                "Police To Enforce Provisions",
                "Religion News Service",
            ),
        ),
        counterexamples=(
            "WELLINGTON (Reuters) - China rejected the claims, saying they stemmed from a Cold War mentality [...]",
        ),
    ),
    Context(
        id="social-post-source",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare", "text:source-dash-label"),
        screen="@",
        # A post embedded in the story, credited to its account ("Quelle: X/@examplepolice",
        # "Source: Twitter/@jane_roe"): where a quoted post came from, not the text.
        checks=(
            Check(
                Where.EVIDENCE,
                r"\b(?:x|twitter|facebook|instagram|telegram|tiktok|youtube|threads|bluesky|mastodon|vk|weibo)"
                r"[ \t]*(?:/|\(|[ \t])[ \t]*@[\w.]",
            ),
        ),
        description="A social network's account named as a source ('Quelle: X/@examplepolice'): the "
        "source of a quoted post, not a publisher.",
        examples=(
            ("Bitte meiden Sie die Gegend.\nQuelle: X/@examplepolizei\n\nAm Abend kam die Entwarnung.", "X"),
            ("The crowd gathered outside.\nSource: Twitter/@jane_roe", "Twitter"),
        ),
        counterexamples=("The crowd gathered outside.\nSource: Example News @examplenews",),
    ),
    Context(
        id="social-platform-as-source",
        verdict=Verdict.DROP,
        relations=(S,),
        checks=(
            # A social network named as the source: "Source: X" under an embedded post, "Quelle:
            # Instagram" under a picture from an account. Where a post came from, not a publisher.
            Check(
                Where.NAME,
                r"\A(?:X|Twitter|Facebook|Instagram|TikTok|YouTube|Telegram|Bluesky|Threads|Reddit|LinkedIn|WhatsApp"
                r"|VK|VKontakte|Weibo|Snapchat|Pinterest)\.?\Z",
                case_sensitive=True,
            ),
        ),
        description="A social network named as a source: where an embedded post came from.",
        # (Or the notice of an embedded post: "Allow X content? This article contains content provided by X.")
        examples=(
            ("The minister posted a statement on Monday.\nSource: X\nThe talks resume.", "X"),
            ("Allow X content? This article contains content provided by X.\nThe talks resume.", "X."),
        ),
        counterexamples=(
            "The minister posted a statement on Monday.\nSource: Example Daily\nThe talks resume.",
        ),
    ),
    Context(
        id="code-repository-source",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare", "text:source-dash-label"),
        # A code host named or linked as a source under a programmer's post ("Source:
        # github.com/jane/demo"): where the code is, not who published the text.
        checks=(
            Check(
                Where.NAME,
                r"\A(?:https?://)?(?:www\.)?(?:github|gitlab|bitbucket|codeberg|sourceforge|sr\.ht|git\.sr\.ht)\b",
            ),
        ),
        description="A code host named as a source ('Source: github.com/jane/demo'): where the code is, "
        "not a publisher.",
        examples=(
            (
                "In this post I walk through the flame graph and the fix.\nSource: github.com/janeroe/profiling-demo",
                "github.com/janeroe/profiling-demo",
            ),
        ),
        counterexamples=("In this post I walk through the flame graph.\nSource: Example Dev Weekly",),
    ),
    Context(
        id="government-body",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=(
            "text:source-line",
            "text:quelle-bare",
            "text:source-dash-label",
            "text:courtesy-of",
            "text:con-informacion-de",
        ),
        # A ministry or a government named as a source: of the figures or the statement the text
        # reports ("Source: Ministry of Health", "Источник: Минздрав России"), not a publisher.
        checks=(
            Check(
                Where.NAME,
                r"\b(?:ministry|ministries|ministerio|minist[èe]re|ministero|minist[ée]rio|\w*ministerium|ministerstw\w*"
                r"|министерств\w*|міністерств\w*|мин(?:здрав|обороны|фин|юст|труд|энерго|транс|цифры|природы|сельхоз"
                r"|промторг|просвещения|обрнауки|экономразвития)\w*|мінфін\w*|моз"
                # (A department by its whole name: "Maine Department of Marine Resources".)
                r"|department\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?:(?:and|of|for|&)\s+)?(?-i:[A-Z][\w'’-]*))*"
                r"|government\s+of|regierung|gobierno\s+de|gouvernement"
                # Germany's federal and state offices ("Quelle: Kraftfahrt-Bundesamt", "Quelle:
                # Bundesagentur für Arbeit").
                r"|[\w-]*bundesamt|[\w-]*landesamt|bundesanstalt|bundesagentur|bundesnetzagentur"
                # A national weather service, the source of a forecast's figures ("Source: Met
                # Office", "Quelle: DWD").
                r"|met\s+office|national\s+weather\s+service|deutsche[rn]?\s+wetterdienst(?:es)?|dwd|m[ée]t[ée]o-france"
                r"|aemet|meteoswiss|meteoschweiz|geosphere\s+austria|zamg|knmi|smhi|bureau\s+of\s+meteorology"
                # And its centres' maps and cones ("Source: National Hurricane Center").
                r"|national\s+hurricane\s+center|storm\s+prediction\s+center|weather\s+prediction\s+center"
                # And the services that measure earthquakes and the weather elsewhere, the source of a
                # quake's or a storm's figures ("Sumber: BMKG", "Source: USGS", "Kaynak: AFAD").
                r"|\w*meteorolog\w*|geological\s+survey|usgs|bmkg|imgw|pagasa|afad|kandilli(?:\s+rasathanesi)?|emsc|気象庁"
                r"|observatory|observatorium|observatoire|osservatorio|observatorio|rasathanesi"
                # A press release or the police ("Verwendete Quellen: Pressemitteilung der Polizei Köln").
                r"|pressemitteilung|press\s+release|communiqu[ée]|comunicado|polizei\w*|police(?:\s+(?:department|service|force))?"
                # (A press conference, where a statement was made: "Quellen: Pressekonferenz des DFB".)
                r"|pressekonferenz|press\s+conference|conf[ée]rence\s+de\s+presse|rueda\s+de\s+prensa|conferenza\s+stampa"
                r"|coletiva\s+de\s+imprensa"
                r"|staatsanwaltschaft|fiscal[ií]a|procuradur[ií]a|prefeitura|ayuntamiento|polic[ií]a"
                # The army's staff and a press service ("Джерело: Генштаб ЗСУ", "Источник: пресс-служба").
                r"|генштаб\w*|пресс-служб\w*|прес-служб\w*"
                # The fire brigade and the other emergency services, as the police ("Quelle:
                # Feuerwehr Essen", "Source: Martin County Sheriff's Office").
                r"|\w*feuerwehr\w*|fire\s+(?:department|service|brigade|rescue)|sheriff\w*|rettungsdienst"
                r"|bomberos|pompiers|sapeurs-pompiers|vigili\s+del\s+fuoco|bombeiros|carabinieri|guardia\s+civil"
                r"|gendarmerie"
                # The armed forces ("Source: Ukraine's Air Force on Telegram", "Quelle: Bundeswehr").
                r"|air\s+force|armed\s+forces|army|navy|general\s+staff|military|defen[cs]e\s+forces"
                r"|(?:national|border|coast)\s+guard|bundeswehr|streitkr[äa]fte|ej[ée]rcito|fuerzas\s+armadas"
                r"|arm[ée]e|forces\s+arm[ée]es|esercito|forze\s+armate|ex[ée]rcito|for[çc]as\s+armadas|marinha"
                r"|повітрян\w+\s+сил\w*|зсу|всу|вмс"
                # A parliament or a council, the source of an answer or a decision ("Quelle:
                # Südtiroler Landtag, Antwort auf die Anfrage", "Source: Example City Council").
                r"|\w*landtag\w*|bundestag\w*|bundesrat\w*|nationalrat\w*|parliament|parlament\w*|senate|congress"
                r"|(?:city|county|town|district|borough|parish|regional)\s+council|gemeinderat\w*|stadtrat\w*"
                r"|stadtverwaltung|landratsamt|rathaus"
                # The United States' federal agencies of figures and health ("Sources: Centers for
                # Disease Control and Prevention").
                r"|centers?\s+for\s+disease\s+control(?:\s+and\s+prevention)?|national\s+institutes?\s+of\s+health"
                r"|food\s+and\s+drug\s+administration"
                # Central banks, the sources of a chart's figures ("Fuente: Banco Central de Chile").
                # (Statistics offices are the context statistics-office's.)
                r"|banco\s+central|central\s+bank|reserve\s+bank|bundesbank|banque\s+de\s+france|banca\s+d['’]italia"
                r"|banco\s+de\s+españa|bank\s+of\s+(?:england|japan|canada|korea)|federal\s+reserve"
                # In Arabic, Persian and Hindi: a ministry, a government, the police, a
                # municipality ("المصدر: وزارة المالية", "منبع: وزارت بهداشت", "स्रोत: स्वास्थ्य मंत्रालय").
                r"|(?:ال)?وزارة|وزارت|(?:ال)?حكومة|دولت|(?:ال)?شرطة|پلیس|(?:ال)?بلدية|شهرداری|فرمانداری|استانداری"
                r"|मंत्रालय|सरकार|पुलिस"
                # A bank or a stock exchange, the source of a rate's or a share's figures ("Source:
                # Bangladesh Bank", "Source: Bursa Malaysia").
                r"|bank|bursa|stock\s+exchange)\b"
                # (A name that goes on in capitals is another's: "Example Ministry Watch", "Army
                # Times"; and a site's address: "Military.com". Not an article that opens the next
                # sentence where the page's lines ran together: "Source: Bureau of Meteorology The
                # SES has ...".)
                r"(?!\s+(?-i:(?!The\b|A\b|An\b|Der\b|Die\b|Das\b|Le\b|La\b|El\b)[A-Z])|\.\w)"
                # The police of a place: "Polizei Köln", "Polizeipräsidium Example".
                # (And a warning service of a place: "Quelle: Lawinenwarndienst Bayern".)
                r"|\A(?:polizei\w*|staatsanwaltschaft|police\s+(?:department|service)|\w*feuerwehr\w*|bomberos|pompiers"
                r"|\w*warndienst\w*)\b"
                # A government's office, whose name goes on ("Source: Office for Budget Responsibility");
                # in Vietnamese a ministry or a department ("Nguồn: Bộ Công Thương", "Tổng cục Thống kê").
                r"|\A(?:bộ|tổng\s+cục|cục|sở|ngân\s+hàng\s+nhà\s+nước)\s"
                # In Thai a department, a ministry or an office ("ที่มา: กรมควบคุมโรค"), in Khmer a
                # ministry ("ប្រភព៖ ក្រសួងសុខាភិបាល"); in Bengali
                # an office, a directorate or a ministry ("সূত্র: জেলা মৎস্য অফিস").
                r"|\A(?:กรม|กระทรวง|สำนักงาน|ក្រសួង)|(?:অফিস|অধিদপ্তর|মন্ত্রণালয়)\Z"
                r"|\boffice\s+(?:for|of)\b|\b(?:cabinet|home|foreign|prime\s+minister['’]s|president['’]s|governor['’]s"
                r"|mayor['’]s)\s+office\b"
                # A ministry, a bureau, an office or a government in Chinese, Japanese and Korean, by
                # the word that ends its name ("来源：国家统计局", "資料來源：內政部戶政司", "出典：総務省",
                # "출처: 통계청", "한국은행"); not a company's ("英國廣播公司").
                r"|(?:[部局署厅廳处處省庁府]|(?<!公)司|委员会|委員會|政府|银行|銀行|[청처]|[가-힣]부|위원회|은행|부동산원)\Z",
            ),
        ),
        description="A ministry, a government, the police or a press release named as a source "
        "('Source: Ministry of Health', 'Источник: Минздрав России'): the source of figures or a statement, "
        "not a publisher.",
        examples=(
            ("There were 412 cases in March.\n\nSource: Ministry of Health", "Ministry of Health"),
            (
                "Landings fell for a third year.\nSource: Example Department of Marine Resources",
                "Example Department of Marine Resources",
            ),
            ("За минулу добу відбулося 84 бойові зіткнення. Джерело: Генштаб ЗСУ Поділитися", "Генштаб ЗСУ"),
            (
                "Die Polizei ermittelt.\nVerwendete Quellen: Pressemitteilung der Polizei Köln",
                "Polizei Köln",
            ),
            (
                "Eleven drones were downed overnight.\nSource: Ukraine's Air Force on Telegram",
                "Ukraine's Air Force",
            ),
            ("Die Polizei hat die Ermittlungen aufgenommen.\nQuelle: Feuerwehr Essen", "Feuerwehr Essen"),
            (
                "Die Lawinengefahr bleibt erheblich.\nQuelle: Lawinenwarndienst Beispiel",
                "Lawinenwarndienst Beispiel",
            ),
            (
                "Gempa bermagnitudo 5,1 mengguncang Maluku pada Selasa pagi.\nSumber: BMKG\nBelum ada laporan.",
                "BMKG",
            ),
            ("ارتفعت الميزانية بنسبة 4 في المئة. المصدر: وزارة المالية", "وزارة المالية"),
            (
                "The forecast cone for the storm as of 11 a.m. Tuesday. Source: National Hurricane Center TAMPA, Fla. — ",
                "National Hurricane Center",
            ),
            (
                "Die Notaufnahme ist überlastet. Quelle: Beispieler Landtag, Antwort auf die Anfrage Nr. 412/24",
                "Beispieler Landtag",
            ),
            (
                "Im Februar wurden 27.500 Elektroautos zugelassen.\nQuelle: Kraftfahrt-Bundesamt",
                "Kraftfahrt-Bundesamt",
            ),
            (
                "Police work the scene outside a bank. Courtesy of Example Police Department",
                "Example Police Department",
            ),
            (
                "Am Dienstag 12 bis 18 Grad, am Mittwoch 14 bis 20 Grad.\nQuelle: Deutscher Wetterdienst",
                "Deutscher Wetterdienst",
            ),
            ("Sunday: Cloudy with sleet turning to snow later. Max 2C.\nSource: Met Office", "Met Office"),
            (
                "Borrowing will fall to 3.1% of GDP.\nSource: Office for Budget Responsibility",
                "Office for Budget Responsibility",
            ),
            (
                "Reserves stood at $20.1 billion. Source: Example Bank Related topic: inflation",
                "Example Bank",
            ),
            ("Xuất khẩu gạo tăng mạnh. Nguồn: Bộ Công Thương", "Bộ Công Thương"),
            ("2023年出生数再创新低。资料来源：示例省统计局", "示例省统计局"),
            ("2월 수출은 4.8% 늘었다. 출처: 통계청", "통계청"),
            ("ผู้ป่วยเพิ่มขึ้นในสัปดาห์นี้ ที่มา: กรมตัวอย่าง", "กรมตัวอย่าง"),
        ),
        counterexamples=(
            "The council met on Monday.\nSource: Example Ministry Watch",
            "The base will close in 2026.\nSource: Army Times",
            "两国领导人举行会谈。来源：英國廣播公司",
        ),
    ),
    Context(
        id="scholarly-journal",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare", "text:source-dash-label"),
        checks=(
            # A study's journal named as the source of a health or science story ("SOURCE: Journal
            # of Example Medicine, March 1, 2024"): where the findings were published, not the story.
            Check(
                Where.NAME,
                r"\A(?:the\s+)?(?:journal|annals|proceedings|archives|bulletin)\s+of\b|\A(?:the\s+)?(?:american|british|european|international)"
                r"\s+journal\b",
            ),
        ),
        description="A scholarly journal named as a story's source ('SOURCE: Journal of Example Medicine'): the "
        "study's, not the story's.",
        examples=(
            (
                "Experts said the findings fit earlier research.\nSOURCE: Journal of Example Health, March 1, 2024",
                "Journal of Example Health",
            ),
        ),
        counterexamples=("The council met on Monday.\nSource: Example Journal",),
    ),
    Context(
        id="data-provider",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=("text:source-line", "text:quelle-bare", "text:source-dash-label"),
        # A provider of data, polls, audience or circulation figures named as a source: of
        # the figures the text gives ("Source: Statista", "Fuente: OJD", "Quelle: IVW"), not a
        # publisher of stories.
        checks=(
            Check(
                Where.NAME,
                r"\b(?:statista|our\s+world\s+in\s+data|oecd|ocde|world\s+bank|banco\s+mundial|weltbank"
                r"|imf|international\s+monetary\s+fund|factset|similarweb|comscore|nielsen|yougov|ipsos|gallup"
                r"|ivw|agof|agf|gfk|ojd|audipress|acpm|zdf-politbarometer|infratest\s+dimap|forsa"
                # Market researchers' reports ("Source: Gartner, Magic Quadrant for ...").
                r"|gartner|forrester|idc|canalys|counterpoint\s+research"
                # Market data terminals and their owners ("Quelle: Refinitiv", "Source: LSEG Datastream").
                r"|refinitiv|lseg(?:\s+datastream)?|datastream|bloomberg\s+terminal|morningstar|tradingview|coingecko"
                # (And the Federal Reserve's database of series: "Source: FRED".)
                r"|fred"
                r"|coinmarketcap)(?!\w)"
                # (Not a name that goes on in capitals: "Example Nielsen Report".)
                r"(?!\s+(?-i:[A-Z]))",
            ),
        ),
        description="A provider of statistics, polls, audience or circulation figures named as a source "
        "('Source: Statista', 'Fuente: OJD'): the source of the figures, not a publisher.",
        examples=(
            (
                "Sales fell in ten of fourteen countries.\nSource: Statista, compiled from national associations",
                "Statista",
            ),
            ("Ambos diarios sumaron 11.400 ejemplares en 2023. Fuente: OJD", "OJD"),
        ),
        counterexamples=("The council met on Monday.\nSource: Example Daily",),
    ),
    Context(
        id="source-line-quoted-title",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=("text:source-line",),
        screen=r"[\"“„«]",
        checks=(
            # A work's title in quotes right after the label ('Sources: "Example Star Postpones Tour
            # Dates." Example News, 5 Feb 2024'): a fact-check's or a paper's list of the works it
            # cites, not the story's source.
            Check(Where.EVIDENCE, r"\b(?:sources?|quellen?|fuentes?|fontes?|fonti)\s*:\s*[\"“„«]", window=0),
        ),
        description="A source line whose value opens with a quoted title ('Sources: \"Example Star Postpones "
        "Tour Dates.\" Example News, 5 Feb 2024'): works cited, not the story's source.",
        examples=(
            (
                'The photo was posted on a fake account. Sources: "Example Star Postpones Tour Dates." Example News, '
                "5 Feb. 2024.",
                "Example Star Postpones Tour Dates.",
            ),
        ),
        counterexamples=("The council met on Monday.\nSource: Example News",),
    ),
    Context(
        id="reference-list",
        verdict=Verdict.DROP,
        relations=(W, S),
        methods=("text:source-line",),
        # A fact-check's or an explainer's list of references under a plural label: works, records
        # and reports with their dates, parted by semicolons ("Sources: FAO, State of Food and
        # Agriculture 2023; UN General Assembly voting records, accessed June 10, 2024; ..."), or
        # one a line, each going on after its name with a comma, a title and a day ("Sources:\n
        # Example Page, Post on the aid, March 15, 2024\nExample Ministry, Advisory, March 18,
        # 2024"): not the story's source.
        checks=(
            Check(
                Where.EVIDENCE,
                r"\b(?:sources|fonti|fuentes|quellen|fontes|bronnen|références|references)\s*:",
                window=0,
            ),
            Check(
                Where.AFTER_LINES,
                r"\A[^\n]*?(?:;[^;\n]*;|\b(?:accessed|retrieved|consultat[oa]|consultad[oa]|abgerufen|consult[ée])\b)"
                r"|\A,[^\n]{5,}\n[^\n,]{2,80},[^\n]*\b(?:19|20)\d\d\b",
                window=300,
            ),
        ),
        description="A list of references under a plural label, parted by semicolons or with the days "
        "they were read ('Sources: FAO, State of Food and Agriculture 2023; UN voting records, accessed "
        "June 10, 2024; ...'): works cited, not the story's source.",
        examples=(
            (
                "We rate it False.\nSources: Example Agency Report 2023; UN voting records, accessed June 10, "
                '2024; Example News, "UN report", May 22, 2024',
                "Example Agency Report",
            ),
            (
                "The post is false.\nSources:\nExample Page, Post on the cash aid, March 15, 2024\n"
                "Example Ministry, Advisory on fake posts, March 18, 2024",
                "Example Page",
            ),
        ),
        counterexamples=(
            "The council met on Monday.\nSources: Reuters, AFP",
            "The talks resumed on Monday.\nSources:\nExample Agency, Example Daily\nShare this story",
            "The talks resumed on Monday.\nSource: Example Daily, March 15, 2024",
        ),
    ),
    Context(
        id="yearly-report",
        verdict=Verdict.DROP,
        relations=(W, S),
        checks=(
            # A report or a survey and its year ("Source: Example Institute Digital News Report
            # 2023"): a document the figures come from; a site named "... Report" has no year.
            Check(
                Where.NAME,
                r"\b(?:report|survey|study|bericht|studie|informe|rapport|rapporto|relatório)\W*\Z",
            ),
            Check(Where.AFTER, r"\A[ \t,]*(?:19|20)\d{2}\b", window=12),
        ),
        description="A yearly report or survey named as a source ('... Digital News Report 2023'): the "
        "source of figures, not of the text.",
        examples=(
            (
                "Share who avoid the news, by age. Source: Example Institute Digital News Report 2023. The "
                "broadcaster said more.",
                "Example Institute Digital News Report",
            ),
        ),
        counterexamples=("The talks ended.\nSource: Example World Report",),
    ),
    Context(
        id="title-fragment-before-source",
        verdict=Verdict.DROP,
        relations=(S,),
        methods=("text:source-line", "text:quelle-bare"),
        # A few words with no sentence's end between the story's last sentence and a source line,
        # where a page's lines were joined: a chart's or a table's title, its heads left behind
        # ("... alerta. Precipitaciones acumuladas por comuna Fuente: Example Meteo", "... Isee
        # Fonte: Example Autorità"): where the figures came from. A story's source follows its
        # last sentence ("... the office said. Source: Example Daily").
        checks=(
            Check(
                Where.BEFORE_LINES,
                # (Two words at least: "... pp. 67, 8. Mai 2021 Quelle: X" closes a citation's date.)
                r"[.!?][\"”»)]?[ \t]+(?-i:[A-ZÀ-Þ0-9])(?=[^.!?\n]*?[^\W\d_]{3}[^.!?\n]*?[ \t][^\W\d_]{3})[^.!?\n:|•]{8,90}[ \t]*\Z",
                window=140,
            ),
            # Not a byline, a picture's label or the page's furniture before it.
            Check(
                Where.BEFORE_LINES,
                r"[.!?][\"”»)]?[ \t]+(?:(?:By|Von|Par|Por|Di|Door|Text|Texte|Foto|Photo|Bild|Image|Video|Vídeo|"
                r"Read|Lesen|Lire|Leer|Leggi|Leia|More|Mehr|Plus|Más|Related|Tags|Themen|Copyright|©)\b"
                r"|" + FURNITURE_HEADS + r")[^\n]*\Z",
                window=140,
                negate=True,
            ),
        ),
        description="A source line after a few words that end no sentence, between the story's sentences "
        "('... Precipitaciones acumuladas por comuna Fuente: X'): a chart's or a table's title and its source.",
        examples=(
            (
                "Las clases se suspendieron en seis comunas. Precipitaciones acumuladas por comuna "
                "Fuente: Example Meteo La ministra del Interior visitó la zona.",
                "Example Meteo",
            ),
        ),
        counterexamples=(
            "Prices rose by 3 percent in May, the office said. Source: Example Daily",
            "The council met on Tuesday. By Jane Roe Source: Example Daily",
        ),
    ),
)
