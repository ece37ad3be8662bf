"""Cut an outlet's name out of the words that follow (or precede) a credit phrase.

"Originally published on Live Science. Read on below." credits ``Live Science``; "erschien
zuerst in der BRIGITTE 12/23." credits ``BRIGITTE``; "Source: FIFA ZÜRICH, Switzerland —" credits
``FIFA``. A name stops at the end of a sentence or clause, at a date, at a dateline, at "under a
Creative Commons", "and is republished" or a byline's "By"; a name followed by an ordinary
lower-case word ("in Boston subway ads") is no name at all. Everything here walks the text once,
token by token, so it stays linear on any input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from provenance.resolver import looks_like_domain, name_key, outlet_name_from_url, script_key

MAX_TOKENS = 9
MAX_NAME_CHARS = 90
MAX_NAME_SPAN = 300  # a name is looked for in this many characters at most, never past a line


class KnownNames(Protocol):
    """What the cutter needs of a registry: is this the exact name of a known outlet?"""

    def is_known_name(self, name: str) -> bool: ...

    def is_agency_name(self, name: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class Cut:
    """A name cut from the text: its words, where they stand, and the URL it was given as."""

    name: str
    start: int
    end: int
    url: str | None = None


_TOKEN = re.compile(r"\S+")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\])]{1,500}", re.IGNORECASE)
_QUOTES = {"„": "“", "“": "”", '"': '"', "«": "»", "‘": "’", "'": "'", "‹": "›", "”": "”", "‚": "‘"}
# (German and Swiss print also quote »so« and ›so‹.)
_QUOTES.update({"»": "«", "›": "‹"})
# Chinese and Japanese quote a publication's name in its own brackets: "《星岛日报》", "「東洋経済」".
_QUOTES.update({"《": "》", "「": "」", "『": "』"})
# The marks that open a quoted name ("„Die Zeit“", "'Lage der Nation'").
QUOTE_OPENERS = frozenset(_QUOTES)
_TRAILING = ".,;:!?)]}»”\"'’|*）】」』，。、；：！？"  # "*" closes Markdown's emphasis
# Where a name in a script without spaces ends: its punctuation ("示例日报，原文链接").
_UNSPACED_STOP = re.compile(r"[，。、；：！？（）【】「」『』,;:!?()]")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,4}$|^(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Bros|Dr)\.$")
# Two or three capitalised words, as a person's name is written ("Jane Roe", "Mary-Ann O'Roe",
# "Martin Lelièvre", "Łukasz Żak").
_CAPITALISED_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:[-'’][A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?"
PERSON_SHAPED = re.compile(rf"(?:{_CAPITALISED_WORD}[ \t]+){{1,2}}{_CAPITALISED_WORD}\Z")
_DATELINE_AHEAD = re.compile(
    r"[A-ZÀ-ÞА-Я]{3,}(?:[ -][A-ZÀ-ÞА-Я]{2,}){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+[—–-]"
)
_ABBREVIATION = re.compile(r"^\([A-ZÀ-Þ][A-Za-z0-9&.-]{1,12}\)[,.;:]?$")
_DIGITS = re.compile(r"^\d")
# A name that opens with a digit: "9to5Google", "1News", "7NEWS", "360info" (not "3pm", "10GMT",
# "1980s", "24hours").
_DIGIT_NAME = re.compile(
    r"^\d\w*[A-Z][a-z]{2,}\w*$|^\d{1,2}[A-Z]{4,}$"
    r"|^\d{2,4}(?!hours|years|minutes|points|percent|times|miles|days)[a-z]{4,}$"
)
_ROLE_SUFFIX = re.compile(
    r"-(?:Korrespondent\w*|Redaktion\w*|Reporter\w*|Journalist\w*|Studio|Büro|Team|Newsroom|Desk)\b"
)
_FIRM_TAIL = re.compile(r",[ \t]+[A-Z][\w'’-]{1,20},?[ \t]+(?:and|&)[ \t]+(?:Company|Co\.|Sons|Son|Giroux)\b")

# Lower-case words that may join the words of a name when a capitalised word follows.
_CONNECTORS = frozenset(
    "of the and for de du des la le les di del della da do dos das der die den und y e et on in at o "
    "& + – — - ' von van al el il on-line".split()
)
_PLATFORMS = frozenset("medium substack facebook twitter youtube instagram linkedin telegram tiktok".split())
_LIST_CONJUNCTIONS = frozenset("e y et and und i".split())
_ARTICLE_CONNECTORS = frozenset("da do dos das de del della du des der die den the la le les el il".split())
# Words that open a sentence, capitalised before a word in lower case where a page's lines ran
# together: no part of a name before them. (Not German's "Sie", capitalised anywhere: "Quelle:
# Example Times Unterstützen Sie ...".)
_SENTENCE_OPENERS = frozenset(
    "there this that these those it we he she they you when while after before but so yet now today here "
    "i've i'm i'd i'll i’ve i’m i’d i’ll become a an "
    "what how why if although however meanwhile es wir er ich man dies diese dieser dieses diesem diesen heute nous ils elle "
    "cette ce "
    # Prepositions that open a sentence ("Source: Example City Council Outside the council chamber, ...").
    "outside inside across despite during amid among beyond behind within without "
    # The articles that are no connectors, opening the next sentence ("... en Example Político Las
    # escuelas de ...").
    "los las lo gli os as um uma un una une uno ein eine einen het een "
    # Russian and Ukrainian determiners and pronouns: a site's reprint note after the name
    # ("Источник: Example-Press Любое использование материалов ...").
    "любое любая любой любые все всё это эти этот эта мы они он она будь-яке будь-яка усі це ці цей ця ми вони".split()
)
# Leading words that are grammar, not name ("in der BRIGITTE", "par le Monde").
_LEADING_ARTICLES = frozenset(
    "the der die das dem den des la le les l' el il lo los las gli i o a os as da do dos de het".split()
)
# A press release, in the words that name its issuer after them in the genitive ("Pressemitteilung
# der Universität Example").
_RELEASE_NOUNS = frozenset("pressemitteilung pressemeldung medienmitteilung".split())
# Kinds of publication written before a name ("in der Wochenzeitung „der Freitag“").
_PUBLICATION_NOUNS = (
    frozenset(
        "wochenzeitung zeitung tageszeitung zeitschrift magazin fachzeitschrift ausgabe online-ausgabe "
        "printausgabe onlineausgabe blog newspaper magazine journal website site revue quotidien journal "
        "hebdomadaire periódico diario revista giornale quotidiano rivista jornal газета журнал издание сайте "
        "газеты журнала издания сайта газети журналу видання сайту webseite internetseite homepage "
        "nachrichtenmagazin wochenmagazin onlinemagazin nachrichtenportal nachrichtenseite dzienniku tygodniku "
        "miesięczniku gazecie magazynie tygodnika dziennika miesięcznika magazynu gazety журнале газете "
        "журналі газеті "
        "сайт портале порталі сайті издании виданні łamach portalu serwisie serwisu stronie portálu serveru "
        "webu stránkách sitio sito portal portale portail nachrichtenagentur presseagentur agentur agency "
        "nachrichtenagenturen presseagenturen agenturen agencies agences agencias agenzie "
        "agence agencia agenzia agência агентство агентства podcast newsletter sendung "
        # Weeklies and monthlies; Greek; Russian and Ukrainian after "by" (instrumental); Nordic.
        "settimanale mensile semanario semanal hebdo εφημερίδα εφημερίδας ιστοσελίδα ιστοσελίδας περιοδικό "
        "περιοδικού ιστότοπο ιστότοπου изданием газетой журналом сайтом порталом виданням газетою avisen "
        "tidningen magasinet tidsskriftet "
        # Dutch.
        "krant dagblad weekblad tijdschrift nieuwsbrief blad "
        # A partner, as German names one before its name ("bei unserem Partner X").
        "partner medienpartner kooperationspartner "
        # Bulgarian, and a broadcaster's kind before its quoted name ("Радио „Свободна Европа“").
        "вестник вестника списание списанието изданието сайта радио радиото телевизия телевизията "
        # Channels of messengers and video sites ("Источник: Telegram-канал Example").
        "telegram-канал телеграм-канал telegram-канала телеграм-канала канал канала telegram-kanal "
        # Russian broadcasters and the abbreviation of "news agency" ("ИА «Пример»", "телеканала «Пример»").
        "иа телеканал телеканала телеканалу радиостанция радиостанции информагентство информагентства".split()
    )
    | _RELEASE_NOUNS
)
# The kinds in the plural: agencies, unnamed unless registered names follow.
_AGENCIES_NOUNS = frozenset(
    "nachrichtenagenturen presseagenturen agenturen agencies agences agencias agenzie".split()
)
_GERMAN_ARTICLES = frozenset("der die das dem den des".split())
# The words before a German noun that say it is one (see `_is_publication_noun`): the articles, the
# prepositions joined to them and the possessives ("im Blog X", "bei unserem Partner X").
_GERMAN_BEFORE_NOUNS = _GERMAN_ARTICLES | frozenset(
    "im am beim vom zum zur unserem unserer unseres unseren seinem seiner ihrem ihrer".split()
)
# The words that join a kind of publication to another's ("Webseite der Zeitung", "the website of
# the newspaper", "le site du journal").
_OF_WORDS = frozenset("der des of the du de la del della van het на".split())
_GERMAN_KIND_ENDINGS = (
    "magazin",
    "zeitung",
    "zeitschrift",
    "portal",
    "nachrichtenseite",
    "blog",
    "partner",
    "publikation",
)
_GERMAN_NOUNS = (
    frozenset(
        "wochenzeitung zeitung tageszeitung zeitschrift magazin fachzeitschrift nachrichtenagentur "
        "presseagentur agentur webseite internetseite nachrichtenmagazin wochenmagazin onlinemagazin blog partner "
        "nachrichtenagenturen presseagenturen agenturen "
        "nachrichtenportal nachrichtenseite".split()
    )
    | _RELEASE_NOUNS
)
# The words before an issue's number ("Nr. 20/2024", "No. 12", "Heft 3").
_ISSUE_WORDS = frozenset("nr no nº n° heft ausgabe issue vol số".split())
_AUTHORS_SITE = re.compile(
    r"(?:(?:the[ \t]+)?(?:author|writer|columnist)['’]s|my|his|her|their|(?-i:[A-Z][\w.-]+(?:[ \t]+[A-Z][\w.-]+){0,3})['’]s"
    # (And the possessives of the other languages: "sur mon blog, X", "en mi blog, X", "auf meinem
    # Blog, X", "sul mio blog, X".)
    r"|mon|son|leur|mi|su|meinem|seinem|ihrem|mio|suo|meu|seu)"
    r"[ \t]+(?:own[ \t]+)?(?:substack|blog|newsletter|website|site|sitio|sito|webseite)(?:[ \t]+(?:newsletter|blog|site))?[ \t]*(?:,|[ \t]at)[ \t]*"
    # (German names the author after the site: "auf dem Blog des Autors, www.example.de".)
    r"|(?:blog|website|webseite|newsletter|substack)[ \t]+(?:des[ \t]+autors|der[ \t]+autorin)[ \t]*,[ \t]*"
    # A house's other paper: "our sister title, the Example Post", "our sister paper The Example Star",
    # "Example Energy's sister site, The Example Drive".
    r"|(?:our|its|their|(?-i:[A-Z][\w.-]+(?:[ \t]+[A-Z][\w.-]+){0,3})['’]s)[ \t]+sister[ \t]+(?:title|paper|publication|newspaper|site|website|station|magazine)"
    r"[ \t]*,?[ \t]*(?:(?-i:the)[ \t]+(?=[A-Z]))?"
    # Fellow newsrooms: "nos confrères de Example!", "our colleagues at the Example Post".
    r"|(?:our|nos|nuestros|nossos|i[ \t]+nostri|unseren?)[ \t]+(?:partners?|colleagues|confrères|partenaires|colegas"
    r"|colleghi|kollegen)[ \t]+(?:at|from|of|de|du|d['’]|da|do|di|del|dal|von|vom|bei)[ \t]*(?:(?-i:the)[ \t]+(?=[A-Z]))?",
    re.IGNORECASE,
)
_ACRONYM_POSSESSIVE = re.compile(r"([A-Z][A-Z0-9]{1,5})['’]s[ \t]+(?=[A-Z0-9])")
_ISSUE_OF = re.compile(
    r"(?:[\w'’-]+[ \t]+){0,3}(?:issue|edition|number|newsletter|bulletin)[ \t]+of[ \t]+(?=\S)"
    # "numero di aprile di X", "numéro de mai de X", "edição de abril da X".
    r"|(?:numero|numéro|número|edizione|édition|edición|edição)[ \t]+(?:(?:di|de|d['’]|do|da|del)[ \t]*[\w'’-]+"
    r"(?:[ \t]+\d{4})?[ \t]+)?(?:di|de|del|della|des|du|da|do|d['’])[ \t]*(?=\S)"
    # "in der englischen Ausgabe von X", "der Printausgabe des X".
    r"|(?:[\w-]+en[ \t]+)?(?:print-?|online-?)?ausgabe[ \t]+(?:von|des|der)[ \t]+(?=\S)"
    # "in der Ausgabe 3/2024 unseres Schwestermagazins X", "in Ausgabe 12/2023 der X".
    r"|ausgabe[ \t]+\d{1,2}[/.]\d{2,4}[ \t]+(?:unseres[ \t]+[\w-]+[ \t]+|von[ \t]+|des[ \t]+|der[ \t]+)(?=\S)"
    # The day's paper: "in today's Example Review", "in Sunday's Example Times".
    r"|(?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s[ \t]+(?=\S)",
    re.IGNORECASE,
)
# The articles that open a name, capitalised ("The Example Bee", "Le Monde"): no first name of a
# person's, nor a name's first word of its own.
CAPITAL_ARTICLES = frozenset("The Der Die Das Le La Les El Los Las Il Lo O A".split())
# Capitalised words that end a name: bylines, captions and update lines begin with them.
_STOP_WORDS = frozenset(
    "by von par por di photo foto image picture updated published posted veröffentlicht aktualisiert "
    "mis publié publicado pubblicato copyright all".split()
)
# The words that end newspapers' names ("Iowa Capital Dispatch", "Otago Daily Times"): a name
# that ends with one is read whole, not as the registered word alone.
MASTHEAD_WORDS = frozenset(
    "dispatch times post herald tribune journal star sun express mail mirror telegraph gazette chronicle "
    "observer guardian independent standard record register courier examiner inquirer bulletin review "
    "leader press sentinel globe monitor reporter beacon citizen nation statesman advocate enquirer "
    "democrat republican argus advertiser echo news today daily weekly ledger gleaner messenger mercury transcript "
    "banner".split()
)
# Capitalised words of a page's furniture that end a name run into them where a page's lines were
# joined ("Source: Example Daily Share this: Facebook", "Quelle: dpa Teilen Kommentare"). Only
# after a first word: "Source: Twitter" names Twitter. Not words that end outlets' names ("Daily
# Mail", "Human Rights Watch", "Canal Plus", "... Newsletter").
FURNITURE_WORDS = frozenset(
    "share shares teilen partager compartir compartilhar compartilhe partilhar condividi udostępnij "
    "поделиться delen dela print drucken imprimer imprimir stampa email e-mail facebook twitter whatsapp "
    "linkedin telegram pinterest reddit related tags tagged schlagwörter themen topic topics etiquetas comments "
    "kommentare commentaires comentarios commenti advertisement advertising anzeige werbung publicité "
    "publicidad pubblicità publicidade реклама subscribe abonnieren follow folgen suivez síguenos seguici "
    "loading leave home menu previous zurück read lesen lire leer leggi читайте login skip artikel "
    "mehr more latest trending schlagworte weitere más suscríbete assuntos leia siga tagi tematy polecane articles "
    "komentarze czytaj témata sdílet související urmărește citește etichete distribuie etiketler paylaş "
    "ilgili yorumlar поділитися коментарі теги комментарии ετικέτες κοινοποίηση διαβάστε σχόλια σχετικά reply corrections "
    "jaa dela jaga dalīties dalintis podeli tagovi bagikan kommentaarid komentāri komentarai kommentarer "
    "luetuimmat najčitanije läs loe saistītie susiję chia partilhe ler join most recommended listen метки "
    "réagir comparte partilha commenta imagen подписывайтесь подписаться підписуйтесь komentari vos votre "
    "download themenseite læs zobacz přečtěte prečítajte terms privacy cookies like haut termine partagez "
    "partage comparta compartilha condividere deel teile abonează-te abonați-vă urmărește-ne newsletter ähnliche "
    "verwandte xem passend linktipp lesetipp kindly click meer comparteix comentaris kapcsolódó citeşte urmăreşte "
    "weiterlesen "
    # Bulgarian, Belarusian, Serbian and Kazakh: more, read, share, related, tags, comments.
    "още прочетете сподели свързани етикети коментари чытайце падзяліцца прочитајте поделите повезано "
    "тағы оқыңыз бөлісу жаңалықтарды "
    # Italian: "Altre notizie", "Altri articoli"; Portuguese: "Comentários".
    "altre altri comentários "
    # Vietnamese: keywords ("Từ khóa"), more articles of the section ("Bài viết cùng chuyên mục"),
    # other news ("Các tin khác"), the same section ("Cùng chuyên mục").
    "từ bài các cùng "
    # Georgian: similar (stories), share.
    "მსგავსი გაზიარება "
    # Arabic: share, follow, read, topics, tags, comments ("مواضيع ذات صلة": related topics).
    "شارك تابعوا اقرأ مواضيع الوسوم تعليقات "
    # Persian: tags, share, more; Urdu: related, more, share; Hindi: related, share, tags;
    # Bengali: related, share, more.
    "برچسب اشتراک بیشتر متعلقہ مزید شیئر संबंधित शेयर टैग्स সম্পর্কিত শেয়ার আরও "
    # Hebrew: maybe ("אולי יעניין אותך": you may be interested), more, tags, share.
    "אולי עוד תגיות שתפו "
    # A comment box's sign-in prompt ("... an der Ruhr Melden Sie sich an, um einen Kommentar").
    "melden anmelden einloggen "
    # A reader's feedback button ("la/dpa-AFX, Reuters Feedback Artikel verschenken").
    "feedback "
    # A newsletter's or an account's prompt ("... buyer inquiries. AAP Sign up for our newsletter").
    "sign "
    # Dutch: a comment's button ("Bron: Example Omroep Reageer Deel").
    "reageer reageren "
    # French: a follow button ("Par : EXAMPLE 24 avec agences Suivre").
    "suivre "
    # Hungarian: follow us, recommended articles ("Forrás: Example Kövess minket Facebookon!").
    "kövess ajánlott "
    # A link's buttons: "Copy link", and a Vietnamese aggregator's "Link bài gốc" (the original's).
    "copy link".split()
)
# The verbs of a page's buttons, before what they open ("View Comments", "Show comments", "LEE
# MÁS"), and what that is: the furniture, or more of the same ("Lee además", "Leia também").
_BUTTON_VERBS = frozenset("view show load see hide open ver lee mira leia veja".split())
_BUTTON_OBJECTS = FURNITURE_WORDS | frozenset("más además también mais também".split())
# Words of a page's headings that open no outlet's name, even as a name's first word where a
# page's lines were joined ("Con información de agencias LECTURAS RECOMENDADAS Humo de ...").
_HEADINGS = frozenset(
    "lecturas leídas recomendadas relacionadas artigos sujets síganos partilhe saiba comments comentarios "
    "commentaires commenti kommentare related schlagwörter advertisement anzeige werbung publicidad "
    # A share button's word ("... на сайті hromadske Поділитися Facebook").
    "поділитися поделиться teilen partager compartir condividi udostępnij sdílet compartilhar comparteix".split()
)
# The labels of a page's fields that a name may run into where its lines were joined ("Source:",
# "Editor:"), read as a label only with their colon.
_FIELD_LABELS = frozenset(
    "source sources quelle quellen fuente fuentes fonte fontes via editor editors author autor tags tag "
    "date datum category categories kategorie kategorien photo photos foto fotos bild image credit credits under "
    "chart charts graphic graphics grafik map table фото фота график графика инфографика графік інфографіка "
    # The picture's label in Hungarian, Turkish, Czech, Polish, Dutch, the Nordic languages and Greek.
    "fotó fotók fotoğraf fotoğraflar fotografie fotografia zdjęcie zdjęcia beeld kuva bilde billede abbildung "
    "φωτογραφία φωτογραφίες "
    "watch video videos listen "
    # A disclosure's label after a source line ("Quelle: X Transparenz: Links zu Online-Shops ...").
    "transparenz hinweis disclaimer disclosure offenlegung "
    # The rights or the licence of a text after its source ("Fuente: X Derechos: Creative Commons").
    "derechos rights droits diritti direitos rechte licencia licence license lizenz licenza licença "
    "summary деталі детали подробиці подробности дослівно передісторія контекст".split()
)
# Lower-case words that may follow a name without making it a false one.
# The words a byline's date line opens with in lower case, after the names it gives ("par
# Example et AFP publié le 12 octobre", "L'Exemple avec AFP mis à jour le 12 mars").
DATE_LABEL_WORDS = frozenset(
    "mis mise publié publiée actualisé modifié publicado publicada actualizado atualizado pubblicato aggiornato "
    "published updated posted".split()
)
_FOLLOW_OK = (
    frozenset(
        "and or but under on in at by with as for to from via is was has have are were had which who that "
        "where when while after before since this it its their his her website site web blog newspaper "
        "magazine edition page pages feed network newsletter podcast channel account community weekly daily forum "
        "und oder mit im am vom zum zur bei ist war wurde unter auf als sowie et ou sous sur dans par avec "
        "est y o con en del el la los las bajo es fue e ed sul su della nel per é em no na com sob foi и в на с "
        # Relative pronouns: "publicado originalmente en X que forma parte de ...".
        "que qui che quien cuyo cuya dont donde onde dove où "
        "под был была было were here today dengan pada i och og і та και és și oraz "
        # Greek "with", "under" ("από το X με άδεια Creative Commons").
        "με υπό "
        # Ukrainian and Russian "with" ("Джерело: Reuters з посиланням на ...": citing).
        "з із зі со "
        # When, after the name: "first appeared in X last month", "... earlier this year", "gestern".
        "last earlier previously recently yesterday late early back online gestern heute bereits zuletzt hier ayer "
        "ieri ontem "
        # A weekday opening the date after the name: "Fuente: EFE lunes 04 de marzo de 2024".
        "lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi jeudi vendredi samedi "
        "dimanche lunedì martedì mercoledì giovedì venerdì sabato domenica "
        # German participles that close a clause after the name ("mit Material von dpa erstellt").
        "erstellt übernommen verfasst geschrieben verbreitet veröffentlicht bearbeitet ergänzt "
        "zusammengestellt produziert überlassen gestellt erschienen "
        # The word for a site after the site's name: "publicēts X mājaslapā" (Latvian), "X svetainėje"
        # (Lithuanian).
        "mājaslapā portālā vietnē svetainėje portale".split()
    )
    | DATE_LABEL_WORDS
)
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue "
    "tues wed thu thur thurs fri sat sun januar februar märz juni juli oktober dezember montag dienstag "
    "mittwoch donnerstag freitag samstag sonntag janvier février mars avril mai juin juillet août "
    "septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche enero "
    "febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes "
    "miércoles jueves viernes sábado domingo gennaio febbraio aprile maggio giugno luglio settembre "
    "ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    "yesterday today tomorrow".split()
)
# The words of a link that points at a credited page without naming its outlet ("originally
# published on <a href=...>this site</a>", "Source: <a href=...>link</a>"): the address names it.
LINK_WORDS = frozenset(
    (
        "here",
        "link",
        "this link",
        "site",
        "this site",
        "website",
        "this website",
        "page",
        "this page",
        "source",
        "the source",
        "original",
        "the original",
        "original article",
        "original post",
        "original story",
        "original source",
        "click here",
        "read more",
        "full story",
    )
)
# The words that join a list of names, in the languages of the rules ("ANP en Belga", "TT och NTB").
LIST_WORDS = frozenset("and und y et e en i och og и і та και és și oraz & و এবং और".split())
# Names that are no outlet: "SOURCE: News agencies", "Source: Staff".
GENERIC_NAMES = frozenset(
    name_key(n) or script_key(n)
    for n in (
        "news agencies",
        # A title before a person's name, cut where its full stop ends it ("Gastbeitrag von Dr.
        # Jane Roe").
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "agencies",
        "agency",
        "agency reports",
        "wire services",
        "wire service",
        "wires",
        "staff",
        "staff reports",
        "our staff",
        "author",
        "authors",
        "the author",
        "contributor",
        # German and Romance words for the author or the publisher left unnamed ("mit freundlicher
        # Genehmigung der Autorin", "avec l'aimable autorisation de l'auteur").
        "autor",
        "autorin",
        "autors",
        "autoren",
        "verfasser",
        "verfasserin",
        "verlag",
        "verlags",
        # (Both thanked at once: "Wir danken Autor und Verlag für die Genehmigung".)
        "autor und verlag",
        "autorin und verlag",
        "autoren und verlag",
        "verlag und autor",
        "author and publisher",
        "auteur",
        "autrice",
        "autora",
        "autore",
        "publisher",
        "editor",
        "editors",
        "agenturen",
        "korrespondenten",
        "korrespondentinnen",
        "korrespondent",
        "correspondents",
        "correspondent",
        "our correspondents",
        "our correspondent",
        "reporters",
        "redaktion",
        "newsroom",
        "wire reports",
        # What a source gave, not who ("Story Source: Materials provided by Example University").
        "materials",
        "material",
        "nachrichtenagenturen",
        # The agencies' service, unnamed ("aus dem Agenturdienst übernommen").
        "agenturdienst",
        "agenturmeldungen",
        "agences",
        "agencias",
        "agenzie",
        "агентства",
        # The words for "agency" and "agencies" in scripts without a Latin key ("(इनपुट: एजेंसी)").
        "एजेंसी",
        "एजेंसियां",
        "एजेंसियाँ",
        "एजेंसियों",
        "এজেন্সি",
        "ایجنسی",
        "ایجنسیاں",
        "وكالات",
        "وكالات الأنباء",
        "خبرگزاری‌ها",
        "通讯社",
        "通訊社",
        "it",
        "this",
        "that",
        "these",
        "those",
        "our",
        "we",
        "us",
        "its",
        "their",
        "his",
        "her",
        "other",
        "another",
        "a",
        "an",
        "the",
        "here",
        "there",
        "original",
        "unknown",
        "internet",
        "web",
        "online",
        "social media",
        "press release",
        "pressemitteilung",
        # An issuer left unnamed, as the text calls it ("Quelle: Pressemitteilung des Unternehmens").
        "company",
        "the company",
        "unternehmen",
        "unternehmens",
        "firma",
        "konzern",
        "konzerns",
        "hersteller",
        "herstellers",
        "veranstalter",
        "veranstalters",
        "verein",
        "vereins",
        "verband",
        "verbands",
        "verbandes",
        "entreprise",
        "empresa",
        "azienda",
        # The text's own work: "Quelle: eigene Recherche", "Source: own research".
        "own research",
        "own reporting",
        "own calculations",
        "staff research",
        "eigene recherche",
        "eigene recherchen",
        "eigene berechnungen",
        "eigene darstellung",
        "recherche propre",
        "investigación propia",
        "elaboración propia",
        "ricerca propria",
        "elaborazione propria",
        "elaboração própria",
        "opracowanie własne",
        "badania własne",
        "vlastní zdroje",
        "собственные данные",
        "власні дані",
        # A company's own figures: "Source: Company reports", "Quelle: Unternehmensangaben".
        "company reports",
        "company filings",
        "company data",
        "company statements",
        "company websites",
        "unternehmensangaben",
        "firmenangaben",
        "angaben der unternehmen",
        "données des entreprises",
        "datos de las empresas",
        "various",
        "multiple",
        "several",
        "news",
        "reports",
        "i",
        "you",
        "he",
        "she",
        "they",
        "them",
        "me",
        "my",
        "your",
        "one",
        # The words for a paper, a magazine, a page or the press itself in Korean, where a note's
        # name stands bare ("이 기사는 신문에 실린 기사를": in a newspaper).
        "신문",
        "잡지",
        "지면",
        "일간지",
        "주간지",
        "월간지",
        "언론",
        "매체",
        "본지",
        "본보",
        # The video and social platforms in Korean, Japanese and Chinese ("출처 : 유튜브"): a post's
        # host, no publisher.
        "유튜브",
        "페이스북",
        "트위터",
        "인스타그램",
        "틱톡",
        "ユーチューブ",
        "フェイスブック",
        "ツイッター",
        "インスタグラム",
        "油管",
        "脸书",
        "臉書",
        "推特",
        "微博",
        "抖音",
        # A picture, an image, a video or material in Japanese: what a "提供" (provided) line may
        # name instead of a provider ("＜写真提供＞").
        "写真",
        "画像",
        "映像",
        "資料",
    )
)


def is_generic(name: str, known: KnownNames | None = None) -> bool:
    """True for words that name no outlet in particular ("News agencies", "Staff", "It", "Monday").

    A name that opens with a day or a month ("Monday", "May 3") is none, unless ``known`` knows
    it as a whole of more than that word ("Sunday Times"; not "Sun", a day for all it says).

    >>> is_generic("Sunday Times"), is_generic("Staff"), is_generic("뉴스1")
    (True, True, False)
    """
    if _generic_words(name):
        return True
    words = name.split()
    if not words or words[0].lower().rstrip(".,") not in _MONTHS_DAYS:
        return False
    return known is None or len(words) < 2 or not known.is_known_name(name)


@lru_cache(maxsize=1 << 14)
def _generic_words(name: str) -> bool:
    """Remembered: the same names come back with every statement that credits them."""
    if looks_like_domain(name):
        return False  # a site's address names it, whatever its words ("news.com.au")
    key = name_key(name)
    if not key or (key.isdigit() and any(ch.isalpha() for ch in name)):
        # A name in another script keeps only its digits in the Latin key ("뉴스1" reads "1").
        key = script_key(name)
    return not key or key in GENERIC_NAMES or key.isdigit()


def spells_initials(words: str, abbreviation: str) -> bool:
    """True when ``abbreviation`` is the initials of the last words of ``words``: a name spelt out
    before its abbreviation ("American Physical Society (APS)") is a definition, not a credit.

    >>> spells_initials("the American Physical Society ", "APS"), spells_initials("LONDON, May 3 ", "AP")
    (True, False)
    >>> spells_initials("Deutsche Presse-Agentur ", "dpa"), spells_initials("artificial general intelligence", "AGI")
    (True, True)
    >>> spells_initials("New Data From the Association of American Publishers ", "AAP")
    True
    """
    letters = "".join(ch for ch in abbreviation.casefold() if ch.isalpha())
    if len(letters) < 2:
        return False
    split = [w for w in re.split(r"[\s-]+", words) if w[:1].isalpha()]
    every = "".join(w[0] for w in split).casefold()
    # "Association of American Publishers (AAP)": the small words count for nothing.
    capitals = "".join(w[0] for w in split if w[0].isupper()).casefold()
    return every.endswith(letters) or capitals.endswith(letters)


def _strip_trailing(token: str) -> str:
    return token.rstrip(_TRAILING)


def _is_capitalised(token: str) -> bool:
    first = token[:1]
    if first.isupper() or first.isdigit():
        return True
    if is_caseless(first):
        return True  # a script without case: 新华网, واس
    # camel-case names: iStock, eBay, infoDOCKET
    return first.islower() and any(ch.isupper() for ch in token[1:])


def _unspaced_stop(token: str) -> int | None:
    """Where a word of a script without spaces (and without case) ends at its punctuation, after
    its first letter, or None."""
    if not is_caseless(token):
        return None
    stop = _UNSPACED_STOP.search(token)
    return stop.start() if stop is not None and stop.start() > 0 else None


def is_caseless(token: str) -> bool:
    first = token[:1]
    # (Georgian's everyday letters count as small ones since its capitals were encoded, but the
    # script writes no capitals: "ინტერპრესნიუსი".)
    return first.isalpha() and (
        (not first.isupper() and not first.islower()) or "\u10d0" <= first <= "\u10ff"
    )


# A name written in lower case, as some brands are ("chrismon", "jetzt"), that the words after it
# say is a publication: "chrismon, dem evangelischen Magazin".
_LOWER_NAME_SAID = re.compile(
    r"([a-zß-ÿ][\w.-]{2,30}),[ \t]+(?:(?:dem|der|das|des|the|a|an|le|la|el|il|o)[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,2}?(?:" + "|".join(sorted(_PUBLICATION_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def cut_name(text: str, pos: int, end: int, known: KnownNames | None = None) -> Cut | None:
    """Cut the outlet name that starts at ``pos`` (words up to ``end``; never past a line).

    >>> def cut(s):
    ...     c = cut_name(s, 0, len(s))
    ...     return c.name if c else None
    >>> cut("Live Science. Read on below."), cut("The Guardian under a Creative Commons license")
    ('Live Science', 'The Guardian')
    >>> cut("der BRIGITTE 12/23."), cut("FIFA ZÜRICH, Switzerland — The council met")
    ('BRIGITTE', 'FIFA')
    >>> cut("Boston subway ads"), cut("2:05 p.m."), cut("Tue 3 May 2022")
    (None, None, None)
    >>> cut("der Wochenzeitung „Die Zeit“ erschienen"), cut("https://www.example-battery.com/news/x")
    ('Die Zeit', 'example-battery.com')
    >>> cut("ARD-Korrespondentinnen und -Korrespondenten")
    'ARD'
    >>> cut("Kitsap Sun: Ferry riders wait"), cut("Example Times Sun, 3 Mar"), cut("KQED’s The California Report.")
    ('Kitsap Sun', 'Example Times', 'KQED')
    >>> cut("Example Police In this article: Google"), cut("Example Journal Most Popular"), cut("Bank Of Example")
    ('Example Police', 'Example Journal', 'Bank Of Example')
    >>> cut("Example Dispatch In November, the"), cut("Example Spies There is a pattern")
    ('Example Dispatch', 'Example Spies')
    >>> cut("Now This News"), cut("Here and Now")
    ('Now This News', 'Here and Now')
    >>> cut("Example Review on 3 May 2024."), cut("Example Review.*"), cut("Example Review's website.")
    ('Example Review', 'Example Review', 'Example Review')
    >>> cut("the May 2024 issue of Example Review."), cut("Harper's Magazine.")
    ('Example Review', "Harper's Magazine")
    >>> cut("numero di aprile di Esempio Mensile."), cut("numéro de mai de Exemple Hebdo")
    ('Esempio Mensile', 'Exemple Hebdo')
    >>> cut("Agência Exemplo e da Agência Brasil"), cut("Example Press and the Example Times")
    ('Agência Exemplo', 'Example Press')
    >>> cut("GEN on Medium, where people are continuing the conversation"), cut("Telegram-канал Пример")
    ('GEN', 'Пример')
    >>> cut("Example 247. Compartilhe"), cut("Example Review 2024."), cut("Example 24 Share this")
    ('Example 247', 'Example Review', 'Example 24')
    >>> cut("Universität Beispiel 19. September 2024"), cut("dem Wissenschaftsmagazin Beispiel.ch.")
    ('Universität Beispiel', 'Beispiel.ch')
    >>> cut("Example Public Broadcasting’s “Example Hour.”")
    'Example Public Broadcasting'
    >>> cut("Example Daily Share this: Facebook"), cut("Twitter")
    ('Example Daily', 'Twitter')
    >>> cut("the author's Substack, Example Dispatch."), cut("the writer's blog, Example Notes")
    ('Example Dispatch', 'Example Notes')
    >>> cut("dem Blog des Autors, www.example-notes.de")
    'example-notes.de'
    >>> cut("my Substack, Example Dispatch."), cut("《示例日报》，原文链接"), cut("「示例新聞」に掲載")
    ('Example Dispatch', '示例日报', '示例新聞')
    >>> cut("my blog at example-notes.io."), cut("his own blog at Example Notes.")
    ('example-notes.io', 'Example Notes')
    >>> cut("Jane Roe’s newsletter, Example Letters."), cut("Example Daily 12 Comments")
    ('Example Letters', 'Example Daily')
    >>> cut("our sister title, the Example Evening Post."), cut("our sister paper The Example Star")
    ('Example Evening Post', 'The Example Star')
    >>> cut("Example Energy's sister site, The Example Drive."), cut("the online newspaper Example.ru and")
    ('The Example Drive', 'Example.ru')
    >>> cut("nos confrères de Exemple Hebdo, que nous remercions")
    'Exemple Hebdo'
    >>> cut("dzienniku „Example Gazeta”."), cut("der Zeitung „Example Bote“")
    ('Example Gazeta', 'Example Bote')
    >>> cut("der Webseite der Zeitung Example Bote"), cut("журнала Example Affairs"), cut("Zeitung der Arbeit")
    ('Example Bote', 'Example Affairs', 'Zeitung der Arbeit')
    >>> cut("quotidiano britannico The Example Times."), cut("The Saturday Example, 4 May 2024.")
    ('The Example Times', 'The Saturday Example')
    >>> cut("The Example News Wonder how many towns"), cut("Example Daily Wonder how")
    ('The Example News', 'Example Daily')
    >>> cut("Example Daily News Jane Roe volunteers at the shelter")
    'Example Daily News'
    >>> cut("the Example Systems engineering blog."), cut("Example News official website.")
    ('Example Systems', 'Example News')
    >>> cut("exemplon, dem evangelischen Magazin."), cut("exemplon, the youth magazine of X"), cut("see, the app")
    ('exemplon', 'exemplon', None)
    >>> cut("Esimerkki&Talous-lehdessä.")
    'Esimerkki&Talous'
    >>> cut("The Example Defender — Example Fund's News & Views Website under")
    'The Example Defender'
    """
    newline = text.find("\n", pos, end)
    end = min(end, pos + MAX_NAME_SPAN) if newline < 0 else newline
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, pos, end)][: MAX_TOKENS + 6]
    i = 0
    # Grammar first: articles, then kinds of publication.
    while i < len(tokens) - 1 and text[tokens[i][0] : tokens[i][1]] in _LEADING_ARTICLES:
        i += 1
    if i > 0 and known is not None:
        # A registered name that opens with its article is taken whole ("il Giornale", not
        # "Giornale"), where the words after the article are no name of their own ("the Guardian").
        whole = _cut_known(text, tokens, known, end)
        if (
            whole is not None
            and whole.end > tokens[i - 1][1]
            and not known.is_known_name(text[tokens[i][0] : whole.end])
            # Not a kind of publication before its name: "el diario El Comercio" (elDiario's key).
            and not text[whole.end + 1 : whole.end + 2].isupper()
        ):
            return whole
    german = i > 0 and text[tokens[i - 1][0] : tokens[i - 1][1]] in _GERMAN_BEFORE_NOUNS
    issue = _ISSUE_OF.match(text, tokens[i][0], end) if i < len(tokens) else None
    if issue is None and i < len(tokens):
        # "the author's Substack, Example Dispatch": the newsletter is named after the comma.
        issue = _AUTHORS_SITE.match(text, tokens[i][0], end)
    if issue is not None:  # "the May issue of Example Review", "the Sunday edition of The Times"
        while i < len(tokens) - 1 and tokens[i][0] < issue.end():
            i += 1
        # ("the Spring newsletter of the Example Society".)
        while i < len(tokens) - 1 and text[tokens[i][0] : tokens[i][1]] in _LEADING_ARTICLES:
            i += 1
    if (
        known is not None
        and i < len(tokens) - 1
        and _is_publication_noun(text, tokens[i], tokens[i + 1], known, german)
    ):
        # A registered name that opens with a kind's word is taken whole ("Agence France-Presse",
        # not "France-Presse").
        whole = _cut_known(text, tokens[i:], known, end)
        if whole is not None and whole.end > tokens[i][1]:
            return whole
    # A kind of publication with its adjectives in lower case: "the online newspaper Example.ru".
    j = i
    while j < min(i + 2, len(tokens) - 2) and _lower_word(text[tokens[j][0] : tokens[j][1]]):
        j += 1
    # (Or a German possessive: "auf unserem Schwesterportal Example".)
    german = german or (j > i and text[tokens[j - 1][0] : tokens[j - 1][1]] in _GERMAN_BEFORE_NOUNS)
    if j > i and _is_publication_noun(text, tokens[j], tokens[j + 1], known, german):
        i = j
    kinds = i
    while i < len(tokens) - 1 and (
        _is_publication_noun(text, tokens[i], tokens[i + 1], known, german) or _noun_of_noun(text, tokens, i)
    ):
        i += 1
        while i < len(tokens) - 1 and text[tokens[i][0] : tokens[i][1]] in _LEADING_ARTICLES:
            i += 1
        if (
            i < len(tokens) - 2
            and text[tokens[i][0] : tokens[i][1]].lower() in _OF_WORDS
            and text[tokens[i + 1][0] : tokens[i + 1][1]].lower() in _PUBLICATION_NOUNS
            and text[tokens[i + 2][0] : tokens[i + 2][0] + 1] in _QUOTES
        ):
            i += 1  # "в сайта на Радио „Example“": the site of the kind before the quoted name
    if kinds < i < len(tokens) - 1:
        # A country's adjective between the kind and the name: "sul quotidiano britannico The
        # Guardian", "del diario británico The Times".
        word = text[tokens[i][0] : tokens[i][1]]
        # (Not a registered name in lower case: "der Nachrichtenagentur dpa Sendung am ...".)
        if (
            word.isalpha()
            and word.islower()
            and text[tokens[i + 1][0]].isupper()
            and not (known is not None and known.is_known_name(word))
        ):
            i += 1
    if i >= len(tokens):
        return None
    start = tokens[i][0]
    quoted = _cut_quoted(text, start, end)
    if quoted is not None:
        return quoted
    url = _URL.match(text, start, end)
    if url is not None:
        link = url.group().rstrip(".,;:!?")
        return Cut(outlet_name_from_url(link), start, start + len(link), url=link)
    first = _strip_trailing(text[tokens[i][0] : tokens[i][1]])
    if first.lower().startswith("www.") or looks_like_domain(first):
        return Cut(first, start, start + len(first))
    said = _LOWER_NAME_SAID.match(text, start, end) if first[:1].islower() else None
    if said is not None:
        return Cut(said.group(1), start, said.end(1))
    if (
        i > kinds
        and _LOWER_BRAND.fullmatch(first)
        and ("-" in first or not first.endswith(_PARTICIPLE_ENDINGS))
    ):
        # A name in lower case after its kind, closing the sentence: "im Magazin chrismon."
        return Cut(first, start, start + len(first))
    words = _cut_words(text, tokens[i:], end, known)
    possessive = _ACRONYM_POSSESSIVE.match(text, start, end)
    if words is not None and possessive is not None and words.end > possessive.end():
        # "KQED's The California Report", "CNN's Jake Tapper": the broadcaster's, not a name.
        words = Cut(possessive.group(1), start, start + len(possessive.group(1)))
    if known is not None:
        known_cut = _cut_known(text, tokens[i:], known, end)
        # A registered name wins unless capitalised words go on ("Island Times" + "News"), but not
        # into a page's next field where its lines were joined ("Xinhua Editor: Li Jia"), nor
        # past a news agency's name: words that make no registered name with it are the page's
        # ("Источник: Интерфакс Обсудить на форуме", "Forrás: MTI Ezek is érdekelhetnek"), unless
        # the words go on to say what they name ("the Example Best website").
        if (
            known_cut is not None
            and (
                words is None
                or words.end <= known_cut.end
                or _joins(text, known_cut.end, end)
                or _label_ahead(text, known_cut.end, end)
                or (
                    text[known_cut.end : known_cut.end + 1] == " "
                    and known.is_agency_name(known_cut.name)
                    and not _PICTURE_WORD.match(text, known_cut.end, end)
                    and not INSTITUTION_AFTER.match(text, known_cut.end, end)
                    and not _names_a_publication(text, words, end)
                    # (Nor a paper's masthead that opens with an agency's name: "Xinhua Daily".)
                    and _strip_trailing(words.name.rsplit(None, 1)[-1]).lower() not in MASTHEAD_WORDS
                )
                # Nor into another registered name: "Additional reporting: Reuters Irish Times
                # Newsletters" (the site's own, where the page's lines were joined). (Not a name in
                # capitals, which may be a word of a heading in capitals: "GET THE FOX NEWS APP Fox
                # News' Jane Roe".)
                or (
                    text[known_cut.end : known_cut.end + 1] == " "
                    and not known_cut.name.isupper()
                    and known.is_agency_name(known_cut.name)
                    and _registered_words_after(text, known_cut.end + 1, words.end, known)
                )
            )
        ):
            return known_cut
    if words is not None:
        suffix = _FINNISH_KIND_SUFFIX.search(words.name)
        if suffix is not None:
            # Finnish joins the kind to the name and declines it: "Esimerkki-lehdessä" (in the
            # magazine Esimerkki).
            words = Cut(words.name[: suffix.start()], words.start, words.end - len(suffix.group()))
    return words


# The kind of publication that Finnish joins to a name with a hyphen, declined (see `cut_name`).
_FINNISH_KIND_SUFFIX = re.compile(
    r"(?<=\w)-(?:lehde(?:ssä|stä|n)|lehteen|lehti|verkkolehde(?:ssä|stä|n)|sivusto(?:lla|lta|n)|palvelu(?:ssa|sta|n)"
    r"|blogi(?:ssa|sta|n))\Z"
)


def _registered_words_after(text: str, pos: int, end: int, known: KnownNames) -> bool:
    """True when the words from ``pos`` up to ``end`` begin with a registered name of two words
    or more ("Irish Times Newsletters")."""
    words = list(_TOKEN.finditer(text, pos, end))
    return any(known.is_known_name(text[pos : w.end()]) for w in words[1:4])


def known_prefix(text: str, pos: int, end: int, known: KnownNames) -> Cut | None:
    """The longest run of words from ``pos`` that is exactly a registered name, if any.

    >>> class Known:
    ...     def is_known_name(self, name: str) -> bool:
    ...         return name == "Truthout"
    >>> known_prefix("Truthout Lara Logan is a reporter", 0, 33, Known())
    Cut(name='Truthout', start=0, end=8, url=None)

    Chinese and Japanese run a name into the next words: the longest registered name the words
    begin with.

    >>> class KnownZh:
    ...     def is_known_name(self, name: str) -> bool:
    ...         return name == "示例社"
    >>> known_prefix("示例社和路透社的报道", 0, 10, KnownZh())
    Cut(name='示例社', start=0, end=3, url=None)
    """
    newline = text.find("\n", pos, end)
    end = min(end, pos + MAX_NAME_SPAN) if newline < 0 else newline
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, pos, end)]
    if tokens and _UNSPACED_LETTER.match(text, pos):
        # Chinese and Japanese run a name into the next words with no space: the longest
        # registered name the first word begins with ("美联社和路透社的报道" begins with "美联社").
        first_end = min(tokens[0][1], pos + _UNSPACED_NAME_CHARS)
        for stop in range(first_end, pos + 1, -1):
            if known.is_known_name(text[pos:stop]):
                return Cut(text[pos:stop], pos, stop)
    return _cut_known(text, tokens, known, end) if tokens else None


# A letter of the scripts that write no space after a name (Chinese, Japanese), and the longest
# such name `known_prefix` tries.
_UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_UNSPACED_NAME_CHARS = 12


# The words after an agency's name that make it its picture, graphics or television service's
# ("AFP Photo", "Reuters Graphics", "dpa Bildfunk"): no words of the page's after the agency.
_PICTURE_WORD = re.compile(
    r"[ \t]+(?i:photos?|pictures?|images?|graphics?|charts?|videos?|tv|fotos?|fotó|bild\w*|grafik\w*|"
    r"infogra\w*|фото\w*|видео|відео)\b"
)


# The words after an agency's name that make it another body's, named after it ("the Reuters
# Institute for the Study of Journalism", "the AFP Foundation").
INSTITUTION_AFTER = re.compile(
    r"[ \t]+(?:Institute|Institut|Instituto|Istituto|Foundation|Stiftung|Fundación|Fondation|Fondazione|Academy"
    r"|Akademie|Prize|Award|Preis|School|University|Universität)\b"
)


# The fields of a science news page or a press release that a source's name runs into where the
# page's lines were joined ("Provided by Example University Citation: ...", "Source: Example
# University Original Study DOI: ...").
_FIELD_PHRASE = re.compile(
    r"(?:Journal[ \t]+(?:reference|information)|Original[ \t]+(?:Study|Research|Article)|Key[ \t]+[Ff]acts"
    r"|(?:Media|Press)[ \t]+[Cc]ontacts?|More[ \t]+information|(?:Contact|Citation|DOI|Image|Author|Funding"
    r"|Reference|Pressekontakt|Kontakt|Ansprechpartner|Re)[ \t]*:"
    # A site's account buttons: "Read the original article on Business Insider Sign in to access ...".
    r"|(?:Sign|Log)[ \t]+(?:in|up|out)\b)"
)
# A field's label: words up to a colon ("Editor:", "Date of source:", "Mehr zum Thema:"), with
# nothing between them ("ORF Tirol / Bearbeitung:" ends the name at the slash).
_LABEL = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]*){1,4}?:(?:[ \t]|$)")


def _label_ahead(text: str, pos: int, end: int) -> bool:
    """True when a field's label follows ``pos`` within four words: the name's line has ended
    there, and the words between belong to the label ("Source: Truthout Date of source: ...").
    Capitalised words all the way to the colon are a label only in capitals ("VER MÁS:") or when
    the last is a field's ("Chief Editor:"): "News Room Guyana Share:" is a name before the share
    bar's label.

    >>> _label_ahead("Xinhua Editor: Li Jia", 6, 21), _label_ahead("SWR Dieses Thema im Programm: SWR", 3, 33)
    (True, True)
    >>> _label_ahead("SRF News Kategorien: Lyss", 3, 25), _label_ahead("Reuters said on Monday", 7, 22)
    (True, False)
    >>> _label_ahead("News Room Guyana Share: X", 4, 25), _label_ahead("Xinhua Chief Editor: Li", 6, 23)
    (False, True)
    """
    label = _LABEL.match(text, pos, end)
    if label is None:
        return False
    words = label.group().rstrip(": \t").split()
    return (
        len(words) == 1
        or not all(word[:1].isupper() for word in words)
        or all(word.isupper() for word in words)  # a heading in capitals: "VER MÁS:"
        or words[-1].lower() in _FIELD_LABELS
    )


def _names_a_publication(text: str, words: Cut | None, end: int) -> bool:
    """True when the word after a name cut from ``words`` says what it is ("website", "Zeitung")."""
    if words is None:
        return False
    after = _TOKEN.search(text, words.end, end)
    return after is not None and after.group().lower() in _PUBLICATION_NOUNS


def _joins(text: str, pos: int, end: int) -> bool:
    """True when the word after ``pos`` joins a list ("AFP y EFE") or opens another phrase with its
    article ("AFP Le 3 mai") rather than going on with a name ("The Times of Malta": "of" does
    neither)."""
    after = _TOKEN.search(text, pos, end)
    if after is not None and _NAME_GOES_ON_OF.match(text, after.start(), end):
        return False  # "El Periódico de la Energía": the Romance "of" goes on with the name
    return after is not None and (
        after.group().lower() in LIST_WORDS or after.group().lower() in _LEADING_ARTICLES
    )


# A name that goes on with the Romance "of" and a capitalised word ("El Periódico de la Energía",
# "Diario de Sevilla"), as `_joins` reads it.
_NAME_GOES_ON_OF = re.compile(
    r"(?:de|del|da|do|di|dos|das)[ \t]+(?:(?:la|las|los|l['’])[ \t]*)?[A-ZÀ-Þ][a-zß-ÿ]"
)


def _lower_word(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _PUBLICATION_NOUNS


def _noun_of_noun(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """True where a kind of publication is followed by another's, joined by an article or "of"
    ("Webseite der Zeitung Example", "the website of the newspaper Example"): the name comes after
    the second."""
    if text[tokens[i][0] : tokens[i][1]].lower() not in _PUBLICATION_NOUNS:
        return False
    j = i + 1
    while j < len(tokens) and j <= i + 2 and text[tokens[j][0] : tokens[j][1]].lower() in _OF_WORDS:
        j += 1
    return i + 1 < j < len(tokens) and text[tokens[j][0] : tokens[j][1]].lower() in _PUBLICATION_NOUNS


# A brand written in lower case, one word (see `_is_publication_noun`); a participle is none ("im
# Magazin erschienen", "in der Zeitung veröffentlicht").
# (Hyphenated too, which no participle is: "im Magazin welt-sichten".)
_LOWER_BRAND = re.compile(r"[a-zß-ÿ][a-zß-ÿ0-9]{1,20}(?:-[a-zß-ÿ0-9]{2,20})?")
_PARTICIPLE_ENDINGS = ("en", "iert", "icht", "ckt", "ert")


def _is_publication_noun(
    text: str,
    token: tuple[int, int],
    following: tuple[int, int],
    known: KnownNames | None = None,
    german: bool = False,
) -> bool:
    # "Wochenzeitung „der Freitag“", "the newspaper El País", "Zeitung Die Welt" - but "Diario Ejemplo".
    word = text[token[0] : token[1]]
    lower = word.lower()
    # (And German's compounds of the kinds after their article: "auf dem Wissenschaftsmagazin
    # Example.ch", "im Fachmagazin X".)
    compound = german and len(lower) > 9 and lower.endswith(_GERMAN_KIND_ENDINGS)
    if lower not in _PUBLICATION_NOUNS and not compound:
        return False
    after = text[following[0] : following[1]]
    if lower in _RELEASE_NOUNS and after in ("der", "des"):
        return True  # "Pressemitteilung der Universität Example": a release and its issuer
    if lower in _AGENCIES_NOUNS:
        # "las agencias EFE y AFP" names them; "Con información de agencias Noticias Destacadas"
        # names none (the page's heading after the word).
        return known is not None and known.is_known_name(after.rstrip(_TRAILING))
    # "der Nachrichtenagentur dpa": a registered name after the noun. "in der Zeitung Example
    # Post": German puts the kind of paper between its article and the name.
    if (known is not None and known.is_known_name(after.rstrip(_TRAILING))) or (
        german and (lower in _GERMAN_NOUNS or compound) and after[:1].isupper()
    ):
        return True
    # "im Blog DoSchu.Com": a capitalised noun (German writes them so) before a site's address.
    return (
        word.islower()
        # ("Telegram-канал Example": a messenger's name before the kind in lower case.)
        or word.rpartition("-")[2].islower()
        or after[:1] in _QUOTES
        # (A brand in lower case that closes the sentence: "im Magazin chrismon.")
        or (after[-1:] in ".!?" and _LOWER_BRAND.fullmatch(after[:-1]) is not None)
        or after in CAPITAL_ARTICLES
        or looks_like_domain(after.rstrip(_TRAILING))
    )


def _cut_quoted(text: str, start: int, end: int) -> Cut | None:
    close = _QUOTES.get(text[start])
    if close is None:
        return None
    stop = text.find(close, start + 1, min(end, start + MAX_NAME_CHARS))
    if text[start] == "„":  # German closes it with “, Polish, Czech, Hungarian and Romanian with ”
        other = text.find("”", start + 1, min(end, start + MAX_NAME_CHARS))
        stop = other if stop < 0 or 0 <= other < stop else stop
    if stop < 0:
        return None
    inner = text[start + 1 : stop].strip()
    if not inner or is_generic(inner):
        return None
    first = text.find(inner, start)
    return Cut(inner, first, first + len(inner))


def _cut_known(text: str, tokens: list[tuple[int, int]], known: KnownNames, end: int) -> Cut | None:
    # The longest run of words that is exactly a registered name, whatever its case ("dpa-afx").
    best: Cut | None = None
    key = ""
    stop = _unspaced_stop(text[tokens[0][0] : tokens[0][1]]) if tokens else None
    if stop is not None:
        # A name in a script without spaces ends at its punctuation ("示例日报，请下载 APP" holds
        # "APP" too, whose Latin key is another outlet's).
        tokens = [(tokens[0][0], tokens[0][0] + stop)]
    for j in range(min(len(tokens), 6)):
        s, e = tokens[0][0], tokens[j][1]
        words = text[s:e]
        stripped = words.rstrip(_TRAILING + " \t")  # "Kotaku ." closes at the name's last letter
        # A word that adds nothing to the name's key is none of it: "Kyodo -", "Reuters 小字号"
        # (a page's "small type" button; the key of a Latin name holds Latin letters only).
        previous, key = key, name_key(stripped) or script_key(stripped)
        if key != previous and known.is_known_name(stripped) and len(stripped) > 1:
            best = Cut(stripped, s, s + len(stripped))
        # Punctuation ends the run, but for a name's own "!" or "." ("YES! Magazine", "Ms.
        # Magazine"): what is taken must still be a registered name as a whole.
        # (Or a bar between a name's words: "Earth | Food | Life", registered so.)
        if len(stripped) < len(words) and not (
            (words.endswith(("!", ".")) or text[tokens[j][0] : tokens[j][1]] == "|") and j < len(tokens) - 1
        ):
            break
    if (
        best is not None
        and text[best.end : best.end + 1] not in _TRAILING
        and not _follow_ok(text, best.end, end)
    ):
        return None
    return best


_WEEKDAYS_EN = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# "The" (or "the", "THE") just before a name's first word.
ARTICLE_BEFORE = re.compile(r"\b(?:the|The|THE)[ \t]+\Z")


def _day_paper(text: str, tokens: list[tuple[int, int]], k: int, lower: str) -> int | None:
    """Where "The" starts when a weekday opens a title after it and before one capitalised word
    ("The Saturday Paper"); the name is taken with its article (a weekday alone opens no name).
    None for a date ("the Sunday May 3 edition")."""
    if k > 1 or lower not in _WEEKDAYS_EN or k + 1 == len(tokens):
        return None
    s, e = tokens[k]
    if k == 1:
        the = tokens[0][0] if text[tokens[0][0] : tokens[0][1]] == "The" else None
    else:
        before = ARTICLE_BEFORE.search(text, max(0, s - 6), s)
        the = before.start() if before else None
    if the is None or not text[s:e].istitle():
        return None
    word = text[tokens[k + 1][0] : tokens[k + 1][1]]
    following = _strip_trailing(word)
    if not (following[:1].isupper() and following.isalpha() and following.lower() not in _MONTHS_DAYS):
        return None
    # One word: a masthead of two ("The Saturday Paper"); more make an edition's name ("the
    # Sunday Example Ledger": the Example Ledger's Sunday paper), which is not this name.
    if following == word and k + 2 < len(tokens) and text[tokens[k + 2][0]].isupper():
        return None
    return the


def _sun_paper(text: str, tokens: list[tuple[int, int]], k: int, lower: str, taken: bool) -> bool:
    """True when "Sun" after a name's words is the paper's ("Kitsap Sun: Ferry riders ..."), not
    a day's abbreviation: no date follows it ("Example Times Sun, 3 Mar", "Sun Mar 3"; but "The
    Example Sun, a newsroom ...")."""
    if lower != "sun" or not taken:
        return False
    if k + 1 == len(tokens):
        return text[tokens[k][1] - 1] != ","
    following = text[tokens[k + 1][0] : tokens[k + 1][1]]
    return not following[:1].isdigit() and _strip_trailing(following).lower() not in _MONTHS_DAYS


def _cut_words(
    text: str, tokens: list[tuple[int, int]], end: int, known: KnownNames | None = None
) -> Cut | None:
    taken: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []  # connectors waiting for a capitalised word
    stopped_by_punctuation = False
    article = None  # where "The" starts before a weekday that opens the name
    for k, (s, e) in enumerate(tokens):
        token = text[s:e]
        stop = _unspaced_stop(token)
        if stop is not None:
            # (An opening bracket is the next thing's, a closing mark this name's: "総務省「家計調査」".)
            stop += token[stop] not in "（【「『("
            token, e = token[:stop], s + stop
        core = _strip_trailing(token)
        if not core:
            break
        # (Turkish's dotted capital "İ" is "i": "İlgili".lower() would keep a combining dot.)
        lower = core.replace("İ", "i").lower()
        if taken and (_DATELINE_AHEAD.match(text, s, end) and core.isupper() and len(core) >= 3):
            break
        if taken and _FIELD_PHRASE.match(text, s, end):
            break  # "Source: Example University Journal reference: ...": a science page's next field
        if k <= 1 and lower in _MONTHS_DAYS:
            article = _day_paper(text, tokens, k, lower)
        if (
            lower in _MONTHS_DAYS and article is None and not _sun_paper(text, tokens, k, lower, bool(taken))
        ) or (
            _DIGITS.match(core)
            and not _DIGIT_NAME.match(core)
            and not _digit_joins(text, tokens, k, bool(taken))
        ):
            break
        if (
            taken
            and lower in _ISSUE_WORDS
            and k + 1 < len(tokens)
            and text[tokens[k + 1][0] : tokens[k + 1][0] + 1].isdigit()
        ):
            # "der ZEIT Nr. 20/2024", "Example Review No. 12": the issue's number ends the name.
            stopped_by_punctuation = True
            break
        if taken and _ABBREVIATION.match(token):
            taken.extend(pending)
            pending = []
            taken.append((s, s + len(token.rstrip(",.;:"))))
            stopped_by_punctuation = True
            break
        if (
            taken
            and token in ("–", "—")
            and k + 1 < len(tokens)
            and (
                text[tokens[k + 1][0] : tokens[k + 1][1]][:1].islower()
                or any(_strip_trailing(text[a:b]).endswith(("'s", "’s")) for a, b in tokens[k + 1 : k + 4])
            )
        ):
            # "Example Weekly – der Text erschien dort ...": a clause after a dash, not the name;
            # so is a description of whose it is ("The Example Defender — Example Fund's News").
            stopped_by_punctuation = True
            break
        if (
            taken
            and (lower in _CONNECTORS or lower in _SENTENCE_OPENERS)
            and core[:1].isupper()
            and (not core.isupper() or core == "A")
            and k + 1 < len(tokens)
            and (
                text[tokens[k + 1][0] : tokens[k + 1][1]][:1].islower()
                or _strip_trailing(text[tokens[k + 1][0] : tokens[k + 1][1]]).lower() in _MONTHS_DAYS
                # ("... Example Police Department A 41-year-old man ...".)
                or (lower in ("a", "an") and text[tokens[k + 1][0] : tokens[k + 1][1]][:1].isdigit())
            )
        ):
            # "Via: Example Police In this article: ...": a capitalised connector before a word in
            # lower case opens a sentence or a label, not more of the name; so does a pronoun or an
            # adverb ("Originally published at Example Spies There is a pattern ..."), and a
            # connector before a month or a day ("... at Example Dispatch In November, the ...").
            break
        if (
            core in _CONNECTORS
            or (lower in _CONNECTORS and core.islower())
            # In a line of capitals a connector is capitalised too ("GIORNALE DEL POPOLO DEL 26"):
            # it waits for a word after it as the lower-case one does.
            or (taken and lower in _CONNECTORS and core.isupper() and len(core) >= 2)
            or (
                taken
                and core.islower()
                and len(core) <= 2
                and k + 1 < len(tokens)
                and lower not in _STOP_WORDS
            )
        ):
            if not taken:
                break
            if (
                lower == "on"
                and k + 1 < len(tokens)
                and _strip_trailing(text[tokens[k + 1][0] : tokens[k + 1][1]]).lower() in _PLATFORMS
            ):
                break  # "GEN on Medium": the publication, and the platform it stands on
            if (
                pending
                and text[pending[-1][0] : pending[-1][1]].lower() in _LIST_CONJUNCTIONS
                and lower in _ARTICLE_CONNECTORS
            ):
                # "da Agência Senado e da Agência Brasil": a conjunction and an article open the
                # next name of a list, not more of this one.
                pending.pop()
                break
            pending.append((s, e))
            if len(core) < len(token):
                break
            continue
        if (
            _POSSESSIVE.search(core)
            and (
                _site_word_after(text, tokens, k)
                # "on Example Broadcasting’s “Example Hour”": the owner of the programme quoted (a
                # name of one word keeps its "'s": "Harper's").
                or (taken and k + 1 < len(tokens) and text[tokens[k + 1][0]] in QUOTE_OPENERS)
                # "With files from CBC's Jane Doe": a registered outlet's reporter ("Harper's
                # Magazine" goes on: no outlet is called "Harper").
                or (
                    known is not None
                    and known.is_known_name(text[(taken or [(s, s)])[0][0] : s + len(core) - 2])
                )
            )
        ):
            # "on Example News's website": the owner of the site is the name.
            taken.extend(pending)
            taken.append((s, s + len(core) - 2))
            stopped_by_punctuation = True
            break
        if taken and is_caseless(core):
            break  # words of a script without case are not spaced apart: a space ends the name
        if (
            not _is_capitalised(core)
            or lower in _STOP_WORDS
            or (taken and lower in FURNITURE_WORDS)
            # ("Business Insider Terms/Privacy Policy": the footer's links joined by a slash.)
            or (taken and "/" in lower and lower.split("/", 1)[0] in FURNITURE_WORDS)
            or (not taken and lower in _HEADINGS)
            # ("The Motley Fool View Comments": a button's verb before the furniture it opens.)
            or (
                taken
                and lower in _BUTTON_VERBS
                and k + 1 < len(tokens)
                and text[tokens[k + 1][0] : tokens[k + 1][1]].lower().rstrip(".:") in _BUTTON_OBJECTS
            )
        ):
            break
        if taken and token.endswith(":") and lower in _FIELD_LABELS:
            break  # "Via: 9to5Google Source: SamMobile": the next field's label
        if (
            taken
            and lower == "plus"
            and k + 1 < len(tokens)
            and text[tokens[k + 1][0] : tokens[k + 1][1]].lower().startswith(("d'", "d’", "de", "sur"))
        ):
            break  # "Source: Belga Plus d'articles sur ce sujet": the page's heading, not "Canal Plus"
        taken.extend(pending)
        pending = []
        if _INITIALS.match(token):
            taken.append((s, e))
            continue
        taken.append((s, s + len(core)))
        if len(core) < len(token) or len(taken) >= MAX_TOKENS:
            stopped_by_punctuation = len(core) < len(token)
            break
    if not taken:
        return None
    s, e = taken[0][0] if article is None else min(article, taken[0][0]), taken[-1][1]
    role = _ROLE_SUFFIX.search(text, s, e)
    if role is not None:  # "ARD-Korrespondenten": the people of the outlet named before the hyphen
        e = role.start()
    firm = _FIRM_TAIL.match(text, e, end) if stopped_by_punctuation and text[e : e + 1] == "," else None
    if firm is not None:  # "Little, Brown and Company": a publisher named like a firm
        e = firm.end()
    name = text[s:e]
    if len(name) > MAX_NAME_CHARS or is_generic(name, known):
        return None
    if not stopped_by_punctuation and not _follow_ok(text, e, end):
        # A sentence's first words after a masthead's, where the lines were joined: "Source: The
        # Example News Wonder how many ...", "Source: Example Daily News Jane Roe has ..." name
        # the paper, up to its last masthead word.
        last = max(
            (
                k
                for k in range(1, len(taken) - 1)
                if _strip_trailing(text[taken[k][0] : taken[k][1]]).lower() in MASTHEAD_WORDS
            ),
            default=None,
        )
        if last is None:
            return None
        e = taken[last][1]
        name = text[s:e]
    at = name.rfind(" at ")
    if at > 0 and known is not None:
        # "by Jane Doe at Example News": the reporter and the outlet she works at.
        outlet = name[at + 4 :]
        if known.is_known_name(outlet) and not known.is_known_name(name):
            return Cut(outlet, s + at + 4, e)
    return Cut(name, s, e)


_POSSESSIVE = re.compile(r"\w['’]s$")
_SITE_WORDS = frozenset(
    "website site web homepage blog page pages newsletter podcast channel feed app edition "
    "supplement magazine section column weekend".split()
)


def _site_word_after(text: str, tokens: list[tuple[int, int]], k: int) -> bool:
    """True where a part of the outlet follows its possessive: "Example News's website", or with
    the part's own name first, "the Example Telegraph's Bygones supplement"."""
    for j in range(k + 1, min(k + 4, len(tokens))):
        following = _strip_trailing(text[tokens[j][0] : tokens[j][1]])
        if following in _SITE_WORDS:
            return True
        if not (following[:1].isupper() and following.isalpha()):
            return False
    return False


def _digit_joins(text: str, tokens: list[tuple[int, int]], k: int, after_words: bool) -> bool:
    # "NBC 4 New York": a number inside a name, between capitalised words; or a short one that
    # closes it before a full stop or at the end ("... apareceu primeiro em Example 247.": not a
    # year, "Reuters 2024.").
    if not after_words:
        return False
    token = text[tokens[k][0] : tokens[k][1]]
    number = token.rstrip(".,;:!?")
    # (Not a German date's day: "Quelle: Universität Beispiel 19. September 2024".)
    month_after = k + 1 < len(tokens) and (
        _strip_trailing(text[tokens[k + 1][0] : tokens[k + 1][1]]).lower() in _MONTHS_DAYS
    )
    if (
        number.isdigit()
        and len(number) <= 3
        and (token.endswith((".", ",")) or k + 1 >= len(tokens))
        and not month_after
    ):
        return True
    if k + 1 >= len(tokens):
        return False
    following = text[tokens[k + 1][0] : tokens[k + 1][1]]
    # "on 3 May 2024" is a date; "BBC 12 Comments" a page's count after the name.
    word = _strip_trailing(following).lower()
    return (
        token.isdigit()
        and len(token) <= 2
        and following[:1].isupper()
        and word not in _MONTHS_DAYS
        and word not in _COUNTED
    )


# The comments a page counts after a text ("12 Comments", "3 Kommentare"; not "France 24 Share
# this", where the number is the name's).
_COUNTED = frozenset(
    "comment comments kommentar kommentare commentaire commentaires comentario comentarios commento commenti "
    "comentário comentários reactie reacties комментарий комментария комментариев".split()
)


def _follow_ok(text: str, name_end: int, end: int) -> bool:
    after = _TOKEN.search(text, name_end, end)
    if after is None:
        return True
    word = _strip_trailing(after.group()).lower()
    if not word or not word[:1].isalpha() or not after.group()[:1].islower() or is_caseless(word):
        return True
    if word in _BEFORE_A_DATE:
        # "no jornal Example a 14 de março", "dans Exemple Hebdo le 3 mai": the day it ran.
        day = _TOKEN.search(text, after.end(), end)
        return day is not None and day.group()[:1].isdigit()
    if word in _FOLLOW_OK or word in _CONNECTORS:
        return True
    if looks_like_domain(word):
        return True  # the next item of a list of sources: "dpa und AFP spiegel.de: ..."
    # A word that says which of the house's sites it is: "the Example Systems engineering blog",
    # "Example News's official website".
    site = _TOKEN.search(text, after.end(), end)
    return site is not None and _strip_trailing(site.group()).lower() in _SITE_WORDS


_BEFORE_A_DATE = frozenset("a le au à".split())
