"""The rule library: every syndication statement the text extractor knows, as data.

Each `Rule` has an id, the relation it states, its languages, a *trigger* (an RE2 pattern; all
triggers are scanned in one linear-time pass), a *pattern* (a Python regex matched where the
trigger starts, with bounded repetition only), optional context checks before and after, and
real examples that the tests run. Groups in a pattern or a ``before`` check:

``tail``   the words after the credit phrase, from which `names.cut_name` cuts the outlet's name;
``name``   the outlet's name exactly as it stands (datelines: "(Reuters)");
``inner``  an outlet credited through another one ("Press Service via AP": the Press Service);
``title``  the credited article's title (the Yoast feed footer names it).

Rules with ``name_from_trigger`` take the trigger's own words as the name (the wire and picture
agency names of the registry, inserted where a trigger says ``{AGENCIES}``). Rules that share a
trigger are tried in table order and the first that fires wins, so specific wordings come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from provenance.extractors.names import DATE_LABEL_WORDS, FURNITURE_WORDS
from provenance.models import Relation

R = Relation.REPUBLISHED_FROM
W = Relation.WIRE_CREDIT
S = Relation.SOURCE_CREDIT
I = Relation.IMAGE_CREDIT  # noqa: E741

AGENCIES = "{AGENCIES}"
# The same names without a word boundary after them, for bylines glued to a date.
AGENCY_STEMS = "{AGENCY_STEMS}"
# The agencies' names in the scripts the scan reads only here (Devanagari, Bengali, Thai, Hebrew,
# kana: see `text._SCANNED_SCRIPTS`).
AGENCIES_UNSCANNED = "{AGENCIES_UNSCANNED}"

# Shared pieces of the Python patterns.
_SP = r"[ \t\u00a0]+"
# A byline's date label in lower case (`names.DATE_LABEL_WORDS`): "par X et AFP publié le ...".
_DATE_LABEL_WORD = "|".join(sorted(DATE_LABEL_WORDS, key=lambda w: (-len(w), w)))
# "with permission", "with the kind permission of", "with the author's permission from".
_OPT_PERMISSION = (
    r"(?:[ \t]+with[ \t]+(?:the[ \t]+)?(?:(?:kind|express|written|author['’]s|authors['’]|publisher['’]s)[ \t]+)?"
    r"permission(?:[ \t]+(?:of|from))?)?"
)
_DASH = r"[ \t]*(?:[-—–]{1,2}|\.-)"
# An agency in parentheses, with desks or other agencies after slashes: "(dpa)", "(afp/nxp)".
# An editor's initials may come first: "(chk/sda)", "(ino/AFP)"; the name is then read after them
# (`more_names`: the words between slashes that a registry knows). Agencies may also be joined by
# a hyphen: "(ANSA-AFP)", as Italian copy credits a foreign agency's.
# An agency in parentheses, with others after it: "(dpa/AFP)", "(AFP, dpa)", "(AFP und dpa)"; an
# Austrian paper's sign-off adds the desk and the date: "(APA, red, 3.5.2024)", "(red, APA)".
_AGENCY_IN_PARENTHESES = (
    # An editor's initials may come first: "(red/dpa)", "(kam mit dpa)".
    r"\(\s*(?:[a-zäöü]{2,4}\s*(?:[/,](?:\s*mit\s)?|\smit\s)\s*)?(?:"
    + AGENCIES
    + r")\s*(?:(?:[/,–—-]|\s(?:und|and|et|y|e|&)\s)\s*[^\W\d_][\w.-]{0,19}\s*){0,8}(?:,\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*)?"
    # A portal's editor after the agency: "(dpa/bearbeitet von mss)".
    r"(?:/\s*(?:bearbeitet|überarbeitet|ergänzt)\s+von\s+[\w.]{1,20}(?:\s+[\w.]{1,20})?\s*)?\)"
)
_AGENCY_IN_PARENTHESES_NAME = r"\(\s*(?:[a-zäöü]{2,4}\s*,?\s+mit\s+)?(?P<name>[^()/,\n]{2,40}?)\s*(?:[/,][^()\n]{0,60}|\s[–—]\s[^()\n]{0,60}|\s(?:und|and|et|y|e|&)\s[^()\n]{0,60})?\)"
# Labels of pictures, videos, graphics, maps and tables in more languages: German compounds, Dutch,
# the Nordic languages, Finnish, Hungarian, the Romance and Slavic languages, Greek, Turkish,
# Chinese, Japanese, Korean, and more. Written as a label begins; `contexts._PICTURE` reads them in any case.
PICTURE_LABELS_MORE = (
    r"(?:Archiv|Symbol|Titel|Beitrags|Vorschau|Presse|Agentur|Aufmacher|Rubriklisten)(?:bild|foto)s?"
    r"|Beeld|Archief(?:foto|beeld)|Arkiv(?:bild|foto)|Billede|Kuva|Fotó"
    # (Australian captions: "(Supplied: AFP)", a picture handed to the paper.)
    r"|Supplied"
    r"|Fotograf(?:ía|ia|ie)s?|Imagem|Снимк[аи]|Φωτογραφία|ΦΩΤΟΓΡΑΦΙΑ|ΦΩΤΟ|Fotoğraf|Görsel|图片(?:来源)?|圖片(?:來源)?|照片|写真|사진"
    # Thai, Swahili, Indonesian, Hindi, Bengali, Arabic, Persian, Urdu, Hebrew.
    r"|ภาพ|Picha|Gambar|फोटो|तस्वीर|ছবি|(?:ال)?صورة|أرشيفية|عکس|فوٹو|تصویر|צילום|Ljósmynd"
    # Maltese.
    r"|Ritratt|Ritratti"
    # "图/新华社": the one-character Chinese label (a word of its own only between marks).
    r"|[图圖]"
    r"|视频(?:来源)?|視頻(?:來源)?|影片(?:來源)?|Видео|Відео|Wideo|Infogra\w*|Gr[áa]fico|Graphique|Grafika|Carte|Mapa|Tabelle|Tabla|Tabella|Tableau"
    r"|Ilustraci[óo]n|Ilustração|Illustrazione|Dibujo|Disegno|Dessin|Zeichnung|Карта|Инфографика|Графика"
)
# A picture's credit line before a name: "Foto: Name (dpa)", "© APA/APA (dpa)/Name", "Fot. PAP".
_PICTURE_LABELS = (
    r"(?:Bildrechte|Bildquelle|Bildnachweis|Fotoquelle|Fotos?|Photos?|Photograph\w*|Bild(?:er)?|Images?"
    r"|Pictures?|Pics?|Credits?|Videos?|Vídeos?|Audios?|Áudios?|Grafik\w*|Graphics?|Charts?|Illustrations?|Imagen|Immagine|Фот[оа]\w*|Світлин\w*"
    r"|Zdjęci\w*|Crédit(?:o|os)?|Fot|Φωτο|Karte"
    # In capitals as a caption's label: "FOTO: EFE/Archivo".
    r"|FOTOS?|PHOTOS?|BILD|IMAGEN?|IMMAGINE|CR[ÉE]DITOS?|CREDITS?|ФОТО|" + PICTURE_LABELS_MORE + r")"
)


# Where a label stands: at the start, after a mark, or after a word that is no article or
# pronoun ("Vatikanstadt Foto dpa"); "die Karte sei teuer", "the photo shows" are the story's nouns.
# (One look-ahead for each length of word: `backwards` reverses look-aheads of one width only.)
_ARTICLES_BEFORE_NOUNS = (
    "der die das dem den des ein eine einem einen einer eines diese diesem diesen dieser dieses seine seinem "
    "seinen seiner seines ihre ihrem ihren ihrer ihres the a an this that these those its his her their our "
    "la le les el los las il lo gli un une una uno um uma"
    # And the prepositions before a noun with no article: "Polizei fahndet mit Fotos" is prose.
    " mit ohne with without avec sans con sin com sem"
).split()
_LABEL_STANDS = (
    r"(?:\A|(?<=[^\w \t])[ \t]*|\b"
    + "".join(
        r"(?!(?:" + "|".join(sorted(w for w in _ARTICLES_BEFORE_NOUNS if len(w) == n)) + r")[ \t])"
        for n in sorted({len(w) for w in _ARTICLES_BEFORE_NOUNS})
    )
    + r"\w+[ \t]+)\b"
)


# The end of a label's word: a word's boundary, or the vowel sign or the virama that ends a word of
# an Indic script, which `re` counts as no word's letter ("फोटो: ANI").
_LABEL_END = r"(?:\b|(?<=[\u093a-\u094f\u0981-\u0983\u09bc-\u09d7\u0a3c-\u0a51\u0abc-\u0acd\u0b3c-\u0b57\u0bbe-\u0bcd\u0c3e-\u0c56\u0cbc-\u0cd6\u0d3e-\u0d57]))"


def _picture_label_before(reach: int) -> str:
    """A picture's label at most ``reach`` characters before a look-back's end, as a caption's:
    a label before a capitalised word is a menu's ("Opinion Video Radio KNA Published", "Features
    Videos Feeds New Delhi, May 3 (PTI)" where the page's lines ran together); a caption's goes on
    with a colon, a name ("Foto dpa", "Photo AFP") or its words in lower case ("File photo of").
    A closing bracket ends the caption: "(foto ANSA) Milano, 5 giu. (askanews) -" and "...
    Flüchtlingsunterkunft (Symbolbild). Hannover (epd)." are datelines.
    Written with no look-ahead, so that it still reads backwards (`backwards`)."""
    return (
        _LABEL_STANDS + _PICTURE_LABELS + _LABEL_END + r"(?-i:[^ \t\n)][^\n)]{0," + str(reach - 1) + r"}"
        r"|[ \t]+(?:[^A-ZÀ-Þ\s)]|[A-ZÀ-Þ][^a-zß-ÿ)])[^\n)]{0,"
        + str(reach - 2)
        + r"}|[ \t]+[A-ZÀ-Þ]|[ \t]*)\Z"
    )


# (Or further in a parenthesis that a picture's label opens: "(Fotos: Jana Roe, Jo Doe, IMAGO/Jan
# Roe, Reuters)" lists the pictures' makers, whatever its length.)
_PICTURE_BEFORE = (
    r"(?:©|\(c\))[^\n]{0,40}\Z|"
    + _picture_label_before(40)
    + r"|\((?i:"
    + _PICTURE_LABELS
    + r")[ \t]*:[^()\n]{0,160}\Z"
)
# What every match of `_PICTURE_BEFORE` holds, for RE2 (`Rule.not_before_screen`).
_PICTURE_SCREEN = r"(?i)©|\(c\)|" + _PICTURE_LABELS


def _byline_name(space: str) -> str:
    """One of a byline's names and what follows it (a separator, or a conjunction or "for"), with
    ``space`` as the spaces it may hold: ``[ \\t]`` within a line, ``\\s`` across lines."""
    return (
        r"[A-ZÀ-ÞА-Я][^\s,|/]{0,30}(?:"
        + space
        + r"*[,|/–—]"
        + space
        + r"*|"
        + space
        + r"+(?:(?:and|und|et|y|e|&|for|für|pour|para)"
        + space
        + r"+)?)"
    )


# The nouns an English credit calls the text it stands under ("This *story* was first published
# by X", "A version of this *essay* ran in X"): kinds of writing, never "entry" (WordPress's "This
# entry was posted in Politics" names a category).
TEXT_NOUNS = (
    r"(?:article|story|stories|post|blog\s+post|piece|essay|column|report|interview|op-ed|commentary|analysis|"
    r"content|feature|excerpt|text|item|review|letter|editorial|investigation|newsletter|explainer|profile|"
    r"transcript|series|chapter|cartoon|poem|obituary|opinion\s+piece|guest\s+post|dispatch|story\s+package)"
)

# Languages as Spanish, Portuguese, Italian and French name them: "publicado originalmente en inglés
# en X", "paru en anglais": a language after "en" or "in" is no outlet.
_ROMANCE_LANGUAGES = (
    r"(?:ingl[ée]se?s?|ingl[êe]s|anglais|espa[ñn]ol|espanhol|spagnolo|espagnol|franc[ée]se?s?|franc[êe]s|alem[áa]n|"
    r"alem[ãa]o|allemand|tedesco|portugu[ée]s|portoghese|italiano|italien|russo|ruso|russe|chino|chin[êe]s|cinese|"
    r"chinois|[áa]rabe|arabo|catal[áa]n)"
)

# Languages as English names them: "translated from the Spanish" names no outlet.
_LANGUAGES_EN = (
    r"(?:English|Spanish|French|German|Italian|Portuguese|Russian|Ukrainian|Belarusian|Chinese|Mandarin|Cantonese|"
    r"Arabic|Japanese|Korean|Persian|Farsi|Dari|Pashto|Hebrew|Yiddish|Turkish|Kurdish|Polish|Dutch|Flemish|Swedish|"
    r"Norwegian|Danish|Finnish|Icelandic|Greek|Hindi|Urdu|Bengali|Punjabi|Tamil|Vietnamese|Thai|Indonesian|Malay|"
    r"Tagalog|Czech|Slovak|Slovenian|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Bosnian|Macedonian|Albanian|"
    r"Catalan|Basque|Galician|Estonian|Latvian|Lithuanian|Georgian|Armenian|Azerbaijani|Kazakh|Uzbek|Swahili|"
    r"Amharic|Somali|Hausa|Nepali|Sinhala|Sinhalese|Burmese|Khmer|Lao|Mongolian|Tibetan|Uyghur|Yoruba|Igbo|Zulu|"
    r"Afrikaans|Maltese|Irish|Welsh|Gaelic|Marathi|Gujarati|Telugu|Kannada|Malayalam|Assamese"
    # And as a page's language menu names them ("Read this post in Español, Français").
    r"|Español|Français|Deutsch|Italiano|Português|Nederlands|Polski|Türkçe|Svenska|Norsk|Dansk|Suomi|Čeština"
    r"|Magyar|Română|Català|Русский|Українська|Ελληνικά|中文|日本語|한국어|العربية|فارسی"
    # And by their own words for "language" ("Read this story in Bahasa Melayu").
    r"|Bahasa[ \t]+(?:Melayu|Malaysia|Indonesia)|Tiếng[ \t]+Việt|Filipino)"
)

# "This article was", "The following post is": an aggregator's words for the item it closes.
_THIS_POST_WAS = (
    r"\b(?:this|the)\s+(?:following\s+)?(?:article|story|post|piece|essay|report|column|entry|item)\s+"
    r"(?:was|is|has\s+been)\s+(?:first\s+|originally\s+)?\Z"
)

# Where a statement opens its sentence or line: the line's start, after a sentence's end (a quote
# or a bracket may close it), or after an opening bracket, an asterisk or a dash.
_SENTENCE_OPENS = r"^|[.!?:;][\"”’)]?[ \t]+|[(\[*—–][ \t]*"

# What a text says of itself before "adapted from", "excerpted from": opening its sentence or line,
# or "This article is", "This is an edited version of" (not "the film, adapted from ...").
_THIS_TEXT_IS = (
    r"\b(?:this[ \t]+(?:[a-z-]+[ \t]+)?|the[ \t]+" + TEXT_NOUNS + r"[ \t]+)(?:is|was|has[ \t]+been)[ \t]+"
)
_OF_THIS_TEXT = (
    r"(?:" + _SENTENCE_OPENS + r"|" + _THIS_TEXT_IS + r"(?:(?:an?|the)[ \t]+(?:[a-z]+[ \t]+)?)?)\Z"
)

# Another text that a story names, not this one: "In an op-ed originally published in X, the
# senator argued ...", "in his column originally published by X" ("Excerpts from an article
# originally published by X", "a translation of an article ..." are this text's source).
_ANOTHER_TEXT = r"\bin\s+(?:an?|his|her|their|its|another)\s+(?:[\w-]+\s+)?" + TEXT_NOUNS + r"\s+\Z"

# What follows "appeared in" or "is at" and names no publisher: a language, a part of the paper (its
# print edition, a section, a page, "A1"), a partnership.
_NO_PUBLISHER_AFTER = (
    r"(?:"
    # A language, not a name that starts with one ("in Armenian Weekly").
    + _LANGUAGES_EN
    + r"\b(?![ \t]+(?-i:[A-Z]))|print|full|part|partnership|collaboration|cooperation|association|conjunction|section|page|volume|vol|issue|"
    r"(?-i:[A-Z]\d{1,2}))\b"
)

# The languages a German sentence may name where an outlet could stand ("zuerst auf Englisch im X").
_LANGUAGES_DE = (
    r"(?:Englisch|Deutsch|Französisch|Spanisch|Italienisch|Russisch|Polnisch|Türkisch|Arabisch|Chinesisch|"
    r"Ukrainisch|Niederländisch|Portugiesisch|Japanisch)"
)
# Nor a language in its declined form after a preposition ("aus dem Englischen").
_NOT_A_LANGUAGE_DE = r"(?!(?:der\s+|dem\s+|des\s+)?(?:\w*ischen|Deutschen)\b)"
# A label that opens its line, or its sentence where the lines ran together ("Erschienen in:",
# "Original:", "Gefunden bei:").
_LABEL_OPENS = r"(?:^|\A|[.!?»“\"][ \t]+)[ \t*]*\Z"

# "First (or originally) published" in Greek, Romanian, Finnish, the languages of the former
# Yugoslavia and Danish: the trigger of the rule "first-published-more" and the start of its pattern
# (RE2's "\b" is ASCII's: the Greek phrase goes without it).
_FIRST_PUBLISHED_MORE = (
    r"(?:δημοσιεύ(?:θηκε|τηκε)\s+(?:αρχικά|πρώτα|για\s+πρώτη\s+φορά)"
    r"|\bpublicat\s+(?:ini[țţt]ial|pentru\s+prima\s+dat[aă]|original)"
    r"|\b(?:julkaistiin|on\s+julkaistu)\s+(?:alun\s+perin|ensin|ensimmäisen\s+kerran)"
    r"|\b(?:izvorno|prvobitno|prvotno|prvi\s+put|prvič)\s+(?:je\s+)?objavljen\w*"
    r"|\b(?:først|oprindeligt?|opprinnelig|første\s+gang)\s+(?:bragt|publiceret|publisert|udgivet|utgitt)"
    r"|\bpůvodně\s+(?:vyšel|vyšla|vyšlo|publikován\S*|zveřejněn\S*)|\bpôvodne\s+(?:vyšiel|vyšla|vyšlo|publikovan\S*|uverejnen\S*)"
    r"|\b(?:es\s+va\s+publicar|publicat)\s+(?:originalment|per\s+primera\s+vegada)"
    # Estonian ("Lugu ilmus esmalt ajalehes X") and Vietnamese ("Bài viết được đăng lần đầu trên X").
    r"|\b(?:ilmus|avaldati)\s+(?:esmalt|algselt|esimest\s+korda)|đăng\s+(?:tải\s+)?lần\s+đầu\s+(?:trên|tại)"
    # Icelandic ("Greinin birtist fyrst í X"), Latvian ("Raksts pirmo reizi publicēts X mājaslapā")
    # and Lithuanian ("Straipsnis pirmą kartą paskelbtas X").
    r"|\bbirtist\s+(?:fyrst|upphaflega)|\b(?:pirmo\s+reizi|sākotnēji|oriģināli)\s+publicēt\w*"
    r"|\b(?:pirmą\s+kartą|iš\s+pradžių|pirmiausia)\s+(?:paskelbt|publikuot|išspausdint)\w*"
    # Serbian and Croatian "Materijal je preuzet sa portala X" (taken from), Bulgarian "Статията е
    # публикувана първо в X".
    r"|\bpreuzet[oa]?\s+(?:sa|s|iz|od)|публикуван[аио]?\s+(?:първо|първоначално|за\s+първи\s+път)"
    # Macedonian and Serbian in Cyrillic ("Текстот е првично објавен на X"), Albanian ("Ky artikull
    # u botua fillimisht nga X") and Maltese ("Dan l-artiklu deher oriġinarjament fil-gazzetta X").
    r"|(?:првично|првобитно|изворно)\s+(?:је\s+)?објав(?:љ)?ен\S*|\bu\s+botua\s+(?:fillimisht|për\s+herë\s+të\s+parë)"
    r"|\bdeher\s+(?:oriġinarjament|originarjament|għall-ewwel\s+darba))"
)
# Russian and Ukrainian "based on (or using) material from": trigger and pattern of "po-materialam".
_BASED_ON_MATERIAL = (
    r"(?:по\s+материалам|за\s+матеріалами|с\s+использованием\s+материалов|з\s+використанням\s+матеріалів"
    # "Материал подготовлен по сообщениям агентств Reuters и AFP" (from the agencies' reports).
    # (RE2's \w is ASCII's: the participle's ending goes as \S, "подготовлена".)
    r"|подготовлен\S*\s+по\s+сообщениям|підготовлен\S*\s+за\s+повідомленнями"
    # "Материал подготовлен на основе информации РИА Новости", "... на основе публикации издания X".
    r"|подготовлен\S*\s+на\s+основе\s+(?:информации|публикаци[ий]|материалов|сообщений|данных)"
    r"|підготовлен\S*\s+на\s+основі\s+(?:інформації|публікаці[їй]|матеріалів|повідомлень|даних)"
    # "При подготовке материала использованы данные агентства «Интерфакс»" (the agency's data or
    # material was used), "використано матеріали Укрінформу".
    r"|использован[аоы]?\s+(?:материалы|сообщения|(?:данные|информация)\s+агентства?)"
    r"|використан[оіа]?\s+(?:матеріали|повідомлення|(?:дані|інформацію)\s+агенці[їй]))"
)

# "Source de l'article :", "Fuente del artículo:", "Source of this article:" - the label of a source line.
_OF_THE_ARTICLE = (
    r"\s+(?:de\s+l['’]article|del\s+art[íi]culo|dell['’]articolo|do\s+artigo|des\s+Artikels|"
    r"of\s+(?:the|this)\s+(?:article|story|post|news))"
)

# The languages whose word for "source" labels a source line (see the rule "source-line").
# Chinese words that say a text was reprinted from, or first carried by, the name after them
# ("本文转载自", "原载于", "以下文章来源于": a WeChat account's repost of another's).
_ZHUANZAI = (
    r"(?:转载自|轉載自|转自|轉自|原载于|原載於|原文来自|原文來自|本文来自|本文來自|本文来源于|本文來源於"
    r"|以下文章来源于|以下文章來源於)"
)
# The agencies' names as Hindi papers write them in a dateline (PTI's "प्रेट्र" and "भाषा", UNI's
# "वार्ता"), and as Bangladeshi papers write them in a byline.
_HINDI_AGENCIES = r"(?:एएनआई|पीटीआई|आईएएनएस|प्रेट्र|यूएनआई|वार्ता|भाषा)"
_BENGALI_AGENCIES = r"(?:বাসস|ইউএনবি|এএফপি|রয়টার্স)"

# A Japanese portal's word for "delivered" after the time and before the provider, and the count of
# readers' comments that may come between ("12:43配信 32 コメント32件 時事通信").
_HAISHIN = r"配信\s+(?:\d+[ \t]+)?(?:コメント\d+件\s+)?"

_SOURCE_LABEL_LANGUAGES = tuple(
    "en de es fr it pt ru uk nl pl tr cs sk sv da no fi et lv lt sl sq mk hu ro hr sr bg el id vi ar he zh ja ko th mt km lo am ku".split()
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One way of writing a syndication statement."""

    id: str
    relation: Relation
    languages: tuple[str, ...]
    trigger: str
    pattern: str = r"(?P<tail>)"
    examples: tuple[tuple[str, tuple[str, ...]], ...] = ()
    counterexamples: tuple[str, ...] = ()
    before: str | None = None
    before_required: bool = True
    before_window: int = 320
    not_before_window: int = 60
    # Cheap pre-checks: one of ``hints`` must stand in the ``hint_window`` characters before the
    # trigger, or the rule is not tried (most agency-name hits are ordinary mentions).
    hints: tuple[str, ...] = ()
    hint_window: int = 0
    not_before: str | None = None
    # A cheap pre-check of ``not_before`` (RE2, in the same window): every match of ``not_before``
    # holds one of its matches, so where it finds nothing ``not_before`` is not tried (a picture's
    # label read backwards tries its hundred labels at each of forty places).
    not_before_screen: str | None = None
    reject_after: str | None = None
    weight: float = 0.9
    by_kind: bool = False
    wire_only: bool = False
    # Not a wire: where an agency stands, the agencies' own rules read it.
    publisher_only: bool = False
    # Not an aggregator: an app or a reader the item passed through names no upstream ("From:
    # Pocket" over a saved article).
    no_aggregator: bool = False
    known_only: bool = False
    name_from_trigger: bool = False
    fixed_outlet: str | None = None
    case_sensitive: bool = False
    chain_via: bool = False
    # Names that follow in a list ("(dpa/AFP)", "avec AFP et Reuters") are credited too when known.
    more_names: bool = False
    # At most this many lower-case words among the last six words before the trigger: a name standing
    # among capitalised words, dates and separators is a label; in running prose it is a mention.
    max_prose_words: int | None = None
    # The name alone on a line in the middle of the text (a picture's or a chart's credit) is none;
    # under the text's first line, a title with no full stop, it is the byline.
    not_alone_on_line: bool = False
    # Tried only where no other rule fires at the same place.
    fallback: bool = False
    # Another rule whose contexts judge this one's statements: a label read apart only for its
    # case ("Font:" in Catalan is a source line, as "Source:" is).
    judged_as: str = ""
    # For a rule that reads a name from its trigger: tried where the name stands between two
    # lower-case words ("передає кореспондент Укрінформу у ..."); the others are not.
    in_prose: bool = False
    # The name may be a generic word ("AGENCIAS" in a byline credits agencies left unnamed).
    generic_ok: bool = False
    # An unregistered name written as a person's (two or three capitalised words, none a
    # masthead's: "With files from Jane Roe") is a colleague's, not an outlet.
    no_person: bool = False
    # The list after the phrase is of agencies by the text's own words: unknown names count too.
    list_any: bool = False
    # A name in parentheses after the words it abbreviates ("Physical Society (APS)") is no credit.
    abbreviation_check: bool = False
    # The name of the before's ``inner`` group counts only when a registry knows it, it is a
    # site's address or it is written as a publication's (with its article, in capitals): "FRANCE
    # 24 avec AFP" credits the house, "Par Jean Dupont avec AFP" the agency alone.
    inner_known_only: bool = False
    description: str = field(default="")


# The verbs a sentence about an agency goes on with after its name ("The Associated Press said
# Thursday it plans to cut staff"): the agency is the story's subject, not its source.
_AGENCY_AS_SUBJECT = (
    r"[ \t]+(?:said|says|reported|reports|announced|announces|plans|has|is|was|will|would|confirmed)\b"
    # Or a clause on it ("The Example Media Group, which owns the national agency, has ...").
    r"|,[ \t]+(?:which|whose|who)\b"
)

# "contributed to this report", "contributed reporting", "contributed from Paris", and a bare
# "contributed." closing the sentence of a staff line.
_CONTRIBUTED = (
    r"\bcontributed(?:\s+(?:reporting\b|from\s|(?:to\s+)?(?:this|the)\s+(?:report|story|article))|\.(?:\s|$))"
)


# A date as page furniture writes it: "03.05.2024", "2024-05-03", "3 mai 2024", "3 de mayo de
# 2024", "03 maggio 2024", "3. Mai 2024", "May 3, 2024" (months in en, de, fr, es, it, pt, nl,
# and the Scandinavian languages: "14. maj 2024", "3. marts 2024", "2 augusti 2024", "1. desember";
# Dutch abbreviates March "mrt.").
MONTH = (
    r"(?:jan(?:uary|uar|vier|eiro|uari)?|feb(?:ruary|ruar|braio|rero|ruari)?|f[ée]v(?:rier|ereiro)?|"
    r"m(?:ar(?:ch|zo|s|ço|ts?)?|är(?:z|ts)?|aart|rt)|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|ma[iyj]o?|mei|mag(?:gio)?|"
    r"jun[ei]?|juin|junho|giu(?:gno)?|jul[iy]?|juil(?:let)?|julho|lug(?:lio)?|aug(?:ust|ustus|usti)?|"
    r"ao[uû]t|ago(?:sto)?|sep(?:t|tember|tiembre|tembre)?|set(?:tembre|embro|iembre)?|o[ck]t(?:ober|obre|ubre)?|"
    r"ott(?:obre)?|out(?:ubro)?|nov(?:ember|embre|embro)?|de[cz](?:ember|embre|embro)?|d[ée]c(?:embre)?|"
    r"desember|dic(?:iembre|embre)?|ene(?:ro)?|gen(?:naio)?"
    # (Estonian: "19. juuni 2024"; Russian and Ukrainian, the month declined: "5 марта 2024", "5 березня".)
    r"|jaanuar|veebruar|aprill|juuni|juuli|oktoober|detsember"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)"
)
# The labels of a page's date beside a byline ("Updated: May 3", "Actualizado 03/05/2024").
DATE_LABELS = (
    # ("Publish : 05 Dec 2023", as Bangladeshi sites label it.)
    r"(?:Updated|Published|Publish|Posted|Last\s+updated|Aktualisiert|Veröffentlicht|Mis\s+à\s+jour|Publié|Actualizado|"
    r"Publicado|Atualizado|Aggiornato|Pubblicato|Opublikowano|Zaktualizowano|Gepubliceerd|Bijgewerkt|"
    r"Обновлено|Опубликовано|Publiziert|Publicerad|Uppdaterad|Publiceret|Opdateret|Publisert|Oppdatert|Julkaistu|"
    r"Päivitetty|Publikováno|Aktualizováno|Publicat|Actualizat|Objavljeno|"
    # (Polish "Data utworzenia", the Baltic and Hungarian labels.)
    r"Data[ \t]+(?:utworzenia|publikacji|aktualizacji|dodania)|Avaldatud|Uuendatud|Publikuota|Atnaujinta|Publicēts|"
    r"Atjaunots|Közzétéve|Frissítve)"
    # (Portuguese puts its preposition before the colon: "Publicado a: 12 Mar 2024", "Atualizado em:".)
    r"(?:[ \t]+(?:a|em))?"
)

# The words of those labels, as cheap pre-checks (`Rule.hints`).
_DATE_LABEL_HINTS = tuple(sorted(set(re.findall(r"[^\W\d_]{3,}", DATE_LABELS))))

PAGE_DATE = (
    # (Czech and Slovak put a space after each point: "18. 4. 2024"; the year may come first, with
    # dashes, slashes or points: "2024-03-14", "2024/03/14", "2024.03.14".)
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\d{1,2}\.[ \t]\d{1,2}\.[ \t]\d{4}\b|\d{4}[-/.]\d{2}[-/.]\d{2}\b|"
    # (Latvian, Lithuanian and Hungarian put the year first: "2024. gada 14. maijs", "2024 m. gegužės
    # 14 d.", "2024. március 14.")
    r"\d{4}\.[ \t]+gada[ \t]+\d{1,2}\.[ \t]+[a-zāčēģīķļņšūž]{3,10}\b|\d{4}[ \t]+m\.[ \t]+[a-ząčęėįšųūž]{3,12}[ \t]+\d{1,2}[ \t]+d\.|"
    # (Chinese and Japanese: "2024年3月12日".)
    r"\d{4}年\d{1,2}月\d{1,2}日|"
    r"\d{4}\.[ \t]+(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november"
    r"|december)[ \t]+\d{1,2}\.|"
    r"\d{1,2}\.?[ \t]+(?:de[ \t]+)?"
    + MONTH
    + r"\.?,?[ \t]+(?:de[ \t]+)?\d{4}\b|"
    + MONTH
    + r"\.?[ \t]+\d{1,2},?[ \t]+\d{4}\b)"
)


# A date as Czech and Polish write it, the month's name declined ("12. března 2024", "12 marca 2024").
_SLAVIC_DATE = (
    r"\d{1,2}\.?[ \t]+(?:ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
    # Croatian's own months, and the Serbian and Slovenian Latin ones ("12. ožujka 2024", "12. marta").
    r"|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|studenog|prosinca"
    r"|januara|februara|marta|aprila|juna|jula|avgusta|septembra|oktobra|novembra|decembra"
    r"|januarja|februarja|junija|julija)"
    r"[ \t]+\d{4}\b"
)
# The months' names in Arabic dates: the Gulf's and Egypt's, the Levant's and the Maghreb's; and
# the weekdays.
_ARABIC_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
    "|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول"
    "|ماي|يوليوز|غشت|شتنبر|نونبر|دجنبر|جانفي|فيفري|أفريل|جوان|جويلية|أوت"
)
_ARABIC_WEEKDAYS = r"(?:ال)?(?:إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|أحد|احد)"
# A place in an Arabic dateline: one or two words of Arabic letters ("القاهرة", "أبوظبي", "اسلام آباد").
_ARABIC_PLACE = r"[\u0621-\u064a]{2,}(?:[ \t]+[\u0621-\u064a]{2,})?"
# A page's date given as the day it is, with the time ("Vandaag, 09:12", "Heute, 14:05 Uhr").
_RELATIVE_DAY_TIME = (
    r"(?:Today|Yesterday|Heute|Gestern|Vandaag|Gisteren|Aujourd['’]hui|Hier|Hoy|Ayer|Oggi|Ieri|Hoje|Ontem"
    r"|I[ \t]?dag|I[ \t]?går|Dziś|Dzisiaj|Wczoraj|Dnes|Včera|Сегодня|Вчера)"
    r",?[ \t]+(?:(?:at|um|à|a[ \t]+las|alle|às|om|kl\.?|o)[ \t]+)?\d{1,2}[:.h]\d{2}\b"
    # Or the day and the month alone, with the time ("STT 5.3. 12:14").
    r"|\d{1,2}\.\d{1,2}\.[ \t]+(?:(?:klo|kl\.?|um)[ \t]+)?\d{1,2}[:.]\d{2}\b"
)
# An agency's name written out before its abbreviation in brackets, in scripts whose abbreviations
# spell no initials: the word for "news agency" and the name ("خبرگزاری جمهوری اسلامی (ایرنا)",
# "समाचार एजेंसी प्रेस ट्रस्ट ऑफ इंडिया (पीटीआई)", "বাংলাদেশ সংবাদ সংস্থার (বাসস)"): a definition.
_AGENCY_WORD_BEFORE_BRACKET = (
    r"(?:خبرگزاری|خبر[ \t]*رساں[ \t]*ادار[ےہ]|ایجنسی|وكالة|وکالت|एजेंसी|संस्था|সংস্থা)[^()\n]{0,70}"
)
# "Agencies", as a byline or a source label writes them in place of the agencies' names.
# "Avec AFP", "(mit dpa)", "Com Lusa", "con ANSA", "D'après l'AFP": a Romance or German sign-off
# with the agencies' copy (the rules "avec-agency-alone" and "avec-agency-after-headline").
_WITH_AGENCY = (
    r"\b(?:avec|mit|com|con|d['’]apr[èe]s|selon|con\s+datos\s+de|con\s+fonti)\s+(?:l['’]\s?)?(?:"
    + AGENCIES
    + ")"
)
# Nothing but more agencies, a bracket, the end of the line or the next sentence after it. A comma
# only before another agency ("Avec AFP, Reuters"), not before the rest of a sentence. Or the
# page's date ("Da CNN, com Reuters 12/03/2024 às 15:20").
_WITH_AGENCY_ENDS = (
    r"(?![ \t]*(?:[.;)]|$|\Z|(?-i:[A-ZÀ-Þ])|,[ \t]*(?-i:[A-ZÀ-Þ])|/|&|(?:et|und|and)\b|(?:e|y)[ \t]+(?-i:[A-ZÀ-Þ])"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}))"
)
_UNNAMED_AGENCIES = r"(?:AGENCIAS|Agencias|AGÊNCIAS|Agências|AGENZIE|Agenzie|AGENCES|Agences|AGENTUREN|Agenturen|AGENCIES|Agencies)"
# The capital letters that open a place's or a name's words in a dateline or a byline (Latin,
# Cyrillic, Greek), and the small ones, as the inside of a character class.
_CAPITALS = "A-ZÀ-ÞА-ЯЁІЇЄҐΑ-ΩΆΈΉΊΌΎΏ"
_SMALL_LETTERS = "a-zа-яёіїєґα-ωάέήίόύώ"


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


# A word of a page's furniture, capitalised as it opens a link or a label ("Share", "Teilen",
# "Related", "Kommentare"), or in capitals ("RELATED"): what follows an article's last line where
# a page's lines were joined.
# Every word opens with a capital: the first test fails at once where most hits stand ("Reuters said").
# Or the site's copyright sign ("... festgenommen. dpa © Alle Rechte vorbehalten").
FURNITURE_AHEAD = (
    r"(?-i:(?=[A-ZÀ-ÞА-Я])(?:"
    + "|".join(
        sorted({f(w) for w in FURNITURE_WORDS for f in (_capitalised, str.upper)}, key=lambda w: (-len(w), w))
    )
    # ("Mer fra Dagbladet", "Mere om emnet", "Mest läst": "Mer" and "Mest" open sentences too, so
    # with their word after them.)
    + r"|Mere?[ \t]+(?:fra|från|frå|om)|Mest[ \t]+(?:läst|lästa|lest|læst|delt|delade|sett)|Tudo[ \t]+sobre"
    # (A link home: "Zur Startseite"; a comment's or a newsletter's prompt: "Add a Comment", "Get a
    # note directly from our correspondents", "Get the day's breaking news".)
    + r"|Zur[ \t]+Startseite|Add[ \t]+a[ \t]+[Cc]omment|Get[ \t]+(?:the[ \t]+latest|a[ \t]+note|the[ \t]+day['’]s)"
    # (Spanish "see more", "read more": "Ver más:", "Lee también".)
    + r"|Ver[ \t]+más|VER[ \t]+MÁS|Lee[ \t]+(?:más|también|además)|LEE[ \t]+(?:MÁS|TAMBIÉN|ADEMÁS)"
    # (French "on the same subject", "in the same section".)
    + r"|Sur[ \t]+le[ \t]+même[ \t]+sujet|Dans[ \t]+la[ \t]+même[ \t]+rubrique"
    + r")\b|©"
    # A count of the comments below the story: "3 Comments", "12 Kommentare".
    + r"|\d{1,5}[ \t]+(?:Comments?|COMMENTS?|Kommentare?|Commentaires?|Comentarios?|Comentários?|Commenti|Reacties"
    + r"|Responses?|Replies))"
)


# The German broadcasters' note of the programme that ran the story ("Dieses Thema im Programm: MDR
# THÜRINGEN", "Über dieses Thema berichtete SWR Aktuell am ...").
PROGRAMME_NOTE = r"(?:Dieses[ \t]+Thema[ \t]+im[ \t]+Programm|Über[ \t]+dieses[ \t]+Thema[ \t]+berichtete)\b"


# A heading of a page's furniture opening its line: "Related", "Most Popular", "Mehr zum Thema". A
# word that may also open a sentence of prose ("More than 3,000 ...", "Mehr als ...", "Read the
# ...") counts only as a heading's words or before no lower-case word.
_PROSE_OPENERS = frozenset(
    "more mehr read lesen lire leer leggi follow folgen leave home print drucken email e-mail previous zurück "
    "artikel skip login menu latest facebook twitter whatsapp linkedin telegram pinterest reddit themen "
    "subscribe abonnieren ler join most læs like haut meer".split()
)
FURNITURE_HEADS = (
    r"(?:(?:"
    + "|".join(
        w[:1].upper() + w[1:]
        for w in sorted(FURNITURE_WORDS, key=lambda w: (-len(w), w))
        if w not in _PROSE_OPENERS
    )
    + r")\b(?![ \t]+[a-zäöüßà-ÿ])"
    r"|Share[ \t]+this|Diesen[ \t]+(?:Artikel|Beitrag)[ \t]+(?:teilen|drucken|merken)\b"
    r"|Te[ \t]+(?:recomendamos|puede[ \t]+interesar)\b|Lee[ \t]+también\b|Leia[ \t]+também\b|Mais[ \t]+(?:notícias|lidas|sobre)\b|Ti[ \t]+potrebbe[ \t]+interessare\b|Mehr[ \t]+(?:zum[ \t]+Thema|aus|zu|News)\b|More[ \t]+(?:[A-Z][\w-]+[ \t]+)?(?:from|on|stories|news|articles)\b"
    r"|Most[ \t]+(?:Read|Popular|Viewed)|Läs[ \t]+(?:mer|också)|Les[ \t]+også|Læs[ \t]+(?:mere|også)|Mere?[ \t]+(?:fra|från|frå|om)\b|Mest[ \t]+(?:läst|lästa|lest|læst|delt|delade|sett)\b|Tudo[ \t]+sobre\b|Loe[ \t]+ka|Del[ \t]+artikkelen"
    r"|Dela[ \t]+artikeln|Chia[ \t]+sẻ|Gửi[ \t]+góp[ \t]+ý|Ý[ \t]+kiến|Bình[ \t]+luận|(?:Các[ \t]+t|T)in[ \t]+(?:liên[ \t]+quan|khác|cùng[ \t]+chuyên[ \t]+mục)|Xem[ \t]+thêm|Trở[ \t]+lại|ข่าวที่เกี่ยวข้อง|ข่าวอื่น ?ๆ|แท็ก(?:ที่เกี่ยวข้อง)?|Latest[ \t]+(?:News|Stories|Videos|Articles|Posts)\b|Read[ \t]+(?:more|also|next|the[ \t]+original[ \t]+article)\b"
    r"|Weitere[ \t]+(?:Artikel|Meldungen|Nachrichten)\b|You[ \t]+may[ \t]+also[ \t]+like"
    r"|Das[ \t]+könnte[ \t]+(?:Sie|dich)[ \t]+auch[ \t]+interessieren|Lesen[ \t]+Sie[ \t]+auch|Auch[ \t]+interessant"
    r"|À[ \t]+(?:voir|lire)\b|Ezek[ \t]+is[ \t]+érdekelhetik\b"
    # The German broadcasters' note of their programme, and a link home.
    r"|" + PROGRAMME_NOTE + r"|Zur[ \t]+Startseite\b"
    # An app's or a print edition's offer, a topic page's label and a page's note on errors.
    r"|Download\b|Télécharge[rz]\b|Vous[ \t]+(?:aimerez|pourriez[ \t]+aussi|avez[ \t]+(?:trouvé|repéré))"
    r"|(?:Found|Spotted)[ \t]+(?:an?[ \t]+)?(?:error|mistake|typo)|Fehler[ \t]+gefunden"
    # Social, newsletter and donation prompts: "Like us on Facebook", "Get the latest Canberra news
    # delivered to your inbox", "Support EXAMPLE TIMES' journalism".
    r"|Like[ \t]+us[ \t]+on\b|Get[ \t]+(?:the[ \t]+latest|a[ \t]+note|the[ \t]+day['’]s)\b|Add[ \t]+a[ \t]+[Cc]omment\b"
    r"|Support[ \t]+(?:our|us|independent|[A-Z]{2,})\b)"
)

# What may follow the names a sign-off gives: the end of its line, or the page's furniture where the
# page's lines were joined ("Theo TTXVN Tin liên quan", "ที่มา Reuters แท็ก").
_LINE_END_OR_FURNITURE = r"(?:$|\Z|(?-i:" + FURNITURE_AHEAD + r")|(?-i:" + FURNITURE_HEADS + r"))"
# Vietnamese "Theo" (according to, and a sign-off's "from") opening its line, a sentence or brackets,
# and the letters only Vietnamese writes, which tell its text from another language's "Theo Walcott".
_THEO = r"(?:(?m:^)[ \t]*\(?|\(?\b)Theo[ \t]|\([ \t]*theo[ \t]"
_VIETNAMESE_LETTERS = tuple("ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐƠƯ")


# The same headings with no look-ahead, for RE2 (the words' beginnings, "Mehr" in "Mehrheit" too):
# a wider net, whose every catch `FURNITURE_HEADS` checks again.
FURNITURE_HEADS_LOOSE = FURNITURE_HEADS.replace(r"\b(?![ \t]+[a-zäöüßà-ÿ])", "")
assert FURNITURE_HEADS_LOOSE != FURNITURE_HEADS and "(?!" not in FURNITURE_HEADS_LOOSE

# A portal's label over a partner's byline: the partner's name, then "Story by" ("CNBC Story by Jane
# Doe • 3h", "Associated Press\nStory by Jane Doe").
# (In the portal's languages: "Geschichte von", "Storia di", "Historia de", "Histoire de", "História de".)
_STORY_BY = (
    r"(?:Story[ \t]+by|Geschichte[ \t]+von|Storia[ \t]+di|Historia[ \t]+de|Histoire[ \t]+de|História[ \t]+de"
    r"|Verhaal[ \t]+door)[ \t]"
)
_PORTAL_LABEL_BEFORE = (
    r"(?P<tail>\b[A-Z](?:[\w&'’-]|\.(?!\s))*(?:[ \t]+[A-Z](?:[\w&'’-]|\.(?!\s))*){0,5})\s+\Z"
)
# The same portal's label before the partner's name, in its languages ("Provided by The Independent",
# "Bereitgestellt von X", "Fornito da X"), and its byline label after the headline ("Story by Jane Doe
# • 8h", "Geschichte von Jan Roe • 2 Std.").
_PROVIDED_BY = (
    r"(?:Provided[ \t]+by|Bereitgestellt[ \t]+von|Fornito[ \t]+da|Proporcionado[ \t]+por|Geleverd[ \t]+door"
    r"|Fourni[ \t]+par|Fornecido[ \t]+por)"
)
_PORTAL_BYLINE_AHEAD = (
    r"[\s\S]{0,300}?\b(?:Story|Storia|Geschichte|Articolo|Historia|Verhaal|Article|Histoire|História|Artikel)[ \t]+"
    r"(?:by|von|di|de|door|par|da|av)[ \t][^\n•]{1,60}•"
)

# The words before a WordPress feed footer in its translations: "<the post> TITLE <appeared first on>
# SITE." (the short words some languages open the phrase with stand before the trigger).
_FEED_FOOTER_BEFORE = (
    r"(?:^|[.!?]\s+|\b)(?:La\s+publicación|La\s+entrada|El\s+artículo|El\s+post|L['’]articolo|"
    r"Il\s+post|O\s+post|A\s+entrada|O\s+artigo|A\s+publicação|Het\s+bericht|Het\s+artikel|De\s+post|"
    r"Artykuł|Wpis|Сообщение|Запись|Статья|Запис|Допис|Стаття|Inlägget|Indlægget|Innlegget|Příspěvek|"
    r"Článek|Príspevok|Článok|Articolul|Postarea|Pos|Artikel|Tulisan|Artikkeli|Kirjoitus|Το\s+άρθρο|"
    r"Η\s+δημοσίευση|Bài\s+viết|Članak|Objava|Публикацията|Статията|L['’]entrada|L['’]article)"
    r"\s+(?P<title>[^\n]{1,300}?)\s+(?:(?:se|sa|a|va|es\s+va|ha|foi|blev|се|đã)\s+)?\Z"
)

# A place's name in a byline block, one to three capitalised words ("New Delhi").
_PLACE_WORDS = r"(?-i:[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){0,2})"
# An editors' sign-off in lower-case initials after an agency's ("san/arm", "akw/ mhr/").
_DESK_INITIALS = r"(?-i:[a-z]{2,4}/[ \t]*[a-z]{2,4})\b"

# A byline's opening words and the one or two people it names ("By Jane Doe and John Roe").
_BY = r"(?:(?:Story|Written|Reported|Words)[ \t]+by|By|BY)"
_PERSON = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}"
# What a byline says of the reporter after a paper's short name: "Times Staff Writer", "Post Reporter".
_NEWSROOM_ROLES = (
    r"(?:Staff|Senior|Chief|Special|Contributing|Correspondent|Writer|Reporter|Editor|Columnist|Contributor"
    r"|Bureau|Intern|Photographer|Producer|Critic|Staffer|Desk)\b"
)
_BYLINE_PEOPLE = rf"{_PERSON}(?:[ \t]+and[ \t]+{_PERSON})?"

# An agency's picture or licensing service ("AP Images", "Reuters Pictures", "Reuters Connect"), the
# name just read: a picture's credit, not the agency's copy.
# Time zones' abbreviations, which a page's date line puts where a dateline's city stands.
_TIME_ZONES = r"(?:[A-Z]{1,2}[SD]T|GMT|UTC|CES?T|MES?Z|BST|IST|JST|KST|HKT|SGT|WIB)"
_NOT_A_PICTURE_SERVICE = r"(?<!\bImages)(?<!\bPictures)(?<!\bConnect)"
# The labels of a picture's credit that stand after a sign-off where the page's lines ran together
# ("rom/KNA Foto: © KNA/Jana Roe", "12:47 Uhr APA Bild: SN/Jana Roe"): the next block's, no part of
# the credit; and the same as look-behinds, one for each word (a look-behind has a fixed width).
_PICTURE_LABEL_WORDS = ("Bilder", "Photos", "Grafik", "Fotos", "Video", "Photo", "Foto", "Bild")
PICTURE_LABEL_WORD = "(?:" + "|".join(_PICTURE_LABEL_WORDS) + ")"
_NOT_AFTER_PICTURE_LABEL = "".join(rf"(?<!\b{word})" for word in _PICTURE_LABEL_WORDS)
# What makes an agency's name standing apart no byline: a quote's or a report's source, a
# picture's, or the page's furniture (tag lists, share bars, related links, audio and video labels).
# Thai's thanks for the information (not the pictures) from a source, "ขอบคุณข้อมูลจาก" (rules
# khop-khun-khomun-chak and its partner's).
_THAI_THANKS = r"ขอบคุณ(?:ข้อมูล|ข่าว|เนื้อหา)(?:\s*และ\s*ภาพ)?\s*(?:จาก)?"
# The words after an agency's name that make it a product's or a brand's ("AP Poll", "Reuters
# Breakingviews", "the AP Stylebook"), or another AP's ("AP Exam", Advanced Placement's).
_AGENCY_PRODUCTS = (
    r"(?:Poll|Graphics?|Photos?|Videos?|Pictures|Images|Breakingviews|Fact|Investigates|Special|Exclusive"
    r"|Explainer|Live|Top|Stylebook|Exams?|Courses?|Classes|Scholars?)"
)
_NOT_A_BYLINE_BEFORE = (
    r"(?i:\b(?:according\s+to|told|laut|zufolge|selon|según|secondo|sagte|said|says|interview\w*|"
    r"reported\s+by|per|via|with|mit|avec|con|cite|citation"
    # A call to action: "CLICK HERE TO GET THE FOX NEWS APP" is no byline of APP's.
    r"|click\s+here|download)\b)[^.!?\n]{0,80}\Z|"
    r"(?i:\b(?:tags?|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|stichworte|mots-clés|etiquetas|palabras\s+clave"
    r"|themen|topics|keywords|share|teilen|related|mehr\s+zu|more\s+on|listen|watch"
    # A strip of logos: "As featured in: The New York Times · Wired · Reuters".
    r"|podcast|(?:as\s+)?featured\s+(?:in|on|by)|as\s+seen\s+(?:in|on))\s*:)"
    r"[^\n]{0,80}\Z|(?i:\bshare\b)[^\n]{0,40}\Z|"
    # A stock's ticker: "Example Corp. (NYSE:AP)".
    r"\b(?:NYSE|NASDAQ|Nasdaq|AMEX|NYSEAMERICAN|TSX|LSE|ASX|OTC|OTCMKTS)[ \t]*:[ \t]*\Z|"
    + _PICTURE_BEFORE
    # A table's or a chart's source: figures in percent on the line above ("| DAX | +1.1% |\nSource:
    # Refinitiv"), as source-line reads them; a row's separators or a second figure make it a
    # table's (a headline's one figure does not: "Inflazione: +0,8% su base annua\nAGI - ...").
    + r"|(?:[|\t][^\n]{0,100}\d\s?%|\d\s?%[^\n]{0,100}(?:[|\t]|\d\s?%))[^\n]{0,100}(?<![.!?])\n[^\n]{0,30}\Z"
)
# What every match of `_NOT_A_BYLINE_BEFORE` holds, for RE2 (`Rule.not_before_screen`). RE2's word
# boundary is ASCII's: it holds wherever Python's does beside an ASCII letter, so the words that
# begin or end so keep theirs (the picture labels go without).
_NOT_A_BYLINE_SCREEN = (
    r"(?i)\b(?:according\s+to|told|laut|zufolge|selon|según|secondo|sagte|said|says|reported\s+by|per|via|with|mit"
    r"|avec|con|cite|citation|click\s+here|download)\b|\binterview"
    r"|\b(?:tag|schlagw|stichw|mots-cl|etiquetas|palabras\s+clave|themen|topics|keywords|share|teilen|related"
    r"|mehr\s+zu|more\s+on|listen|watch|podcast|featured\s+(?:in|on|by)|as\s+seen\s+(?:in|on))[^\s:]*\s*:"
    r"|\bshare\b|©|\(c\)|\d\s?%|NYSE|NASDAQ|AMEX|TSX|LSE|ASX|OTC|" + _PICTURE_LABELS
)


RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- feed footers (Yoast SEO)
    Rule(
        id="yoast-footer",
        relation=R,
        languages=("en",),
        trigger=r"(?:appeared\s+first|first\s+appeared)\s+on\s",
        pattern=r"(?:appeared\s+first|first\s+appeared)\s+on\s+(?P<tail>)",
        before=r"\b(?:The|This)\s+post\s+(?P<title>[^\n]{1,300}?)\s+\Z",
        weight=0.95,
        description="The Yoast SEO feed footer; keeps the credited article's title.",
        examples=(
            ("The post China Rebuffs Pentagon Chief appeared first on South Front.", ("South Front",)),
            ("The post Budget talks stall first appeared on Example Daily.", ("Example Daily",)),
        ),
        counterexamples=("The post office appeared first on the list of closures.",),
    ),
    Rule(
        id="yoast-footer-de",
        relation=R,
        languages=("de",),
        trigger=r"erschien\s+zuerst\s+auf\s",
        pattern=r"erschien\s+zuerst\s+auf\s+(?P<tail>)",
        # (Sites rewrite the template's opening: "Dieser Beitrag ...", "Der Artikel ...".)
        before=r"\b(?:Der|Dieser)\s+(?:Beitrag|Artikel|Post)\s+(?P<title>[^\n]{1,300}?)\s+\Z",
        weight=0.95,
        examples=(
            ("Der Beitrag Neue Regeln für Mieter erschien zuerst auf Beispiel Online.", ("Beispiel Online",)),
            (
                "Dieser Artikel Neue Regeln für Mieter erschien zuerst auf Beispiel Online.",
                ("Beispiel Online",),
            ),
        ),
    ),
    Rule(
        id="yoast-footer-fr",
        relation=R,
        languages=("fr",),
        trigger=r"est\s+apparu\s+en\s+premier\s+sur\s",
        pattern=r"est\s+apparu\s+en\s+premier\s+sur\s+(?P<tail>)",
        # (Sites rewrite the template's opening: "Cet article ...", "Le billet ...".)
        before=r"\b(?:L['’]article|Cet\s+article|(?:Le|Ce)\s+(?:billet|post)|La\s+publication)\s+(?P<title>[^\n]{1,300}?)\s+\Z",
        weight=0.95,
        examples=(
            ("L’article La réforme en questions est apparu en premier sur Exemple Info.", ("Exemple Info",)),
            (
                "Cet article La réforme en questions est apparu en premier sur Exemple Info.",
                ("Exemple Info",),
            ),
        ),
    ),
    Rule(
        id="yoast-footer-es",
        relation=R,
        languages=("es",),
        trigger=r"se\s+public[óo]\s+primero\s+en\s",
        pattern=r"se\s+public[óo]\s+primero\s+en\s+(?P<tail>)",
        before=r"\b(?:La entrada|El artículo|La publicación|Este artículo|Esta entrada|El post)\s+(?P<title>[^\n]{1,300}?)\s+\Z",
        weight=0.95,
        examples=(
            ("La entrada Sube el precio del pan se publicó primero en Diario Ejemplo.", ("Diario Ejemplo",)),
        ),
    ),
    Rule(
        id="yoast-footer-intl",
        relation=R,
        languages=tuple("es it pt nl pl ru uk sv da no cs sk ro id fi el vi hr bg ca".split()),
        # The same feed footer as WordPress's translations word it: "<the post> TITLE <appeared
        # first on> SITE." Each phrase with the nouns its language opens the footer with.
        # Each phrase opens on a word of its own, never on a short one ("a", "se", "foi"): the scan
        # reads every such word of a text, and a word it must follow makes its automaton larger.
        trigger=r"(?:\b(?:apareci[óo]\s+primero\s+en|aparece\s+primero\s+en|sembra\s+essere\s+il\s+primo\s+su|proviene\s+da|"
        r"apareceu\s+primeiro\s+em|aparece\s+primeiro\s+em|publicad[oa]\s+primeiro\s+em|"
        r"verscheen\s+eerst\s+op|pochodzi\s+z\s+serwisu|pojawił\s+się\s+po\s*raz\s+pierwszy\s+(?:w|na)|"
        r"dök\s+först\s+upp\s+på|vist\s+først\s+på|vist\s+første\s+gang\s+på|dukkede\s+først\s+op\s+på|"
        r"dukket\s+(?:først\s+opp|opp\s+først)\s+på|(?:nejdříve|poprvé)\s+objevil[ao]?\s+na|"
        r"(?:objavil[ao]?\s+najskôr|prvýkrát\s+objavil[ao]?)\s+na|(?:apare|apărut)\s+prima\s+dată\s+(?:în|pe)|"
        r"muncul\s+pertama\s+kali\s+di|pertama\s+kali\s+tampil\s+(?:di|pada)|julkaistiin\s+ensin\s+sivustolla|prvi\s+put[a]?\s+pojavi[lo]\w*\s+na|"
        r"(?:aparèixer|aparegut|publicar)\s+primer\s+a)|"
        # Cyrillic, Greek and Vietnamese: RE2's "\b" knows ASCII letters only.
        r"появил[аи]?с[ья]\s+сначала\s+на|впервые\s+появил[аи]?с[ья]|(?:спочатку|спершу|вперше)\s+з['’]явив(?:ся|ась)\s+на|"
        r"з['’]явив(?:ся|ась)\s+(?:спочатку|спершу|вперше)\s+на|"
        r"появи\s+първо\s+на|εμφανίστηκε\s+πρώτα\s+σ\pL*|xuất\s+hiện\s+đầu\s+tiên\s+(?:tại|trên|vào\s+ngày))\s",
        pattern=r"(?:[^\s]+\s+){1,6}?(?:en|su|da|em|op|serwisu|w|na|на|på|în|pe|di|pada|sivustolla|σ\w*|tại|trên|ngày|a|"
        r"появил[аи]?с[ья])\s+(?P<tail>)",
        before=_FEED_FOOTER_BEFORE,
        weight=0.95,
        description="The feed footer of the first rule in twenty more of WordPress's languages.",
        examples=(
            (
                "L'articolo Il bilancio in aula sembra essere il primo su Esempio Notizie.",
                ("Esempio Notizie",),
            ),
            ("O post Orçamento aprovado apareceu primeiro em Exemplo Notícias.", ("Exemplo Notícias",)),
            ("Het bericht Begroting goedgekeurd verscheen eerst op Voorbeeld Nieuws.", ("Voorbeeld Nieuws",)),
            ("Artykuł Budżet przyjęty pochodzi z serwisu Przykład.pl.", ("Przykład.pl",)),
            ("Сообщение Бюджет принят появились сначала на Пример Медиа.", ("Пример Медиа",)),
            ("Inlägget Budgeten klubbad dök först upp på Exempel Nyheter.", ("Exempel Nyheter",)),
            ("Příspěvek Rozpočet schválen se nejdříve objevil na Příklad Zprávy.", ("Příklad Zprávy",)),
            ("Pos Anggaran disetujui muncul pertama kali di Contoh Berita.", ("Contoh Berita",)),
            ("Το άρθρο Ο προϋπολογισμός εμφανίστηκε πρώτα στο Παράδειγμα Νέα.", ("Παράδειγμα Νέα",)),
        ),
        counterexamples=(
            "Il denaro proviene da Esempio Banca, ha detto il ministro.",
            "La idea apareció primero en Madrid en 2019.",
        ),
    ),
    Rule(
        id="yoast-footer-cyrillic",
        relation=R,
        languages=("ru", "uk", "bg"),
        # The same footer where the site's name goes on in lower case ("з’явився спочатку на
        # Детектор медіа.", "появились сначала на 7x7."): the words to the sentence's end, when no
        # name could be cut.
        # Russian's "впервые появилась" may go without "на" ("... впервые появилась Пример медиа.").
        trigger=r"(?:(?:появил[аи]?с[ья]\s+сначала|(?:спочатку|спершу|вперше)\s+з['’]явив(?:ся|ась)|"
        r"з['’]явив(?:ся|ась)\s+(?:спочатку|спершу|вперше)|появи\s+първо)\s+на|впервые\s+появил[аи]?с[ья](?:\s+на)?)\s",
        pattern=r"\S+\s+\S+(?:\s+на)?\s+(?P<name>(?-i:[A-ZА-ЯЁІЇЄҐ0-9«\"])[^\n.!?,;:]{1,39}?)(?=\.(?:\s|\Z)|[ \t]*(?:\n|\Z))",
        before=_FEED_FOOTER_BEFORE,
        fallback=True,
        weight=0.9,
        examples=(
            ("Запис Нацрада оштрафувала канали з’явився спочатку на Приклад медіа.", ("Приклад медіа",)),
            ("Сообщение В городе отстояли сквер появились сначала на 7x7.", ("7x7",)),
            ("Запись Бюджет принят впервые появилась Пример обозрение.", ("Пример обозрение",)),
        ),
        counterexamples=("Сообщение Бюджет принят появились сначала на сайте, а потом в газете, сказал он.",),
    ),
    Rule(
        id="yoast-footer-tr",
        relation=R,
        languages=("tr",),
        # Turkish puts the title first and the site between "ilk önce" and "üzerinde ortaya çıktı".
        trigger=r"\bilk\s+önce\s",
        pattern=r"ilk\s+önce\s+(?P<name>[^\n]{2,80}?)\s+üzerinde\s+ortaya\s+çıktı",
        before=r"(?:^|[.!?]\s+)(?P<title>[^\n]{1,300}?)\s+\Z",
        weight=0.95,
        examples=(("Bütçe kabul edildi ilk önce Örnek Haber üzerinde ortaya çıktı.", ("Örnek Haber",)),),
    ),
    Rule(
        id="yoast-footer-ar",
        relation=R,
        languages=("ar",),
        # Arabic names the title first, then the site after "أولاً على": "ظهرت المقالة TITLE أولاً
        # على SITE."
        trigger=r"أولاً?\s+على\s",
        pattern=r"أولاً?\s+على\s+(?P<name>[^\n.،]{2,60}?)\s*(?:\.|\n|\Z)",
        before=r"ظهرت\s+(?:المقالة|التدوينة|المشاركة)\s+(?P<title>[^\n]{1,300}?)\s+\Z",
        case_sensitive=True,
        weight=0.95,
        examples=(("ظهرت المقالة أمطار رعدية على مكة أولاً على صحيفة المثال.", ("صحيفة المثال",)),),
    ),
    Rule(
        id="taken-from-tr",
        relation=R,
        languages=("tr",),
        # "Bu haber Deutsche Welle Türkçe'den alınmıştır" (this story was taken from X; or compiled
        # or translated from it): the name, then its ablative ending after an apostrophe. ("ilk
        # olarak X'de yayımlandı" is "ilk-olarak-yayimlandi"'s.)
        trigger=r"\bbu\s+(?:haber|yazı|makale|içerik|analiz|röportaj)\s",
        pattern=r"bu\s+(?:haber|yazı|makale|içerik|analiz|röportaj)\s+"
        r"(?P<name>(?-i:[A-ZÇĞİÖŞÜ])[^\n'’.]{1,59}?)['’][dt][ae]n\s+(?:alınmıştır|alındı|derlenmiştir|çevrilmiştir)",
        weight=0.9,
        examples=(("Bu haber Örnek Haber Türkçe'den alınmıştır.", ("Örnek Haber Türkçe",)),),
        counterexamples=("Bu haber bize göre önemlidir.",),
    ),
    Rule(
        id="yoast-footer-fa",
        relation=R,
        languages=("fa",),
        # WordPress's footer in Persian: "پست TITLE اولین بار در SITE. پدیدار شد."
        trigger=r"اولین\s+بار\s+در\s",
        pattern=r"اولین\s+بار\s+در\s+(?P<name>[^\n.]{2,60}?)\s*\.?\s*پدیدار\s+شد",
        case_sensitive=True,
        weight=0.95,
        examples=(("پست قیمت خودرو اعلام شد اولین بار در نمونه خبر. پدیدار شد.", ("نمونه خبر",)),),
    ),
    Rule(
        id="first-published-ar",
        relation=R,
        languages=("ar",),
        # "نُشر هذا المقال أولاً في صحيفة «X»" (this article was first published in X), "نشر المقال
        # لأول مرة على موقع X".
        trigger=r"نُ?شِ?ر\s+(?:هذا\s+)?(?:المقال|النص|التقرير|الموضوع)\s+(?:أولاً?|اولا|لأول\s+مرة|في\s+الأصل)\s+(?:في|على)\s",
        pattern=r"\S+\s+(?:هذا\s+)?\S+\s+(?:أولاً?|اولا|لأول\s+مرة|في\s+الأصل)\s+(?:في|على)\s+(?:(?:صحيفة|جريدة|موقع|مجلة)\s+)?"
        r"(?:«(?P<name>[^»\n]{2,40})»|(?P<tail>))",
        case_sensitive=True,
        weight=0.9,
        examples=(("*كاتب أردني\nنُشر هذا المقال أولاً في صحيفة «المثال الجديد».", ("المثال الجديد",)),),
    ),
    Rule(
        id="original-news-published-on-ar",
        relation=R,
        languages=("ar",),
        # An Arabic aggregator's note under a copied story: "الخبر الأصلي قد تم نشره ومتواجد على X
        # وقد قام فريق التحرير ..." (the original news was published on X, and the editors ...).
        trigger=r"الخبر\s+الأصلي\s+(?:قد\s+)?(?:تم\s+نشره|نشر)",
        pattern=r"الخبر\s+الأصلي\s+(?:قد\s+)?(?:تم\s+نشره|نشر)\s+(?:و(?:متواجد|موجود)\s+)?(?:على|في)\s+"
        r"(?:موقع\s+)?(?P<name>[^\n.،,]{2,40}?)(?=\s+(?:وقد|و)\s|\s*[.،,\n]|\s*\Z)",
        case_sensitive=True,
        weight=0.9,
        examples=(
            (
                "كما تجدر الإشارة بأن الخبر الأصلي قد تم نشره ومتواجد على صحيفة المثال وقد قام فريق التحرير بالتأكد منه.",
                ("صحيفة المثال",),
            ),
        ),
    ),
    Rule(
        id="an-quoted-outlet-ar",
        relation=R,
        languages=("ar",),
        # A translated or reprinted article's last line in Arabic: "عن «فايننشال تايمز»" (from the
        # Financial Times), after the last sentence or at a line's start, and nothing after it on
        # its line. ("نقلا عن «X»" in a sentence quotes X.)
        trigger=r"عن[ \t]*«",
        pattern=r"عن[ \t]*«(?P<name>[^»\n]{2,40})»(?=[ \t]*(?:\n|\Z))",
        before=r"(?:^|\A|[.!?؟»”\"*][ \t]*|\*[ \t]*)\Z",
        before_window=4,
        case_sensitive=True,
        weight=0.85,
        examples=(("تواجه الموانئ ضغوطاً على طاقتها. عن «صحيفة المثال»", ("صحيفة المثال",)),),
        counterexamples=("قال الوزير نقلا عن «صحيفة المثال» إن الموانئ تواجه ضغوطاً.",),
    ),
    Rule(
        id="yoast-footer-zh",
        relation=R,
        languages=("zh",),
        trigger=r"最先出现在",
        pattern=r"最先出现在\s*(?P<name>[^。\n]{1,60}?)\s*[。.]",
        before=r"文章\s*(?P<title>[^\n]{1,300}?)\s*\Z",
        case_sensitive=True,
        weight=0.95,
        examples=(("文章预算获得通过最先出现在示例新闻。", ("示例新闻",)),),
    ),
    Rule(
        id="yoast-footer-ja",
        relation=R,
        languages=("ja",),
        # Japanese names the site before the phrase: "投稿 TITLE は SITE に最初に表示されました。"
        trigger=r"に最初に表示されました",
        pattern=r"に最初に表示されました",
        # (The template spaces its "は": a title may hold the particle itself, "アプリはどれ？".)
        before=r"投稿\s*(?P<title>[^\n]{1,300}?)\s+は\s+(?P<tail>[^\n]{1,80}?)\s*\Z",
        case_sensitive=True,
        weight=0.95,
        examples=(
            ("投稿 予算案が可決 は 例ニュース に最初に表示されました。", ("例ニュース",)),
            ("投稿 家計簿アプリはどれ？ は 例ラボ に最初に表示されました。", ("例ラボ",)),
        ),
    ),
    Rule(
        id="yoast-footer-hi",
        relation=R,
        languages=("hi",),
        # Hindi names the site before the phrase too: "पोस्ट TITLE पहले SITE पर दिखाई दिया।"
        trigger=r"पर\s+दिखाई\s+(?:दिया|दी)",
        pattern=r"पर\s+दिखाई\s+(?:दिया|दी)",
        before=r"पोस्ट\s*(?P<title>[^\n]{1,300}?)\s+पहले\s+(?P<tail>[^\n]{1,80}?)\s*\Z",
        case_sensitive=True,
        weight=0.95,
        examples=(("पोस्ट फ्लाईओवर अप्रैल में खुलेगा पहले उदाहरण समाचार पर दिखाई दिया।", ("उदाहरण समाचार",)),),
        counterexamples=("मैदान पर दिखाई दिया कि खिलाड़ी थके हुए थे।",),
    ),
    Rule(
        id="yoast-footer-hu",
        relation=R,
        languages=("hu",),
        # Hungarian glues a case ending to the site's name: "A(z) TITLE bejegyzés először SITE-én jelent meg."
        trigger=r"\bbejegyzés\s+először\s",
        pattern=r"bejegyzés\s+először\s+(?P<name>[^\n]{1,80}?)-[^\W\d_]{1,3}\s+jelent\s+meg",
        before=r"A\(z\)\s+(?P<title>[^\n]{1,300}?)\s+\Z",
        weight=0.95,
        examples=(("A(z) A költségvetés bejegyzés először Példa Hírek-én jelent meg.", ("Példa Hírek",)),),
    ),
    # ---------------------------------------------------------------- first appeared / originally published
    Rule(
        id="republication-tracker",
        relation=R,
        languages=("en",),
        trigger=r"(?:appeared\s+first|first\s+appeared)\s+on\s",
        pattern=r"(?:appeared\s+first|first\s+appeared)\s+on\s+(?P<tail>[^\n]{1,120}?)\s+and\s+is\s+republished\s+here",
        weight=0.95,
        description="The wording of the WordPress republication tracker plugin.",
        examples=(
            (
                "This article first appeared on Grist and is republished here under a Creative Commons license.",
                ("Grist",),
            ),
        ),
    ),
    Rule(
        id="first-appeared",
        relation=R,
        languages=("en",),
        trigger=r"(?:(?:appeared|published|posted|ran)\s+(?:first|originally)|first\s+(?:appeared|published|posted|ran))"
        r"\s+(?:on|in|at|by)\s",
        pattern=r"\w+\s+\w+\s+(?:in\s+"
        + _LANGUAGES_EN
        + r"\s+)?(?:(?:on|at|by)\s+|in\s+(?!"
        + _NO_PUBLISHER_AFTER
        + r"))(?P<tail>)",
        # What first appeared is a text ("this", "a version of this story"), not an event or a
        # disease ("Cases first appeared in West Michigan").
        before=r"\b(?:this|it|article|story|post|piece|essay|column|report|version|interview|op-ed|"
        r"commentary|analysis|text|feature|review|excerpt|item|series|podcast|episode|content|"
        r"blog|letter|poem|chapter|cartoon)\b[^.!?\n]{0,60}\Z"
        # Or a label opening its line or sentence: "First published in X." (a date after it,
        # "First published on 3 May 2021", names no one).
        r"|(?:^|[.!?][ \t]+|\A)[ \t*]*\Z"
        # Or the text's title between commas after it, however long: "The following article,
        # <title>, was first published on X."
        r"|\b(?:article|story|post)[ \t]*,[^\n]{1,250},[ \t]*(?:was|is)?[ \t]*\Z",
        before_window=300,
        weight=0.85,
        examples=(
            ("This article first appeared in The Atlantic.", ("The Atlantic",)),
            (
                "The following article, Sheriff Refuses to Enforce the New State Gun Law: 'Not on My Watch', "
                "was first published on Example Cross.",
                ("Example Cross",),
            ),
            ("A version of this story first ran in the Texas Tribune.", ("Texas Tribune",)),
            ("This story appeared originally in Example Weekly.", ("Example Weekly",)),
            ("The council met.\nFirst published in Example Weekly.", ("Example Weekly",)),
            ("This article first appeared in Spanish on Example Weekly.", ("Example Weekly",)),
            ("A version of this article first appeared in Nepali in Example Weekly.", ("Example Weekly",)),
        ),
        # A report named in passing ("The report, first published by X on Monday, said ..."),
        # another text the story names ("He wrote in an op-ed first published in X that ...").
        not_before=r"\b(?:the|a|an)\s+(?:\w+\s+){0,2}\w+,\s*\Z|" + _ANOTHER_TEXT,
        counterexamples=(
            "The report, first published by Example Wire on Monday, said the plan failed.",
            "He wrote in an op-ed first published in Example Daily that the plan would fail.",
            "First published on 3 May 2021.",
            "First published on Tue 3 May",
            "It first appeared in 1998.",
            "Cases of the virus first appeared in West Michigan at the end of August.",
            "This article was first published in French.",
        ),
    ),
    Rule(
        id="earlier-version-appeared",
        relation=R,
        languages=("en",),
        # The text ran before, in another version, at the outlet named: "An earlier version of this
        # story ran in X", "The original version of this article was published by X", "The original
        # of this article is at X", "updated from its original version, published by X" (not "Its
        # original version, published by <a book's publisher>").
        trigger=r"\b(?:(?:earlier|original|longer|shorter|first)\s+version|original)\s+of\s+this\s|"
        r"\bfrom\s+its\s+original\s+version\b",
        pattern=r"(?:\w+\s+(?:version\s+)?of\s+this\s+(?:article|story|essay|post|piece|column|report|interview)"
        r"\s+(?:(?:was|has\s+been)\s+)?(?:first\s+|originally\s+)?(?:appeared|ran|published|posted|broadcast|is)"
        r"|from\s+its\s+original\s+version,?\s+(?:(?:which|that)\s+(?:was\s+)?)?(?:published|appeared|ran))"
        r"\s+(?:on|in|at|by)\s+(?!" + _NO_PUBLISHER_AFTER + r")(?P<tail>)",
        weight=0.85,
        description="The text ran before, in an earlier or the original version, at the outlet named.",
        examples=(
            ("An earlier version of this story ran in Example Weekly.", ("Example Weekly",)),
            ("The original version of this article was published by Example Weekly.", ("Example Weekly",)),
            ("The original of this article is at Example Weekly.", ("Example Weekly",)),
            (
                "This story has been updated from its original version, published by Example Weekly.",
                ("Example Weekly",),
            ),
        ),
        counterexamples=(
            "An earlier version of this story misstated the mayor's age.",
            "An earlier version of this article appeared in our print edition.",
            "The original version of the bill was published by the committee in March.",
            "Its original version, published by Example Books in 1962, ran to 400 pages.",
        ),
    ),
    Rule(
        id="source-de-l-article-box",
        relation=S,
        languages=("fr",),
        # A translating weekly's box under its article, the label with no colon and the paper after
        # it, maybe on the next line, then its city ("Lire l'article original Source de l'article
        # The Globe and Mail (Toronto) Le quotidien ..."). Registered names only: the city and the
        # paper's description follow.
        trigger=r"\bSources?\s+de\s+l['’]article\s",
        pattern=r"Sources?\s+de\s+l['’]article\s+(?P<tail>)",
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        weight=0.8,
        examples=(
            (
                "Lire l'article original Source de l'article The Globe and Mail (Toronto) Le quotidien de référence.",
                ("The Globe and Mail (Toronto)",),
            ),
            ("Lire l’article original\nSource de l’article\nEl País\nMadrid", ("El País",)),
        ),
        counterexamples=("La source de l'article reste inconnue.",),
    ),
    Rule(
        id="source-label-published-by",
        relation=R,
        languages=("en",),
        # A partner's line under a story it lets a site run: "Source: This article was published by
        # X" (the source label says the site is not the publisher, with no "first" or "originally").
        trigger=r"\bsource\s*:\s*this\s+(?:"
        + TEXT_NOUNS
        + r")\s+(?:was|is|has\s+been)\s+published\s+(?:by|on|in|at)\s",
        pattern=r"source\s*:\s*this\s+\w+\s+\w+(?:\s+been)?\s+published\s+(?:by|on|in|at)\s+(?!"
        + _NO_PUBLISHER_AFTER
        + r")(?P<tail>)",
        weight=0.85,
        examples=(
            (
                "About the author: Jane Roe is a researcher. Source: This article was published by Example Forum",
                ("Example Forum",),
            ),
        ),
        counterexamples=("Source: This article was published in 2019.",),
    ),
    Rule(
        id="published-in-field",
        relation=R,
        languages=("en",),
        # A field over a reposted piece that names where it ran ("Published In: Foreign Policy",
        # under an NGO's copy of its staff's op-ed). Registered names only: a section or a category
        # is named so too ("Published in: Politics").
        trigger=r"\bPublished\s+[Ii]n\s*:\s",
        pattern=r"Published\s+[Ii]n\s*:\s+(?P<tail>)",
        case_sensitive=True,
        known_only=True,
        weight=0.7,
        examples=(
            (
                "Jane Roe Senior Researcher Published In: Foreign Policy A woman walks along the fence.",
                ("Foreign Policy",),
            ),
        ),
        counterexamples=("Published in: Politics, Elections",),
    ),
    Rule(
        id="this-article-was-originally-published",
        relation=R,
        languages=("en",),
        trigger=r"originally\s+(?:published|posted|appeared|ran|featured)",
        # "originally appeared <a href=...>here</a>": the link names the outlet.
        pattern=r"originally\s+\w+\s*(?:by|on|in|at|:|(?=\s+here\b))\s+(?!"
        + _NO_PUBLISHER_AFTER
        + r")(?P<tail>)",
        # One "\b" in front, not one in the optional words and one after them (the same matches:
        # the noun always follows a space there): the search tries every start in 320 characters,
        # and most fail at once on the "\b" (measured: the search runs 24% faster).
        before=r"\b(?:(?:this|the|our|a\s+version\s+of\s+this)\s+)?(?:"
        + TEXT_NOUNS
        + r"|version)\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?\Z",
        not_before=_ANOTHER_TEXT,
        weight=0.95,
        examples=(
            ("This post originally appeared on my Substack newsletter, Example Notes.", ("Example Notes",)),
            ("This story was originally published by ProPublica.", ("ProPublica",)),
            (
                "This story was originally published by the Example Center for Investigative Journalism (ECIJ).",
                ("Example Center for Investigative Journalism (ECIJ)",),
            ),
            ("This essay was originally published in Aeon.", ("Aeon",)),
            ("This article was originally featured on Example Review.", ("Example Review",)),
            ("This content originally appeared on Example Daily.", ("Example Daily",)),
            ("A version of this essay originally ran in Example Weekly last month.", ("Example Weekly",)),
        ),
        counterexamples=(
            "The show was originally featured on Example TV in 1998.",
            "This article originally appeared in English.",
            "In an op-ed originally published in Example Daily, the senator argued for the bill.",
        ),
    ),
    Rule(
        id="this-originally-aired",
        relation=R,
        languages=("en",),
        # A transcript of a broadcast: "This interview originally aired on X". Only said of "this"
        # text: "The episode originally aired on X in 2001" is about a programme.
        trigger=r"(?:originally|first)\s+(?:aired|broadcast)\s+(?:on|in)\s",
        pattern=r"\w+\s+\w+\s+(?:on|in)\s+(?P<tail>)",
        before=r"\bthis\s+(?:interview|segment|conversation|episode|story|report|transcript|piece|feature|"
        r"commentary|essay|podcast|program|programme|show|documentary)\s+(?:was\s+)?\Z",
        before_window=40,
        weight=0.85,
        examples=(
            ("This interview originally aired on Example Public Radio.", ("Example Public Radio",)),
            ("This segment first aired on Example Public Radio.", ("Example Public Radio",)),
        ),
        counterexamples=("The episode originally aired on Example TV in 2001.",),
    ),
    Rule(
        id="this-story-was-originally-reported",
        relation=R,
        languages=("en",),
        trigger=r"(?:originally|first)\s+(?:reported|written|produced|commissioned)\s+(?:by|for)\s",
        # The reporter may come first, the site after: "This story was originally reported by Jane
        # Roe on example.com."
        pattern=r"\w+\s+\w+\s+(?:by|for)\s+(?:(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+(?:on|at)\s+"
        r"(?=(?:www\.)?[\w-]+\.[a-z]{2,}\b))?(?P<tail>)",
        # Only the text itself: "the story, originally reported by X, ..." in a report on a report
        # is a mention.
        before=r"\bthis\s+" + TEXT_NOUNS + r"\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?\Z",
        before_window=60,
        weight=0.85,
        examples=(
            ("This story was originally reported by Example Watchdog.", ("Example Watchdog",)),
            ("This article was originally written for Example Review.", ("Example Review",)),
            ("This story was first reported by Example Watchdog.", ("Example Watchdog",)),
            ("This story was originally reported by Jane Roe on example-tv.com.", ("example-tv.com",)),
        ),
        counterexamples=(
            "The scandal, originally reported by Example Watchdog, grew.",
            "The news was first reported by Example Watchdog.",
        ),
    ),
    Rule(
        id="originally-published",
        relation=R,
        languages=("en",),
        trigger=r"originally\s+(?:written\s+and\s+)?(?:published|posted|appeared|ran)",
        # "Originally published <a href=...>here</a>": the link's address names the outlet (a
        # "here" that links nowhere names nobody).
        pattern=r"originally\s+(?:written\s+and\s+)?\w+(?:\s+in\s+" + _LANGUAGES_EN + r")?"
        r"(?:\s*(?:by|on|in|at|from|to|:)\s+(?!" + _NO_PUBLISHER_AFTER + r")|\s+(?=here\b))(?P<tail>)",
        # Nor a forum's quote of another member ("Quote:\nOriginally Posted by jdoe77").
        not_before=_ANOTHER_TEXT + r"|(?i:\bquote)\s*:?\s*\Z",
        weight=0.9,
        examples=(
            ("Originally published by ZeroHedge", ("ZeroHedge",)),
            ("Originally published on Live Science.", ("Live Science",)),
            ("Parts of this originally appeared in The Guardian.", ("The Guardian",)),
            ("Originally published in Spanish by El Faro.", ("El Faro",)),
            ("Five Stocks to Hold was originally published by Example Fool View Comments", ("Example Fool",)),
        ),
        counterexamples=(
            "Quote:\nOriginally Posted by jdoe77\nThe storm is coming.",
            "The story was originally published at 2:05 p.m. and updated later.",
            "Items originally published on other editions of the site.",
            "An early draft of this column originally appeared in Boston subway ads last spring.",
            "The essay was originally published here, on this site, in 2019.",
            "This article originally appeared in English.",
            "In an op-ed originally published in Example Daily, the senator argued for the bill.",
        ),
    ),
    Rule(
        id="original-piece-posted-on",
        relation=R,
        languages=("en",),
        trigger=r"original\s+(?:feature|article|story|post|piece|report|version)\s+(?:that|which)\s",
        pattern=r"original\s+\w+\s+(?:that|which)\s+(?:was|were)\s+(?:first\s+|originally\s+)?"
        r"(?:posted|published|printed|run)\s+(?:on|in|by|at)\s+(?P<tail>)",
        weight=0.85,
        examples=(
            (
                "The original story that was posted on the Example Valley Gazette website.",
                ("Example Valley Gazette",),
            ),
        ),
    ),
    Rule(
        id="original-story-from",
        relation=R,
        languages=("en",),
        trigger=r"\boriginal\s+(?:story|article|post|report|piece)\s+(?:from|by|at|on)\s",
        pattern=r"original\s+\w+\s+\w+\s+(?P<tail>)",
        # The label opens its line or sentence: "Original story from X."
        before=r"(?:^|[.!?:|]|\A)[ \t]*\Z",
        before_window=4,
        weight=0.8,
        examples=(("The vote is next week.\nOriginal story from Example Weekly.", ("Example Weekly",)),),
        counterexamples=("She read the original story from the archive.",),
    ),
    Rule(
        id="outlet-first-published-this",
        relation=R,
        languages=("en",),
        # The outlet first, as the sentence's subject: "Example Weekly originally published this
        # story." A pronoun ("We first published this story in 2019") is the host.
        trigger=r"\b(?:(?:originally|first)\s+)?(?:published|ran|posted)\s+this\s+(?:article|story|post|piece|essay|"
        r"column|report|interview|op-ed|commentary|analysis|feature|investigation)\b(?:\s+first\b)?",
        # "First" or "originally", before the verb or at the end ("X published this story first").
        pattern=r"(?:originally|first)\s+\w+\s+this\s+[\w-]+|\w+\s+this\s+[\w-]+\s+first\b",
        before=r"(?:^|[.!?][ \t]+|\A)(?P<tail>[A-Z][^\n.!?]{1,80}?)\s+\Z",
        before_window=90,
        weight=0.85,
        examples=(
            ("The council met.\nExample Weekly originally published this story.", ("Example Weekly",)),
            ("The council met.\nExample Weekly published this story first.", ("Example Weekly",)),
        ),
        counterexamples=(
            "We first published this story in 2019.",
            "Example Weekly published this story on Monday.",
        ),
    ),
    Rule(
        id="original-found-at",
        relation=R,
        languages=("en",),
        trigger=r"\boriginal\s+(?:article|story|post|piece|report|version)\s+(?:can\s+be\s+(?:found|read|viewed|accessed)|"
        r"(?:is|was)(?:\s+(?:first\s+)?(?:available|posted|published|hosted))?|appear(?:s|ed))\s+(?:at|on|in)\s",
        pattern=r"[^\n]{0,60}?\s(?:at|on|in)\s+(?!" + _NO_PUBLISHER_AFTER + r")(?P<tail>)",
        weight=0.85,
        examples=(
            ("The original article can be found at Example Weekly.", ("Example Weekly",)),
            ("The original story is at example-weekly.com.", ("example-weekly.com",)),
            ("The original post was published on Example Weekly.", ("Example Weekly",)),
        ),
        counterexamples=(
            "The original article is available in print only.",
            "The original report was published in 2019.",
            "The original version is in German.",
        ),
    ),
    Rule(
        id="original-link",
        relation=R,
        languages=("en", "de"),
        trigger=r"\b(?:original(?:[- ]?(?:artikel|beitrag|kommentar|article|post|story|text|quelle|url|link))?|"
        r"source[- ](?:link|article|url))\s*:\s*(?:https?://|www\.)",
        pattern=r"[^:\n]{0,30}:\s*(?P<tail>)",
        weight=0.8,
        examples=(
            ("Original article: https://www.example-news.org/2024/01/story", ("example-news.org",)),
            ("Source link: https://www.example-news.org/2024/01/story", ("example-news.org",)),
            ("Original URL: https://www.example-news.org/2024/01/story", ("example-news.org",)),
        ),
    ),
    Rule(
        id="this-article-was-published-at",
        relation=R,
        languages=("en",),
        trigger=r"(?:published|posted)\s+(?:at|on)\s",
        pattern=r"\w+\s+(?:at|on)\s+(?P<tail>)",
        before=_THIS_POST_WAS,
        before_window=80,
        weight=0.85,
        description="An aggregator's closing line naming the site a post was taken from.",
        examples=(
            ("This post was published at Example Corner by Jane Doe on May 3, 2015.", ("Example Corner",)),
            ("The article was first posted on Example Weekly.", ("Example Weekly",)),
            ("The following article was first published on Example Weekly.", ("Example Weekly",)),
        ),
        counterexamples=(
            "This entry was posted on Monday, June 3, 2015 by admin.",
            "This entry was posted in Uncategorized.",
            "This article was published on 3 May 2020.",
        ),
    ),
    Rule(
        id="this-article-was-posted-by",
        relation=R,
        languages=("en",),
        trigger=r"(?:published|posted)\s+by\s",
        pattern=r"\w+\s+by\s+(?P<tail>)",
        before=_THIS_POST_WAS,
        before_window=80,
        known_only=True,
        weight=0.8,
        description="An auto-posted item naming its publisher; a person's name is no publisher.",
        examples=(("This article was posted by Reuters. Read More.", ("Reuters",)),),
        counterexamples=("This article was published by Jane Doe.",),
    ),
    Rule(
        id="read-the-original",
        relation=R,
        languages=("en",),
        trigger=r"\b(?:read|see|view|find|access)\s+the\s+(?:full\s+)?original\b",
        # Where it is ("at X"), or where to go for it ("To read the original story, visit X").
        pattern=r"\w+\s+the\s+(?:full\s+)?original(?:\s+(?:article|story|post|content|piece|report|version|text))?"
        r"(?:(?:\s+here)?\s+(?:on|at|in)|(?=\s+here\b)|,\s+(?:visit|go\s+to|head\s+to|see))\s+(?P<tail>)",
        weight=0.85,
        examples=(
            ("Read the original content on www.example.org", ("example.org",)),
            ("Read the original article at Example Review.", ("Example Review",)),
            ("See the original story on Example Review.", ("Example Review",)),
            ("To read the original article, visit Example Review.", ("Example Review",)),
        ),
        counterexamples=("Read the original report (PDF).",),
    ),
    Rule(
        id="full-article-label",
        relation=R,
        languages=("en",),
        # A blog's or a forum's line under a pasted story: "Full article at Politico: <address>",
        # "Link to original article (Example News): <address>", "Original story from Example News".
        # A registered name, an address or a link.
        # ("Full story on Example Player" in a live blog is a link to another story on a person.)
        trigger=r"(?m:^)[ \t]*(?:full|original|link\s+to\s+(?:the\s+)?original)(?:\s+(?:article|story|post))?\s*"
        r"(?:\(|at\s|from\s)",
        pattern=r"[ \t]*(?:full|original|link\s+to\s+(?:the\s+)?original)(?:\s+(?:article|story|post))?\s*"
        r"(?:\((?P<name>[^()\n]{2,60})\)\s*:?\s*|(?:at|from)\s+)(?P<tail>)",
        known_only=True,
        weight=0.7,
        examples=(
            (
                "The bill would cover the president.\nFull article at Politico: https://www.politico.com/news/x",
                ("Politico",),
            ),
            (
                "The drones were brought down.\nLink to original article (Al Jazeera): https://www.aljazeera.com/x",
                ("Al Jazeera",),
            ),
        ),
        counterexamples=(
            "The bill would cover the president.\nFull story: Jane Doe explains the bill",
            "City end interest in the winger.\nFull story on Example Player and other moves",
        ),
    ),
    Rule(
        id="read-the-full-story",
        relation=R,
        languages=("en",),
        # A teaser's pointer to the whole article where it was published: "Read the full story at
        # X", "Read the full article on X". (Names only: "Read the full report on our website"
        # and "... on page 3" point nowhere else.)
        # A name or an address: "on the app" names none (and "app" is an agency's short name).
        # And a syndicated copy's pointer to itself there: "To read this article on Example.com click
        # here."
        # (A report is "read-the-full-report"'s.)
        trigger=r"\b(?:read|see|view)\s+(?:the\s+(?:full|complete|whole|rest\s+of\s+the)|this)\s+"
        r"(?:story|article|piece|post)\s+(?:at|on|in)\s",
        pattern=r"\w+\s+(?:the\s+(?:rest\s+of\s+the|\w+)|this)\s+\w+\s+(?:at|on|in)\s+(?!"
        + _NO_PUBLISHER_AFTER
        + r")(?:the\s+)?(?=(?-i:[A-Z0-9])|www\.|https?:)"
        # (Not a social network's embed: "View this post on Instagram A post shared by ...".)
        r"(?!(?:Instagram|Facebook|TikTok|Twitter|X|YouTube|Threads|Bluesky|LinkedIn|Pinterest|Reddit)\b)"
        # (Nor the links to its translations, each language named in its own: "Read this post in
        # Español Français Русский".)
        r"(?!(?:Español|Français|Deutsch|Português|Italiano|Русский|Українська|Беларуская|Български|Nederlands|Polski"
        r"|Türkçe|Ελληνικά|Magyar|Română|Čeština|Slovenčina|Svenska|Norsk|Dansk|Suomi|Català|Srpski|Hrvatski"
        r"|Bahasa|Tiếng|Kiswahili|Filipino|Malagasy|العربية|فارسی|עברית|हिन्दी|বাংলা|ไทย|中文|日本語|한국어)(?!\w))(?P<tail>)",
        weight=0.7,
        examples=(
            ("The council met on Tuesday.\nRead the full story at Example Review.", ("Example Review",)),
            ("The council met on Tuesday.\nRead the full article on www.example.org", ("example.org",)),
            ("The shares rose. To read this article on Example.com click here.", ("Example.com",)),
        ),
        counterexamples=(
            "Read this article in Spanish.",
            "Read the full report on our website.",
            "Read the full story on page 3.",
            "Read the full story in Spanish.",
            "Read the full story on the app.",
            "Get the latest updates from Example News Read this story in Bahasa Melayu",
            "She shared a photo of the ring. View this post on Instagram A post shared by Jane Roe",
            "Advox Rising Voices Read this post in Español Français Русский Example's bill returns",
        ),
    ),
    Rule(
        id="read-the-full-report",
        relation=R,
        languages=("en",),
        # The same pointer to a report: a news outlet's ("Read the full report at Example News"),
        # or a study where an institute publishes it ("Read the full report at the Example
        # Institute"): a registered outlet's name only.
        trigger=r"\b(?:read|see|view)\s+(?:the\s+(?:full|complete|whole)|this)\s+report\s+(?:at|on|in)\s",
        pattern=r"\w+\s+(?:the\s+\w+|this)\s+report\s+(?:at|on|in)\s+(?!"
        + _NO_PUBLISHER_AFTER
        + r")(?:the\s+)?(?=(?-i:[A-Z0-9])|www\.|https?:)(?P<tail>)",
        known_only=True,
        weight=0.7,
        examples=(("The council met on Tuesday.\nRead the full report at CBS News.", ("CBS News",)),),
        counterexamples=(
            "Rents rose again. Read the full report at the Example Institute.",
            "Read the full report on our website.",
        ),
    ),
    Rule(
        id="lire-l-article-original",
        relation=R,
        languages=("fr", "es", "it", "pt", "de"),
        # The Conversation's closing line and others' in French, Spanish, Italian, Portuguese
        # and German: read the original article on X.
        trigger=r"\b(?:lire|lisez|lea|lee|leer|leggi|leia|ler|lesen\s+sie)\s+(?:l['’]|el\s+|o\s+|den\s+)?"
        r"(?:article|art[íi]culo|articolo|artigo|originalartikel|originalbeitrag)\s+(?:original[e]?\s+)?"
        r"(?:sur|en|su|em|no|na|auf|bei)\s",
        pattern=r"[^\n]{0,40}?\s(?:sur|en|su|em|no|na|auf|bei)\s+(?P<tail>)",
        # Not a digest's link to read further ("Pour aller plus loin : lire l'article sur X").
        not_before=r"(?:pour\s+aller\s+plus\s+loin|para\s+saber\s+m[áa]s|per\s+saperne\s+di\s+pi[ùu]|mehr\s+dazu)"
        r"\s*:?\s*\Z",
        weight=0.85,
        examples=(
            ("Lire l'article original sur Exemple Hebdo.", ("Exemple Hebdo",)),
            ("Lea el artículo original en Diario Ejemplo.", ("Diario Ejemplo",)),
            ("Leggi l'articolo originale su Giornale di Esempio.", ("Giornale di Esempio",)),
            ("Leia o artigo original em Jornal Exemplo.", ("Jornal Exemplo",)),
        ),
        counterexamples=(
            "Budget : le vote est reporté.\nPour aller plus loin : lire l’article sur exemple.fr",
        ),
    ),
    Rule(
        id="republie-avec-autorisation",
        relation=R,
        languages=("fr", "es", "it", "pt"),
        # Published with the leave of X, in the Romance languages.
        trigger=r"\b(?:re)?(?:publi[ée]e?s?|reproduit[e]?s?|reproducid[oa]s?|publicad[oa]s?|ripubblicat[oa]|pubblicat[oa]"
        r"|riprodott[oa]|republicad[oa]s?|reproduzid[oa]s?|reproducen?|publican?|reproduz(?:em)?)\s+(?:avec|con|com)\s+(?:l['’]\s*autorisation|(?:el\s+|il\s+)?"
        r"(?:permiso|permesso|autorizaci[óo]n|autorizzazione|permiss[ãa]o|autoriza[çc][ãa]o))\s+(?:(?:de|di|da|do|del|della)\s|d['’])|"
        # Italian: "per gentile concessione di X" (by kind permission of X).
        r"\b(?:pubblicat[oa]|riprodott[oa]|ripubblicat[oa])\s+per\s+gentile\s+concessione\s+d(?:i|el|ella|ello)\s",
        pattern=r"[^\n]{0,60}?(?:\s(?:de|di|da|do|del|della)\s+(?:l['’])?|\sd['’]\s?)(?P<tail>)",
        weight=0.85,
        examples=(
            ("Publié avec l'autorisation de Exemple Hebdo.", ("Exemple Hebdo",)),
            ("Publié avec l’autorisation d’Exemple Hebdo.", ("Exemple Hebdo",)),
            ("Reproducido con permiso de Diario Ejemplo.", ("Diario Ejemplo",)),
            ("Ripubblicato con il permesso di Giornale di Esempio.", ("Giornale di Esempio",)),
            ("Republicado com permissão de Jornal Exemplo.", ("Jornal Exemplo",)),
            ("Este artículo se reproduce con autorización de Diario Ejemplo.", ("Diario Ejemplo",)),
        ),
    ),
    Rule(
        id="repris-de-tratto-da",
        relation=R,
        languages=("fr", "it", "es", "pt"),
        # "Article repris de X", "Repris du site X", "Articolo tratto da X", "Ripreso da X",
        # "Tomado de X", "Reproducido de X", "Reproduzido de X": a text taken from X, as its own
        # line or sentence.
        trigger=r"\b(?:repris|reprise|tratto|tratta|ripreso|ripresa|tomado|tomada|reproducido|reproducida|"
        r"reproduzido|reproduzida|extra[íi]do|extra[íi]da)\s+(?:de|du|d['’]|da|dal|dalla|dal\s+sito|del|do)\s*",
        pattern=r"\w+\s+(?:(?:du\s+site|dal\s+sito|dalla|dal|del|de|du|do|da)\b(?:\s+(?:site|sitio|sito))?\s*:?\s*"
        r"|d['’]\s*)(?P<tail>)",
        # The text may say what it is first ("Questo articolo è tratto da X").
        # Or a parenthesis closing the text: "(Tomado de Granma)", after its last sentence too where
        # the page's lines ran together ("... en los municipios. (Tomado de Granma) Se han publicado
        # 12 comentarios").
        before=r"(?:^|[.!?][ \t]+|^\(|[.!?][ \t]+\(|\b(?:article|texte|articolo|testo|post|art[íi]culo|texto|nota|artigo)\s+"
        r"(?:(?:è|est|es|é|fue|foi|a\s+été|ha\s+sido)\s+)?)\Z",
        before_window=24,
        weight=0.8,
        examples=(
            ("Le conseil a voté.\nArticle repris de Exemple Hebdo.", ("Exemple Hebdo",)),
            ("Le conseil a voté. Repris du site Exemple Hebdo.", ("Exemple Hebdo",)),
            ("Il consiglio ha votato.\nArticolo tratto da Giornale di Esempio.", ("Giornale di Esempio",)),
            ("El consejo votó.\nTomado de Diario Ejemplo.", ("Diario Ejemplo",)),
            ("El consejo votó.\n(Tomado de Diario Ejemplo)", ("Diario Ejemplo",)),
            (
                "El consejo votó. (Tomado de Diario Ejemplo) Se han publicado 12 comentarios",
                ("Diario Ejemplo",),
            ),
            ("O conselho votou.\nReproduzido de Jornal Exemplo.", ("Jornal Exemplo",)),
            (
                "Il consiglio ha votato.\nQuesto articolo è tratto da Giornale di Esempio.",
                ("Giornale di Esempio",),
            ),
        ),
        counterexamples=(
            "Le joueur a repris de plus belle après la pause.",
            "El consejo votó.\nTomado de la mano, el ministro salió.",
        ),
    ),
    Rule(
        id="article-appeared-in",
        relation=R,
        languages=("fr", "it", "es", "pt", "de", "en"),
        trigger=r"\b(?:article|articolo|art[íi]culo|artigo|artikel|texte|testo|texto|tribune|chronique|reportage)"
        r"\s+(?:paru|parue|publi[ée]e?|apparso|apparsa|pubblicat[oa]|publicad[oa]|erschienen|veröffentlicht|"
        r"published|first\s+published)\s+(?:dans|sur|sul|sulla|sullo|su|nel|nella|in|en|no|na|em|im|bei|auf|on)\s",
        pattern=r"\w+\s+(?:first\s+)?\w+\s+\w+\s+(?P<tail>)",
        # The credit line stands alone; inside a sentence the words cite a study ("an article
        # published in Nature found ...").
        before=r"(?:^|[.!?:»”\"|]|\A)[ \t]*\Z",
        before_window=4,
        case_sensitive=False,
        weight=0.85,
        examples=(
            ("Article paru dans Exemple Hebdo du 18/08/21", ("Exemple Hebdo",)),
            ("Articolo apparso sul Giornale di Esempio del 26.11.2013", ("Giornale di Esempio",)),
            ("Artículo publicado en Diario Ejemplo.", ("Diario Ejemplo",)),
        ),
        counterexamples=("A recent article published in Nature found that bees sleep.",),
    ),
    Rule(
        id="this-article-appeared-in",
        relation=R,
        languages=("fr", "it", "es", "pt"),
        # "This <text> appeared in X" in French, Italian, Spanish and Portuguese, with the kinds of
        # text each calls so (an interview, a column, a report).
        trigger=r"\b(?:cet\s+(?:article|entretien)|ce\s+(?:texte|billet|reportage)|cette\s+(?:tribune|chronique|"
        r"analyse|enquête)|quest[oa]\s+(?:articolo|testo|pezzo|intervista|commento|editoriale|analisi|post)|"
        r"est[ea]\s+(?:art[íi]culo|artigo|texto|nota|entrevista|columna|coluna|reportaje|reportagem|crónica|"
        r"crônica|análisis|análise|matéria)|esta\s+(?:nota|entrevista|columna|coluna|reportagem|crónica|crônica|"
        r"análise|matéria))\s+(?:a\s+été\s+|est\s+|è\s+|è\s+stat[oa]\s+|fue\s+|foi\s+|se\s+)?"
        r"(?:paru|publi[ée]e?|apparso|apparsa|uscit[oa]|pubblicat[oa]|publicad[oa]|publicó|apareci[óo]|apareceu)\s+"
        # (Or by whom, with the article that says it is no person: "pubblicato dal quotidiano
        # britannico The Guardian", "publicada pelo jornal X".)
        r"(?:dans|sur|sul|sulla|su|nel|nella|in|en|no|na|em|dal|dalla|dallo|pelo|pela)\s",
        # Not an outlet after it: a language, the print edition.
        pattern=r"[^\n]{0,40}?\s(?:dans|sur|sul|sulla|su|nel|nella|in|en|no|na|em|dal|dalla|dallo|pelo|pela)\s+"
        r"(?!(?:"
        + _ROMANCE_LANGUAGES
        + r"|(?:la\s+|l['’]|a\s+)?(?:edici[óo]n|edição|edizione|édition|versi[óo]n|versão|"
        r"versione|version)\s+(?:impres|papel|cartace|imprim|print)\w*)\b)(?P<tail>)",
        weight=0.85,
        examples=(
            ("Cet article est paru dans Exemple Info.", ("Exemple Info",)),
            ("Questo articolo è apparso su Esempio Quotidiano.", ("Esempio Quotidiano",)),
            ("Esta entrevista fue publicada en Diario Ejemplo.", ("Diario Ejemplo",)),
            ("Questo articolo è uscito su Esempio Quotidiano.", ("Esempio Quotidiano",)),
            ("Cet entretien a été publié dans Exemple Hebdo.", ("Exemple Hebdo",)),
            (
                "Questo articolo è stato pubblicato dal quotidiano britannico The Example Times.",
                ("The Example Times",),
            ),
        ),
        counterexamples=(
            "Este artículo fue publicado en 2019.",
            "Esta entrevista fue publicada en inglés.",
            "Cet article est paru dans l'édition imprimée du 3 mai.",
        ),
    ),
    Rule(
        id="where-this-was-published",
        relation=R,
        languages=("en",),
        # An author's note that names where the text ran first: "Jane Roe is an editor at Example
        # Next, where this piece was originally published."
        trigger=r"\bwhere\s+this\s+"
        + TEXT_NOUNS
        + r"\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared|ran)\b",
        pattern=r"where",
        before=r"\b(?:at|of|for|with|from|on|in)[ \t]+(?P<name>(?-i:(?:the[ \t]+)?[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,5}))"
        r"[ \t]*,[ \t]*\Z",
        before_window=90,
        before_required=True,
        weight=0.85,
        examples=(
            (
                "Jane Roe is a research director at Example Content Next, where this piece was originally "
                "published.",
                ("Example Content Next",),
            ),
        ),
        counterexamples=(
            "She spoke in Paris, where the report was published on Monday.",
            "She lives in Paris, where this story was first reported.",
        ),
    ),
    Rule(
        id="this-article-appeared",
        relation=R,
        languages=("en",),
        # "This <text> appeared in / ran in / was published in X", and "a version" or "the original
        # version of this <text>" before it; not where it "also" ran (elsewhere, downstream). "First" and "originally" are the rules' above, and so
        # are "published at", "on" and "by" (a person's name is no publisher).
        # ("The following appeared in X", its noun left out.)
        trigger=r"\b(?:this\s+"
        + TEXT_NOUNS
        + r"|the\s+following(?:\s+"
        + TEXT_NOUNS
        + r")?)\s+(?:(?:has|had|have|previously|once|was)\s+){0,2}(?:appeared|ran|published|printed)\s",
        # Not an outlet after it: a language, a part of the paper (its print edition, a section, a
        # page, "A1"), a partnership.
        pattern=r"[^\n]{0,90}?(?:appeared\s+(?:in|on|at)|ran\s+(?:in|on)|(?:published|printed)\s+in)\s+"
        r"(?!" + _NO_PUBLISHER_AFTER + r")(?P<tail>)",
        # The credit opens its sentence or line, or says which version ran ("an earlier version" is
        # the rule's above): "why this story ran in Brazil" is a question about it.
        # Or a page's label or heading before it where the lines ran together ("• Commentary This
        # article appeared in ...").
        before=r"(?:"
        + _SENTENCE_OPENS
        + r"|\b(?:an?|the)[ \t]+(?:(?:original|shorter|longer|edited|abridged|expanded|condensed|different|"
        r"previous|full|print)[ \t]+)?version[ \t]+of[ \t]+"
        r"|\b(?:parts?|portions?|some|much)[ \t]+of[ \t]+|(?-i:\b[A-Z][\w'’-]*)[ \t]+|,[ \t]+)\Z",
        before_window=40,
        # A newsletter or section of the host's, named: "appeared in The Week Ahead newsletter".
        reject_after=r"[ \t]+(?:newsletter|section|supplement|insert|blog)\b",
        weight=0.85,
        examples=(
            ("A version of this story appeared in Example Monthly.", ("Example Monthly",)),
            ("A version of this essay ran in Example Review.", ("Example Review",)),
            ("This report was published in Example Watchdog.", ("Example Watchdog",)),
            ("The original version of this content appeared on Example Daily.", ("Example Daily",)),
            ("This interview was published in Example Weekly.", ("Example Weekly",)),
            ("The following story appeared in Example Weekly.", ("Example Weekly",)),
            (
                "Colleagues, the following appeared in today's Example Review of Books.",
                ("Example Review of Books",),
            ),
            (
                "March 2, 2022 • Commentary This article appeared in Example Weekly on March 2.",
                ("Example Weekly",),
            ),
        ),
        counterexamples=(
            "A version of this article appeared in print on May 3, 2020, Section A.",
            "This article was published in 2019.",
            "This story was published on Monday.",
            "This article was published in English and Spanish.",
            "This story was published in partnership with Example Weekly.",
            "This post was posted in Politics, Elections.",
            "This article was published by Jane Doe.",
            "This story appeared on Page 1.",
            "This story appeared in The Week Ahead newsletter.",
            "Readers asked why this story ran in Example Country.",
            # Where else it ran, said on the original's page: a notice downstream.
            "This story also ran on Example Public Radio.",
        ),
    ),
    Rule(
        id="version-of-an-article",
        relation=R,
        languages=("en",),
        # What this text is of another: "Adapted from an article in X", "This is an abridged
        # version of an article that appeared in X", "an excerpt from a story published by X".
        # "First" and "originally" are the rules' above.
        trigger=r"\b(?:(?:adapted|excerpted|abridged|condensed|translated)\s+from|(?:version|excerpt|adaptation|"
        r"translation)\s+(?:of|from))\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:article|story|piece|post|essay|report|"
        r"column|interview|op-ed|investigation|analysis|feature|newsletter)\s+(?:(?:that|which)\s+)?(?:(?:was|has\s+been)\s+)?"
        r"(?:(?:appeared|published|ran|printed)\s+)?(?:in|on|by|at)\s",
        pattern=r"[^\n]{0,120}?\s(?:in|on|by|at)\s+(?!" + _NO_PUBLISHER_AFTER + r")(?P<tail>)",
        # Opening its sentence or line, or said of this text ("This article is adapted from", "This
        # is an edited version of"): "the film, adapted from an article in X," is no copy of it.
        before=_OF_THIS_TEXT,
        before_window=60,
        weight=0.85,
        examples=(
            ("Adapted from an article in Example Review.", ("Example Review",)),
            (
                "This is an abridged version of an article that appeared in Example Review.",
                ("Example Review",),
            ),
            ("This is an excerpt from a story published by Example Review.", ("Example Review",)),
            ("This article is adapted from a piece published in Example Review.", ("Example Review",)),
            ("Excerpted from an investigation by Example Review. Read the full report.", ("Example Review",)),
        ),
        counterexamples=(
            "The film, adapted from an article in Example Review, opens on Friday.",
            "She wrote a version of the story that appeared in print.",
            "This is a translation of an article published in English.",
        ),
    ),
    Rule(
        id="excerpt-from-book",
        relation=R,
        languages=("en",),
        # A book's excerpt names its publisher: "Excerpted from The Long Road by Jane Doe,
        # published by X", "This essay is adapted from The Long Road (X Books, 2024)" (a
        # publisher's word in the parentheses: "(Smith, 2019)" cites an author). Said of this
        # text, opening its sentence; not a film's or a play's source ("Adapted from the novel
        # ..., the film opens").
        trigger=r"\b(?:excerpted|adapted)\s+from\s|\bexcerpt\s+from\s",
        pattern=r"\w+\s+from\s+[^\n]{2,160}?(?:(?:[,.;]\s*|\s+)(?:(?:and\s+|which\s+was\s+)?(?:published|released)"
        r"\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+publisher\s+)?(?P<tail>)|\s*\((?P<name>[^()\n,]{0,40}?\b"
        r"(?-i:Books?|Press|Publishing|Publishers|House|Verlag|Editions?|Éditions|Editorial|Editora|Editore|Knopf|"
        r"Scribner|Norton|Doubleday|HarperCollins|Macmillan|Hachette|Penguin|Wiley|Routledge)\b[^()\n,]{0,30}),\s*\d{4}\)))",
        before=_OF_THIS_TEXT,
        before_window=60,
        reject_after=r"[^.\n]{0,80},[ \t]+(?:the|this|a|its)[ \t]+(?:film|movie|series|show|play|musical|opera)\b",
        weight=0.8,
        examples=(
            (
                "The council met.\nExcerpted from The Long Road by Jane Roe, published by Example Books.",
                ("Example Books",),
            ),
            (
                "The council met.\nThis essay is adapted from The Long Road (Example Books, 2024).",
                ("Example Books",),
            ),
        ),
        counterexamples=(
            "The film, adapted from the novel by Jane Roe published by Example Books, opens on Friday.",
            "Adapted from the novel by Jane Roe, published by Example Books, the film opens on Friday.",
            "Adapted from a speech by the mayor (Jane Roe, 2024).",
        ),
    ),
    Rule(
        id="from-the-issue-of",
        relation=R,
        languages=("en",),
        # A magazine's label of where the piece ran in print: "From the May 2024 issue of X".
        trigger=r"\bFrom\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}issue\s+of\s",
        pattern=r"[^\n]{0,60}?issue\s+of\s+(?P<tail>)",
        before=r"(?:^|[.!?”\"][ \t]+|[(\[*—–][ \t]*)\Z",
        before_window=4,
        case_sensitive=True,
        weight=0.8,
        examples=(("The council met.\nFrom the May 2024 issue of Example Monthly.", ("Example Monthly",)),),
        counterexamples=("From the first issue of the magazine, readers wrote in.",),
    ),
    Rule(
        id="this-text-comes-from",
        relation=R,
        languages=("en",),
        # "This article is from X", "This story comes to us from X": said of this text, opening its
        # sentence. Not a year, an archive or an issue ("This story is from our archive").
        trigger=r"\bthis\s+(?:article|story|post|piece|report|essay|column|interview|feature|content)\s+"
        r"(?:is|comes|came)\s+(?:to\s+(?:us|you)\s+)?from\s",
        # The partner may be named as one: "This story comes from our partners at X", "... from our
        # news partner X".
        pattern=r"[^\n]{0,40}?\sfrom\s+(?!(?:our|the|its|their|an?)\s+(?:[\w-]+\s+)?(?:archives?|print|issue|series|"
        r"edition|files)\b|\d)(?:(?:our|a)\s+(?:\w+\s+)?(?:partners?|colleagues)(?:\s+(?:at|from))?\s+)?(?P<tail>)",
        before=r"(?:" + _SENTENCE_OPENS + r")\Z",
        before_window=4,
        # A house saying who it is: "This article is from The Spoon, a publication of X".
        reject_after=r",?[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+)?(?:publication|project|service|product|division|unit|"
        r"newsletter|site|website|brand|section|podcast)[ \t]+(?:of|from|by)\b",
        weight=0.8,
        examples=(
            ("The council met.\nThis article is from Example Weekly.", ("Example Weekly",)),
            ("The council met.\nThis report comes to us from Example Weekly.", ("Example Weekly",)),
            (
                "This story comes from our partners at Example Journal, a nonprofit newsroom.",
                ("Example Journal",),
            ),
            ("This story came from our news partner Example Public Radio.", ("Example Public Radio",)),
        ),
        counterexamples=(
            "This story is from our archive.",
            "This story is from 2019.",
            "Readers say this story is from Example Weekly.",
            "This article is from Example Bites, a publication of Example Weekly.",
        ),
    ),
    Rule(
        id="text-taken-from",
        relation=R,
        languages=("en",),
        # "This article was sourced from X", "Article taken from X": said of this text, opening
        # its sentence or line. Not of data or a picture ("The data was sourced from X").
        trigger=r"\b(?:sourced|taken)\s+from\s",
        pattern=r"\w+\s+from\s+(?!(?:our|the|its|their|an?)\s+(?:[\w-]+\s+)?(?:archives?|print|issue|series|"
        r"edition|files|book)\b|\d)(?P<tail>)",
        before=r"(?:^|[.!?][\"”’)]?[ \t]+|[(\[*—–][ \t]*)(?:(?:this|the)[ \t]+)?"
        + TEXT_NOUNS
        + r"[ \t]+(?:(?:was|is|has[ \t]+been)[ \t]+)?\Z",
        before_window=40,
        weight=0.8,
        examples=(
            ("The council met.\nThis article was sourced from Example Weekly.", ("Example Weekly",)),
            ("The council met.\nArticle taken from Example Weekly.", ("Example Weekly",)),
        ),
        counterexamples=(
            "The data was sourced from Example Weekly and public records.",
            "The photo was taken from Example Weekly's website.",
            "This story is taken from our archive.",
        ),
    ),
    Rule(
        id="we-republish-this",
        relation=R,
        languages=("en",),
        # The host says it in the first person: "We're republishing this story from X", "We
        # republish this article with permission from X".
        trigger=r"\b(?:we(?:['’]re|\s+are)?)\s+(?:republish(?:ing)?|reprint(?:ing)?|re-?post(?:ing)?|shar(?:e|ing))\s+"
        r"this\s+(?:article|story|post|piece|report|essay|column|interview)\s+(?:with\s+(?:the\s+)?permission\s+)?"
        r"(?:from|of)\s",
        pattern=r"[^\n]{0,80}?\s(?:from|of)\s+(?P<tail>)",
        weight=0.85,
        examples=(
            ("We're republishing this story from Example Weekly.", ("Example Weekly",)),
            ("We republish this article with permission from Example Weekly.", ("Example Weekly",)),
        ),
        counterexamples=("We share this story of hope with our readers.",),
    ),
    Rule(
        id="used-with-permission",
        relation=R,
        languages=("en",),
        trigger=r"\b(?:used|reproduced|excerpted|adapted|reposted|shared|published|posted)\s+(?:here\s+)?"
        r"(?:with|by)\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from)\s",
        pattern=r"[^\n]{0,40}?permission\s+(?:of|from)\s+(?P<tail>)",
        weight=0.85,
        examples=(
            ("Used with permission of Example House Books, New York.", ("Example House Books",)),
            ("This article is published with permission from Example Review.", ("Example Review",)),
        ),
    ),
    Rule(
        id="copyright-then-permission",
        relation=R,
        languages=("en",),
        # A copyright line, then leave to print it here: "Copyright 2024 X. Reprinted with
        # permission.", "© 2024 X. All rights reserved. Used with permission." The line opens
        # with the copyright sign: "Photo © Jane Doe. Used with permission." is a picture's.
        trigger=r"\b(?:reprinted|republished|reproduced|used|posted)\s+(?:here\s+)?with\s+(?:the\s+)?(?:kind\s+)?"
        r"permission\b",
        pattern=r"\w+(?:\s+here)?\s+with\s+(?:the\s+)?(?:kind\s+)?permission(?![ \t]+(?:of|from|by)\b)",
        before=r"(?:^|[.!?][ \t]+)[ \t]*(?:©|\(c\)|copyright)(?:[ \t]*(?:©|\(c\)))?[ \t]*(?:\d{4}(?:[-–]\d{2,4})?,?[ \t]+)?"
        r"(?P<tail>[^\n]{2,80}?)[ \t]*[.,;]?(?:[ \t]+All[ \t]+rights[ \t]+reserved\.?)?[ \t]*\n?[ \t]*\Z",
        before_window=160,
        weight=0.85,
        examples=(
            (
                "The council met.\nCopyright 2024 Example Weekly. Reprinted with permission.",
                ("Example Weekly",),
            ),
            (
                "The council met.\n© 2024 Example Weekly. All rights reserved. Used with permission.",
                ("Example Weekly",),
            ),
        ),
        counterexamples=(
            "The council met.\nPhoto © 2024 Jane Roe. Used with permission.",
            "The council met.\nReprinted with permission.",
        ),
    ),
    Rule(
        id="publisher-copyright-line",
        relation=R,
        languages=("*",),
        # A registered publisher's copyright on a line of its own, with the year, under a story on
        # another's site: the licensed copy's mark ("(c) 2024 The New York Times Company" on a
        # regional paper's page). Registered publishers only (a parent company's footer, "©
        # 2024 Example Media Inc.", names nobody's story), and not an agency's (agency-copyright);
        # the page's own footer is a self-credit.
        # (Or with the year after the name: "Copyright: Example Syndicate, 2024.")
        trigger=r"(?:©|\(c\)|\bcopyright\b)[ \t]*(?:©[ \t]*|\(c\)[ \t]*)?(?:19|20)\d\d[ \t]|\bcopyright[ \t]*:[ \t]",
        pattern=r"(?:(?P<year>[^\n]{1,16}?(?:19|20)\d\d[ \t]+)|copyright[ \t]*:[ \t]*)(?P<name>(?-i:[A-Z])[^\n.,;©|]{1,60}?)"
        r"(?(year)(?:[ \t]+(?:Company|Co\.|Inc\.?|LLC|Ltd\.?|Limited))?[ \t]*(?:[.,][ \t]*(?:All[ \t]+rights[ \t]+reserved\.?)?)?"
        # (The year after the name closes its own sentence where the page's lines ran together:
        # "... of the Fund. Copyright: Example Syndicate, 2024. www.example.org".)
        r"|,[ \t]*(?:19|20)\d\d(?:\.(?=[ \t])|\.?[ \t]*$))(?:[ \t]*$|(?<=\.))",
        before=r"(?:^|\n|[.!?][ \t]+)[ \t]*\Z",
        before_window=4,
        known_only=True,
        publisher_only=True,
        weight=0.7,
        examples=(
            (
                "The government has set a goal of 60 million visitors.\n(c) 2024 The New York Times Company\nRelated Coverage",
                ("The New York Times",),
            ),
            (
                "Europe should invest in skills.\nAus dem Englischen von Jana Roe.\nCopyright: Project Syndicate, 2024.",
                ("Project Syndicate",),
            ),
            (
                "She is a former chief economist of the Fund. Copyright: Project Syndicate, 2024. www.example.org Follow",
                ("Project Syndicate",),
            ),
        ),
        counterexamples=(
            "The council met.\n© 2024 Example Media Inc. All rights reserved.",
            "The council met.\nCopyright: The New York Times",
            "The council met.\nCopyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published.",
            "The rally went on.\nPhoto © 2024 The New York Times",
        ),
    ),
    Rule(
        id="adapted-from-original-source",
        relation=R,
        languages=("en",),
        trigger=r"adapted\s+from\s+its\s+original\s+source",
        # The footer's lines may stand apart: "... original source.\nVia X\nCopyright © 2019 Y."
        pattern=r"adapted\s+from\s+its\s+original\s+source[\s\S]{0,80}?(?:Copyright|©)\s*(?:@|©|\(c\))?\s*"
        r"(?:\d{4}\s+)?(?P<tail>)",
        weight=0.85,
        description="A syndication distributor's footer: the copyright holder is the original publisher.",
        examples=(
            (
                "This article has been adapted from its original source. Via Example.info Copyright @ "
                "2019 Example Arab Daily.",
                ("Example Arab Daily",),
            ),
            (
                "This article has been adapted from its original source.\nVia Example.info\n"
                "Copyright © 2019 Example TV. All rights reserved.",
                ("Example TV",),
            ),
        ),
    ),
    Rule(
        id="print-view-source",
        relation=R,
        languages=("en",),
        trigger=r"\b(?:printed\s+(?:on|from)|source\s+url|article\s+printed\s+from)\b[^\n]{0,60}?https?://",
        pattern=r"[^\n]{0,70}?(?P<tail>)(?=https?://)",
        weight=0.8,
        description="The header or footer of a page's print view, with the address it was printed from.",
        examples=(
            (
                "Posted on May 3, 2015, Printed on May 3, 2015 http://www.example-dispatch.com/blog/1/",
                ("example-dispatch.com",),
            ),
        ),
    ),
    # ---------------------------------------------------------------- republished / reprinted / cross-posted
    Rule(
        id="republished-from-cc",
        relation=R,
        languages=("en",),
        trigger=r"republished\s+from\s",
        pattern=r"republished\s+from\s+(?P<tail>[^\n]{1,100}?)\s+under\s+a\s+Creative\s+Commons",
        weight=0.97,
        description="The Conversation's and others' Creative Commons republication line.",
        examples=(
            (
                "This article is republished from The Conversation under a Creative Commons license.",
                ("The Conversation",),
            ),
        ),
    ),
    Rule(
        id="republished-from",
        relation=R,
        languages=("en",),
        trigger=r"republished\b",
        pattern=r"republished(?:[ \t]+here)?"
        + _OPT_PERMISSION
        + r"(?:[ \t]+under[ \t]+(?:a[ \t]+)?Creative[ \t]+Commons(?:[ \t]+licen[cs]e)?)?"
        # "republished under a community partnership agreement with X", "through a partnership with X".
        + r"[ \t]+(?:from|by[ \t]+permission[ \t]+of|of|(?:under|through|via|as[ \t]+part[ \t]+of)[ \t]+"
        r"(?:(?:a|an|the|our)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?partnership(?:[ \t]+agreement)?[ \t]+with)[ \t]+(?P<tail>)",
        weight=0.9,
        examples=(
            ("Republished with permission from Common Dreams.", ("Common Dreams",)),
            (
                "This article is republished under a community partnership agreement with Example Radio.",
                ("Example Radio",),
            ),
            ("This piece is republished here from Truthout.", ("Truthout",)),
            (
                "This article is republished under a Creative Commons license from Example Weekly.",
                ("Example Weekly",),
            ),
        ),
        counterexamples=(
            "The story was republished on Wired.com the next day.",
            "Republished with permission.",
        ),
    ),
    Rule(
        id="produced-by-and-republished",
        relation=R,
        languages=("en",),
        trigger=r"republished\b",
        pattern=r"republished",
        # The text names who made it, then says it is republished ("This story was produced by
        # X and is republished here under a Creative Commons license").
        before=r"\bthis\s+(?:story|article|piece|report|post|investigation|column|essay|interview)\s+"
        r"(?:was\s+|is\s+|has\s+been\s+)?(?:originally\s+)?(?:produced|published|written|reported|co-published)"
        r"\s+by\s+(?P<tail>[^\n]{2,80}?)\s*,?\s+and\s+(?:is\s+|was\s+|has\s+been\s+)?(?:being\s+)?\Z",
        before_window=200,
        weight=0.9,
        examples=(
            (
                "This story was produced by Example Health News and is republished here under a "
                "Creative Commons license.",
                ("Example Health News",),
            ),
        ),
        counterexamples=("The novel, written by Jane Roe and republished in 2010, sold well.",),
    ),
    Rule(
        id="producido-por-y-republicado",
        relation=R,
        languages=("es", "pt", "it", "fr"),
        # The same notice in the Romance languages: "Este contenido fue producido por Mongabay Latam
        # y se republica con autorización", "Este texto foi produzido pela Agência Pública e é
        # republicado ...", "Questo articolo è stato prodotto da X e viene ripubblicato ...".
        # The trigger is the verb alone, its auxiliary read before it: a trigger that opened with
        # "a été" or "es" made the scan's automaton follow every "a " of a text.
        trigger=r"\b(?:republica(?:d[oa])?|reproduc(?:e|id[oa])|reproduz(?:id[oa])?|ripubblicat[oa]|riprodott[oa]"
        r"|republi[ée]|reproduit)",
        pattern=r"\w+",
        before=r"\b(?:fue|foi|ha\s+sido|è\s+stat[oa]|a\s+été|es|é|è|est)\s+(?:originalmente\s+)?"
        r"(?:producid[oa]|produzid[oa]|realizad[oa]|elaborad[oa]|escrit[oa]|publicad[oa]|prodott[oa]|realizzat[oa]"
        r"|scritt[oa]|pubblicat[oa]|produite?|réalisée?|écrite?|publiée?)\s+(?:originalmente\s+)?"
        r"(?:por|pel[oa]|da|dal|dalla|dallo|par)\s+(?P<tail>[^\n]{2,80}?)\s*,?\s+(?:y|e|et)\s+"
        r"(?:se|es|é|fue|foi|è|viene|est|a\s+été|ha\s+sido)\s+\Z",
        before_window=200,
        weight=0.9,
        examples=(
            (
                "Este contenido fue producido por Mongabay Latam y se republica con autorización.",
                ("Mongabay Latam",),
            ),
            (
                "Esta reportagem foi produzida pela Agência Pública e é republicada sob licença.",
                ("Agência Pública",),
            ),
        ),
        counterexamples=("La novela, escrita por Ana Roe y reeditada en 2010, fue republicada en Chile.",),
    ),
    Rule(
        id="this-article-from",
        relation=R,
        languages=("en",),
        # A note that opens with the text and its publisher, then says what was done with it:
        # "This article from the Example Ilbo, our sister paper, is translated and edited by
        # ...", "This story from Grist is republished with permission".
        trigger=r"\bthis\s+(?:story|article|piece|report|post|column|essay|interview|feature|commentary|content)\s+"
        r"from\s",
        pattern=r"\w+\s+[\w-]+\s+from\s+(?:the\s+)?(?P<tail>)",
        before=r"(?:^|[.!?”\"»][ \t]+)\Z",
        before_window=4,
        # The sentence says what became of it: republished, translated, reprinted (not "This
        # article from the Times was cited by the judge").
        reject_after=r"(?![^.!?\n]{0,160}?\b(?:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+\s+)?"
        r"(?:republished|reprinted|translated|reproduced|shared|adapted|excerpted|syndicated|used|published|posted)"
        r"|(?:first\s+|originally\s+)?(?:appears|appeared|ran|runs)\s+(?:here|on|in|with)\b))",
        no_person=True,
        weight=0.75,
        examples=(
            (
                "Schools adapt.\nThis article from the Example Daily, the sister publication of Example "
                "Times, is translated by generative AI and edited by Example Times.",
                ("Example Daily",),
            ),
            ("The bill passed.\nThis story from Grist is republished with permission.", ("Grist",)),
        ),
        counterexamples=(
            "This article from the Times was cited by the judge on Monday.",
            "He said this story from Grist is republished with permission.",
        ),
    ),
    Rule(
        id="this-article-produced-by",
        relation=R,
        languages=("en",),
        # A syndicator's closing line on the sites that run its pieces: "This article was produced
        # by Globetrotter." Not a person's name: a journalist produces a story too. What the story
        # is about may come between ("This story about four-day school weeks was produced by The
        # Hechinger Report").
        # A portal's note on a partner's piece: "This content was created by Example Watch, which is
        # operated by ...".
        trigger=r"\bthis\s+(?:story|article|piece|report|post|column|essay|interview|content)\s+(?:about\s+[^.\n]{1,80}?\s+)?"
        r"(?:was|is|has\s+been)\s+(?:produced|created)\s+by\s",
        pattern=r"\w+\s+\w+\s+(?:about\s+[^.\n]{1,80}?\s+)?(?:\w+\s+)?(?:\w+\s+)?(?:produced|created)\s+by\s+(?P<tail>)",
        no_person=True,
        publisher_only=True,
        weight=0.8,
        examples=(
            ("This article was produced by Globetrotter.", ("Globetrotter",)),
            ("This content was created by ExampleWatch, which is operated by Example Co.", ("ExampleWatch",)),
            ("This story was produced by KFF Health News, a national newsroom.", ("KFF Health News",)),
            (
                "This story about school weeks was produced by KFF Health News, a newsroom.",
                ("KFF Health News",),
            ),
            (
                "The bill goes to the House.\n\nThis story was produced by Example State Newsroom, an independent newsroom.",
                ("Example State Newsroom",),
            ),
        ),
        counterexamples=(
            "This story was produced by Jane Doe for the local desk.",
            "This story was produced by Jane Roe and John Doe.",
        ),
    ),
    Rule(
        id="this-article-produced-by-agency",
        relation=W,
        languages=("en",),
        # The same note naming an agency: its copy ("This content was produced by AFP and is not
        # part of the Example newsroom").
        trigger=r"\bthis\s+(?:story|article|piece|report|post|column|essay|interview|content)\s+"
        r"(?:was|is|has\s+been)\s+(?:produced|created)\s+by\s",
        pattern=r"\w+\s+\w+\s+(?:\w+\s+)?(?:\w+\s+)?(?:produced|created)\s+by\s+(?P<tail>)",
        wire_only=True,
        weight=0.8,
        examples=(("This content was produced by AFP and is not part of the Example newsroom.", ("AFP",)),),
    ),
    Rule(
        id="reprinted-from",
        relation=R,
        languages=("en",),
        trigger=r"reprinted\b",
        pattern=r"reprinted"
        + _OPT_PERMISSION
        # "This story was reprinted by Yahoo News": who reprinted it after, not where it came from.
        + r"(?:[ \t]+by[ \t]+(?:kind[ \t]+)?permission)?[ \t]+"
        r"(?:from|of|(?<!\bwas reprinted )(?<!\bwere reprinted )(?<!\bbeen reprinted )(?<!\bis reprinted )"
        # ("This story was also reprinted by USA Today": an adverb between.)
        r"(?<!\balso reprinted )(?<!\blater reprinted )(?<!\bsince reprinted )(?<!\bwidely reprinted )by)[ \t]+(?P<tail>)",
        weight=0.9,
        examples=(
            ("Reprinted with permission from Project Syndicate.", ("Project Syndicate",)),
            ("Reprinted by permission of The Nation.", ("The Nation",)),
            ("Reprinted with the author's permission from Example Review.", ("Example Review",)),
        ),
        counterexamples=(
            "This article was reprinted on Wired.com.",
            "This story was reprinted by Example News and syndicated to Example Portal.",
            "This story was also reprinted by Example News and Example Portal.",
        ),
    ),
    Rule(
        id="reproduced-from",
        relation=R,
        languages=("en",),
        trigger=r"reproduced\s+(?:here\s+)?(?:with\s+(?:kind\s+)?permission\s+)?from\s",
        pattern=r"reproduced\s+(?:here\s+)?(?:with\s+(?:kind\s+)?permission\s+)?from\s+(?P<tail>)",
        weight=0.9,
        examples=(("This article is reproduced from Example Review.", ("Example Review",)),),
        counterexamples=("The results were reproduced from the raw data by a second team.",),
    ),
    Rule(
        id="cross-posted-from",
        relation=R,
        languages=("en",),
        # (Substack's header over a post carried from another newsletter: "Cross-post from X".)
        trigger=r"cross-?post(?:ed)?\s",
        # (Or from the author's column there: "Cross-posted from my column in the Example Star.")
        pattern=r"cross-?post(?:ed)?" + _OPT_PERMISSION + r"[ \t]+from[ \t]+"
        r"(?:(?:my|our|a|the|his|her|their)[ \t]+(?:weekly[ \t]+|monthly[ \t]+|regular[ \t]+)?"
        r"(?:column|piece|article|post|newsletter|story|essay|blog)[ \t]+(?:in|at|on|for)[ \t]+)?(?P<tail>)",
        weight=0.9,
        examples=(
            ("Cross-posted from Naked Capitalism.", ("Naked Capitalism",)),
            (
                "Cross-posted from my column in the Example Daily Star. This is a longer version.",
                ("Example Daily Star",),
            ),
            (
                "Share this post Cross-post from The Example Ledger I've been reading it for years.",
                ("The Example Ledger",),
            ),
        ),
        counterexamples=("The thread was cross-posted to Bluesky.",),
    ),
    Rule(
        id="syndicated-from",
        relation=R,
        languages=("en",),
        trigger=r"syndicated\s+(?:with\s+permission\s+|(?:article|content|story|post|piece)\s+)?from\s",
        pattern=r"syndicated\s+(?:with\s+permission\s+|\w+\s+)?from\s+(?P<tail>)",
        weight=0.9,
        examples=(
            ("Syndicated from Inside Climate News.", ("Inside Climate News",)),
            ("This is a syndicated article from Example Weekly.", ("Example Weekly",)),
        ),
    ),
    Rule(
        id="authored-by-via",
        relation=R,
        languages=("en",),
        trigger=r"authored\s+by\s",
        pattern=r"authored\s+by\s+[^\n]{1,80}?\s+via\s+(?P<tail>)",
        weight=0.9,
        description="ZeroHedge's way of crediting the outlet a piece was taken from.",
        examples=(("Authored by Jane Doe via The Epoch Times,", ("The Epoch Times",)),),
    ),
    Rule(
        id="submitted-by-of",
        relation=R,
        languages=("en",),
        # The same aggregators' "Submitted by Jane Doe of Example Weekly": the author and the
        # outlet the piece comes from. A registered name, a domain or a link ("of Springfield" is
        # where a reader lives).
        trigger=r"\bsubmitted\s+by\s",
        pattern=r"submitted\s+by\s+(?-i:[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3})\s+(?:of|via)\s+(?P<tail>)",
        known_only=True,
        weight=0.85,
        examples=(("Submitted by Jane Doe of Global Research, The sanctions failed.", ("Global Research",)),),
        counterexamples=("Submitted by Jane Doe of Springfield, a reader.",),
    ),
    Rule(
        id="original-source-is",
        relation=R,
        languages=("en",),
        # A republished article's closing line: "The original source of this article is Global
        # Research."
        trigger=r"\boriginal\s+source\s+of\s+this\s+(?:article|story|post|piece|report)\s+is\s",
        pattern=r"original\s+source\s+of\s+this\s+\w+\s+is\s+(?P<tail>)",
        weight=0.9,
        examples=(
            (
                "The original source of this article is Example Weekly. Copyright Jane Doe, 2024",
                ("Example Weekly",),
            ),
        ),
        counterexamples=("The original source of this article is unknown.",),
    ),
    # ---------------------------------------------------------------- other languages
    Rule(
        id="based-on-article",
        relation=R,
        languages=("de", "en"),
        # A text rewritten from another outlet's: "Dieser Artikel basiert auf einem Beitrag unserer
        # US-Schwesterpublikation X", "This article is based on a story published by X".
        # (Not a report's: "is based on a report by the Example Institute" cites a study.)
        trigger=r"\b(?:basiert\s+auf\s+(?:einem|einer|dem)\s+(?:Beitrag|Artikel|Text)"
        r"|(?:is|was)\s+based\s+on\s+(?:an?|the)\s+(?:story|article|piece))\s",
        pattern=r"(?:basiert\s+auf\s+\w+\s+\w+\s+(?:(?:von|der|des|bei|aus|im|in)\s+)?"
        r"|(?:is|was)\s+based\s+on\s+\w+\s+\w+\s+(?:(?:originally\s+)?(?:published|that\s+(?:first\s+)?appeared)\s+)?(?:by|in|from|on)\s+)(?P<tail>)",
        before=r"\b(?:[Aa]rtikel|Beitrag|Text|[Aa]rticle|[Ss]tory|[Pp]iece)\b[^.!?\n]{0,20}\Z",
        before_window=40,
        publisher_only=True,
        weight=0.8,
        examples=(
            (
                "Dieser Artikel basiert auf einem Beitrag unserer US-Schwesterpublikation Example.com. Lesen Sie auch",
                ("Example.com",),
            ),
            ("This article is based on a story published by Example Times.", ("Example Times",)),
        ),
        counterexamples=(
            "The film is based on a story by Jane Roe.",
            "This article is based on a report by the Example Institute.",
        ),
    ),
    Rule(
        id="erschien-zuerst",
        relation=R,
        languages=("de",),
        trigger=r"erschien\s+(?:zuerst|ursprünglich|erstmals|im\s+Original)\s",
        # "im Original auf Englisch": a language is no outlet.
        # (The language may be said as "in englischer Sprache".)
        pattern=r"erschien\s+(?:im\s+Original|\w+)\s+(?:am\s+[^\n]{1,25}?\s+)?(?:(?:auf\s+"
        + _LANGUAGES_DE
        + r"|in\s+[a-zäöü]+er\s+Sprache)\s+)?(?:beim|bei|in|auf|im)\s+"
        r"(?!(?:" + _LANGUAGES_DE + r"|(?:der\s+|dem\s+)?(?:gedruckten|heutigen|Print\w*|\w*[Aa]usgabe))\b"
        # (An issue of another paper is named: "in der Ausgabe 3/2024 unseres Schwestermagazins X".)
        r"(?!\s+(?:\d{1,2}[/.]\d{2,4}\s+)?(?:von|des|der|unseres)\s))(?P<tail>)",
        weight=0.9,
        examples=(
            ("Dieser Artikel erschien zuerst in der Zeit.", ("Zeit",)),
            (
                "Dieser Beitrag erschien zuerst in der Ausgabe 3/2024 unseres Schwestermagazins Beispiel Solar.",
                ("Beispiel Solar",),
            ),
            ("Der Text erschien zuerst bei Netzpolitik.org.", ("Netzpolitik.org",)),
            (
                "Dieser Beitrag erschien zuerst im Magazin beispiel-blick. Wir danken der Redaktion.",
                ("beispiel-blick",),
            ),
            ("Dieser Artikel erschien zuerst beim «Beispiel-Beobachter».", ("Beispiel-Beobachter",)),
            (
                "Dieser Artikel erschien ursprünglich in englischer Sprache bei »Example Conversation«.",
                ("Example Conversation",),
            ),
            ("Dieser Text erschien im Original auf Beispiel Online.", ("Beispiel Online",)),
            ("Dieser Text erschien zuerst auf Englisch im Guardian.", ("Guardian",)),
        ),
        counterexamples=(
            "Der Text erschien im Original auf Englisch.",
            "Dieser Text erschien zuerst in der Printausgabe.",
        ),
    ),
    Rule(
        id="dieser-text-erschien",
        relation=R,
        languages=("de",),
        # "Dieser Text erschien in der Zeitung X", "Eine frühere Version dieses Artikels erschien im
        # X": said of the text itself, with no "zuerst" (the rule above). A study or a book that
        # "erschien im Fachblatt" is not the text, nor is an issue or a column of the paper.
        trigger=r"\berschien\s+(?:bei|in|im|auf|am)\s",
        pattern=r"erschien\s+(?:am\s+[^\n]{1,25}?\s+)?(?:bei|in|im|auf)\s+"
        r"(?!(?:der\s+|dem\s+)?(?:gedruckten|heutigen|aktuellen|nächsten|letzten|Print\w*|\w*[Aa]usgabe|Rubrik|Reihe|"
        r"Serie|Rahmen|Auftrag|Zuge|Vorfeld|Original)\b)(?P<tail>)",
        before=r"(?:\b(?:Dieser|Diese|Dieses|Der|Das|Die)\s+(?:Artikel|Beitrag|Text|Kommentar|Gastbeitrag|"
        r"Gastkommentar|Essay|Interview|Reportage|Kolumne|Meinungsbeitrag|Rezension|Leitartikel)|"
        r"\b(?:Version|Fassung)\s+(?:dieses|des)\s+(?:Artikels|Beitrags|Textes|Interviews|Kommentars|Essays))\s+\Z",
        before_window=60,
        weight=0.85,
        examples=(
            ("Dieser Text erschien in der Zeitung Beispielbote.", ("Beispielbote",)),
            ("Eine frühere Version dieses Artikels erschien im Beispielboten.", ("Beispielboten",)),
            ("Der Beitrag erschien am 3. Mai 2024 bei Beispiel Online.", ("Beispiel Online",)),
        ),
        counterexamples=(
            "Die Studie erschien im Fachblatt Nature.",
            "Der Artikel erschien in der gedruckten Ausgabe vom 3. Mai.",
            "Das Interview erschien im Rahmen der Serie Zukunft.",
            "Der Artikel erschien am 3. Mai 2024.",
        ),
    ),
    Rule(
        id="erschienen-in-label",
        relation=R,
        languages=("de",),
        # A label on its own line: "Erschienen in: X", "Erschienen bei: X".
        trigger=r"\berschienen\s+(?:in|bei|auf|im)\s*:\s",
        pattern=r"erschienen\s+\w+\s*:\s*(?P<tail>)",
        # Or after a sentence, where the lines ran together.
        before=_LABEL_OPENS,
        before_window=6,
        weight=0.8,
        examples=(
            ("Der Rat tagte am Dienstag.\nErschienen in: Beispiel Online", ("Beispiel Online",)),
            ("Der Rat tagte am Dienstag. Erschienen in: Beispiel Online", ("Beispiel Online",)),
        ),
        counterexamples=("Die Studie ist erschienen in: Beispiel Journal of Medicine",),
    ),
    Rule(
        id="crosspost-von",
        relation=R,
        languages=("de",),
        # "Crossposting von X", "Dieser Artikel ist ein Crosspost von X".
        trigger=r"\bcross-?post(?:ing)?\s+(?:von|vom|aus)\s",
        pattern=r"cross-?post(?:ing)?\s+(?:von|vom|aus)\s+(?:der\s+|dem\s+|den\s+)?(?P<tail>)",
        weight=0.85,
        examples=(
            ("Der Rat tagte. Dieser Artikel ist ein Crosspost von Beispiel Online.", ("Beispiel Online",)),
        ),
        counterexamples=("Ein Crosspost von mir selbst.",),
    ),
    Rule(
        id="fassung-eines-artikels",
        relation=R,
        languages=("de",),
        # "Dieser Text ist eine gekürzte Fassung eines Artikels aus der taz", "ein Auszug des
        # Beitrags von X". Not a language ("aus dem Englischen").
        # (A guest article too, and where it appeared in a relative clause: "eine erweiterte
        # Fassung eines Gastbeitrags, der am 12. März 2024 in der FAZ erschienen ist".)
        trigger=r"\b(?:Fassung|Version|Auszug)\s+(?:des|eines)\s+(?:Gast)?(?:Artikels|Beitrags|Textes|Interviews|Essays)"
        r"(?:,?\s+(?:der|die|das)(?:\s+[^\s,]+){0,5}?)?\s+(?:aus|in|von|bei|im|auf)\s",
        pattern=r"\w+\s+\w+\s+\w+(?:,?\s+(?:der|die|das)(?:\s+[^\s,]+){0,5}?)?\s+(?:aus|in|von|bei|im|auf)\s+"
        + _NOT_A_LANGUAGE_DE
        + r"(?:der\s+|dem\s+|den\s+)?(?P<tail>)",
        weight=0.85,
        examples=(
            ("Dieser Text ist eine gekürzte Fassung eines Artikels aus der taz.", ("taz",)),
            (
                "Dieser Beitrag ist eine erweiterte Fassung eines Gastbeitrags, der am 12. März 2024 in der FAZ "
                "erschienen ist.",
                ("FAZ",),
            ),
            ("Auszug eines Beitrags von Beispiel Online.", ("Beispiel Online",)),
        ),
        counterexamples=("Eine Fassung des Textes aus dem Englischen von Jane Doe.",),
    ),
    Rule(
        id="original-label",
        relation=R,
        languages=("de", "en"),
        # "Original: The Guardian" closing a translated or copied text; a registered name, a
        # domain or a link only ("Original: 12 Euro", "Original: englisch"). The original's title
        # in quotes may come first ("Original: „The title“, Example Weekly, 2. Mai 2024").
        # ("Оригинал этого материала © «Example Daily», 14.02.2025, «title»": a copying site's
        # note of where the text was taken.) A quoted title has its outlet after a comma; a name
        # alone in quotes is the outlet's ("Оригинал: «Коммерсантъ»").
        trigger=r"(?:\bOriginal|Оригинал|Оригінал)(?:\s+(?:этого|цього)\s+матер[иі]ал[ау]?\s*©|\s*:)\s",
        pattern=r"\w+(?:\s+\w+\s+\w+\s*©|\s*:)\s*(?:[„“\"«][^„“\"«»”\n]{1,200}[“”\"»][ \t]*,[ \t]*(?=[^\s\d]))?(?P<tail>)",
        before=_LABEL_OPENS,
        before_window=6,
        case_sensitive=True,
        known_only=True,
        weight=0.75,
        examples=(
            ("Der Rat tagte am Dienstag. Original: The Guardian", ("The Guardian",)),
            ("Экономисты ждут роста цен.\nОригинал: The Guardian\nПеревод: Ольга Мельник", ("The Guardian",)),
            ("Рынок ждет лицензий. Оригинал: «Коммерсантъ» Теги: майнинг", ("Коммерсантъ",)),
            (
                "Суд вынес приговор. Оригинал этого материала © «Московский комсомолец», 14.02.2025, «Суд»",
                ("Московский комсомолец",),
            ),
            (
                "Der Autor argumentiert.\nOriginal: „The media war“, The Guardian, 2. Mai 2024.",
                ("The Guardian",),
            ),
        ),
        counterexamples=(
            "Der Preis sinkt. Original: 12 Euro",
            "Der Text wurde übersetzt. Original: englisch",
        ),
    ),
    Rule(
        id="thanks-for-permission",
        relation=R,
        languages=("de", "en"),
        # "Wir danken Telepolis für die Genehmigung zur Übernahme", "We thank Example Weekly for
        # permission to republish this article".
        trigger=r"\bfür\s+die\s+(?:freundliche\s+)?(?:Genehmigung|Erlaubnis)\s+(?:zur|zum)\s+"
        r"(?:Übernahme|Nachdruck|Abdruck|Veröffentlichung|Zweitveröffentlichung)|"
        r"\bfor\s+(?:(?:their|its|the|kind)\s+)?permission\s+to\s+(?:republish|reprint|reproduce|repost)",
        pattern=r"\w+",
        # (Or its editors: "Wir danken der Redaktion von Publik-Forum", "We thank the editors of X".)
        before=r"\b(?:danken|dankt|thank|thanks\s+to)\s+(?:der\s+|dem\s+|den\s+|the\s+)?"
        r"(?:(?:Redaktion|editors)\s+(?:von|des|der|of)\s+(?:the\s+)?)?(?P<tail>[^.\n]{2,60}?)\s+\Z",
        before_window=90,
        weight=0.85,
        examples=(
            ("Wir danken Telepolis für die Genehmigung zur Übernahme.", ("Telepolis",)),
            (
                "Wir danken der Redaktion von Beispiel-Forum für die freundliche Genehmigung zur Übernahme.",
                ("Beispiel-Forum",),
            ),
            ("We thank Example Weekly for permission to republish this article.", ("Example Weekly",)),
        ),
        counterexamples=("We thank our readers for their patience.",),
    ),
    Rule(
        id="gefunden-bei",
        relation=S,
        languages=("de",),
        # A blog's "Gefunden bei: X", "Gesehen bei X": where the post's story was found.
        trigger=r"\b(?:gefunden|gesehen|entdeckt)\s+(?:bei|auf)\s*:?\s",
        pattern=r"\w+\s+\w+\s*:?\s*(?P<tail>)",
        before=_LABEL_OPENS,
        before_window=6,
        known_only=True,
        by_kind=True,
        weight=0.6,
        examples=(("Der Rat tagte am Dienstag. Gefunden bei: netzpolitik.org", ("netzpolitik.org",)),),
        counterexamples=("Der Schlüssel wurde gefunden bei der Suche.",),
    ),
    Rule(
        id="zuerst-erschienen",
        relation=R,
        languages=("de",),
        # (And by whom it was published: "Ursprünglich veröffentlicht von Beispiel", a portal's note.)
        trigger=r"\b(?:zuerst|ursprünglich|erstmals)\s+(?:(?:erschienen|veröffentlicht|publiziert)\s+"
        r"(?:am\s+[^\n]{1,25}?\s+)?(?:bei|in|auf|im)(?:\s*:)?|(?:veröffentlicht|publiziert)\s+(?:von|vom))\s",
        # (Not the paper's own edition: "Erstmals erschienen in der Printausgabe vom 27.03.2024".)
        pattern=r"\w+\s+\w+\s+(?:am\s+[^\n]{1,25}?\s+)?(?:bei|in|auf|im|von|vom)(?:\s*:)?\s+"
        r"(?!(?:der|unserer|dieser)\s+[\w-]*[Aa]usgabe\b|[\w-]*[Aa]usgabe\b)(?P<tail>)",
        weight=0.9,
        examples=(
            ("Zuerst erschienen auf Beispiel.de.", ("Beispiel.de",)),
            (
                "Die Aktie stieg um sechs Prozent.\nUrsprünglich veröffentlicht von Beispiel Blatt",
                ("Beispiel Blatt",),
            ),
            ("Zuerst erschienen in: Beispiel Online", ("Beispiel Online",)),
            ("Der Text wurde zuerst veröffentlicht bei Übermedien.", ("Übermedien",)),
        ),
        counterexamples=(
            "Das Amt hat die Zone eingerichtet.\nErstmals erschienen in der Printausgabe vom 27.03.2024.",
        ),
    ),
    Rule(
        id="erstveroeffentlichung",
        relation=R,
        languages=("de",),
        trigger=r"\berstveröffentl(?:ichung\s*(?::\s*|\s+(?:bei|in|auf|im)\s)|icht\s+(?:bei|in|auf|im)\s)",
        pattern=r"\w+\s*(?::\s*|\s+(?:bei|in|auf|im)\s+)(?P<tail>)",
        weight=0.85,
        examples=(
            ("Erstveröffentlichung: Beispiel Zeitung, 3. Mai 2020", ("Beispiel Zeitung",)),
            ("Der Rat tagte.\nErstveröffentlicht bei Beispiel Zeitung.", ("Beispiel Zeitung",)),
        ),
        counterexamples=("Erstveröffentlichung: 3. Mai 2020",),
    ),
    Rule(
        id="original-erschien",
        relation=R,
        languages=("de",),
        # "Im Original erschienen bei X" too, and the name before the verb: "Der Originalartikel
        # ist bei X erschienen".
        trigger=r"\bOriginal(?:version|fassung|artikel|beitrag|text)?\b[^.!?\n]{0,50}?\berschien(?:en)?\s+(?:\w+\s+)?"
        r"(?:bei|in|auf|im)\s|\bOriginal(?:version|fassung|artikel|beitrag|text)\s+(?:ist|wurde)\s+(?:zuerst\s+)?"
        r"(?:bei|in|auf|im)\s",
        pattern=r"[^.!?\n]{0,60}?\berschien(?:en)?\s+(?:\w+\s+)?(?:bei|in|auf|im)\s+(?P<tail>)"
        r"|\w+\s+(?:ist|wurde)\s+(?:zuerst\s+)?(?:bei|in|auf|im)\s+(?P<name>(?:[^.!?\n]|\.(?=\w)){2,60}?)\s+(?:erschienen|veröffentlicht)\b",
        weight=0.85,
        examples=(
            ("Die Originalversion dieses Artikels erschien bei Beispiel.org.", ("Beispiel.org",)),
            ("Der Rat tagte am Dienstag.\nIm Original erschienen bei Beispiel.org.", ("Beispiel.org",)),
            (
                "Der Rat tagte am Dienstag.\nDer Originalartikel ist bei Beispiel.org erschienen.",
                ("Beispiel.org",),
            ),
        ),
    ),
    Rule(
        id="first-published-nl-pl-tr",
        relation=R,
        languages=("nl", "pl", "sv", "da", "no", "cs", "sk"),
        # ("verscheen oorspronkelijk in het Engels bij X": the language it was written in, then X.)
        trigger=r"\b(?:verscheen|verschenen)\s+(?:eerder|eerst|oorspronkelijk|al)\s+(?:in\s+het\s+\w+\s+)?(?:in|op|bij)\s|"
        r"\b(?:eerder|oorspronkelijk|eerst)\s+(?:gepubliceerd|verschenen)\s+(?:in|op|door|bij)\s|"
        r"\bukazał[aoy]?\s+się\s+(?:pierwotnie|po\s+raz\s+pierwszy|wcześniej|najpierw)\s+(?:w|na)\s|"
        r"\b(?:pierwotnie|po\s+raz\s+pierwszy|wcześniej|najpierw)\s+ukazał[aoy]?\s+się\s+(?:w|na)\s|"
        r"\b(?:pierwotnie|oryginalnie|po\s+raz\s+pierwszy)\s+opublikowan\w+\s+(?:w|na|przez)\s|"
        # Swedish, Danish and Norwegian; Czech and Slovak.
        r"\b(?:publicerades|publicerad|publisert|publiceret|bragt)\s+(?:först|først|ursprungligen|"
        r"opprinnelig|oprindeligt|oprindelig)\s+(?:i|på|av|af)\s|"
        # (RE2's \w is ASCII's: "publikovaný" ends in a letter beyond it.)
        r"\b(?:původně|poprvé|pôvodne|prvýkrát)\s+(?:vyš(?:el|l[aoi])|vyšiel|publikován\S*|publikovan\S*|"
        r"zveřejněn\S*|uverejnen\S*)\s+(?:na|v|ve|vo)\s",
        # (Or on a body's site: "eerder verschenen op de website van de Universiteit Voorbeeld".)
        pattern=r"[^\n]{0,40}?\s(?:in\s+het\s+(?-i:[A-Z])\w+\s+(?:in|op|bij)|in|op|bij|door|w|na|przez|i|på|av|af|v|ve|vo)"
        r"\s+(?:de\s+(?:website|site)\s+van\s+(?:de\s+|het\s+)?)?(?P<tail>)",
        weight=0.85,
        examples=(
            ("Dit artikel verscheen eerder in Voorbeeld Dagblad.", ("Voorbeeld Dagblad",)),
            (
                "Dit artikel is eerder verschenen op de website van de Universiteit Voorbeeld.",
                ("Universiteit Voorbeeld",),
            ),
            (
                "Dit artikel verscheen oorspronkelijk in het Engels bij Voorbeeld Observer.",
                ("Voorbeeld Observer",),
            ),
            ("Tekst pierwotnie ukazał się na łamach tygodnika „Przykład”.", ("Przykład",)),
            ("Artikeln publicerades först i Exempel Tidning.", ("Exempel Tidning",)),
            ("Článek původně vyšel na Příklad Média.", ("Příklad Média",)),
            ("Článok bol pôvodne publikovaný na Príklad Denník. Prečítajte si aj", ("Príklad Denník",)),
            ("Artykuł ukazał się pierwotnie w Gazecie Przykładowej.", ("Gazecie Przykładowej",)),
            ("Tekst pierwotnie ukazał się na Portalu Przykładowym.", ("Portalu Przykładowym",)),
        ),
    ),
    Rule(
        id="article-comes-from-pl-cs",
        relation=R,
        languages=("pl", "cs", "sk"),
        # "Artykuł pochodzi z serwisu Deutsche Welle" (the article comes from DW's site), Czech
        # "Článek pochází z deníku X", Slovak "Článok pochádza z X": a partner's copy, named whole.
        # (RE2's "\b" is ASCII's: no boundary before "č".)
        trigger=r"(?:\b(?:artykuł|tekst|materiał|wywiad|felieton|text)|článek|článok|rozhovor)\s+(?:pochodzi|pochází|pochádza)\s+z\s",
        pattern=r"\S+\s+\S+\s+z\s+(?:(?:serwisu|portalu|tygodnika|dziennika|miesięcznika|gazety|magazynu|webu|deníku"
        r"|týdeníku|časopisu|serveru|denníka|portálu|týždenníka)\s+)?(?P<tail>)",
        weight=0.85,
        examples=(
            (
                "Urzędy zgłaszają zaległości. Artykuł pochodzi z serwisu Przykładowa Fala. Autor: Jan Kowal",
                ("Przykładowa Fala",),
            ),
            ("Vláda schválila změny. Článek pochází z deníku Příklad Dnes.", ("Příklad Dnes",)),
        ),
        counterexamples=("Artykuł pochodzi z 2019 roku i został zaktualizowany.",),
    ),
    Rule(
        id="ilk-olarak-yayimlandi",
        relation=R,
        languages=("tr",),
        trigger=r"\bilk\s+(?:olarak|kez|defa)\s",
        # The name takes the locative suffix: "ilk olarak Örnek Haber'de yayımlandı".
        pattern=r"ilk\s+\w+\s+(?P<name>[^\n'’]{2,60}?)['’](?:de|da|te|ta|nde|nda)\s+(?:yay[ıi]mlan|yay[ıi]nlan)",
        weight=0.85,
        examples=(("Bu haber ilk olarak Örnek Haber'de yayımlandı.", ("Örnek Haber",)),),
    ),
    Rule(
        id="preluat-de-pe",
        relation=R,
        languages=("ro",),
        # Romanian: "Articol preluat de pe X" (taken from X), said of the text itself.
        trigger=r"\bpreluat[ăa]?\s+(?:de\s+(?:pe|la)|din)\s",
        pattern=r"preluat\w*\s+(?:de\s+(?:pe|la)|din)\s+(?:site-ul\s+|publica[țţt]ia\s+)?(?P<tail>)",
        before=r"(?:^|\b(?:articol|material|text|[șş]tire|stire)\w*[ \t]+)\Z",
        before_window=20,
        weight=0.85,
        examples=(
            ("Articol preluat de pe Exemplu Media.", ("Exemplu Media",)),
            ("Material preluat de pe site-ul exemplu.ro", ("exemplu.ro",)),
        ),
        counterexamples=("Ministrul a preluat de la Exemplu Grup conducerea companiei.",),
    ),
    Rule(
        id="inputs-label-hi",
        relation=S,
        languages=("hi",),
        # Hindi's "with inputs from": "(इनपुट: आईएएनएस)", "इनपुट्स: भाषा" closing a story.
        # (Or a dash: "(इनपुट- पीटीआई)".)
        trigger=r"इनपुट(?:्स)?[ \t]*[:：\-–—]",
        pattern=r"इनपुट(?:्स)?[ \t]*[:：\-–—][ \t]*(?P<tail>)",
        case_sensitive=True,
        by_kind=True,
        weight=0.8,
        examples=(
            ("अधिकतम तापमान सामान्य से कम रहा। (इनपुट: आईएएनएस)", ("आईएएनएस",)),
            ("अधिकारी ने यात्रियों से अपील की। (इनपुट- पीटीआई) यह भी पढ़ें:", ("पीटीआई",)),
        ),
    ),
    Rule(
        id="dateline-agency-hi",
        relation=W,
        languages=("hi",),
        # A Hindi paper's dateline of agency copy: the place, a comma and the agency, closed by the
        # danda ("श्रीहरिकोटा, एएनआई।", "नई दिल्ली, प्रेट्र।"), opening the story's first paragraph.
        trigger=_HINDI_AGENCIES + r"[ \t]*।",
        pattern=r"(?P<name>" + _HINDI_AGENCIES + r")[ \t]*।",
        # (The place: a word or two after the text's start or a sentence's end, then the comma.)
        before=r"(?:\A|\n|[।.!?|][ \t]+)[^\s,।.!?|]{2,20}(?:[ \t][^\s,।.!?|]{2,20})?[ \t]*,[ \t]*\Z",
        before_window=50,
        case_sensitive=True,
        wire_only=True,
        weight=0.85,
        examples=(
            ("इसरो ने उपग्रह लॉन्च किया। श्रीहरिकोटा, एएनआई। भारतीय अंतरिक्ष अनुसंधान संगठन ने शनिवार को", ("एएनआई",)),
            ("नई दिल्ली, प्रेट्र। सुप्रीम कोर्ट ने सोमवार को", ("प्रेट्र",)),
        ),
        counterexamples=("छात्रों ने कहा कि उन्हें हिंदी, अंग्रेजी और संस्कृत जैसी कई भाषा। ",),
    ),
    Rule(
        id="madad-li-gayi-ur",
        relation=W,
        languages=("ur",),
        # Urdu: "اس خبر کی تیاری میں خبر رساں ادارے اے ایف پی سے مدد لی گئی ہے" (an agency helped
        # prepare this story), closing copy built on an agency's.
        trigger=r"سے[ \t]+مدد[ \t]+لی[ \t]+گئی",
        pattern=r"سے[ \t]+مدد[ \t]+لی[ \t]+گئی",
        before=r"تیاری[ \t]+میں[ \t]+(?:(?:خبر[ \t]+رساں[ \t]+)?(?:ادارے|ادارہ|ایجنسی|ایجنسیوں)[ \t]+)?"
        r"(?P<tail>[^\n،۔.]{2,40}?)[ \t]*\Z",
        before_window=100,
        case_sensitive=True,
        wire_only=True,
        weight=0.85,
        examples=(("اس خبر کی تیاری میں خبر رساں ادارے اے ایف پی سے مدد لی گئی ہے۔", ("اے ایف پی",)),),
        counterexamples=("اس منصوبے کی تیاری میں ماہرین سے مدد لی گئی ہے۔",),
    ),
    Rule(
        id="agency-dated-bn",
        relation=W,
        languages=("bn",),
        # A Bangladeshi paper's byline of agency copy: the agency, then "published" and the date in
        # Bengali figures ("বাসস ০৫ মার্চ ২০২৪, ১৬:৪০", "ইউএনবি প্রকাশ : ১৩ ফেব্রুয়ারি ২০২৪").
        trigger=_BENGALI_AGENCIES + r"[ \t]+(?:প্রকাশ[ \t]*:?[ \t]*)?[০-৯]",
        pattern=r"(?P<name>" + _BENGALI_AGENCIES + r")[ \t]+(?:প্রকাশ[ \t]*:?[ \t]*)?[০-৯]{1,2}[ \t]+"
        r"(?:জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর)",
        case_sensitive=True,
        wire_only=True,
        weight=0.85,
        examples=(
            ("জেলায় জেলায় টাস্কফোর্স বাসস ০৫ মার্চ ২০২৪, ১৬:৪০ আসন্ন রমজান মাসে", ("বাসস",)),
            ("বন্দরে কনটেইনার জট ইউএনবি প্রকাশ : ১৩ ফেব্রুয়ারি ২০২৪, ১৪:২০ চট্টগ্রাম বন্দরে", ("ইউএনবি",)),
        ),
        counterexamples=("বাসস ৫ জন সাংবাদিককে সম্মাননা দিয়েছে।",),
    ),
    Rule(
        id="courtesy-reprint-south-asia",
        relation=R,
        languages=("hi", "ur", "bn", "ta"),
        # A reprinted article's closing line in Hindi, Urdu, Bengali and Tamil ("நன்றி: X"): "(साभार: डीडब्ल्यू)",
        # "بشکریہ روزنامہ جنگ", "সৌজন্যে: X" (with thanks to X, where it was first published). At
        # a line's or a bracket's start, or after the last sentence.
        trigger=r"(?:साभार|بشکریہ|সৌজন্যে|நன்றி)",
        # (In brackets, the name is all of what they hold: a script with no capitals shows no
        # other end of it.)
        pattern=r"(?:साभार|بشکریہ|সৌজন্যে|நன்றி)[ \t]*[:：-]?[ \t]*(?:(?P<name>[^()\[\]\n.।۔]{2,40}?)[ \t]*[)\]]|(?P<tail>))",
        # (Or after a closing bracket: "(लेखक ... हैं) साभार: X", the author's note before it.)
        before=r"(?:^|\A|[(\[][ \t]*|[.!?।۔)][\"”’)]?[ \t]+)\Z",
        before_window=6,
        case_sensitive=True,
        publisher_only=True,
        weight=0.85,
        examples=(
            ("छात्रों का कहना है कि किराया महंगा है। (साभार: उदाहरण समाचार)", ("उदाहरण समाचार",)),
            ("نئی نسل کو کتاب سے جوڑنا ہوگا۔ بشکریہ روزنامہ جنگ", ("روزنامہ جنگ",)),
        ),
        counterexamples=("उन्होंने साभार धन्यवाद कहा और चले गए।",),
    ),
    Rule(
        id="prevzato-z",
        relation=R,
        languages=("cs", "sk"),
        # Czech and Slovak: "Převzato z webu X se svolením redakce", "Článek převzat z X" (taken
        # from X), said of the text itself: at a line's start or after the word for the text.
        # (With leave, translated first: "Přeloženo a převzato se svolením z X".)
        trigger=r"\b(?:p[řr]evza(?:to|t[áýé]?)|prevzat(?:é|ý|á|o))\s+(?:se\s+svolením\s+|so\s+súhlasom\s+)?(?:ze?|od)\s",
        pattern=r"\w+\s+(?:se\s+svolením\s+|so\s+súhlasom\s+)?(?:ze?|od)\s+"
        r"(?:(?:webu|serveru|portálu|webové\s+stránky|webovej\s+stránky|denníka|deníku|časopisu)\s+)?(?P<tail>)",
        before=r"(?:^|[.!?][ \t]+|\b(?:článek|článok|text|rozhovor|komentář|komentár|materiál)\w*[ \t]+(?:byl[ao]?[ \t]+|bol[ao]?[ \t]+)?"
        r"|\b(?:Přeloženo|Preložené|Prelozeno)[ \t]+a[ \t]+)\Z",
        before_window=40,
        weight=0.85,
        examples=(
            ("Převzato z webu Příklad.org se svolením redakce.", ("Příklad.org",)),
            ("Článek byl převzat z deníku Příklad Dnes.", ("Příklad Dnes",)),
            (
                "Úřad mlčí.\nPřeloženo a převzato se svolením z Example Guardian. Přeložil Jan Roe.",
                ("Example Guardian",),
            ),
            (
                "Úřad nedokázal doložit proč. Převzato z webu Příklad.org se svolením redakce.",
                ("Příklad.org",),
            ),
        ),
        counterexamples=("Firma převzala od Příklad Group výrobu aut.", "Obraz byl převzat z dílny mistra."),
    ),
    Rule(
        id="shouquan-zhuanzai",
        relation=R,
        languages=("zh",),
        # Chinese: "本文經《X》授權轉載" (this article is reprinted with X's permission), the name
        # in book-title marks or quotes before the phrase.
        trigger=r"授[權权](?:轉載|转载|刊登|刊出|轉刊|转刊)",
        pattern=r"授[權权]",
        # (Or "獲" (obtained): "本文獲「X」授權轉載".)
        before=r"[經经由獲获][ \t]*[《「“\"](?P<name>[^》」”\"\n]{1,40})[》」”\"][ \t]*\Z",
        before_window=60,
        weight=0.85,
        examples=(
            ("本文經《範例雜誌》授權轉載，原文發表於此", ("範例雜誌",)),
            ("（本文獲「例日線」授權轉載，原文：在德國工作三年）", ("例日線",)),
            ("本文经《示例周刊》授权转载。", ("示例周刊",)),
        ),
        counterexamples=("該公司已獲授權轉載相關圖片。",),
    ),
    Rule(
        id="disadur-dari",
        relation=R,
        languages=("id", "ms"),
        # Indonesian: "Disadur dari: X" (adapted from X), an entertainment or lifestyle portal's
        # closing line over a story it rewrote from another site's.
        trigger=r"\b(?:disadur|diadaptasi)\s+dari\s*:?\s",
        pattern=r"\w+\s+dari\s*:?\s*(?P<tail>)",
        weight=0.8,
        examples=(
            (
                "tulis akun resmi film tersebut. Disadur dari: Contoh.com Penulis: Budi Santoso",
                ("Contoh.com",),
            ),
        ),
        counterexamples=("Cerita ini disadur dari sebuah legenda rakyat Jawa.",),
    ),
    Rule(
        id="imetafsiriwa-kutoka",
        relation=R,
        languages=("sw",),
        # Swahili: "Habari hii imetafsiriwa kutoka X" (this story was translated from X), a paper's
        # note over its sister paper's story in translation.
        trigger=r"\b(?:imetafsiriwa|imechapishwa\s+kwanza)\s+(?:kutoka|na|katika)\s",
        pattern=r"\w+(?:\s+kwanza)?\s+(?:kutoka|na|katika)\s+(?P<tail>)",
        before=r"\b(?:habari|makala|taarifa)\s+(?:hii|hizi)\s+\Z",
        before_window=20,
        weight=0.85,
        examples=(
            (
                "alisema dereva. Habari hii imetafsiriwa kutoka Example Citizen, gazeti dada.",
                ("Example Citizen",),
            ),
        ),
        counterexamples=("Kitabu hicho kimetafsiriwa kutoka Kiingereza.",),
    ),
    Rule(
        id="telah-tayang-di",
        relation=R,
        languages=("id", "ms"),
        # Indonesian: "Artikel ini telah tayang di X dengan judul ..." (this article ran on X).
        # "Artikel ini diterbitkan ulang dari X" (republished from X).
        # (Malay too, in a magazine: "Artikel ini pertama kali diterbitkan dalam majalah X.")
        trigger=r"\b(?:(?:telah|sudah|pertama\s+kali)\s+(?:tayang|terbit|dimuat|dipublikasikan|diterbitkan|disiarkan)"
        r"\s+(?:di|pada|dalam)|diterbitkan\s+ulang\s+dari)\s",
        pattern=r"(?:(?:\w+\s+){1,2}\w+\s+(?:di|pada|dalam)|diterbitkan\s+ulang\s+dari)\s+"
        r"(?:(?:majalah|akhbar|portal|laman(?:\s+web)?|situs)\s+)?(?P<tail>)",
        before=r"\b(?:artikel|berita|tulisan|opini)\s+(?:ini\s+)?\Z",
        before_window=30,
        weight=0.85,
        examples=(
            ('Artikel ini telah tayang di Contoh.com dengan judul "Anggaran".', ("Contoh.com",)),
            ("Berita ini sudah tayang di Harian Contoh.", ("Harian Contoh",)),
            (
                "Artikel ini diterbitkan ulang dari Contoh Review di bawah lisensi Creative Commons.",
                ("Contoh Review",),
            ),
            (
                "Dia pensyarah. Artikel ini pertama kali diterbitkan dalam majalah Contoh Masyarakat.",
                ("Contoh Masyarakat",),
            ),
        ),
        counterexamples=("Film ini telah tayang di bioskop sejak Mei.",),
    ),
    Rule(
        id="ist-zuerst-erschienen",
        relation=R,
        languages=("de",),
        trigger=r"\berschienen\b",
        pattern=r"erschienen",
        before=r"\b(?:zuerst|ursprünglich|erstmals|Beitrag|Artikel|Text|Interview|Essay|Kommentar|Gastbeitrag)\b"
        r"[^\n]{0,60}?\b(?:in|bei|auf|im)\s+(?!Original\b)(?P<tail>[^\n]{2,80}?)\s+\Z",
        weight=0.85,
        examples=(
            ("Dieser Beitrag ist zuerst in der taz erschienen.", ("taz",)),
            ("Der Artikel ist im Original bei Beispiel Online erschienen.", ("Beispiel Online",)),
            ("Der Kommentar ist am 3. Mai in der Wochenzeitung „Die Woche“ erschienen.", ("Die Woche",)),
        ),
        counterexamples=("Dieser Artikel ist ursprünglich am 27. Februar erschienen.",),
    ),
    Rule(
        id="ist-zuerst-veroeffentlicht",
        relation=R,
        languages=("de",),
        trigger=r"\b(?:veröffentlicht|publiziert)\b",
        pattern=r"\w+",
        # A text says where it was first published; a study "zuerst in Nature veröffentlicht" is
        # not the text itself.
        # "von X" names the publisher too ("wurde ursprünglich von X veröffentlicht"), and a
        # language may stand before the place ("zuerst auf Englisch im X").
        before=r"\b(?:Beitrag|Artikel|Text|Interview|Essay|Kommentar|Gastbeitrag|Meinungsbeitrag)\b[^\n]{0,30}?"
        r"\b(?:zuerst|ursprünglich|erstmals)\s+(?:auf\s+"
        + _LANGUAGES_DE
        + r"\s+|\w+\s+)?(?:in|bei|auf|im|von|vom)\s+"
        r"(?!Original\b)(?P<tail>[^\n]{2,80}?)\s+\Z",
        weight=0.85,
        examples=(
            ("Dieser Beitrag wurde zuerst auf Beispiel.org veröffentlicht.", ("Beispiel.org",)),
            ("Dieser Artikel wurde ursprünglich von The Conversation veröffentlicht.", ("The Conversation",)),
            ("Der Text wurde zuerst auf Englisch im Guardian veröffentlicht.", ("Guardian",)),
        ),
        counterexamples=("Die Studie wurde zuerst im Fachblatt Nature veröffentlicht.",),
    ),
    Rule(
        id="mit-freundlicher-genehmigung",
        relation=R,
        languages=("de",),
        trigger=r"mit\s+freundlicher\s+genehmigung[\s:]",
        # "Mit freundlicher Genehmigung übernommen von X": the verb may stand before the name; or a
        # label's colon ("Nachdruck mit freundlicher Genehmigung: X").
        pattern=r"mit\s+freundlicher\s+Genehmigung(?:[ \t]*:[ \t]*|\s+(?:(?:übernommen|veröffentlicht|abgedruckt|nachgedruckt)\s+)?"
        r"(?:von|der|des|vom|aus)\s+)(?P<tail>)",
        not_before=r"(?:Foto|Bild|Abbildung|Grafik)[^\n]{0,20}\Z",
        weight=0.8,
        examples=(
            ("Veröffentlichung mit freundlicher Genehmigung von Telepolis.", ("Telepolis",)),
            ("Mit freundlicher Genehmigung übernommen von Beispiel Online.", ("Beispiel Online",)),
            (
                "Der Verein trainiert. Nachdruck mit freundlicher Genehmigung: Beispiel Zeitung",
                ("Beispiel Zeitung",),
            ),
        ),
    ),
    Rule(
        id="mit-genehmigung-satz",
        relation=R,
        languages=("de",),
        trigger=r"\bmit\s+genehmigung\s+(?:von|der|des|vom)\s",
        pattern=r"mit\s+Genehmigung\s+(?:von|der|des|vom)\s+(?P<tail>)",
        # Its own sentence or line ("Mit Genehmigung von X."); inside a sentence it is an
        # authority's leave ("mit Genehmigung der Behörde gebaut").
        before=r"(?:^|[.!?][ \t]+|\b(?:Nachdruck|Veröffentlichung|Übernahme)[ \t]+)\Z",
        before_window=20,
        weight=0.8,
        examples=(("Der Rat tagt im Mai.\nMit Genehmigung von Beispiel Online.", ("Beispiel Online",)),),
        counterexamples=("Die Halle wurde mit Genehmigung der Stadt Beispielstadt gebaut.",),
    ),
    Rule(
        id="uebernommen-von",
        relation=R,
        languages=("de",),
        trigger=r"(?:übernommen|übernahme)\s+(?:von|vom|aus|bei)\s",
        pattern=r"\w+\s+(?:von|vom|aus|bei)\s+(?P<tail>)",
        # A text taken over ("Der Artikel wurde übernommen von X", "Übernommen von X."), not a
        # firm ("die Übernahme von Twitter durch ...").
        before=r"(?:^|[.!?][ \t]+|\b(?:Artikel|Beitrag|Text|Interview|Kommentar|Meldung|Bericht|Gastbeitrag)\b"
        r"[^.!?\n]{0,30}?(?:ist|wurde|wird)\s+(?:eine\s+|mit\s+freundlicher\s+Genehmigung\s+)?"
        # Or after the text's licence, the verb's second clause ("Dieser Artikel ist unter der Lizenz
        # CC BY 4.0 veröffentlicht und wurde übernommen von X").
        r"|\b(?:Artikel|Beitrag|Text)\b[^!?\n]{0,100}?\bund\s+(?:ist|wurde|wird)\s+)\Z",
        before_window=140,
        weight=0.8,
        examples=(
            ("Der Artikel wurde übernommen von Beispiel Online.", ("Beispiel Online",)),
            ("Der Rat tagt im Mai.\nÜbernommen von Beispiel Online.", ("Beispiel Online",)),
            ("Dieser Beitrag ist eine Übernahme von Beispiel Online.", ("Beispiel Online",)),
            (
                "Dieser Artikel ist unter der Lizenz CC BY 4.0 veröffentlicht und wurde übernommen von beispiel.org.",
                ("beispiel.org",),
            ),
        ),
        counterexamples=(
            "Die Übernahme von Beispiel Software durch den Konzern ist genehmigt.",
            "Der Konzern hat die Sparte übernommen von Beispiel Holding, heißt es.",
        ),
    ),
    Rule(
        id="uebernommen-label",
        relation=R,
        languages=("de",),
        # The same label where the page's lines ran together: capitalised, it opens its own line
        # whatever word stood before it ("Text: Jana Roe Übernommen von Beispiel Online Schlagworte").
        trigger=r"Übernommen\s+(?:von|vom|aus|bei)\s",
        pattern=r"\w+\s+(?:von|vom|aus|bei)\s+(?P<tail>)",
        case_sensitive=True,
        before=r"(?P<mark>[\w.,:;)|])\s+\Z",
        before_window=8,
        weight=0.8,
        examples=(
            (
                "zu wenig Personal. Text: Jana Roe Übernommen von Beispiel Online Schlagworte Pflege",
                ("Beispiel Online",),
            ),
        ),
    ),
    Rule(
        id="text-stammt-von",
        relation=R,
        languages=("de",),
        trigger=r"\b(?:stammt|kommt)\s+(?:ursprünglich\s+)?(?:von|vom|aus)\s",
        # Not an issue of a print edition ("stammt aus Ausgabe 7/2019 der ..."): a magazine's
        # note on its own web page.
        pattern=r"(?:stammt|kommt)\s+(?:ursprünglich\s+)?(?:von|vom|aus)\s+(?!(?:der\s+|dem\s+)?(?:Ausgabe|Heft|Folge|Nummer)\b)"
        # "von unserem Partnerportal X", "aus unserem Partnermagazin X": the partner is named after.
        r"(?:unser(?:em|er)\s+(?:Kooperations)?[Pp]artner\w*\s+)?"
        # "aus dem Angebot von X" (from X's programme): X is named after.
        r"(?:(?:dem|einem)\s+(?:Angebot|Programm|Portal|Archiv)\s+(?:von|vom|des|der)\s+)?(?P<tail>)",
        # The text's title may stand between ("Das Original zu diesem Beitrag "Titel" stammt von X").
        before=r"\b(?:Artikel|Beitrag|Text|Interview|Kommentar|Gastbeitrag)\s+(?:\w+\s+)?"
        r"(?:[„\"“»][^\"“”„»«\n]{1,160}[“\"”«]\s+)?\Z",
        before_window=200,
        weight=0.8,
        examples=(
            ("Dieser Text stammt von Beispiel Online.", ("Beispiel Online",)),
            (
                'Das Original zu diesem Beitrag "Neue Pläne für den Markt" stammt von Beispiel Online.',
                ("Beispiel Online",),
            ),
            ("Dieser Text stammt von unserem Partnerportal Beispiel Online.", ("Beispiel Online",)),
            ("Der Beitrag stammt ursprünglich aus dem Beispiel-Magazin.", ("Beispiel-Magazin",)),
            ("Der Artikel stammt aus dem Angebot von Beispiel Online.", ("Beispiel Online",)),
        ),
        counterexamples=(
            "Die Idee stammt von Max Muster aus Berlin.",
            "Dieser Beitrag stammt aus Ausgabe 7/2019 der Beispiel Review.",
        ),
    ),
    Rule(
        id="beitrag-unseres-partners",
        relation=R,
        languages=("de",),
        # A partner's text, with the partner in the genitive: "Ein Beitrag unseres Partners
        # Beispiel Rundschau", "Ein Artikel unseres Kooperationspartners X".
        trigger=r"\b(?:Beitrag|Artikel|Text|Inhalt|Angebot)\s+unseres\s+\w*[Pp]artners\s",
        pattern=r"\w+\s+unseres\s+\w*[Pp]artners\s+(?P<tail>)",
        weight=0.8,
        examples=(
            (
                "Investoren interessieren sich. Ein Beitrag unseres Partners Beispiel Rundschau.",
                ("Beispiel Rundschau",),
            ),
            ("Ein Artikel unseres Kooperationspartners Beispiel Online", ("Beispiel Online",)),
        ),
        counterexamples=("Der Beitrag unseres Partners war gestern Thema im Stadtrat.",),
    ),
    Rule(
        id="beitrag-veroeffentlicht-von",
        relation=R,
        languages=("de",),
        # A portal's note under a partner's text, its title quoted between: "*Der Beitrag
        # "Homeoffice: Was Ihr Chef verlangen darf" wird veröffentlicht von Business Insider."
        trigger=r"\b(?:wird|wurde)\s+veröffentlicht\s+(?:von|bei)\s",
        pattern=r"\w+\s+veröffentlicht\s+(?:von|bei)\s+(?P<tail>)",
        before=r"\b(?:Der|Dieser)\s+(?:Beitrag|Artikel|Text)\b[^.!?\n]{0,200}\Z",
        before_window=220,
        weight=0.8,
        examples=(
            (
                'Die Regeln gelten weiter. *Der Beitrag "Homeoffice: Was der Chef darf" wird veröffentlicht von '
                "Beispiel Insider. Kontakt zum Verantwortlichen hier.",
                ("Beispiel Insider",),
            ),
        ),
        counterexamples=("Das Buch wird veröffentlicht von Beispiel Verlag.",),
    ),
    Rule(
        id="ein-artikel-von",
        relation=R,
        languages=("de",),
        # A line of its own over or under a text taken from another outlet, as a portal labels a
        # partner's story: "Ein Artikel von FOCUS online", "Gastbeitrag aus «Infosperber»",
        # "Übernahme von Beispiel Online", "Ein Beitrag aus der Beispiel Zeitung". Registered names
        # and addresses only: "Ein Beitrag von Jana Roe" names the author, "Übernahme von Beispiel
        # Holding" a purchase.
        # "Ein ..." opens a line or a sentence wherever it stands (it is written so); the noun
        # alone must open one, or follow a separator of a page's menu where its lines were joined.
        # After the name, the line ends, or the next block begins ("3. Mai 2024", "In den ...").
        trigger=r"\b(?:Ein[ \t]+(?:Artikel|Text|Angebot)|(?:Ein[ \t]+)?(?:Gastbeitrag|Übernahme|Beitrag))"
        r"[ \t]+(?:von|vom|aus)[ \t]",
        pattern=r"(?:Ein[ \t]+)?\w+[ \t]+(?:von|vom|aus)[ \t]+(?:(?:der|dem|den)[ \t]+)?(?P<tail>)",
        before=r"(?:^|\A|[.!?»“”|·•:][ \t]*|(?-i:\b[A-ZÄÖÜ][\w-]*)[ \t]+)\Z",
        before_window=40,
        reject_after=r"(?![ \t]*[»“”\"'’]?[ \t]*[.;)]?[ \t]*(?:\n|\Z|(?-i:[A-ZÄÖÜ0-9])))",
        known_only=True,
        case_sensitive=True,
        weight=0.75,
        examples=(
            ("Startseite | Deutschland | Welt\nEin Artikel von FOCUS online\n3. Mai 2024", ("FOCUS online",)),
            (
                "Wer bezahlt die Spitalschliessungen?\nGastbeitrag aus «Süddeutsche Zeitung»\nDie Kosten steigen.",
                ("Süddeutsche Zeitung",),
            ),
            ("Startseite | Welt | Unterhaltung Ein Artikel von FOCUS online 3. Mai 2024", ("FOCUS online",)),
            (
                "Wer bezahlt die Spitalschliessungen? Gastbeitrag aus «Süddeutsche Zeitung» In den letzten Jahren",
                ("Süddeutsche Zeitung",),
            ),
        ),
        counterexamples=(
            "Startseite\nEin Beitrag von Jana Roe\n3. Mai 2024",
            "Die Zeitung druckte den Gastbeitrag aus «Süddeutsche Zeitung» In den letzten Jahren",
            "Ein Artikel von FOCUS online über die Wahl erschien gestern.",
            "Wer bezahlt die Spitalschliessungen?\nGastbeitrag von Jana Roe\nDie Kosten steigen.",
            "Die Firma wächst.\nÜbernahme von Beispiel Holding durch den Konzern genehmigt",
        ),
    ),
    Rule(
        id="zur-verfuegung-gestellt",
        relation=R,
        languages=("de",),
        # "Dieser Beitrag wurde uns freundlicherweise von X zur Verfügung gestellt": the outlet that
        # gave the text, named before the verb that closes the sentence.
        trigger=r"\b(?:Artikel|Beitrag|Text|Gastbeitrag|Kommentar|Interview)\s+wurde\s+(?:uns\s+)?"
        r"(?:freundlicherweise\s+|dankenswerterweise\s+)?(?:von|vom)\s",
        pattern=r"\w+\s+wurde\s+(?:uns\s+)?(?:\w+weise\s+)?(?:von|vom)\s+(?:(?:der|dem|unserem)\s+)?"
        r"(?:(?:Redaktion|Partner\w*|Portal|Magazin|Zeitung)\s+)?(?P<tail>)"
        # (The verb closes the same sentence: a full stop only inside a domain, "beispiel.de".)
        r"(?=(?:[^.!?\n]|\.(?=\w)){1,80}?\b(?:zur\s+Verfügung\s+gestellt|überlassen)\b)",
        # A registered name, a domain or a link: a guest author gives a text too.
        known_only=True,
        weight=0.8,
        examples=(
            ("Dieser Beitrag wurde uns von NachDenkSeiten zur Verfügung gestellt.", ("NachDenkSeiten",)),
            (
                "Der Artikel wurde uns freundlicherweise von der Redaktion beispiel.de zur Verfügung gestellt.",
                ("beispiel.de",),
            ),
            ("Der Text wurde uns von der Frankfurter Rundschau überlassen.", ("Frankfurter Rundschau",)),
        ),
        counterexamples=(
            "Der Artikel wurde von Max Muster geschrieben.",
            "Dieser Gastbeitrag wurde uns von Max Muster zur Verfügung gestellt.",
            "Der Text wurde von Max Muster übersetzt. Die Bilder wurden zur Verfügung gestellt.",
        ),
    ),
    Rule(
        id="initialement-publie",
        relation=R,
        languages=("fr",),
        # (A programme is broadcast, "diffusé", as a text is published.)
        # (The adverb may stand before the auxiliary's "été": "a initialement été publié".)
        # (Each of the adverbs before or after the participle: "publié originellement sur X".)
        # (Or the original's version: "La version originale a été publiée sur son blog, X".)
        trigger=r"(?:initialement|originellement|originalement|d['’]abord)\s+(?:été\s+)?(?:publi|paru|diffus)"
        r"|version\s+originale\s+(?:de\s+cet?\s+\w+\s+)?a\s+été\s+(?:publi|parue)"
        r"|(?:(?:publi|diffus)[ée]e?s?|parue?s?)\s+(?:à\s+l['’]origine|initialement|originellement|originalement|d['’]abord"
        r"|en\s+premier|pour\s+la\s+première\s+fois)",
        # (The trigger's words and a language or a date may stand before the place: "initialement
        # publié en néerlandais dans X".)
        # (The longer article first: a link's words begin after "de la".)
        # (A partner may be called so: "publié par notre partenaire X".)
        # (An elided "de" too: "sur le site d'Exemple XXI".)
        pattern=r"[^\n]{0,45}?\s(?:sur|dans|par|chez)\s+(?:le\s+site\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)?)?"
        r"(?:(?:le\s+site\s+de\s+)?(?:notre|nos)\s+(?:partenaires?|confrères?|consœurs?|consoeurs?)\s+(?:de\s+|d['’])?)?(?P<tail>)",
        weight=0.9,
        examples=(
            ("Cet article a été initialement publié sur Mediapart.", ("Mediapart",)),
            (
                "Cet article a initialement été publié sur le site de Exemple, et est reproduit ici.",
                ("Exemple",),
            ),
            ("Cet article a été initialement publié en néerlandais dans Exemple Krant.", ("Exemple Krant",)),
            ("Ce texte, publié à l’origine dans Le Monde, est reproduit ici.", ("Le Monde",)),
            ("Ce texte a d'abord été publié dans Le Devoir.", ("Le Devoir",)),
            ("Ce texte a été publié pour la première fois dans Le Devoir.", ("Le Devoir",)),
            ("Ce texte a été publié en premier sur Le Devoir.", ("Le Devoir",)),
            ("Cet article a été publié originellement sur The Conversation.", ("The Conversation",)),
            ("Cette chronique est parue originalement dans Le Devoir.", ("Le Devoir",)),
            ("Cet article a d'abord été publié sur le site du CNRS.", ("CNRS",)),
            ("Cet article a été publié initialement sur le site d'Exemple XXI.", ("Exemple XXI",)),
            ("Cet article a d'abord été publié par notre partenaire Exemple Terre.", ("Exemple Terre",)),
            ("Cet épisode a d’abord été diffusé sur Exemple Radio. Nous le republions.", ("Exemple Radio",)),
            (
                "La version originale a été publiée sur son blog, Les Octets Exemple. Quand on parle",
                ("Les Octets Exemple",),
            ),
        ),
        counterexamples=(
            "Cet article, initialement publié en avril 2017, a été mis à jour.",
            "Le roman a été publié pour la première fois en 1950.",
            "Le film a été diffusé pour la première fois en 1990 à la télévision.",
        ),
    ),
    Rule(
        id="republie-a-partir-de",
        relation=R,
        languages=("fr", "es", "pt"),
        trigger=r"\brepubli(?:é|ée|és|ées|cad[oa]s?)\s+(?:à\s+partir\s+d[eu]|depuis|d[eoa]|desde|a\s+partir\s+d[eoa])\s",
        pattern=r"\w+\s+(?:à\s+partir\s+d[eu]|depuis|d[eoa]|desde|a\s+partir\s+d[eoa])\s+(?P<tail>)",
        weight=0.95,
        description="The Conversation's Creative Commons line in French, Spanish and Portuguese.",
        examples=(
            (
                "Cet article est republié à partir de The Conversation sous licence Creative Commons.",
                ("The Conversation",),
            ),
            (
                "Este artigo foi republicado do The Conversation sob uma licença Creative Commons.",
                ("The Conversation",),
            ),
        ),
    ),
    Rule(
        id="se-publico-primero",
        relation=R,
        languages=("es", "pt"),
        trigger=r"\b(?:se\s+public[óo]|fue\s+publicad[oa]|foi\s+publicad[oa])\s+(?:primero|primeiro)\s+(?:en|em|no|na)\s",
        pattern=r"[^\n]{0,40}?\s(?:en|em|no|na)\s+(?P<tail>)",
        before=r"\b(?:art[íi]culo|artigo|texto|nota|reportaje|reportagem|entrevista|columna|coluna|crónica|crônica|"
        r"análisis|análise|matéria|editorial)\s+\Z",
        before_window=30,
        weight=0.85,
        examples=(("Este texto se publicó primero en Diario Ejemplo.", ("Diario Ejemplo",)),),
    ),
    Rule(
        id="publicado-originalmente",
        relation=R,
        languages=("es", "pt", "gl"),
        # (Galician writes "orixinalmente": "Este artigo publicouse orixinalmente en Luzes".)
        trigger=r"publicad[oa]\s+(?:originalmente|orixinalmente|por\s+primera\s+vez|pela\s+primeira\s+vez)"
        r"|(?:originalmente|orixinalmente)\s+publicad[oa]|publicouse\s+(?:orixinalmente|por\s+primeira\s+vez)|"
        r"apareci[óo]\s+(?:originalmente|por\s+primera\s+vez)|public[óo]\s+(?:originalmente|por\s+primera\s+vez)",
        # "publicado originalmente en inglés en X": the language is no outlet.
        # (The title may come first, then the site: "Este conteúdo foi originalmente publicado em
        # <title> no site X", as MSN Brasil closes a partner's story.)
        # (Not the "por" of "por primera vez": "apareció por primera vez en la revista X".)
        pattern=r"\w+\s+(?:(?:por\s+primera\s+vez|pela\s+primeira\s+vez)\s+)?(?:\w+\s+){0,4}?(?:em\s+[^\n]{1,200}?\s+no\s+site\s+(?:d[oa]\s+)?"
        r"|(?:en|por|no|na|em|pelo|pela)\s+"
        r"(?!"
        + _ROMANCE_LANGUAGES
        + r"\b)(?:(?:el\s+|o\s+)?(?:sitio|site|portal)(?:\s+web)?(?:\s+(?:de|do|da))?\s+)?)(?P<tail>)",
        weight=0.9,
        examples=(
            (
                "Este texto apareció por primera vez en la revista Ejemplo Mensual. Lo recupero aquí.",
                ("Ejemplo Mensual",),
            ),
            ("Este artículo fue publicado originalmente en El Diario.", ("El Diario",)),
            (
                "Este conteúdo foi originalmente publicado em Anac aprova novas regras no site Exemplo Brasil. "
                "Continuar lendo",
                ("Exemplo Brasil",),
            ),
            ("Texto publicado originalmente no Nexo Jornal.", ("Nexo Jornal",)),
            ("Este reportaje apareció originalmente en Animal Político.", ("Animal Político",)),
            ("Este artigo publicouse orixinalmente en Revista Exemplo. Comparte", ("Revista Exemplo",)),
        ),
    ),
    Rule(
        id="aparut-initial",
        relation=R,
        languages=("ro",),
        # Romanian: "Articolul a apărut inițial pe X", "a apărut pentru prima dată în X" ("publicat
        # inițial" is first-published-more's).
        trigger=r"\bap[ăa]rut\s+(?:ini[țţt]ial|pentru\s+prima\s+dat[ăa]|original)\s+(?:pe|[îi]n)\s",
        pattern=r"\w+\s+(?:\w+\s+){1,3}?(?:pe|[îi]n)\s+(?:site-ul\s+|portalul\s+|publica[țţt]ia\s+)?(?P<tail>)",
        weight=0.9,
        examples=(
            ("Articolul a apărut inițial pe Exemplu Liberă.", ("Exemplu Liberă",)),
            (
                "Acest articol a apărut inițial pe site-ul Exemplu Radio. Citește și: Salariul",
                ("Exemplu Radio",),
            ),
            ("Textul a apărut pentru prima dată în Revista Exemplu.", ("Revista Exemplu",)),
        ),
    ),
    Rule(
        id="pubblicato-originariamente",
        relation=R,
        languages=("it",),
        # (The participle of each verb of appearing, with the adverb before or after it.)
        trigger=r"(?:pubblicat|appars|compars|uscit)[oaie]\s+(?:originariamente|originalmente|inizialmente|in\s+origine"
        r"|per\s+la\s+prima\s+volta)|(?:originariamente|originalmente|inizialmente|in\s+origine)\s+"
        r"(?:pubblicat|appars|compars|uscit)[oaie]",
        pattern=r"\w+\s+(?:\w+\s+){0,4}?(?:su|da|in|sul|sulla|nel|nella|dal|dalla)\s+"
        r"(?!" + _ROMANCE_LANGUAGES + r"\b)(?P<tail>)",
        weight=0.9,
        examples=(
            ("Questo articolo è stato pubblicato originariamente su Valigia Blu.", ("Valigia Blu",)),
            ("Questo articolo è apparso per la prima volta su Esempio Quotidiano.", ("Esempio Quotidiano",)),
            ("L'intervista è uscita originariamente sul settimanale Esempio Sette.", ("Esempio Sette",)),
            ("Questo articolo è comparso originariamente su Wired US.", ("Wired US",)),
            ("L'articolo, in origine pubblicato su Esempio Sette, è stato aggiornato.", ("Esempio Sette",)),
        ),
        counterexamples=("Il romanzo, pubblicato per la prima volta nel 1950, torna in libreria.",),
    ),
    Rule(
        id="original-article-published",
        relation=R,
        languages=("fr", "es", "it", "pt"),
        # "Article original publié sur X", "Artículo original publicado en X", "L'article original a
        # été publié par X": the original of a translation or a copy, and where it was published.
        # A language may stand after "original": "Artículo original en inglés publicado en X".
        trigger=r"\b(?:article|art[íi]culo|articolo|artigo|texto|testo|texte)\s+original[e]?\s+(?:(?:en|in|em)\s+\S+\s+)?"
        r"(?:a\s+été\s+|fue\s+|è\s+stato\s+|foi\s+)?"
        r"(?:publi[ée]|paru|publicad[oa]|pubblicat[oa])\s+(?:sur|dans|par|en|por|su|da|in|em|no|na|pelo|pela)\s",
        pattern=r"\w+\s+original[e]?\s+(?:(?:en|in|em)\s+\S+\s+)?(?:a\s+été\s+|fue\s+|è\s+stato\s+|foi\s+)?\w+\s+"
        r"(?:sur|dans|par|en|por|su|da|in|em|no|na|pelo|pela)\s+(?P<tail>)",
        weight=0.85,
        examples=(
            ("Article original publié sur Exemple Hebdo.", ("Exemple Hebdo",)),
            ("Artículo original publicado en Diario Ejemplo.", ("Diario Ejemplo",)),
            ("L'article original a été publié par Exemple Hebdo.", ("Exemple Hebdo",)),
            ("Article original paru dans Exemple Hebdo.", ("Exemple Hebdo",)),
            ("Artículo original en inglés publicado en Diario Ejemplo.", ("Diario Ejemplo",)),
        ),
    ),
    Rule(
        id="overgenomen-van",
        relation=R,
        languages=("nl",),
        # Dutch: "Dit artikel is overgenomen van X", "Overgenomen met toestemming van X".
        trigger=r"\b(?:overgenomen|gepubliceerd|geplaatst)\s+(?:met\s+toestemming\s+)?(?:van|uit)\s",
        pattern=r"\w+\s+(?:met\s+toestemming\s+)?(?:van|uit)\s+(?P<tail>)",
        # Said of the text, or opening its line as a label: a company "overgenomen van" another was
        # bought from it.
        before=r"(?:\b(?:artikel|bericht|tekst|stuk|verhaal|column|opiniestuk)\b[^.\n]{0,30}|^[ \t]*|[.!?»”\"][ \t]+)"
        r"(?:met\s+(?:vriendelijke\s+)?toestemming\s+)?\Z",
        before_window=50,
        weight=0.8,
        examples=(
            ("Dit artikel is overgenomen van Voorbeeld Nieuws.", ("Voorbeeld Nieuws",)),
            ("Overgenomen met toestemming van Voorbeeld Nieuws.", ("Voorbeeld Nieuws",)),
            ("De raad stemde in. Overgenomen met toestemming van Voorbeeld Nieuws.", ("Voorbeeld Nieuws",)),
        ),
        counterexamples=("Het bedrijf werd in 2019 overgenomen van Voorbeeld Holding.",),
    ),
    Rule(
        id="za-zgoda",
        relation=R,
        languages=("pl",),
        # Polish: "Przedruk za zgodą X" (reprinted with the permission of X), said of the text.
        trigger=r"\bza\s+(?:uprzejmą\s+)?zgodą\s",
        pattern=r"za\s+(?:uprzejmą\s+)?zgodą\s+(?:redakcji\s+|wydawcy\s+|portalu\s+|serwisu\s+)?(?P<tail>)",
        before=r"\b(?:przedruk\w*|publikacja|publikujemy|opublikowan\w*|tekst|artykuł)\b[^.\n]{0,30}\Z",
        before_window=50,
        weight=0.8,
        examples=(("Przedruk za zgodą Przykład Media.", ("Przykład Media",)),),
        counterexamples=("Budowa ruszy za zgodą Przykład Holding.",),
    ),
    Rule(
        id="translated-from-original",
        relation=R,
        languages=("en",),
        # A translation names the text it was made from: "This article was translated from the
        # Spanish original published by X", "Translated from X", "translated from the German
        # original in X". Not its translator ("Translated from the Spanish by Jane Doe"): after a
        # language or "the original", "by" names the outlet only after "published".
        trigger=r"\btranslated\s+from\s",
        pattern=r"translated\s+from\s+(?:(?:the\s+)?(?:" + _LANGUAGES_EN + r"\s+)?"
        r"(?:original|article|version|story|text|piece)(?:\s+(?:article|version|text|story))?"
        r"(?:\s*,?\s+(?:(?:originally\s+|first\s+)?(?:published|posted)|(?:which|that)\s+(?:was\s+"
        r"(?:originally\s+|first\s+)?published|(?:originally\s+|first\s+)?appeared)|appearing)\s+(?:in|on|at|by)"
        r"|\s+(?:in|on|at))\s+"
        r"|(?:the\s+)?"
        + _LANGUAGES_EN
        + r"\s+(?:and\s+)?(?:(?:originally|first)\s+)?(?:published|appeared|posted)"
        r"\s+(?:in|on|at|by)\s+"
        r"|(?!(?:the\s+)?(?:" + _LANGUAGES_EN + r"|original)\b))(?P<tail>)",
        # Opening its sentence or line, or said of this text ("This article was translated from").
        before=r"(?:" + _SENTENCE_OPENS + r"|" + _THIS_TEXT_IS + r")\Z",
        before_window=60,
        weight=0.85,
        examples=(
            (
                "This article was translated from the original published by Example Review.",
                ("Example Review",),
            ),
            (
                "This article was translated from the Spanish original published by Example Review.",
                ("Example Review",),
            ),
            ("The council met.\nTranslated from Example Review.", ("Example Review",)),
            ("This story was translated from the German original in Example Review.", ("Example Review",)),
        ),
        counterexamples=(
            "Translated from the Spanish by Jane Doe.",
            "Translated from the original by Jane Doe.",
            "The letters, translated from Arabic by Example Review, were read aloud.",
        ),
    ),
    Rule(
        id="translation-from-outlet",
        relation=R,
        languages=("en",),
        # What a text says it is: "Edited translation from Example Daily", "This is an edited
        # translation from our Arabic edition, Example Daily." (a sister paper in another language).
        trigger=r"\btranslation\s+from\s",
        pattern=r"translation\s+from\s+(?:(?:our|its|the)\s+(?:[a-z]+\s+){0,2}?(?:edition|sister\s+(?:paper|site|publication)|"
        r"website|site|newspaper)\s*,?\s+)?(?!(?:the\s+)?(?:" + _LANGUAGES_EN + r")\b)(?P<tail>)",
        before=r"(?:"
        + _SENTENCE_OPENS
        + r"|"
        + _THIS_TEXT_IS
        + r"(?:an?[ \t]+)?)(?:(?:an?[ \t]+)?(?:edited|abridged|"
        r"shortened|partial|full|slightly\s+edited)[ \t]+)?\Z",
        before_window=60,
        weight=0.85,
        examples=(
            ("The residents complained.\nEdited translation from Example Daily", ("Example Daily",)),
            (
                "The residents complained. This is an edited translation from our Arabic edition, Example "
                "Daily. To read the original article click here.",
                ("Example Daily",),
            ),
        ),
        counterexamples=(
            "An edited translation from Arabic by Jane Roe.",
            "The book, in a new translation from Example Press, sold well.",
        ),
    ),
    Rule(
        id="translation-of-article",
        relation=R,
        languages=("de", "fr", "es", "it", "pt"),
        # "a translation of an article published in X", in German, French, Spanish, Italian and
        # Portuguese: "Übersetzung des Originals bei X", "traduction d'un article paru dans X",
        # "traducción del original publicado en X". Not a language ("Übersetzung des Textes aus
        # dem Englischen von <translator>").
        trigger=r"(?:Übersetzung\s+(?:des|eines)\s|\btraduction\s+d|\btraducci[óo]n\s+de|\btraduzione\s+d|"
        r"\btradu[çc][ãa]o\s+d)",
        pattern=r"(?:übersetzung\s+(?:des\s+(?:originals|originalartikels|artikels|beitrags|textes)|eines\s+"
        r"(?:artikels|beitrags|textes))(?:\s*,?\s+(?:der|das|die)\s+(?:zuerst\s+|ursprünglich\s+)?erschien"
        r"|\s+(?:zuerst\s+|ursprünglich\s+)?(?:erschienen|veröffentlicht))?\s+(?:bei|in|im|aus|auf)\s+"
        + _NOT_A_LANGUAGE_DE
        + r"(?:der\s+|dem\s+|des\s+)?"
        r"|(?:traduction\s+(?:d['’]un\s+article|de\s+l['’]article|du\s+texte)(?:\s+original)?\s+"
        r"(?:(?:initialement\s+)?(?:paru|publié)\s+)?(?:dans|par|sur|chez)"
        r"|traducci[óo]n\s+(?:de\s+un\s+art[íi]culo|del\s+(?:art[íi]culo|original|texto))(?:\s+original)?\s+"
        r"(?:(?:publicado|aparecido)(?:\s+originalmente)?\s+)?(?:en|por)"
        r"|traduzione\s+(?:di\s+un\s+articolo|dell['’]articolo|del\s+testo)(?:\s+originale)?\s+"
        r"(?:(?:pubblicato|apparso|uscito)(?:\s+originariamente)?\s+)?(?:su|da|in|sul|nel|dal)"
        r"|tradu[çc][ãa]o\s+(?:de\s+um\s+artigo|do\s+artigo|do\s+texto)(?:\s+original)?\s+"
        r"(?:publicado(?:\s+originalmente)?\s+)?(?:em|no|na|pelo|pela|por))"
        r"\s+)(?P<tail>)",
        weight=0.85,
        examples=(
            ("Dieser Text ist eine Übersetzung des Originals bei Beispielblatt.", ("Beispielblatt",)),
            ("Übersetzung eines Artikels aus The Example Review.", ("The Example Review",)),
            ("Cet article est une traduction d'un article paru dans Exemple Hebdo.", ("Exemple Hebdo",)),
            (
                "Este artículo es una traducción del original publicado en Diario Ejemplo.",
                ("Diario Ejemplo",),
            ),
            ("Traduzione di un articolo pubblicato su Giornale Esempio.", ("Giornale Esempio",)),
            ("Tradução de um artigo publicado no Jornal Exemplo.", ("Jornal Exemplo",)),
        ),
        counterexamples=(
            "Übersetzung des Textes aus dem Englischen von Anna Schmidt.",
            "Eine Übersetzung des Artikels von Anna Schmidt.",
            "La traduction de l'article 5 du traité pose problème.",
        ),
    ),
    Rule(
        id="original-article-label",
        relation=R,
        languages=("en", "fr", "es", "it", "pt"),
        # "Original article: X" with a name, not an address (the rule "original-link"), as a label
        # opening its line or sentence, in English and the Romance languages.
        trigger=r"\b(?:original\s+(?:article|story|post)|source\s+article|article\s+original|art[íi]culo\s+original|"
        r"articolo\s+originale|artigo\s+original|fuente\s+original|fonte\s+originale?|source\s+originale)\s*:\s",
        pattern=r"\w+\s+\w+\s*:\s*(?P<tail>)",
        before=r"(?:^|[.!?][ \t]+|\A)[ \t*]*\Z",
        before_window=6,
        weight=0.8,
        examples=(
            ("The council met.\nOriginal article: Example Weekly", ("Example Weekly",)),
            ("Le conseil a voté.\nArticle original : Exemple Hebdo", ("Exemple Hebdo",)),
            ("Il consiglio ha votato.\nFonte originale: Esempio Quotidiano", ("Esempio Quotidiano",)),
        ),
        counterexamples=("She quoted the original article: it was wrong.",),
    ),
    Rule(
        id="gentile-concessione",
        relation=R,
        languages=("it", "fr", "es", "pt"),
        # "Per gentile concessione di X", "Avec l'aimable autorisation de X", "Con la amable
        # autorización de X": published by kind permission of X.
        trigger=r"\b(?:per\s+gentile\s+concessione|su\s+gentile\s+concessione|avec\s+l['’]aimable\s+autorisation|"
        r"con\s+la\s+amable\s+autorizaci[óo]n|com\s+a\s+gentil\s+autoriza[çc][ãa]o)\s*"
        # (The author's permission may come first: "su gentile concessione dell'autore e di X".)
        r"(?:dell['’]\s*autore\s+e\s+)?(?:(?:di|de|del|della|dello|da|do)\s|d['’])",
        # ("d'Alternatives Économiques": the French elision before a vowel.)
        pattern=r"[^\n]{0,40}?(?:\s(?:di|de|del|della|dello|da|do)\s+(?:l['’])?|\sd['’])(?P<tail>)",
        not_before=_PICTURE_BEFORE,
        not_before_screen=_PICTURE_SCREEN,
        weight=0.8,
        examples=(
            (
                "Les accords varient.\nArticle reproduit avec l'aimable autorisation d'Exemple Hebdo.",
                ("Exemple Hebdo",),
            ),
            (
                "Il consiglio ha votato.\nPer gentile concessione di Esempio Quotidiano.",
                ("Esempio Quotidiano",),
            ),
            (
                "La scuola resiste. Pubblichiamo su gentile concessione dell'autore e di Esempio Rivista.",
                ("Esempio Rivista",),
            ),
            ("Le conseil a voté.\nAvec l'aimable autorisation de Exemple Hebdo.", ("Exemple Hebdo",)),
        ),
        counterexamples=("Foto: per gentile concessione di Esempio Quotidiano",),
    ),
    Rule(
        id="si-ringrazia-concessione",
        relation=R,
        languages=("it",),
        # The thanks for that permission, the house named first: "Si ringrazia L'Espresso per la
        # gentile concessione alla ripubblicazione", "Ringraziamo Esempio Quotidiano per la
        # concessione dell'articolo".
        trigger=r"\b(?:si\s+ringrazia(?:no)?|ringraziamo)\s",
        pattern=r"\w+(?:\s+ringrazia(?:no)?)?\s+(?:(?:il|la|lo|i|gli|le)\s+)?(?P<tail>)",
        reject_after=r"(?![ \t]+per[ \t]+(?:la[ \t]+)?(?:gentile[ \t]+)?(?:concessione|autorizzazione|disponibilità))",
        not_before=_PICTURE_BEFORE,
        not_before_screen=_PICTURE_SCREEN,
        weight=0.8,
        examples=(
            (
                "I pescatori sono la metà. Si ringrazia L'Esempio per la gentile concessione alla ripubblicazione.",
                ("L'Esempio",),
            ),
        ),
        counterexamples=(
            "Si ringrazia il sindaco per la disponibilità.",
            "Si ringrazia Esempio Quotidiano per la foto.",
        ),
    ),
    Rule(
        id="tire-de",
        relation=R,
        languages=("fr",),
        # "Cet article est tiré de Example.news et republié avec son autorisation", "Ce texte est issu
        # du site Exemple".
        trigger=r"\b(?:cet\s+(?:article|entretien)|ce\s+(?:texte|billet|reportage)|cette\s+(?:tribune|chronique|enquête))\s+"
        r"est\s+(?:tiré|tirée|issu|issue)\s+(?:de|du|des|d['’])",
        pattern=r"\w+\s+\w+\s+est\s+\w+\s+(?:de\s+la\s+|de\s+l['’]|d['’]|du\s+|des\s+|de\s+)(?:(?:site|revue|magazine|journal)\s+)?(?P<tail>)",
        weight=0.85,
        examples=(
            ("Cet article est tiré de Exemple.news et republié avec son autorisation.", ("Exemple.news",)),
        ),
        counterexamples=("Cet article est tiré de faits réels.",),
    ),
    Rule(
        id="reportagem-publicada-por",
        relation=R,
        languages=("pt", "es"),
        # A translated piece's opening line: "A reportagem é de Jane Roe, publicada por Exemplo,
        # 12-06-2023", "La entrevista es de Jane Roe, publicada por Ejemplo".
        trigger=r"\b(?:publicad[oa]s?)\s+(?:por|pel[oa]|no|na|em|en)\s",
        pattern=r"\w+\s+\w+\s+(?P<tail>)",
        before=r"\b(?:reportagem|entrevista|artigo|an[áa]lise|texto|mat[ée]ria|cr[ôó]nica|art[íi]culo|reportaje|nota)\s+"
        r"(?:é|foi|es|fue)\s+(?:de|escrit[oa]\s+por)\s+[^.\n]{2,80},\s*\Z",
        before_window=140,
        before_required=True,
        # (The nouns the look-back needs, looked for first: "publicado en" is common prose.)
        hints=(
            "reportagem",
            "entrevista",
            "artigo",
            "nálise",
            "texto",
            "atéria",
            "rônica",
            "rónica",
            "rtículo",
            "reportaje",
            "nota",
        ),
        hint_window=140,
        weight=0.85,
        examples=(
            ("A reportagem é de Jane Roe, publicada por Exemplo Diário, 12-06-2023.", ("Exemplo Diário",)),
            ("La entrevista es de Jane Roe, publicada por Diario Ejemplo.", ("Diario Ejemplo",)),
        ),
        counterexamples=("O livro, publicado por Exemplo Editora, saiu em 2020.",),
    ),
    Rule(
        id="originalartikel-label",
        relation=R,
        languages=("de", "en"),
        # "Originalartikel: X", "Zum Originalartikel bei X": the label with a name (with an address,
        # the rule "original-link").
        trigger=r"\b(?:zum\s+)?(?:Originalartikel|Originalbeitrag)\b",
        pattern=r"(?:zum\s+)?\w+\s*(?::|\s(?:bei|auf|von|in|im))\s+(?P<tail>)",
        weight=0.8,
        examples=(
            ("Originalartikel: Beispiel Online", ("Beispiel Online",)),
            ("Zum Originalartikel bei Beispiel Online", ("Beispiel Online",)),
        ),
    ),
    Rule(
        id="zhuanzai-zi",
        relation=R,
        languages=("zh",),
        # "本文转载自：X", "转自X", "原载于X": reprinted from, first carried by; "本文来自微信公众号：X",
        # "本文来源于微信公众号“X”": taken from X's account.
        # (And a WeChat account's repost of another's: "以下文章来源于X".)
        trigger=_ZHUANZAI,
        pattern=_ZHUANZAI + r"(?:微信公众号|微信公眾號|公众号|公眾號)?[：:\s]*[“「『]?(?P<tail>)",
        weight=0.85,
        examples=(
            ("本文转载自：新华网", ("新华网",)),
            ("原载于Harbor Ledger", ("Harbor Ledger",)),
            ("本文来自微信公众号：示例日报", ("示例日报",)),
            ("本文转载自示例日报，原文链接：https://example.cn/1", ("示例日报",)),
            ("本文来源于微信公众号“示例日报”，作者：王明", ("示例日报",)),
            ("2024-03-19 21:05 北京 以下文章来源于示例财经 ，作者王明 示例财经 .", ("示例财经",)),
            ("本文来自微信公众号“晚点Example”（ID：postlate），作者：王明", ("晚点Example",)),
        ),
    ),
    Rule(
        id="official-account-zh",
        relation=S,
        languages=("zh",),
        # A portal's line of the account that posted an item: "示例财经 2024-03-11 · 示例财经官方账号"
        # (the outlet's official account), as Toutiao and Tencent News show their providers.
        trigger=r"官方[账帳][号號]",
        pattern=r"官方[账帳][号號]",
        # (Not "我们的官方账号": a name runs into the word, with no "的" (of) between.)
        # (Nor a column's account: "示例新闻《潜望》官方账号".)
        before=r"[\s·|｜](?P<tail>[^\s·|｜，。、：:「」“”《》的]{2,20}?)\Z",
        before_window=30,
        case_sensitive=True,
        weight=0.75,
        examples=(
            (
                "韩国前总统出版回忆录 示例社 2024-05-17 16:05 · 示例社官方账号 关注 示例社首尔5月17日电",
                ("示例社",),
            ),
        ),
        counterexamples=("关注我们的官方账号，获取更多资讯。",),
    ),
    Rule(
        id="provider-updated-zh",
        relation=S,
        languages=("zh",),
        # A portal's line of the provider and when it updated the item: "示例新聞網 更新於 03月05日10:41
        # • 發布於 03月05日10:20" (LINE TODAY's). Registered names only: any words may stand there.
        trigger=r"更新[於于][ \t]",
        pattern=r"更新[於于]",
        before=r"(?:\A|\s)(?P<tail>[^\s•·|｜]{2,20})[ \t]+\Z",
        before_window=30,
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        weight=0.75,
        examples=(
            (
                "週末冷氣團南下 TVBS新聞網 更新於 03月05日10:41 • 發布於 03月05日10:20 • 記者 王明",
                ("TVBS新聞網",),
            ),
        ),
        counterexamples=("本頁面最後 更新於 03月05日10:41",),
    ),
    Rule(
        id="benwen-yiju-baodao",
        relation=W,
        languages=("zh",),
        # "(本文依据了美联社和路透社的报道。)": this article draws on the agencies' reports, closing
        # copy a broadcaster's Chinese service built on them.
        trigger=r"本文(?:依据|依據|根据|根據|综合|綜合)了?",
        pattern=r"本文(?:依据|依據|根据|根據|综合|綜合)了?(?P<tail>)(?=[^\n。]{2,40}?(?:的)?(?:报道|報導|報道|消息))",
        known_only=True,
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(("南海局势持续紧张。 (本文依据了美联社和路透社的报道。) 相关新闻", ("美联社", "路透社")),),
        counterexamples=("本文根据作者的实地调查写成。",),
    ),
    Rule(
        id="shoufa-yu",
        relation=R,
        languages=("zh",),
        # "本文首发于X", "原文刊载于X": this text first appeared in X. Said of the text itself: a film
        # that "首发于" a platform, a study "刊载于" a journal is no credit.
        trigger=r"(?:首发于|首發於|首发在|首發在|刊载于|刊載於|刊发于|刊發於|原刊于|原刊於|首刊于|首刊於)",
        # (A WeChat account's name after the word for it: "本文首发于微信公众号“示例日报”".)
        pattern=r"\S{3}\s*(?:微信公众号|微信公眾號|公众号|公眾號)?\s*(?P<tail>)",
        # ("本文原刊載於《X》": first carried by.)
        before=r"(?:本文|原文|此文|该文|該文|文章)\s*原?\Z",
        before_window=7,
        weight=0.85,
        examples=(
            ("本文首发于示例日报。", ("示例日报",)),
            ("原文刊载于示例日报。", ("示例日报",)),
            ("【文/ 王明；本文首发于微信公众号“示例纵横”，经作者授权转载】", ("示例纵横",)),
            ("※本文原刊載於《示例者》，經授權轉載。", ("示例者",)),
        ),
        counterexamples=("研究结果刊载于《自然》杂志。",),
    ),
    Rule(
        id="keisai-sareta",
        relation=R,
        languages=("ja",),
        # "この記事は X に掲載されたものです": this article appeared in X.
        trigger=r"に(?:掲載|初出|配信)された",
        pattern=r"に(?:掲載|初出|配信)された",
        # (The day may come first, and the name in brackets: "この記事は、2024年4月2日に「X」に掲載
        # された記事を、許可を得て転載しています".)
        before=r"(?:この|本)記事は[、,\s]*(?:\d{4}年\d{1,2}月\d{1,2}日に?[、,\s]*)?(?P<tail>[^\n、。]{1,60}?)\s*\Z",
        before_window=100,
        case_sensitive=True,
        weight=0.85,
        examples=(
            ("この記事は例新聞に掲載されたものです。", ("例新聞",)),
            (
                "※この記事は、2024年4月2日に「例ウェブ」に掲載された記事を、許可を得て転載しています。",
                ("例ウェブ",),
            ),
        ),
    ),
    Rule(
        id="haishin-provider",
        relation=S,
        languages=("ja",),
        # A Japanese portal's line of when and by whom an item was delivered: "3/14(木) 19:05配信
        # 時事通信" (the provider after "配信"). Registered names only: the story's first words
        # follow with no mark between them. (The trigger is the word alone: a time in it would make
        # the scan's automaton track every number and colon of a text.)
        # (The provider may stand on the next line: "6/3(月) 10:31配信\n時事通信".)
        trigger=r"配信\s",
        pattern=_HAISHIN + r"(?P<tail>)",
        before=r"\b\d{1,2}:\d{2}[ \t]*\Z",
        before_window=12,
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        weight=0.8,
        examples=(
            ("日銀、金利解除へ 3/14(木) 19:05配信 時事通信 日銀は18日に会合を開く。", ("時事通信",)),
            ("路線バス減便へ 6/14(金) 12:43配信 32 コメント32件 時事通信 説明会で", ("時事通信",)),
        ),
        counterexamples=("3/14(木) 19:05配信 山田太郎 日銀は18日に会合を開く。",),
    ),
    Rule(
        id="haishin-provider-shaped",
        relation=S,
        languages=("ja",),
        # The same line naming a provider no registry knows, by the word a Japanese masthead ends
        # with ("3/5(火) 6:02配信 例経済オンライン", "11:24配信 例経新聞"): a person's name has none.
        trigger=r"配信\s",
        pattern=_HAISHIN + r"(?P<name>[^\s、。「」『』（）()【】]{1,20}?"
        r"(?:新聞|新報|日報|通信|ニュース|オンライン|ONLINE|Online|NEWS|News|NEXT|タイムズ|テレビ|放送|スポーツ|ジャーナル"
        r"|ビジネス|マガジン|ダイヤモンド|プレジデント|セブン|デジタル|ウェブ|WEB|Web|プラス|ドットコム))(?=\s)",
        before=r"\b\d{1,2}:\d{2}[ \t]*\Z",
        before_window=12,
        case_sensitive=True,
        weight=0.75,
        examples=(
            (
                "「新NISA」2カ月 3/5(火) 6:02配信 例経済オンライン 新NISAの開始から2カ月。",
                ("例経済オンライン",),
            ),
            ("中国国防費、7.2%増 3/5(火) 11:24配信 例経新聞 【北京＝共同】中国政府は5日", ("例経新聞",)),
        ),
        counterexamples=(
            "3/14(木) 19:05配信 山田太郎 日銀は18日に会合を開く。",
            "3/14(木) 19:05配信 日本銀行は18日、政策金利を引き上げると発表した。例新聞によると",
        ),
    ),
    Rule(
        id="provider-more-articles-ja",
        relation=S,
        languages=("ja",),
        # A portal's link under a provider's item: "例ニュースの記事をもっと見る" (more of this
        # provider's articles).
        trigger=r"の記事をもっと見る",
        pattern=r"の記事をもっと見る",
        before=r"(?P<name>(?:[A-Z][\w.&-]*[ \t])?[^\s、。！？!?「」『』（）()【】]{2,30})\Z",
        before_window=40,
        case_sensitive=True,
        weight=0.75,
        examples=(
            ("ライブドアニュースを読もう！ EXAMPLE Newsの記事をもっと見る 関連ニュース", ("EXAMPLE News",)),
            (
                "関連ニュース ライブドアニュース 例CASTニュースの記事をもっと見る 新紙幣の",
                ("例CASTニュース",),
            ),
        ),
    ),
    Rule(
        id="teikyo-angle-ja",
        relation=S,
        languages=("ja",),
        # A story's provider in angle brackets closing it: "＜例Korea提供＞" (provided by), as
        # portals and partner sites sign a partner's copy. (A picture's "＜写真提供＞" names nobody.)
        trigger=r"提供[＞>]",
        pattern=r"提供[＞>]",
        before=r"[＜<](?P<name>[^＜＞<>\n]{2,30}?)\Z",
        before_window=34,
        case_sensitive=True,
        weight=0.75,
        examples=(("チケットの先行受付は今週末から始まる。 ＜例Korea提供＞ 【関連記事】", ("例Korea",)),),
        counterexamples=("会場の様子 ＜写真提供＞ 関連記事",),
    ),
    Rule(
        id="article-provider-ja",
        relation=S,
        languages=("ja",),
        # "記事の提供元 例ポストセブン": the article's provider, as a portal names it under the item.
        # (Or "記事提供社からのお知らせ 例新聞" (a notice from the providing paper), "提供元：例".)
        trigger=r"記事の提供元|記事提供社(?:からのお知らせ)?|提供元[:：]",
        pattern=r"(?:記事の提供元|記事提供社(?:からのお知らせ)?|提供元[:：])[ \t:：]*(?P<tail>)",
        case_sensitive=True,
        weight=0.75,
        examples=(
            ("関連記事 年金繰り下げは得か損か 記事の提供元 例ポストセブン", ("例ポストセブン",)),
            ("関連ニュース 記事提供社からのお知らせ 例新聞NEXT 記事の無断転用を禁じます。", ("例新聞NEXT",)),
        ),
    ),
    Rule(
        id="first-published-more",
        relation=R,
        languages=(
            "el",
            "ro",
            "fi",
            "hr",
            "sr",
            "bs",
            "sl",
            "da",
            "no",
            "cs",
            "sk",
            "ca",
            "hu",
            "et",
            "vi",
            "is",
            "lv",
            "lt",
            "mk",
            "bg",
            "sq",
            "mt",
        ),
        # "First (or originally) published in X" in Greek, Romanian, Finnish, the languages of the
        # former Yugoslavia, Danish and Norwegian with the adverb first, Czech, Slovak, Catalan, and
        # Hungarian (the name before the verb).
        trigger=_FIRST_PUBLISHED_MORE + r"\s|\beredetileg\s",
        pattern=_FIRST_PUBLISHED_MORE
        + r"\s+(?:(?:στο|στη|στην|στον|σε|pe|în|in|de|na|u|v|i|í|på|hos|a|en|в|във|на|от|од|nga|në|te|tek|fuq"
        r"|fil-(?:gazzetta|sit|portal|rivista|ġurnal))\s+)?(?:(?:portalu|portala|portalul|site-ul|sajtu|sajta|sivustolla"
        r"|deníku|denníku|časopise|časopis|magazínu|serveru|týdeníku|týždenníku|ajalehes|väljaandes|portaalis"
        # (Slovak and Czech "na webe X", Bulgarian "на сайта на X", Lithuanian "dienraštyje X"
        # (in the daily), "portale", "savaitraštyje" (in the weekly).)
        r"|ajakirjas|tạp\s+chí|webe|webu|stránke|stránce|сайта(?:\s+на)?|dienraštyje|savaitraštyje|portale|žurnale)\s+)?(?P<tail>)"
        # Hungarian names the site before "jelent meg" (appeared): "eredetileg a X oldalán jelent meg".
        # (A site's address takes its case ending after a hyphen: "a Qubit.hu-n jelent meg".)
        r"|eredetileg\s+(?:az?\s+)?(?P<name>(?-i:[A-ZÁÉÍÓÖŐÚÜŰ])[^\n,;]{1,59}?)(?:-(?:n|on|en|ön|ban|ben))?"
        r"(?:\s+(?:oldalán|honlapján|lapban|magazinban))?\s+jelent\s+meg",
        # Said of the text itself: a study "first published in a journal" is no credit.
        before=r"\b(?:άρθρο|κείμενο|δημοσίευμα|ρεπορτάζ|articol\w*|text(?:ul)?|material(?:ul)?|artikkeli|teksti|juttu|"
        r"članak|tekst|artikel(?:en)?|artiklen|teksten|indlægget|artikkelen|saken|innlegget|článek|článok|článku|"
        r"article|cikk|írás|lugu|artikkel|arvamuslugu|bài\s+viết|bài|saka|greinin|fréttin|pistillinn|raksts"
        r"|materiāls|straipsnis|tekstas|materijal|статията|материалът|članek|текст|текстот|текстът|статия"
        r"|статијата|artikull|artikulli|shkrimi|artiklu|artikolu)\b[^.!?\n]{0,30}\Z",
        before_window=50,
        weight=0.85,
        examples=(
            ("Το άρθρο δημοσιεύθηκε αρχικά στο Παράδειγμα.", ("Παράδειγμα",)),
            ("Articolul a fost publicat inițial pe Exemplu Media.", ("Exemplu Media",)),
            ("Acest articol a fost publicat iniţial de Exemplu Liberă.", ("Exemplu Liberă",)),
            ("Artikkeli julkaistiin alun perin Esimerkki-lehdessä.", ("Esimerkki",)),
            ("Članak je izvorno objavljen na portalu Primjer.", ("Primjer",)),
            (
                "Članek je bil prvotno objavljen na portalu Primer Medij. Ilustracija: Dnevnik",
                ("Primer Medij",),
            ),
            ("Текстот е првично објавен на Пример Медиум. Фото: Илустрација", ("Пример Медиум",)),
            ("Този текст е публикуван първоначално от Пример Медия.", ("Пример Медия",)),
            ("Ky artikull u botua fillimisht nga Shembull.al. Foto: Ilustrim", ("Shembull.al",)),
            (
                "Dan l-artiklu deher oriġinarjament fil-gazzetta Eżempju tal-Ħadd. L-opinjonijiet",
                ("Eżempju tal-Ħadd",),
            ),
            ("Artiklen blev først bragt i Eksempel Avis.", ("Eksempel Avis",)),
            ("A cikk eredetileg a Példa Hírek oldalán jelent meg.", ("Példa Hírek",)),
            ("A cikk eredetileg a Pelda.hu-n jelent meg.", ("Pelda.hu",)),
            ("Saken ble først publisert i Eksempelavisen.", ("Eksempelavisen",)),
            ("Článek původně vyšel v deníku Příklad.", ("Příklad",)),
            ("Aquest article es va publicar originalment a Diari Exemple.", ("Diari Exemple",)),
            ("Lugu ilmus esmalt ajalehes Näidisleht.", ("Näidisleht",)),
            ("Bài viết được đăng lần đầu trên Báo Ví Dụ.", ("Báo Ví Dụ",)),
            ("Denne saka vart først publisert i Døme Avis.", ("Døme Avis",)),
            ("Greinin birtist fyrst í Dæmablaðinu.", ("Dæmablaðinu",)),
            ("Raksts pirmo reizi publicēts Piemērs Media mājaslapā.", ("Piemērs Media",)),
            ("Straipsnis pirmą kartą paskelbtas Pavyzdys Žinios.", ("Pavyzdys Žinios",)),
            ("Materijal je preuzet sa portala Primer. Podeli Komentari", ("Primer",)),
            ("Статията е публикувана първо в Пример. Още от", ("Пример",)),
        ),
        counterexamples=(
            "Η μελέτη δημοσιεύθηκε αρχικά στο περιοδικό Nature.",
            "Studiul a fost publicat inițial în revista Nature.",
            "Studie původně vyšla v časopise Nature.",
            "Rannsóknin birtist fyrst í Nature.",
            "A cikk szerint a tervet eredetileg a kormány javasolta, és meg is jelent meg.",
        ),
    ),
    Rule(
        id="tensai-moto",
        relation=R,
        languages=("ja",),
        # Japanese: "転載元：X" (reprinted from), "元記事：X" (the original article), "この記事は、X
        # からの転載です" (this article is a reprint from X).
        trigger=r"(?:転載元|元記事|出典元)[：:]",
        pattern=r"(?:転載元|元記事|出典元)[：:]\s*(?P<tail>)",
        weight=0.85,
        examples=(("予算案が可決された。\n転載元：例ニュース", ("例ニュース",)),),
    ),
    Rule(
        id="silrin-geul",
        relation=R,
        languages=("ko",),
        # Korean: "이 글은 <X> 2024년 5월호에 실린 글입니다" (this piece ran in X's May issue), a
        # republished column's note; the publication's name in angle brackets.
        trigger=r"에\s*(?:실린|실렸던|게재된|게재했던)\s*(?:글|기사|칼럼|원고)",
        pattern=r"에\s*(?:실린|실렸던|게재된|게재했던)\s*(?:글|기사|칼럼|원고)",
        # (The topic's mark is "는" after a vowel: "이 기사는 <X>에 게재된 기사입니다".)
        before=r"(?:이|본)\s*(?:글|기사|칼럼)(?:은|는)\s*[^\n.<>《》〈〉]{0,40}?[<《〈](?P<tail>[^\n<>《》〈〉]{1,30})[>》〉][^\n.<>《》〈〉]{0,30}?\Z",
        before_window=120,
        case_sensitive=True,
        weight=0.8,
        examples=(
            ("* 이 글은 예시연대 월간지 <예시사회> 2024년 5월호에 실린 글입니다.", ("예시사회",)),
            ("이 기사는 <예시타파>에 게재된 기사입니다. 콘텐츠 제휴에 따라 전재합니다.", ("예시타파",)),
        ),
        counterexamples=("그는 <예시사회>에 실린 글을 읽었다.",),
    ),
    Rule(
        id="silrin-gisa-bare",
        relation=R,
        languages=("ko",),
        # The same note with the publication's name bare, and its issue's number after it: "이
        # 기사는 예시21 제1505호에 실린 기사입니다". The name is the words between.
        # (Or "표출된" (shown), after the day and hour it was: "이 기사는 2024년03월05일10시28분
        # 예시벨에 표출된 기사입니다", as a paid news service notes its items.)
        trigger=r"에\s*(?:실린|실렸던|게재된|게재했던|표출된)\s*(?:글|기사|칼럼|원고)",
        pattern=r"에\s*(?:실린|실렸던|게재된|게재했던|표출된)\s*(?:글|기사|칼럼|원고)",
        before=r"(?:이|본)\s*(?:글|기사|칼럼)(?:은|는)\s+"
        r"(?:\d{4}년\s*\d{1,2}월\s*\d{1,2}일(?:\s*\d{1,2}시\s*\d{1,2}분)?\s+)?(?P<tail>[^\s.,<>《》〈〉]{2,20})"
        r"(?:[ \t]*(?:제[ \t]*\d{1,5}[ \t]*호|\d{4}년[ \t]*\d{1,2}월호|\d{1,2}월호))?\Z",
        before_window=80,
        case_sensitive=True,
        weight=0.8,
        examples=(
            ("※ 이 기사는 예시21 제1505호에 실린 기사입니다.", ("예시21",)),
            ("이 기사는 2024년03월05일10시28분 예시벨에 표출된 기사입니다.", ("예시벨",)),
        ),
        counterexamples=(
            "이 기사는 지난해 신문에 실린 기사를 다시 정리한 것이다.",
            "이 기사는 신문에 실린 기사를 정리한 것이다.",
        ),
    ),
    Rule(
        id="keisai-kiji-tensai",
        relation=R,
        languages=("ja",),
        # "本記事はX掲載記事を、Y編集部で一部編集の上、転載したものです": this article is X's, edited and
        # reprinted; the name right before "掲載記事を".
        trigger=r"掲載(?:の)?記事を",
        pattern=r"掲載(?:の)?記事を(?=[^\n。]{0,60}転載)",
        before=r"(?:この|本)記事は[、,]?\s*「?(?P<tail>[^\n、。「」]{1,40}?)」?\s*\Z",
        before_window=60,
        case_sensitive=True,
        weight=0.85,
        examples=(
            (
                "本記事は例メディア掲載記事を、例ビジネス編集部で一部編集の上、転載したものです。",
                ("例メディア",),
            ),
        ),
        counterexamples=("本記事は例メディア掲載記事をもとに作成しました。",),
    ),
    Rule(
        id="gou-yori",
        relation=R,
        languages=("ja",),
        # A magazine's story on its publisher's site: "「週刊例」2024年3月16日号より" (from that
        # issue), "「月刊例」2024年4月号より".
        # (Or "号 掲載": "「例新潮」2024年5月30日号 掲載".)
        trigger=r"号(?:より|[ \t]*掲載)",
        pattern=r"号(?:より|[ \t]*掲載)",
        before=r"「(?P<tail>[^「」\n]{1,30})」[ \t]*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?\Z",
        before_window=40,
        case_sensitive=True,
        weight=0.8,
        examples=(("定年後の家計について指摘する。 「週刊例」2024年3月16日号より 関連記事", ("週刊例",)),),
    ),
    Rule(
        id="kara-no-tensai",
        relation=R,
        languages=("ja",),
        # The name may be quoted and dated, and the reprint edited: "本記事は「X」（2024年3月5日公開）
        # からの転載です", "この記事は「X」2024年5月3日掲載記事を一部再編集して転載したものです".
        # (Or where and when it was published: "この記事はXで2024年3月10日に公開されたものを転載しています";
        # or its article: "本記事は「X」（2024年5月3日掲載）の記事を転載したものです".)
        # (Or edited "のうえ" / "の上" (after): "...掲載の記事を一部編集のうえ転載したものです".)
        trigger=r"(?:から(?:の)?|して|ものを|の記事を|のうえ|の上)転載",
        pattern=r"(?:から(?:の)?|して|ものを|の記事を|のうえ|の上)転載",
        before=r"(?:この|本)記事は[、,]?\s*「?(?P<tail>[^\n、。「」]{1,60}?)」?"
        r"(?:[（(][^\n。（）()]{1,30}[）)]|\d{4}年\d{1,2}月\d{1,2}日[^\n。「」]{0,24}?"
        r"|で(?:\d{4}年\d{1,2}月\d{1,2}日に)?(?:公開|掲載|配信)された)?\s*\Z",
        case_sensitive=True,
        weight=0.85,
        examples=(
            ("※この記事は、例ニュースからの転載です。", ("例ニュース",)),
            ("この記事は例ニュースから転載しています。", ("例ニュース",)),
            ("※本記事は「例ニュース」（2024年3月5日公開）からの転載です。", ("例ニュース",)),
            (
                "※本記事は「例経済オンライン」（2024年5月3日掲載）の記事を転載したものです。",
                ("例経済オンライン",),
            ),
            (
                "（この記事は「例ニュース」2024年5月3日掲載記事を一部再編集して転載したものです）",
                ("例ニュース",),
            ),
            (
                "※この記事は例経済オンラインで2024年3月10日に公開されたものを転載しています。",
                ("例経済オンライン",),
            ),
            (
                "※本記事は「例クロステック」2024年2月28日掲載の記事を一部編集のうえ転載したものです。",
                ("例クロステック",),
            ),
        ),
        counterexamples=("掲載の記事・写真・図表などの無断転載を禁止します。",),
    ),
    Rule(
        id="nushira-bil-asl",
        relation=R,
        languages=("ar",),
        # Arabic: "نُشر هذا التقرير بالأصل في «X»" (this report was first published in X), and a
        # translated piece: "هذا التقرير مترجم عن X".
        trigger=r"نُ?شر(?:ت)?\s+(?:هذا|هذه)\s+(?:التقرير|المقال|المادة|القصة|الموضوع)\s+(?:بالأصل|في\s+الأصل|أصلاً|أصلا|أولاً|أولا"
        r"|لأول\s+مرة)\s+(?:في|على|عبر)\s|(?:التقرير|المقال|المادة|النص)\s+مترجمة?\s+(?:عن|من)\s",
        pattern=r"(?:نُ?شر(?:ت)?\s+\S+\s+\S+\s+(?:في\s+الأصل|لأول\s+مرة|\S+)|\S+\s+مترجمة?)\s+(?:في|على|عبر|عن|من)\s+(?P<tail>)",
        case_sensitive=True,
        weight=0.85,
        examples=(
            ("نُشر هذا التقرير بالأصل في «المثال» ويُعاد نشره ضمن اتفاقية.", ("المثال",)),
            ("هذا التقرير مترجم عن Example Affairs ولا يعبر بالضرورة عن موقعنا.", ("Example Affairs",)),
        ),
    ),
    Rule(
        id="pishtar-montasher",
        relation=R,
        languages=("fa",),
        # Persian: "این یادداشت پیش‌تر در روزنامه X منتشر شده است" (this piece was published
        # before in the newspaper X), the name before the verb.
        trigger=r"(?:منتشر|چاپ)\s*(?:شده|شد)",
        pattern=r"(?:منتشر|چاپ)\s*(?:شده|شد)",
        before=r"این\s+(?:یادداشت|مطلب|گزارش|مقاله|نوشته|گفت\u200cوگو|گفتگو)\s+(?:پیش\u200cتر|پیشتر|پیش\s+از\s+این|قبلاً|قبلا"
        r"|نخستین\s+بار|ابتدا)\s+در\s+(?P<tail>[^\n.،]{1,60}?)\s*\Z",
        before_window=120,
        case_sensitive=True,
        weight=0.85,
        examples=(("این یادداشت پیش\u200cتر در روزنامه نمونه منتشر شده است.", ("روزنامه نمونه",)),),
        counterexamples=("این گزارش در روزنامه نمونه منتشر شده است.",),
    ),
    Rule(
        id="mool-roop-se-prakashit",
        relation=R,
        languages=("hi",),
        # Hindi: "यह स्टोरी मूल रूप से X में प्रकाशित हुई थी" (this story was first published in X),
        # the name before the verb.
        trigger=r"(?:में|पर)\s+(?:प्रकाशित|छपी|छपा|छप\s+चुकी)",
        pattern=r"(?:में|पर)\s+(?:प्रकाशित|छपी|छपा|छप\s+चुकी)",
        before=r"(?:यह|ये)\s+(?:स्टोरी|लेख|खबर|ख़बर|रिपोर्ट|आलेख)\s+(?:मूल\s+रूप\s+से|पहले|सबसे\s+पहले)\s+(?P<tail>[^\n।]{1,60}?)\s*\Z",
        before_window=120,
        case_sensitive=True,
        weight=0.85,
        examples=(("यह स्टोरी मूल रूप से उदाहरण पत्रिका में प्रकाशित हुई थी।", ("उदाहरण पत्रिका",)),),
        counterexamples=("यह रिपोर्ट उदाहरण पत्रिका में प्रकाशित हुई थी।",),
    ),
    Rule(
        id="se-punah-prakashit",
        relation=R,
        languages=("hi",),
        # Hindi: "यह लेख X से क्रिएटिव कॉमन्स लाइसेंस के तहत पुनः प्रकाशित किया गया है" (this article
        # is republished from X under a Creative Commons licence), the name before "से" (from).
        trigger=r"(?:पुनः|पुन:|फिर\s+से)\s*प्रकाशित|पुनर्प्रकाशित",
        pattern=r"(?:पुनः|पुन:|फिर\s+से)\s*प्रकाशित|पुनर्प्रकाशित",
        before=r"(?:यह|ये)\s+(?:स्टोरी|लेख|खबर|ख़बर|रिपोर्ट|आलेख)\s+(?P<tail>[^\n।]{1,40}?)\s+से\s+[^\n।]{0,60}\Z",
        before_window=140,
        case_sensitive=True,
        weight=0.85,
        examples=(
            (
                "यह लेख उदाहरण पत्रिका से क्रिएटिव कॉमन्स लाइसेंस के तहत पुनः प्रकाशित किया गया है। मूल लेख पढ़ें।",
                ("उदाहरण पत्रिका",),
            ),
        ),
        counterexamples=("यह रिपोर्ट पिछले साल पुनः प्रकाशित की गई थी।",),
    ),
    Rule(
        id="phoeiphrae-khrang-raek",
        relation=R,
        languages=("th",),
        # Thai: "เผยแพร่ครั้งแรกที่เว็บไซต์ X" (first published on the website X), a partner's
        # story's note; also "ใน" (in) and "บน" (on).
        trigger=r"เผยแพร่ครั้งแรก(?:ที่|ใน|บน)",
        pattern=r"เผยแพร่ครั้งแรก(?:ที่|ใน|บน)\s*(?:เว็บไซต์|เว็บ|สำนักข่าว|หนังสือพิมพ์)?\s*(?P<tail>)",
        case_sensitive=True,
        weight=0.85,
        examples=(("หมายเหตุ: เผยแพร่ครั้งแรกที่เว็บไซต์ Example Record ภาพประกอบ: ชาวประมง", ("Example Record",)),),
    ),
    Rule(
        id="khop-khun-khomun-chak",
        relation=W,
        languages=("th",),
        # Thai: "ขอบคุณข้อมูลจาก X" (thanks for the information from X), closing a story a portal
        # took whole from an agency's copy or a partner's story ("อ่านข่าวต้นฉบับได้ที่" read the
        # original at, after it); "ขอบคุณภาพจาก" thanks for pictures.
        trigger=_THAI_THANKS,
        pattern=_THAI_THANKS + r"\s*[:：]?\s*(?P<tail>)",
        case_sensitive=True,
        wire_only=True,
        weight=0.8,
        examples=(("ทั้งนี้ คาดว่าสถานการณ์จะคลี่คลายลง ขอบคุณข้อมูลจาก สำนักข่าวไทย อสมท", ("สำนักข่าวไทย",)),),
        counterexamples=("ขอบคุณภาพจาก สำนักข่าวไทย",),
    ),
    Rule(
        id="khop-khun-khomun-chak-partner",
        relation=R,
        languages=("th",),
        trigger=_THAI_THANKS,
        pattern=_THAI_THANKS + r"\s*[:：]?\s*(?P<tail>)",
        case_sensitive=True,
        publisher_only=True,
        weight=0.8,
        description="The same thanks naming a publisher: the story is the partner's, taken whole.",
        examples=(
            ("ทั้งนี้ คาดว่าสถานการณ์จะคลี่คลายลง ขอบคุณข้อมูลจาก Example News อ่านข่าวที่เกี่ยวข้อง", ("Example News",)),
        ),
        counterexamples=("ขอบคุณภาพจาก Example News",),
    ),
    Rule(
        id="yeniden-yayimlandi",
        relation=R,
        languages=("tr",),
        # Turkish: "Bu makale, Creative Commons lisansı altında The Conversation'dan çevrilerek yeniden
        # yayımlanmıştır" (translated and republished from X), the name before its ablative ending.
        trigger=r"['’](?:dan|den|tan|ten)\s+(?:çevrilerek\s+)?yeniden\s+yayı?[mn]lan",
        pattern=r"['’](?:dan|den|tan|ten)\s+(?:çevrilerek\s+)?yeniden\s+yayı?[mn]lan",
        before=r"\b(?:makale|yazı|haber|içerik)\b[^\n.]{0,80}?\s(?P<tail>(?:[A-ZÇĞİÖŞÜ][\w&-]*\s+){0,4}[A-ZÇĞİÖŞÜ][\w&.-]*)\Z",
        before_window=160,
        case_sensitive=True,
        weight=0.85,
        examples=(
            (
                "Bu makale, Creative Commons lisansı altında Example Notes'tan çevrilerek yeniden yayımlanmıştır.",
                ("Example Notes",),
            ),
        ),
    ),
    Rule(
        id="shaya-hui",
        relation=R,
        languages=("ur",),
        # Urdu: "یہ خبر 14 اکتوبر 2024 کو ڈان اخبار میں شائع ہوئی" (this story appeared in X on
        # the day), a site's note on its sister paper's story; the day may be left out.
        trigger=r"میں\s+شائع\s+(?:ہوئی|ہوا)",
        pattern=r"میں\s+شائع\s+(?:ہوئی|ہوا)",
        before=r"یہ\s+(?:خبر|مضمون|تحریر|رپورٹ|کالم)\s+(?:[^\n۔]{0,30}?\s+کو\s+)?(?P<tail>[^\n۔]{2,40}?)\s*\Z",
        before_window=100,
        case_sensitive=True,
        weight=0.8,
        examples=(("یہ خبر 14 اکتوبر 2024 کو مثال اخبار میں شائع ہوئی۔ شیئر کریں", ("مثال اخبار",)),),
        counterexamples=("وزیر نے کہا کہ رپورٹ اخبار میں شائع ہوئی تھی۔",),
    ),
    Rule(
        id="pursema-lerishona",
        relation=R,
        languages=("he",),
        # Hebrew: "הכתבה פורסמה לראשונה ב-X" (the article was first published in X), "פורסמה במקור
        # ב-X" (originally).
        trigger=r"(?:פורסמה|פורסם)\s+(?:לראשונה|במקור)\s+ב",
        # (On a site or in a paper: "פורסמה במקור באתר "X"". In another language first: "פורסמה
        # במקור באנגלית באתר X", "פורסמה לראשונה באנגלית ב"X"".)
        pattern=r"(?:פורסמה|פורסם)\s+(?:לראשונה|במקור)\s+(?:ב(?:אנגלית|ערבית|רוסית|צרפתית|גרמנית)\s+)?"
        r"(?:באתר\s+|בעיתון\s+|במגזין\s+|ב-?\s*)(?P<tail>)",
        before=r"(?:הכתבה|כתבה\s+זו|המאמר|הטור|הידיעה|הסיפור|הטקסט)\s*\Z",
        before_window=20,
        case_sensitive=True,
        weight=0.85,
        examples=(
            ("הכתבה פורסמה לראשונה ב-Example Times שלחו תגובה", ("Example Times",)),
            ('כתבה זו פורסמה לראשונה באתר "דוגמה". הצטרפו לניוזלטר', ("דוגמה",)),
            ("הכתבה פורסמה לראשונה באתר דוגמה מקומית. תגיות עובדים", ("דוגמה מקומית",)),
            ("הכתבה פורסמה במקור באנגלית באתר Example Magazine. שתפו תגובות", ("Example Magazine",)),
        ),
        counterexamples=("הדוח פורסם לראשונה ב-2019",),
    ),
    Rule(
        id="pirvelad-gamokveqnda",
        relation=R,
        languages=("ka",),
        # Georgian: "სტატია თავდაპირველად გამოქვეყნდა Example.ge-ზე" (the article was originally
        # published on X), the name in Latin letters before its postposition ("-ზე" on, "-ში" in).
        trigger=r"(?:თავდაპირველად|პირველად)\s+გამოქვეყნდა\s",
        pattern=r"(?:თავდაპირველად|პირველად)\s+გამოქვეყნდა\s+(?:„|\")?(?P<name>[A-Za-z0-9][A-Za-z0-9.&' -]{1,40}?)(?:“|\")?-?(?:ზე|ში)\b",
        before=r"(?:სტატია|მასალა|ტექსტი|ინტერვიუ|წერილი)[^.!?\n]{0,20}\Z",
        before_window=30,
        case_sensitive=True,
        weight=0.85,
        examples=(("სტატია თავდაპირველად გამოქვეყნდა Example.ge-ზე. მსგავსი სიახლეები", ("Example.ge",)),),
        counterexamples=("კანონი თავდაპირველად გამოქვეყნდა Matsne-ზე.",),
    ),
    Rule(
        id="pirvelad-name-gamokveqnda",
        relation=R,
        languages=("ka",),
        # The same with the name before the verb: "მასალა თავდაპირველად JAMnews-ზე გამოქვეყნდა".
        trigger=r"(?:თავდაპირველად|პირველად)\s+(?:„|\")?[A-Za-z0-9]",
        pattern=r"(?:თავდაპირველად|პირველად)\s+(?:„|\")?(?P<name>[A-Za-z0-9][A-Za-z0-9.&' -]{1,40}?)(?:“|\")?-?(?:ზე|ში)"
        r"\s+გამოქვეყნდა",
        before=r"(?:სტატია|მასალა|ტექსტი|ინტერვიუ|წერილი)[^.!?\n]{0,20}\Z",
        before_window=30,
        case_sensitive=True,
        weight=0.85,
        examples=(("მასალა თავდაპირველად Example.ge-ზე გამოქვეყნდა. მსგავსი სიახლეები", ("Example.ge",)),),
        counterexamples=("კანონი თავდაპირველად Matsne-ზე გამოქვეყნდა.",),
    ),
    Rule(
        id="arajin-angam-hraparakvel",
        relation=R,
        languages=("hy",),
        # Armenian: "Հոդվածն առաջին անգամ հրապարակվել է Example-ում" (the article was first
        # published on X), the name in Latin letters before its case ending ("-ում" in, on).
        trigger=r"(?:առաջին\s+անգամ|սկզբնապես)\s+հրապարակվել\s+է\s",
        pattern=r"\S+\s+(?:անգամ\s+)?հրապարակվել\s+է\s+(?:«)?(?P<name>[A-Za-z0-9][A-Za-z0-9.&' -]{1,40}?)(?:»)?-?(?:ում|ի\s+կայքում)",
        before=r"(?:Հոդվածն?|Հոդվածը|Նյութն?|Նյութը|Հարցազրույցն?)[^.!?\n։]{0,20}\Z",
        before_window=30,
        case_sensitive=True,
        weight=0.85,
        examples=(("Հոդվածն առաջին անգամ հրապարակվել է Example.am-ում։", ("Example.am",)),),
        counterexamples=("Օրենքն առաջին անգամ հրապարակվել է Arlis-ում։",),
    ),
    Rule(
        id="ilk-defe-derc-olunub",
        relation=R,
        languages=("az", "uz"),
        # Azerbaijani "Məqalə ilk dəfə Example TV-də dərc olunub" and Uzbek "Ushbu maqola dastlab
        # Example.uz saytida e'lon qilingan" (the article was first published on X): the name
        # before its case ending or the word for its site, then the verb.
        trigger=r"\b(?:ilk\s+dəfə|ilk\s+defe|dastlab|ilk\s+bor)\s",
        pattern=r"(?:ilk\s+dəfə|ilk\s+defe|dastlab|ilk\s+bor)\s+(?:«|\")?(?P<name>[A-Z0-9][A-Za-z0-9.&' -]{1,40}?)(?:»|\")?"
        r"(?:-?(?:də|da|dә)|[ \t]+(?:saytında|saytida|portalında|portalida|nashrida|gazetasida))"
        r"\s+(?:dərc\s+olunub|dərc\s+edilib|yayımlanıb|e['’ʼ]lon\s+qilingan|chop\s+etilgan)",
        before=r"(?:Məqalə|Material|Yazı|maqola|Maqola|material)[^.!?\n]{0,20}\Z",
        before_window=30,
        case_sensitive=True,
        weight=0.85,
        examples=(
            ("Məqalə ilk dəfə Example TV-də dərc olunub.", ("Example TV",)),
            ("Ushbu maqola dastlab Example.uz saytida e’lon qilingan.", ("Example.uz",)),
        ),
        counterexamples=("Qanun ilk dəfə Example-də dərc olunub.",),
    ),
    Rule(
        id="jatorriz-argitaratu",
        relation=R,
        languages=("eu",),
        # Basque: "Artikulu hau jatorriz Example-n argitaratu zen" (this article was originally
        # published in X), "Testu hau lehen aldiz Examplean argitaratu zen": the name before its
        # case ending (with a hyphen after a foreign name or letters, glued after a vowel) or the
        # word for its site, then the verb.
        trigger=r"\b(?:jatorriz|lehen\s+aldiz|lehenengo\s+aldiz|lehenik)\s",
        pattern=r"(?:jatorriz|lehen\s+aldiz|lehenengo\s+aldiz|lehenik)\s+(?:«|\")?(?P<name>[A-Z0-9][\w.&' -]{1,40}?)(?:»|\")?"
        r"(?:-(?:n|en|an|k|ek)|(?<=[aeiou])n|[ \t]+(?:webgunean|aldizkarian|egunkarian|atarian|blogean))"
        r"\s+argitaratu",
        before=r"(?:Artikulu|Testu|Erreportaje|Elkarrizketa|Iritzi|Albiste|Idazki|Kronika|Lan)[^.!?\n]{0,20}\Z",
        before_window=30,
        case_sensitive=True,
        weight=0.85,
        examples=(
            ("Artikulu hau jatorriz Example Aldizkaria-n argitaratu zen.", ("Example Aldizkaria",)),
            ("Testu hau lehen aldiz Exemploa webgunean argitaratu zen.", ("Exemploa",)),
            ("Artikulu hau jatorriz Examplean argitaratu zen.", ("Examplea",)),
        ),
        counterexamples=("Legea jatorriz Example-n argitaratu zen.",),
    ),
    Rule(
        id="taydennetty-tiedoilla",
        relation=W,
        languages=("fi",),
        # Finnish: "Juttua täydennetty STT:n tiedoilla" (the story was supplemented with STT's
        # information), "Juttu perustuu STT:n tietoihin" (is based on): the agency in the genitive,
        # its ending after a colon.
        trigger=r"\b(?:täydennetty|perustuu)\s",
        pattern=r"(?:täydennetty|perustuu)\s+(?P<name>[A-ZÅÄÖ][\w.&-]{1,30}?)(?::n|n)\s+(?:tiedoilla|tiedoin|tietoihin|uutisiin)\b",
        before=r"\b(?:Juttua|Juttu|Uutista|Uutinen|Artikkelia|Artikkeli)[^.!?\n]{0,20}\Z",
        before_window=30,
        case_sensitive=True,
        wire_only=True,
        weight=0.85,
        examples=(("Lue lisää. Juttua täydennetty STT:n tiedoilla klo 14.20.", ("STT",)),),
        counterexamples=("Laki perustuu STT:n tietoihin.",),
    ),
    Rule(
        id="jehyu-gejae",
        relation=R,
        languages=("ko",),
        # Korean: "이 기사는 <X>와의 콘텐츠 제휴에 따라 게재합니다" (this article is published under a
        # content partnership with X).
        trigger=r"(?:와|과)의?\s*(?:콘텐츠\s*|기사\s*)?(?:제휴|협약|협업)",
        pattern=r"(?:와|과)의?\s*(?:콘텐츠\s*|기사\s*)?(?:제휴|협약|협업)[^.\n]{0,12}?(?:게재|전재|싣)",
        # (Its description may come first: "비영리 독립언론 X와의" (the nonprofit independent
        # outlet X): the name is the last word.)
        before=r"(?:이|본)\s*(?:글|기사|칼럼|원고)[은는]\s*(?:[^\n<>《》‘’'\"“”「」.。]{1,30}\s)?[<《‘'\"“「]?"
        r"(?P<tail>[^\s<>《》‘’'\"“”「」.。]{1,30}?)[>》’'\"”」]?\s*\Z",
        before_window=80,
        case_sensitive=True,
        weight=0.85,
        examples=(
            ("덧붙이는 글 | 이 기사는 <예시뉴스>와의 콘텐츠 제휴에 따라 게재합니다.", ("예시뉴스",)),
            ("※ 이 기사는 비영리 독립언론 예시뉴스와의 콘텐츠 제휴에 따라 게재합니다.", ("예시뉴스",)),
        ),
        counterexamples=("두 회사는 <예시뉴스>와의 콘텐츠 제휴를 발표했다.",),
    ),
    Rule(
        id="meonjeo-sillyeot",
        relation=R,
        languages=("ko",),
        # Korean: "이 글은 'X'에 먼저 실렸습니다", "이 기사는 X에 처음 게재됐습니다": this text first
        # appeared in X (the name before the particle).
        trigger=r"에\s*(?:먼저|처음|최초로?)\s*(?:실렸|실린|게재|발행|공개)",
        pattern=r"에\s*(?:먼저|처음|최초로?)\s*(?:실렸|실린|게재|발행|공개)",
        before=r"(?:이|본)\s*(?:글|기사|칼럼|원고)[은는]\s*[‘'\"“「]?(?P<tail>[^\n‘’'\"“”「」.。]{1,40}?)[’'\"”」]?\s*\Z",
        before_window=60,
        case_sensitive=True,
        weight=0.85,
        examples=(
            ("* 이 글은 ‘예시뉴스’에 먼저 실렸습니다.", ("예시뉴스",)),
            ("이 기사는 예시일보에 처음 게재됐습니다.", ("예시일보",)),
        ),
        counterexamples=("이 제품은 시장에 처음 공개됐다.",),
    ),
    Rule(
        id="vpervye-opublikovano",
        relation=R,
        languages=("ru", "uk", "be"),
        # A word may stand between: "Вперше матеріал опубліковано на сайті «X»".
        # (Belarusian too: "Матэрыял упершыню апублікаваны на сайце «X»".)
        trigger=r"(?:(?:впервые|первоначально|изначально)\s+(?:[^\s]{2,8}\s+)?опубликован"
        r"|(?:вперше|уперше|первісно|спочатку|спершу)\s+(?:[^\s]{2,8}\s+)?опублікова?н"
        r"|(?:упершыню|ўпершыню|першапачаткова)\s+(?:[^\s]{2,8}\s+)?апублікаван"
        # ("came out first": "Стаття вперше вийшла на сайті X", "впервые вышла в X".)
        r"|(?:вперше|уперше|спершу)\s+вийш(?:ла|ов|ло)|(?:впервые|первоначально)\s+вы(?:шла|шел|шло)"
        # The active voice, the outlet's kind its subject: "спершу опублікувало видання «X»".
        r"|(?:впервые|первым|вперше|спершу|першим)\s+опублікувал|(?:впервые|первым)\s+опубликовал)",
        # Or by whom, the outlet's kind in the instrumental: "впервые опубликован изданием «X»".
        # Or as a label: "Впервые опубликовано: X".
        # (The kind of outlet after the preposition: "на сайті hromadske", a name in lower case.)
        pattern=r"\w+\s+(?:\w+\s+)?\w+(?:\s+(?:(?:в|на|у)\s+(?:(?:сайте|сайті|сайце|портале|порталі|партале|издании|виданні|выданні)\s+)?"
        r"|(?=(?:изданием|газетой|журналом|сайтом|порталом|виданням|газетою"
        r"|издание|газета|журнал|сайт|портал|видання|газета)\s))|\s*:\s*)(?P<tail>)",
        weight=0.9,
        examples=(
            ("Впервые опубликовано в «Новой газете».", ("Новой газете",)),
            ("Этот текст впервые опубликован изданием «Пример Медиа».", ("Пример Медиа",)),
            ("Вперше матеріал опубліковано на сайті «Приклад».", ("Приклад",)),
            ("Вперше опубліковано на Прикладі Медіа.", ("Прикладі Медіа",)),
            ("Статья первоначально опубликована на Пример.ру.", ("Пример.ру",)),
            ("Статья впервые опубликована в журнале «Пример».", ("Пример",)),
            ("Цей матеріал спершу опублікувало видання «Приклад».", ("Приклад",)),
            ("Цей матеріал уперше опубліковано на сайті Приклад Медіа.", ("Приклад Медіа",)),
            ("Многие работают удаленно. Впервые опубликовано: Пример Медиа Поделиться", ("Пример Медиа",)),
            ("Матеріал вперше опубліковано на сайті hromadske Поділитися Facebook", ("hromadske",)),
            ("Матэрыял упершыню апублікаваны на сайце «Прыклад». Чытайце таксама:", ("Прыклад",)),
            (
                "Стаття вперше вийшла на сайті Example Welle. Передруковано з дозволу редакції.",
                ("Example Welle",),
            ),
        ),
    ),
    Rule(
        id="original-publikatsii",
        relation=R,
        languages=("ru", "uk"),
        trigger=r"(?:оригинал\s+(?:публикации|статьи|материала)|оригінал\s+(?:публікації|статті|матеріалу))",
        # "Оригинал статьи: X", and said in a sentence: "Оригинал статьи опубликован в X",
        # "Оригинал материала опубликован на сайте «X»".
        pattern=r"\w+\s+\w+\s*(?:[:—–-]|(?:опубликован|опублікован)\w*\s+(?:в|на|у))?\s*"
        r"(?:сайте\s+|сайті\s+)?(?P<tail>)",
        weight=0.85,
        examples=(
            ("Оригинал публикации: https://www.example.ru/news/1", ("example.ru",)),
            ("Оригинал статьи опубликован в «Примере».", ("Примере",)),
            ("Оригінал статті: Приклад Медіа", ("Приклад Медіа",)),
            ("Оригинал материала опубликован на сайте «Пример Медиа».", ("Пример Медиа",)),
        ),
    ),
    Rule(
        id="ispolzovany-dannye",
        relation=W,
        languages=("ru", "uk"),
        # "При подготовке материала использованы данные ТАСС" (TASS's data were used in preparing the
        # text) with no word for "agency" before the name: a registered agency's name only, as the
        # same words name the statistics office whose figures a story reports ("использованы данные
        # Росстата").
        trigger=r"использован[аоы]?\s+(?:данные|информация|сведения)\s|використан[оіа]?\s+(?:дані|інформацію)\s",
        # (With that word, "данные агентства «X»", the rule po-materialam's.)
        pattern=r"\w+\s+\w+\s+(?!агентств|агенці)(?P<tail>)",
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            (
                "Посевы заняли 7 тысяч гектаров. При подготовке материала использованы данные ТАСС Фото: архив",
                ("ТАСС",),
            ),
        ),
        counterexamples=("При подготовке материала использованы данные Росстата.",),
    ),
    Rule(
        id="perepechatka-s",
        relation=R,
        languages=("ru", "uk"),
        # "Перепечатка с сайта X", "Передрук з сайту X", "Перевод статьи из X": reprinted or
        # translated from X; "Перевод статьи The Economist", "Перевод материала издания «X»": the
        # name in the genitive, a title in Latin letters or in quotes (not an author's name).
        # (And the participle, "Перепечатано из газеты «X»", and a partner's text, "Материал подготовлен
        # изданием «X» и публикуется в рамках информационного партнерства".)
        trigger=r"(?:перепечатка|перепечатано|передрук|передруковано|републикация|републікація|перевод\s+статьи|переклад\s+статті)"
        r"\s+(?:с|з|із|из)\s|(?:материал|статья|текст)\s+подготовлен[аоы]?\s+(?:изданием|редакцией)\s|"
        # (In Ukrainian: "Матеріал підготовлено виданням «X»".)
        r"(?:матеріал|стаття|текст)\s+підготовлен(?:[аоі]|ий)?\s+(?:виданням|редакцією)\s|"
        r"(?:перевод\s+(?:статьи|материала)|переклад\s+(?:статті|матеріалу))\s+"
        r"(?:(?:издания|газеты|журнала|сайта|видання|газети|журналу|сайту)\s+)?[A-Z«\"]",
        pattern=r"(?:\w+\s+(?:подготовлен[аоы]?\s+(?:изданием|редакцией)|підготовлен(?:[аоі]|ий)?\s+(?:виданням|редакцією))\s+"
        r"|[^\n]{0,25}?\s(?:с|з|із|из)\s+(?:сайта\s+|сайту\s+|издания\s+|видання\s+|газеты\s+|газети\s+)?"
        r"|\w+\s+\w+\s+(?:(?:издания|газеты|журнала|сайта|видання|газети|журналу|сайту)\s+)?(?=(?-i:[A-Z«\"])))(?P<tail>)",
        weight=0.85,
        examples=(
            ("Перепечатка с сайта Пример Медиа.", ("Пример Медиа",)),
            ("Передрук з сайту Приклад Медіа.", ("Приклад Медіа",)),
            ("Республика приняла закон. Републикация с сайта «Пример Медиа»", ("Пример Медиа",)),
            ("Перевод статьи из Пример Медиа.", ("Пример Медиа",)),
            ("Перевод статьи The Example Review.", ("The Example Review",)),
            ("Перевод материала издания «Пример Медиа».", ("Пример Медиа",)),
            ("Текст: Дарья Роева Перепечатано из газеты «Пример» Фото из архива", ("Пример",)),
            (
                "Материал подготовлен изданием «Пример» и публикуется в рамках информационного партнерства",
                ("Пример",),
            ),
            (
                "Матеріал підготовлено виданням «Приклад Медіа». Публікується з дозволу редакції.",
                ("Приклад Медіа",),
            ),
            ("Матеріал підготовлений редакцією «Приклад» і публікується з дозволу редакції.", ("Приклад",)),
        ),
        counterexamples=("Перевод статьи Иванова о выборах.",),
    ),
    Rule(
        id="anadimosieusi-apo",
        relation=R,
        languages=("el",),
        # Greek "Αναδημοσίευση από το protagon.gr", "Αναδημοσίευση από την εφημερίδα X": republished
        # from X (RE2's \b is ASCII's: the Greek word goes without it).
        # (Or the verb: "Το άρθρο αναδημοσιεύεται από το The Conversation", is republished from.)
        trigger=r"(?:αναδημοσίευση|αναδημοσιεύεται|αναδημοσιεύθηκε|αναδημοσιεύτηκε)\s+(?:από|απ['’])",
        pattern=r"\w+\s+(?:από|απ['’])\s*(?:(?:το|τον|την|τη|τα|τους|τις)\s+)?"
        r"(?:(?:site|ιστότοπο|ιστοσελίδα|εφημερίδα|περιοδικό|blog)\s+)?(?P<tail>)",
        weight=0.9,
        examples=(
            ("Αναδημοσίευση από το protagon.gr", ("protagon.gr",)),
            ("Αναδημοσίευση από την εφημερίδα Example Times.", ("Example Times",)),
            (
                "Το άρθρο αναδημοσιεύεται από το Example Review με άδεια Creative Commons.",
                ("Example Review",),
            ),
        ),
        counterexamples=("Η αναδημοσίευση από άλλα μέσα απαγορεύεται.",),
    ),
    Rule(
        id="s-razresheniya",
        relation=R,
        languages=("ru", "uk"),
        # Published with the leave of X: "публикуется с разрешения редакции X", "з дозволу X".
        # RE2's \w is ASCII's: Cyrillic letters are \pL.
        trigger=r"(?:публику\pL*|опубликован\pL*|печата\pL*|публіку\pL*|опублікован\pL*|передрук\pL*)\s+"
        r"(?:с\s+(?:любезного\s+)?разрешения|з\s+(?:люб['’]язного\s+)?дозволу)\s",
        # (A book's excerpt: "Публикуется с любезного разрешения издательства «X»", by kind leave
        # of the publishing house.)
        pattern=r"\w+\s+\w+\s+(?:любезного\s+|люб['’]язного\s+)?\w+\s+(?:редакции\s+|издания\s+|издательства\s+|"
        r"редакції\s+|видання\s+|видавництва\s+)?(?P<tail>)",
        weight=0.85,
        examples=(
            ("Статья опубликована с разрешения Пример Медиа.", ("Пример Медиа",)),
            ("Публикуется с разрешения редакции Пример Медиа.", ("Пример Медиа",)),
            ("Публикуется с любезного разрешения издательства «Пример Пресс»", ("Пример Пресс",)),
        ),
    ),
    Rule(
        id="ranee-opublikovan",
        relation=R,
        languages=("ru", "uk"),
        trigger=r"(?:ранее|раніше)\s+(?:\pL+\s+){0,3}?(?:опубликован|опублікован)\pL*\s+(?:в|на|у)\s",
        pattern=r"[^\n]{0,60}?(?:опубликован|опублікован)\w*\s+(?:в|на|у)\s+(?:издании\s+|виданні\s+|газете\s+|газеті\s+|сайте\s+|сайті\s+)?(?P<tail>)",
        before=r"\b(?:материал|статья|текст|материал\w*|матеріал\w*|стаття|текст)\s+(?:\w+\s+)?\Z",
        before_required=False,
        weight=0.8,
        examples=(("Ранее материал был опубликован в издании Пример Медиа.", ("Пример Медиа",)),),
    ),
    # ---------------------------------------------------------------- wire credits
    Rule(
        id="wire-dateline",
        relation=W,
        languages=("*",),
        trigger=_AGENCY_IN_PARENTHESES,
        pattern=_AGENCY_IN_PARENTHESES_NAME
        # What stands after a dateline's or a sign-off's agency: a dash or a colon, the end of the
        # line, or the date of a press review's item ("... ties (Xinhua) 2011-01-17").
        # (A full stop may close a sign-off that closes the text: "... on busy days. (ANSA).")
        + r"(?=[ \t]*(?:[-—–:]|\.[ \t]*[-—–]|_[ \t]|$)|\.?\s*\Z|\s+\d{1,4}[-./]\d"
        # or the site's copyright line, where the page's lines ran together ("... delay. (NAN)
        # Copyright EXAMPLE. All rights reserved.").
        r"|\.?[ \t]+(?:Copyright\b|©|\(c\)[ \t]|All[ \t]+rights[ \t]+reserved)"
        # or a desk's initials ("Anna Kowalska (PAP) akw/ mhr/").
        r"|[ \t]+" + _DESK_INITIALS + r")",
        not_before=_PICTURE_BEFORE,
        not_before_screen=_PICTURE_SCREEN,
        wire_only=True,
        more_names=True,
        abbreviation_check=True,
        weight=0.95,
        description="An agency in parentheses before a dash, at the end of a line or before a date.",
        examples=(
            ("WASHINGTON (AP) — The Senate voted on Tuesday.", ("AP",)),
            ("WASHINGTON (AP) _ The Senate voted on Tuesday.", ("AP",)),
            ("LONDON, May 3 (Reuters) - Shares fell.", ("Reuters",)),
            ("MADRID (EFE).- El Gobierno aprobó hoy", ("EFE",)),
            ("BOGOTÁ (EFE). — El Gobierno aprobó hoy", ("EFE",)),
            ("Die SPD lehnt das ab. (dpa)", ("dpa",)),
            ("The fee applied.\n\nVenice receives tourists on busy days. (ANSA).", ("ANSA",)),
            ("WELLINGTON, 14 AUGUST 2026 (REUTERS)—- China rejected the claims.", ("REUTERS",)),
            ("Berlin (dpa/AFP) - Die Koalition streitet.", ("dpa", "AFP")),
            ("Die Koalition streitet weiter.\n(APA, red, 3.5.2024)", ("APA",)),
            ("Die U5 soll ab 2026 fahren. (APA/Red) Kommentare", ("APA",)),
            ("Die Eisdecke sei vielerorts zu dünn.\n(dpa/bearbeitet von mss)", ("dpa",)),
            ("Die Kosten bezifferte er auf 20 Millionen Euro. (kam mit dpa)", ("dpa",)),
            ("Der Tunnel war 2019 gesperrt. (red, mit dpa) Mehr zum Thema", ("dpa",)),
            ("Die Caritas warnte vor Kürzungen. (kna – sst)", ("kna",)),
            ("Talks resume between the two sides (Xinhua) 2011-01-17 Officials met on Friday.", ("Xinhua",)),
            (
                "The leaders warned they would resist any delay. (NAN) Copyright EXAMPLE. All rights reserved.",
                ("NAN",),
            ),
        ),
        counterexamples=(
            "sagte ein Sprecher der Deutschen Presse-Agentur (dpa) am Mittwoch.",
            "Bundeskanzler Olaf Scholz (SPD) - hat sich geäußert.",
            "Foto: Hans Muster (dpa) -",
            "Work on artificial general intelligence (AGI) — the goal of the lab — goes on.",
        ),
    ),
    Rule(
        id="desk-initials-agencies",
        relation=W,
        languages=("*",),
        trigger=_AGENCY_IN_PARENTHESES,
        pattern=_AGENCY_IN_PARENTHESES_NAME,
        # Deutsche Welle's and others' sign-off: the editors' initials, then the agencies in
        # parentheses ("rc/wmr (AFP, Reuters, dpa)"), whatever follows where the page's lines ran
        # together ("... in June. ab/rc (AFP, Reuters, dpa) Send us your feedback").
        # (Or one editor's: "... en 2008. ee (efe, ap)".)
        before=r"(?:^|\A|[.!?\"“”»)][ \t]+)(?-i:[a-z]{1,4}(?:/[a-z]{1,4}){1,2}|[a-z]{2,4})[ \t]+\Z",
        before_window=24,
        wire_only=True,
        more_names=True,
        weight=0.9,
        examples=(
            (
                "The party is polling second. rc/wmr (AFP, Reuters, dpa) Send us your feedback",
                ("AFP", "Reuters", "dpa"),
            ),
            ("The party is polling second.\nab/rc (dpa, AFP) Send us your feedback", ("dpa", "AFP")),
        ),
        counterexamples=("The dispute over the km/h (AFP) limit goes on.",),
    ),
    Rule(
        id="agency-before-feed-note",
        relation=W,
        languages=("en",),
        trigger=_AGENCY_IN_PARENTHESES,
        # An agency in brackets closing the story, then the site's note that its text came unedited
        # from an agency's feed without naming it: "... in the interim budget. (ANI) (Only the
        # headline and picture of this report may have been reworked by the Example Standard staff;
        # the rest of the content is auto-generated from a syndicated feed.)", "(PTI) This story has
        # been published from a wire agency feed without modifications to the text."
        pattern=_AGENCY_IN_PARENTHESES_NAME
        + r"(?=\.?\s+\(?[^()\n]{0,200}?\b(?:syndicated|(?:wire|news)[ \t]+agency)[ \t]+(?:news[ \t]+)?feed\b)",
        before=r"[.!?\"”][ \t]*\n?[ \t]*\Z",
        before_window=4,
        wire_only=True,
        more_names=True,
        weight=0.9,
        examples=(
            (
                "The minister said funds had been allocated. (ANI) (Only the headline and picture of this "
                "report may have been reworked by the Example Standard staff; the rest of the content is "
                "auto-generated from a syndicated feed.)",
                ("ANI",),
            ),
        ),
        counterexamples=(
            "A spokesman for the Press Trust of India (PTI) said the syndicated feed was down.",
            "The court will hear the case next week. (PTI) The minister said the feed was down.",
        ),
    ),
    Rule(
        id="agency-parenthesis-between-sentences",
        relation=W,
        languages=("*",),
        trigger=_AGENCY_IN_PARENTHESES,
        # A full stop may close the sign-off: "... approvato. (ANSA)."
        pattern=_AGENCY_IN_PARENTHESES_NAME + r"(?=\.?(?:\s|\Z))",
        # A sentence ends before it: the agency signs the paragraph, it is no one's affiliation.
        # Or a page's date or time does ("di Redazione 3 maggio 2024 (ANSA) Il bilancio ..."), and
        # a dateline's place may stand between where the lines were joined ("Aktualisiert 14.03.24,
        # 13:17 Uhr Köln (KNA) Das Kölner Domkapitel ...").
        # (A reading time may follow the time: "publié le 12 mars 2024 - 14:05 2 minutes (Keystone-ATS) Les ...".)
        before=r"(?:[.!?…:;\"“”»)]|^|(?i:" + PAGE_DATE + r")|\b\d{1,2}[:h]\d{2}(?:[ \t]+Uhr)?)"
        r"(?:[ \t]+\d{1,2}[ \t]+(?i:minutes?|minuti|minuto|minutos|minuten|min\.?))?"
        r"(?:[ \t]+(?-i:[A-ZÀ-Þ][a-zß-ÿ]+)){0,2}[ \t]*\Z",
        before_window=60,
        # German, French, Italian and Spanish copy signs a paragraph so; an English sentence
        # closed by "(Reuters)" is the caption of an embedded video or picture (English by its
        # words, not German's "was" and "will": "Die Regierung will das Gesetz ... (dpa)").
        # (A date in a sentence is no page's date: "... in Tunis on 14 January 2024 (AFP)" closes a
        # caption.)
        not_before=_PICTURE_BEFORE
        + r"|(?-i:\b(?:the|said|says|were|are|during|has|have|would)\b)[^\n]{0,160}\Z|(?-i:\bon)[ \t]+(?i:"
        + PAGE_DATE
        + r")[ \t]*\Z",
        not_before_window=170,
        # Nor a caption's credit before the story's own dateline: "Ships in the port. (SPA) JEDDAH:
        # The authority said ...".
        reject_after=r"(?=[^()\n]{0,20}\)\.?[ \t]+(?-i:[A-ZÀ-Þ]{3,}(?:[ \t]+[A-ZÀ-Þ]{2,}){0,2})[ \t]*:[ \t])",
        wire_only=True,
        more_names=True,
        abbreviation_check=True,
        weight=0.9,
        examples=(
            ("Die Sendung läuft am Abend. (dpa) Das folgende Video zeigt den Sketch.", ("dpa",)),
            ("Il bilancio è stato approvato dal consiglio. (ANSA).\nIl sindaco ha firmato.", ("ANSA",)),
            ("Il vertice si è chiuso senza accordo. (ANSA-AFP).\nI colloqui riprendono.", ("ANSA", "AFP")),
            ("Esteri di Redazione 3 maggio 2024 (ANSA) Il bilancio è stato approvato.", ("ANSA",)),
            ("Aktualisiert 14.03.24, 13:17 Uhr Köln (KNA) Das Domkapitel hat gewählt.", ("KNA",)),
            (
                "Ce contenu a été publié le 12 mars 2024 - 14:05 2 minutes (Keystone-ATS) Les cabanes",
                ("Keystone-ATS",),
            ),
            ("Die Regierung will das Gesetz noch vor dem Sommer. (dpa) Mehr als 100 Abgeordnete", ("dpa",)),
        ),
        counterexamples=(
            "Ein Sprecher der Deutschen Presse-Agentur (dpa) sagte am Mittwoch dies.",
            "The prison can still be closed, the White House said. (Reuters) Closing it is a moral issue.",
            "Publié le 03/05/2024 à 18:30 L'Agence France-Presse (AFP) va supprimer des postes.",
            "Container ships at the port. (SPA) JEDDAH: The port authority signed a deal.",
            "Protesters hold pictures in Tunis on 14 January 2024 (AFP) A court sentenced them.",
        ),
    ),
    Rule(
        id="dateline-after-picture-credit",
        relation=W,
        languages=("*",),
        trigger=_AGENCY_IN_PARENTHESES,
        # A picture's credit, then the dateline, where the page's lines ran together: "Foto: Jane
        # Roe/dpa Berlin (dpa) - Die Regierung ...", "Foto: Jan Roe/TT STOCKHOLM (TT) Antalet ...".
        # The credit has had its slash; the place and its date stand between it and the agency. (The
        # other dateline rules leave an agency within 40 characters of a picture's label.)
        # (Or the text's dated sign-off closing its line: "Foto: APA/Jana Roe (APA, 12.3.2024)\nWeiterlesen".)
        pattern=_AGENCY_IN_PARENTHESES_NAME
        + r"(?=\.?[ \t]*[-—–|]|\.?[ \t]+(?-i:["
        + _CAPITALS
        + r"])|(?<=\d\))[ \t]*(?:\n|\Z))",
        # Or a credit that ends in a picture service's word in lower case ("Bild: picture alliance
        # Vatikanstadt (KNA) Papst ...", "Foto: dpa Berlin (dpa) -"), not a photographer's name
        # ("Foto: Jan von Roe (dpa) Nur ...").
        # (A copyright sign may stand for the label: "© picture alliance/dpa Essen (dpa/lnw) - ...".)
        # (Or an agency's picture service that labels its picture, "epd-bild/Jana Roe Frankfurt a.M.
        # (epd). Die ...".)
        before=r"(?:\b"
        + _PICTURE_LABELS
        + r"[ \t]*:|©|\b\w+-(?i:bild|foto))(?:[^\n]{0,60}?/[^\n]{1,40}?|(?:[^\n]{0,40}?[ \t/])?[ \t]*(?:(?-i:alliance|images|imago|dpa|afp|epa|apa|ap|keystone|privat|archiv|archive|stock|handout|pool)"
        # (Or a picture agency's name as it writes it: "Bild: Keystone Bern (awp) - ...".)
        r"|(?-i:Keystone|Imago|IMAGO|Getty Images|Shutterstock|Reuters|AFP|EPA|AP|ANP|Belga|Scanpix)))[ \t]"
        r"(?P<place>(?-i:[" + _CAPITALS + r"][\w'’.-]+)(?:,?[ \t]+[\w'’.-]+){0,3}),?[ \t]*\Z",
        before_window=110,
        # (Not case-sensitive, as the other rules of its trigger: a trigger in both forms would be
        # two groups, the agencies' names twice in the scan's automaton.)
        wire_only=True,
        more_names=True,
        weight=0.85,
        examples=(
            (
                "Bundestag Foto: Jane Roe/dpa Berlin (dpa) - Die Regierung will den Haushalt beschließen.",
                ("dpa",),
            ),
            ("Riksdagen Foto: Jan Roe/TT STOCKHOLM (TT) Antalet anmälda bedrägerier ökar.", ("TT",)),
            ("Die Baustelle am Platz. Foto: APA/JANA ROE (APA, 12.3.2024)\nWeiterlesen", ("APA",)),
            (
                "Ein Diakonie-Präsident (Archivbild). epd-bild/Jana Roe Frankfurt a.M. (epd). Die Diakonie warnt.",
                ("epd",),
            ),
            (
                "Die Ausfuhren sanken. Bild: Keystone Bern (awp) - Die Schweizer Exporte sind gesunken.",
                ("awp",),
            ),
            (
                "Generalaudienz Bild: picture alliance Vatikanstadt (KNA) Papst Franziskus hat gesprochen.",
                ("KNA",),
            ),
            (
                "Staus am Wochenende. © picture alliance/dpa Essen (dpa/lnw) - Autofahrer müssen sich einstellen.",
                ("dpa",),
            ),
            ("People flee the town. © Jane Roe / AFP Kinshasa (AFP) – Thousands fled on Saturday.", ("AFP",)),
            (
                "Sequía Foto: Reuters/Ana Roe Quito, 3 abr (EFE).- El Gobierno decretó la emergencia.",
                ("EFE",),
            ),
        ),
        counterexamples=(
            "Der Minister in Berlin. Foto: Jane Roe (dpa) Die Regierung will sparen.",
            "Der Minister in Berlin. Foto: Jane Roe Kiel (dpa) Die Regierung will sparen.",
            "Ein Thermometer zeigt 36 Grad. Foto: Jan von Roe (dpa) Nur wenige Städte haben einen Plan.",
        ),
    ),
    Rule(
        id="agency-dateline-no-dash",
        relation=W,
        languages=("*",),
        trigger=_AGENCY_IN_PARENTHESES,
        # "New Delhi, May 3 (IANS) The government", "Bonn (KNA) Die Bischöfe": a dateline whose
        # agency runs into the story's first sentence with no dash.
        # (A page's separator may stand before the place and date it gives: "Von Jan Roe (KNA) |
        # Vatikanstadt - 12.03.2024".)
        pattern=_AGENCY_IN_PARENTHESES_NAME
        + r"(?=\.?[ \t]+(?-i:["
        + _CAPITALS
        + r"„\"“])|[ \t]*[|•·][ \t]*(?-i:["
        + _CAPITALS
        + r"]))",
        # The place (capitalised words) and maybe the date, at the start of a line or a sentence, or
        # a byline's name; or a place in capitals wherever it stands, as after a page's menu where
        # the lines were joined ("Politics Business HELSINKI (STT) Budjetti ...").
        before=r"(?:(?:^|[.!?][ \t]+|\b(?-i:By|BY|Par|PAR|Por|POR|Di|Von|VON):?[ \t]+)"
        r"(?-i:[" + _CAPITALS + r"][\w'’.-]+(?:[ /-]+[" + _CAPITALS + r"][\w'’.-]+){0,2})"
        r"|\b(?-i:[" + _CAPITALS + r"]{3,}(?:[ /-]+[" + _CAPITALS + r"]{2,}){0,2}))"
        r"(?:,[ \t]*[^()\n,.]{1,25})?[ \t]*\Z"
        # Or any place with its date ("Politics New Delhi, May 3 (IANS) The government ...").
        r"|\b(?-i:[A-ZÀ-Þ][\w'’.-]+(?:[ /-]+[A-ZÀ-Þ][\w'’.-]+){0,2}),[ \t]*"
        r"(?i:" + MONTH + r"\.?[ \t]+\d{1,2}|\d{1,2}\.?[ \t]+" + MONTH + r"\.?)[ \t]*\Z",
        before_window=70,
        not_before=_PICTURE_BEFORE,
        not_before_screen=_PICTURE_SCREEN,
        wire_only=True,
        more_names=True,
        abbreviation_check=True,
        weight=0.85,
        examples=(
            ("New Delhi, May 3 (IANS) The government said it would act.", ("IANS",)),
            ("Bonn (KNA) Die Bischöfe beraten über die Reform.", ("KNA",)),
            ("Frankfurt (epd). Die Kirche lehnt den Plan ab.", ("epd",)),
            ("Politik Wirtschaft BERLIN (dpa) Die Koalition streitet.", ("dpa",)),
            ("World Politics New Delhi, May 3 (IANS) The government said it would act.", ("IANS",)),
            ("Opinion Videos Feeds New Delhi, May 3 (IANS) The government said it would act.", ("IANS",)),
            ("Nachrichten Par Jane Doe (AFP) Le conseil s'est réuni.", ("AFP",)),
            ("Utopie. Von Jan Roe (KNA) | Vatikanstadt - 12.03.2024 Papst Franziskus hat", ("KNA",)),
            ("Αθήνα (ΑΠΕ) Η κυβέρνηση ενέκρινε το νομοσχέδιο.", ("ΑΠΕ",)),
        ),
        counterexamples=(
            "Die Deutsche Presse-Agentur (dpa) Berichte zufolge ist das so.",
            "Sources told the agency. Officials at Reuters (Reuters) Declined to comment.",
        ),
    ),
    Rule(
        id="agency-dateline-dated",
        relation=W,
        languages=("*",),
        trigger=_AGENCY_IN_PARENTHESES,
        # The same dateline with its place and date right after a picture's credit, where the page's
        # lines were joined ("Foto: Difusión Lima, mar. 12 (ANDINA). El Poder Ejecutivo ..."): the
        # date ends the caption, which agency-dateline-no-dash cannot tell.
        pattern=_AGENCY_IN_PARENTHESES_NAME + r"(?=\.?[ \t]+(?-i:[" + _CAPITALS + r"„\"“]))",
        before=r"\b(?-i:[A-ZÀ-Þ][\w'’-]+(?:[ /-]+[A-ZÀ-Þ][\w'’-]+){0,2}),[ \t]*"
        r"(?i:" + MONTH + r"\.?[ \t]+\d{1,2}|\d{1,2}\.?[ \t]+" + MONTH + r"\.?)[ \t]*\Z",
        before_window=40,
        wire_only=True,
        more_names=True,
        abbreviation_check=True,
        weight=0.85,
        examples=(
            ("Foto: Difusión Lima, mar. 12 (ANDINA). El Poder Ejecutivo declaró la emergencia.", ("ANDINA",)),
        ),
        counterexamples=("Foto: Difusión (ANDINA). El Poder Ejecutivo declaró la emergencia.",),
    ),
    Rule(
        id="agency-dateline-arabic",
        relation=W,
        languages=("ar",),
        trigger=_AGENCY_IN_PARENTHESES,
        # An Arabic dateline whose agency runs into the first sentence, with no dash: "القاهرة (أ ش
        # أ) توقعت الهيئة ...". Arabic has no capitals to mark the place and the sentence: the
        # place is the line's first word or two. (Where a page's lines ran together, a
        # picture's caption ends the same way: "... في أحد أحياء بيروت (أ.ف.ب) أقرّ".)
        pattern=_AGENCY_IN_PARENTHESES_NAME + r"(?=[ \t]+[\u0621-\u064a])",
        before=r"(?:^|\n)[ \t]*" + _ARABIC_PLACE + r"[ \t]*\Z",
        before_window=40,
        # Not the agency's name written out before its abbreviation ("قالت وكالة الأنباء السعودية
        # (واس) إن ..."), nor a paper's or a channel's.
        not_before=r"(?:وكالة|وكالات|الأنباء|أنباء|صحيفة|جريدة|قناة|موقع|تلفزيون|إذاعة)[^\n()]{0,40}\Z",
        not_before_window=60,
        wire_only=True,
        weight=0.8,
        examples=(
            ("القاهرة (أ ش أ) توقعت الهيئة العامة للأرصاد الجوية أن يسود طقس دافئ.", ("أ ش أ",)),
            ("الأرصاد: طقس مائل للدفء\nالقاهرة (أ ش أ) توقعت الهيئة أن يسود طقس دافئ.", ("أ ش أ",)),
        ),
        counterexamples=(
            "قالت وكالة الأنباء السعودية (واس) إن الملك استقبل الوزير.",
            "عامل يصلح أسلاك الكهرباء في أحد أحياء بيروت (أ.ف.ب) أقر مجلس الوزراء الخطة.",
        ),
    ),
    Rule(
        id="agency-byline-arabic-date",
        relation=W,
        languages=("ar",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # An Arabic byline slot: the agency, its desk's city maybe, then the page's date, with the
        # months' names of the Gulf and Egypt, the Levant and the Maghreb ("كونا 13 مايو 2024 ·
        # 11:42 ص", "واس (الرياض) 15 مايو 2024", "رويترز من سنغافورة الأربعاء 15 مايو 2024",
        # "هسبريس - و.م.ع الخميس 16 ماي 2024").
        pattern=r"(?:[ \t]*\([\u0621-\u064a \t]{2,24}\)|[ \t]+من[ \t]+" + _ARABIC_PLACE + r")?"
        r"[ \t]*[-–—·|،,]?[ \t]*(?:"
        + _ARABIC_WEEKDAYS
        + r"[ \t]*[،,]?[ \t]+)?\d{1,2}[ \t]+(?:"
        + _ARABIC_MONTHS
        + r")"
        r"(?:[ \t]*/[ \t]*[\u0621-\u064a]+)?[ \t]+\d{4}",
        # Not the agency named in a sentence before a date ("أعلنت وكالة واس 15 مايو").
        not_before=r"(?:^|[ \t])(?:وكالة|وكالات|الأنباء|أنباء|صحيفة|جريدة|قناة|موقع|عن|ذكرت|أفادت|نقلت|قالت)[ \t]*\Z",
        not_before_window=12,
        wire_only=True,
        weight=0.8,
        examples=(
            ("البدء بصيانة 18 طريقاً في الجهراء كونا 13 مايو 2024 · 11:42 ص أعمال صيانة", ("كونا",)),
            ("توطين مهن المبيعات في 4 مناطق واس (الرياض) 15 مايو 2024 16:20 أعلنت الوزارة", ("واس",)),
            ("أسعار النفط تتراجع رويترز من سنغافورة الأربعاء 15 مايو 2024 9:14 تراجعت الأسعار", ("رويترز",)),
        ),
        counterexamples=("أعلنت وكالة رويترز 15 مايو 2024 أن الأسعار تراجعت.",),
    ),
    Rule(
        id="be-gozaresh-agency",
        relation=W,
        languages=("fa",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # Persian agency copy opens its first paragraph with the agency: "به گزارش ایرنا، سازمان
        # هواشناسی ..." (by IRNA's report), or the site quoting it: "به گزارش انتخاب به نقل از
        # خبرگزاری تسنیم، ...". At a line's start only: inside a story it attributes one fact. (Or
        # after the page's time and the headline, where the page's lines ran together: "... ۲۱ بهمن
        # ۱۴۰۲ - ۱۴:۳۵ مصرف گاز خانگی به رکورد رسید به گزارش ایرنا، ...".)
        before=r"(?:(?:^|\A)[ \t]*|[۰-۹0-9]{1,2}:[۰-۹0-9]{2}[^.!?؟\n]{0,160}[ \t])به[ \t]+گزارش[ \t]+"
        r"(?:[\u0600-\u06ff\u200c]+(?:[ \t]+[\u0600-\u06ff\u200c]+)?[ \t]+به[ \t]+نقل[ \t]+از[ \t]+)?\Z",
        before_window=240,
        pattern=r"[ \t]*[،,]",
        wire_only=True,
        weight=0.8,
        examples=(
            ("هشدار نارنجی هواشناسی\nبه گزارش ایرنا، سازمان هواشناسی کشور هشدار داد.", ("ایرنا",)),
            (
                "۲۱ بهمن ۱۴۰۲ - ۱۴:۳۵ مصرف گاز خانگی به رکورد رسید به گزارش ایرنا، سخنگوی شرکت گفت.",
                ("ایرنا",),
            ),
        ),
        counterexamples=("سازمان هواشناسی هشدار داد و به گزارش ایرنا، باد شدید می‌وزد.",),
    ),
    Rule(
        id="agency-after-date-arabic",
        relation=W,
        languages=("ar",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # The agency after the page's date and time, over the first sentence where the page's
        # lines ran together: "الأحد، 12 مايو 2024 01:30 م أ ش أ وزير الري ...", "... 2024 - 4:12
        # م أ ف ب أمرت السلطات ...", or after the date alone ("الموافق 12 مارس 2024 م واس أطلقت ...").
        before=r"(?:\d{1,2}:\d{2}(?:[ \t]*[صم])?|\d{1,2}[ \t]+(?:"
        + _ARABIC_MONTHS
        + r")[ \t]+\d{4}(?:[ \t]*م)?)[ \t]+\Z",
        before_window=40,
        pattern=r"(?=[ \t]+[\u0621-\u064a])",
        wire_only=True,
        weight=0.75,
        examples=(
            ("الأحد، 12 مايو 2024 01:30 م أ ش أ وزير الري يتابع الاستعدادات", ("أ ش أ",)),
            ("الدمام 02 رمضان 1445 هـ الموافق 12 مارس 2024 م واس أطلقت أمانة المنطقة الشرقية", ("واس",)),
        ),
        counterexamples=("الساعة 01:30 م رويترز",),
    ),
    Rule(
        id="agency-byline-arabic-dash",
        relation=W,
        languages=("ar",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # The agency first, as a byline over the story: "واس - الرياض الثلاثاء 12/03/2024", at a
        # line's start or after a headline's last word; a weekday or a date follows the place, or
        # the line ends there.
        before=r"(?:^|\A|[\u0621-\u064a\d][ \t]+)\Z",
        before_window=40,
        pattern=r"[ \t]*[-–—][ \t]*" + _ARABIC_PLACE + r"(?=[ \t]*\n|[ \t]+(?:\d|"
        r"(?:ال)?(?:اثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت|أحد)\b))",
        wire_only=True,
        weight=0.8,
        examples=(("طرح 40 فرصة استثمارية واس - الرياض الثلاثاء 12/03/2024 أعلنت الأمانة", ("واس",)),),
        counterexamples=("طرح 40 فرصة استثمارية واس - الرياض تعلن الخطة",),
    ),
    Rule(
        id="agency-dateline-urdu",
        relation=W,
        languages=("ur",),
        trigger=_AGENCY_IN_PARENTHESES,
        # The same dateline in Urdu where the page's lines ran together, after the headline's last
        # word: "... نافذ ہوگا اسلام آباد (اے پی پی) وفاقی وزارت ...", "لاہور(آئی این پی) محکمہ ...".
        # The agency's name is written with Urdu's own letters (ے, ی, ہ, ٹ, ڈ), as no Arabic
        # caption's is.
        pattern=r"\((?P<name>[^()\n]{0,20}[ےیہٹڈڑ][^()\n]{0,20})\)(?=[ \t]*[\u0621-\u06ff])",
        before=r"[\u0621-\u06ff]{2,}[ \t]?\Z",
        before_window=8,
        not_before=_AGENCY_WORD_BEFORE_BRACKET + r"\Z",
        not_before_window=90,
        wire_only=True,
        weight=0.8,
        examples=(
            ("نیا نصاب نافذ ہوگا اسلام آباد (اے پی پی) وفاقی وزارت تعلیم نے اعلان کیا", ("اے پی پی",)),
            ("باردانہ کی تقسیم شروع ہوگی لاہور(آئی این پی) محکمہ خوراک پنجاب نے فیصلہ کیا", ("آئی این پی",)),
        ),
        counterexamples=(
            "عامل يصلح أسلاك الكهرباء في أحد أحياء بيروت (أ.ف.ب) أقر مجلس الوزراء الخطة.",
            "سرکاری خبر رساں ادارے ایسوسی ایٹڈ پریس آف پاکستان (اے پی پی) کے ملازمین نے احتجاج کیا",
        ),
    ),
    Rule(
        id="agency-dateline-after-headline",
        relation=W,
        languages=("de", "en", "fr", "es", "it", "pt", "nl"),
        trigger=_AGENCY_IN_PARENTHESES,
        # A headline without its full stop, then the dateline, where the page's lines ran together:
        # "Bischöfe beraten über die Kirchensteuer Bonn (KNA) Die Bischöfe wollen ...". The place is
        # one or two capitalised words, and a sentence opens after the agency with an article or a
        # pronoun (a name's own abbreviation goes on with the sentence it stands in).
        pattern=_AGENCY_IN_PARENTHESES_NAME
        + r"(?=\.?[ \t]+(?-i:Die|Der|Das|Dem|Den|Ein|Eine|Einem|Im|Am|Es|Er|Sie|Wir|Nach|The|A|An|It|He|She|They|We"
        r"|Le|La|Les|L['’]|Un|Une|Il|Elle|Ils|El|Los|Las|Lo|Gli|Uno|Os|As|O|Um|Uma|De|Het|Een)\b)",
        # (The place's word ends on a letter: "... in Seoul on Tuesday. (Yonhap) The ..." closes a
        # caption's sentence.)
        before=r"\b(?-i:[A-ZÀ-Þ][a-zß-ÿ'’.]{1,}[a-zß-ÿ'’](?:-[A-ZÀ-Þ][a-zß-ÿ'’.]*[a-zß-ÿ'’])?)[ \t]*\Z",
        before_window=40,
        # Not the agency's own name written out before its abbreviation ("der Deutschen
        # Presse-Agentur (dpa) Die ...").
        # ("dem Evangelischen Pressedienst (epd). Die ...": a news service's too.)
        not_before=r"(?i:agentur|agency|agence|agencia|agenzia|agência|agentschap|press|presse|prensa|stampa"
        r"|dienst|dienstes|service|servicio|servizio|serviço)"
        r"[^\n]{0,3}\Z|" + _PICTURE_BEFORE,
        not_before_window=50,
        wire_only=True,
        more_names=True,
        abbreviation_check=True,
        weight=0.8,
        examples=(
            (
                "Bischöfe beraten über Zukunft der Kirchensteuer Bonn (KNA) Die Bischöfe wollen beraten.",
                ("KNA",),
            ),
            ("Koala numbers stabilise after fires Sydney (AAP) The survey found more koalas.", ("AAP",)),
        ),
        counterexamples=(
            "Das sei anstrengend, sagte sie dem Evangelischen Pressedienst (epd). Die Themen reichen weit.",
            "Ein Sprecher der Deutschen Presse-Agentur (dpa) Die Lage sei ernst.",
            "Der Rat tagte am Montag (dpa) die Lage blieb ernst.",
            "Foto: Jan Roe Berlin (dpa) Die Lage bleibt ernst.",
            "Members of the committee brief reporters in Seoul on Tuesday. (Yonhap) The party said.",
        ),
    ),
    Rule(
        id="agency-dateline-cjk",
        relation=W,
        languages=("ko", "zh", "ja"),
        # Yonhap's "(서울=연합뉴스)": the city and the agency joined by "=" in Korean copy.
        # Korea's agencies by name: the whole agency list in one more trigger would outgrow the
        # scan's automaton (RE2's DFA memory).
        # Newsis and News1 write it in square brackets: "[서울=뉴시스]".
        trigger=r"=(?:연합뉴스|뉴시스|뉴스1|Yonhap|YONHAP)[)\]]",
        pattern=r"=(?P<name>[^()\[\]=\n]{2,30}?)[)\]]",
        # (A foreign agency whose story Yonhap relays stands before the "=": "(휴스턴 AP=연합뉴스)".)
        before=r"[(\[][^()\[\]=\n]{1,12}?(?:[ \t](?P<inner>[^\s()\[\]=]{2,12}))?\Z",
        before_window=26,
        inner_known_only=True,
        # A picture's source in the same brackets: "[사진 출처=연합뉴스]", "(사진=뉴스1)".
        not_before=r"[(\[][ \t]*(?:사진|그래픽|영상|자료)[^()\[\]=\n]{0,8}\Z",
        not_before_window=14,
        case_sensitive=True,
        wire_only=True,
        weight=0.9,
        examples=(
            ("(서울=연합뉴스) 홍길동 기자 = 정부는 3일 예산안을 발표했다.", ("연합뉴스",)),
            ("[서울=뉴시스]홍길동 기자 = 정부는 3일 예산안을 발표했다.", ("뉴시스",)),
            ("(휴스턴 AP=연합뉴스) 미국 텍사스주 휴스턴 일대에 폭풍우가 몰아쳤다.", ("AP", "연합뉴스")),
        ),
        counterexamples=("인천공항 이용객 전망\n[사진 출처=연합뉴스]\n인천국제공항공사는 내다봤다.",),
    ),
    Rule(
        id="agency-brackets-other-scripts",
        relation=W,
        languages=("hi", "bn", "th", "he", "ja"),
        # An agency in brackets, in a script the scan reads nowhere else: a dateline ("मुंबई, पांच
        # मार्च (भाषा) मध्य रेलवे ने ...", "नई दिल्ली, 5 मार्च (आईएएनएस)।") or a sign-off.
        # (The trigger starts at the name: bytes of those scripts, which the text of other
        # languages never holds, so the scan's automaton meets no new states there.)
        trigger=r"(?:{AGENCIES_UNSCANNED})[ \t]*[)）]",
        pattern=r"(?P<name>[^()（）\n]{2,40}?)[ \t]*[)）]",
        before=r"[(（][ \t]*\Z",
        before_window=4,
        not_before=_AGENCY_WORD_BEFORE_BRACKET + r"[(（][ \t]*\Z",
        not_before_window=90,
        # Nor a short name in brackets that a postposition goes on with: a party's or a body's in
        # the sentence ("पाकिस्तान तहरीक-ए-इंसाफ (पीटीआई) के कार्यकर्ताओं", the party's workers).
        reject_after=r"[ \t]*[)）]?[ \t]+(?:के|की|का|ने|को|से|में|पर)(?=\s|\Z)",
        case_sensitive=True,
        wire_only=True,
        weight=0.85,
        examples=(
            ("मुंबई, पांच मार्च (भाषा) मध्य रेलवे ने कहा कि रविवार को मेगा ब्लॉक रहेगा।", ("भाषा",)),
            ("नई दिल्ली, 5 मार्च (आईएएनएस)। दिल्ली मेट्रो का ट्रायल रन शुरू हो गया।", ("आईएएनएस",)),
        ),
        counterexamples=(
            "उन्होंने समाचार एजेंसी प्रेस ट्रस्ट ऑफ इंडिया (पीटीआई) में काम किया।",
            "रविवार को पाकिस्तान तहरीक-ए-इंसाफ (पीटीआई) के कार्यकर्ताओं और पुलिस के बीच झड़प हो गई।",
        ),
    ),
    Rule(
        id="khobor-agency",
        relation=W,
        languages=("bn",),
        # Bengali copy of a foreign story closes a paragraph with its agency in the genitive: "খবর
        # এএফপির।" (AFP's news), "খবর রয়টার্সের।".
        trigger=r"খবর[ \t]+(?:{AGENCIES_UNSCANNED})",
        pattern=r"খবর[ \t]+(?P<name>[^\s।.,]{2,30}?)(?:এর|ের|র)?(?=[ \t]*[।.])",
        before=r"(?:^|[।.!?][ \t]*)\Z",
        before_window=4,
        case_sensitive=True,
        wire_only=True,
        weight=0.8,
        examples=(("কৃষকরা বৃহস্পতিবার বিক্ষোভ করেন। খবর এএফপির। বিক্ষোভের কারণে যান চলাচল বন্ধ ছিল।", ("এএফপি",)),),
    ),
    Rule(
        id="agency-pipes-other-scripts",
        relation=W,
        languages=("hi", "bn"),
        # The same names between a byline row's bars: "देश | आईएएनएस | Updated: March 03, 2024".
        trigger=r"(?:{AGENCIES_UNSCANNED})[ \t]*\|",
        pattern=r"(?P<name>[^|\n]{2,40}?)[ \t]*\|",
        before=r"\|[ \t]*\Z",
        before_window=4,
        case_sensitive=True,
        wire_only=True,
        weight=0.8,
        examples=(
            ("इसरो लॉन्च करेगा नया उपग्रह देश | आईएएनएस | Updated: March 03, 2024 10:51 PM IST", ("आईएएनएस",)),
        ),
    ),
    Rule(
        id="agency-fullwidth-brackets",
        relation=W,
        languages=("zh", "ja"),
        # An agency in full-width brackets signing Chinese or Japanese copy: "（新华社）", or in
        # tortoise-shell brackets, as Taiwan's papers tag a story's source: "〔中央社〕".
        # Any name in the brackets: only a wire's is taken (the agency list is not in the trigger,
        # as it would outgrow the scan's automaton).
        # (Or in plain brackets, where the name is written in Chinese: "(法新社、路透社)".)
        trigger=r"（[^（）\n]{2,12}）|〔[^〔〕\n]{2,12}〕|\(\p{Han}[^()\n]{1,11}\)",
        pattern=r"[（〔(](?P<name>[^（）〔〕()\n]{2,30}?)[）〕)]",
        case_sensitive=True,
        wire_only=True,
        weight=0.9,
        examples=(
            ("国务院发布了预算。（新华社）", ("新华社",)),
            ("〔中央社〕美國聯準會週三宣布維持利率不變。", ("中央社",)),
            ("欧盟去年10月启动对中国电动车的反补贴调查。 (法新社、路透社) 扫码关注", ("法新社", "路透社")),
        ),
        counterexamples=("〔記者王小明／台北報導〕行政院今天通過預算。",),
    ),
    Rule(
        id="agency-dateline-ja",
        relation=W,
        languages=("ja",),
        # A Japanese dateline: the city and the agency in lenticular brackets, "【ワシントン共同】",
        # "【北京時事】", "【パリAFP＝時事】" (AFP copy that came through Jiji: Jiji is credited).
        # AFP's Japanese service writes the day before its name: "【3月5日 AFP】".
        # (The agency's name may be written in full-width letters: "【パリＡＦＰ＝時事】".)
        trigger=r"【[^【】\n]{0,16}?(?:共同|時事|AFP|ＡＦＰ)】",
        pattern=r"【[^【】\n]{0,16}?(?:(?P<inner>AFP|ＡＦＰ|EPA|ロイター)＝?)?(?P<name>共同|時事|AFP|ＡＦＰ)】",
        case_sensitive=True,
        wire_only=True,
        weight=0.95,
        examples=(
            ("【ワシントン共同】米政府は3日、予算案を発表した。", ("共同",)),
            ("【北京時事】中国政府は3日、発表した。", ("時事",)),
            ("【3月5日 AFP】フランス・パリで4日、デモが行われた。", ("AFP",)),
        ),
    ),
    Rule(
        id="agency-relayed-ja",
        relation=W,
        languages=("ja",),
        # The agency whose story Jiji or Kyodo relays, before the "＝" of their dateline:
        # "【パリAFP＝時事】" credits AFP as well as Jiji (agency-dateline-ja), as Korean copy's
        # "(워싱턴 AFP=연합뉴스)" credits both.
        # (The "＝" may be left out: "【パリＡＦＰ時事】".)
        trigger=r"(?:AFP|ＡＦＰ|EPA|ロイター)＝?(?:時事|共同)】",
        pattern=r"(?P<name>AFP|ＡＦＰ|EPA|ロイター)＝?(?=時事|共同)",
        before=r"【[^【】\n]{0,16}?\Z",
        before_window=18,
        case_sensitive=True,
        wire_only=True,
        weight=0.9,
        examples=(
            ("【パリAFP＝時事】フランスの首都で6日、火災が発生した。", ("AFP",)),
            ("【パリＡＦＰ時事】フランスの公務員労組は11日、ストを行った。", ("ＡＦＰ",)),
        ),
        counterexamples=("仏AFP＝時事】の記事",),
    ),
    Rule(
        id="agency-dateline-ja-brackets",
        relation=W,
        languages=("ja",),
        # Reuters' Japanese dateline, the city, the day and the agency in full-width brackets:
        # "［東京　３日　ロイター］ -", also "【ロイター】" alone; a portal may give it plain brackets:
        # "[東京 12日 ロイター] -".
        trigger=r"[［【\[][^［］【】\[\]\n]{0,24}?ロイター[］】\]]",
        pattern=r"[［【\[][^［］【】\[\]\n]{0,24}?(?P<name>ロイター)[］】\]]",
        case_sensitive=True,
        wire_only=True,
        weight=0.95,
        examples=(
            ("［東京　３日　ロイター］ - 政府は３日、新たな計画を発表した。", ("ロイター",)),
            ("[東京 12日 ロイター] - 東京株式市場で日経平均は反落した。", ("ロイター",)),
        ),
    ),
    Rule(
        id="signature-slashes-lower",
        relation=W,
        languages=("*",),
        # A paragraph signed in lower case with slashes, the site's or the desk's short name and
        # the agency's ("... nicht gesichert. stol/ansa Teilen", "sda/ansa"): the agencies a
        # registry knows, as the registry spells the short ones (an editor's initials are nobody's).
        # (Or after the site's rights line or a picture's credit where the page's lines ran
        # together: "... © Alle Rechte vorbehalten stol/ansa Mehr", "Foto: Jane Roe/dpa dpa/lby".)
        trigger=r"(?:[.!?][ \t]+|\n[ \t]*|(?:vorbehalten|reserved|riservata)\.?[ \t]+|/[A-Za-z]{2,8}[ \t]+)[a-z]{2,8}/[a-z]{2,8}",
        # (The site's copyright sign may follow: "... erwartet. stol/ansa © Alle Rechte vorbehalten".)
        pattern=r"(?:[.!?][ \t]+|\n[ \t]*|(?:vorbehalten|reserved|riservata)\.?[ \t]+|/[A-Za-z]{2,8}[ \t]+)"
        r"(?P<name>[a-z]{2,8}(?:/[a-z]{2,8}){1,3})(?=[ \t]*(?:\n|\Z|[A-ZÄÖÜ]|©))",
        case_sensitive=True,
        wire_only=True,
        weight=0.7,
        examples=(
            ("Die Opposition bemängelte die Finanzierung. stol/ansa Teilen Kommentare", ("ansa",)),
            ("Der Rat tagte am Dienstag.\nred/ansa\nMehr zum Thema", ("ansa",)),
            ("Eine Entscheidung wird erwartet. stol/ansa © Alle Rechte vorbehalten", ("ansa",)),
            ("Es kam zu Staus. © Alle Rechte vorbehalten stol/ansa Mehr zum Thema", ("ansa",)),
            ("Das Kalb mit seiner Mutter. Foto: Jane Roe/dpa dpa/lby Mehr aus der Region", ("dpa",)),
        ),
        counterexamples=(
            "Das gilt für Mieter. und/oder Vermieter zahlen.",
            "Der Rat tagte am Dienstag.\nred/mia\nMehr zum Thema",
        ),
    ),
    Rule(
        id="wire-dateline-slashes",
        relation=W,
        languages=("ru", "ro", "*"),
        # "МОСКВА, 3 мая. /ТАСС/.", "Bucureşti, 3 mai /Agerpres/ -": a space before the first
        # slash ("Jane Doe/AFP/Getty Images" credits a picture).
        trigger=r"(?:^|[\s.,])/[ \t]*(?:" + AGENCIES + r")[ \t]*/",
        pattern=r"[\s.,]?/\s*(?P<name>[^/\n]{2,40}?)\s*/",
        # Not in a picture's credit: "Bild: IMAGO / dpa/Jane Doe".
        not_before=_PICTURE_BEFORE,
        not_before_screen=_PICTURE_SCREEN,
        wire_only=True,
        weight=0.95,
        case_sensitive=True,
        examples=(
            ("МОСКВА, 3 мая. /ТАСС/. Президент России", ("ТАСС",)),
            ("Bucureşti, 3 mai /Agerpres/ - Guvernul a aprobat", ("Agerpres",)),
        ),
        counterexamples=("(Jane Doe/AFP/Getty Images)", "Bild: IMAGO / dpa/Jane Doe"),
    ),
    Rule(
        id="korr-agency-slashes",
        relation=W,
        languages=("ru",),
        # TASS's dateline names its correspondent between the slashes: "ВАШИНГТОН, 3 мая. /Корр.
        # ТАСС Иван Лебедев/.", "/Спец. корр. ТАСС Анна Петрова/".
        # (The trigger is the word: a slash in it would make the scan stop at every slash.)
        trigger=r"[Кк]орр\.[ \t]",
        pattern=r"[Кк]орр\.[ \t]+(?P<tail>)",
        before=r"/[ \t]*(?:(?:Спец|Соб)\.[ \t]*)?\Z",
        before_window=12,
        case_sensitive=True,
        wire_only=True,
        known_only=True,
        weight=0.9,
        examples=(
            ("ВАШИНГТОН, 3 мая. /Корр. ТАСС Иван Лебедев/. Палата представителей одобрила закон.", ("ТАСС",)),
        ),
    ),
    Rule(
        id="dateline",
        relation=W,
        languages=("*",),
        trigger=r"\([^()\n]{2,40}\)[ \t]{1,3}[-—–]",
        pattern=r"\((?P<name>[^()\n]{2,40})\)",
        # The city and the parenthesis share their line ("5:21 AM EDT\n(TOKYO) —" is a place),
        # and a time zone just before it is no city ("5:21 AM EDT (TOKYO) —" where the page's lines
        # ran together; "CST Jan 12, 2024 (Example News) —" still reads the date's words).
        before=r"(?:^|[^\w])[A-ZÀ-ÞА-Я]{3,}(?:[ ,.'-]+\w[\w.'-]*){0,4}[ \t]\Z",
        before_window=60,
        # Nor a picture's credit in capitals before a place in brackets: "© 2022 Jane Roe/AFP via
        # Getty Images (New York) – Journalists ...".
        not_before=r"\b" + _TIME_ZONES + r"[ \t]\Z|©[^\n]{0,80}\Z|\bGetty[ \t]+Images[ \t]*\Z",
        not_before_window=90,
        abbreviation_check=True,
        weight=0.7,
        case_sensitive=True,
        description="A dateline with any name in it: CITY (Name) —.",
        examples=(("HONOLULU, Hawaii (Island News Now) - Scientists said", ("Island News Now",)),),
        counterexamples=(
            "the party (in government) - for now",
            "Sie sagte (laut Bericht) - nichts.",
            "MARCH 14, 2024 5:21 AM EDT\n(TOKYO) — The emperor visited the region.",
            "MARCH 14, 2024 5:21 AM EDT (TOKYO) — The emperor visited the region.",
            "Flooded homes in Sindh. © 2022 Jane Roe/AFP via Getty Images (New York) – Journalists face threats.",
        ),
    ),
    Rule(
        id="outlet-label-brackets-lead",
        relation=S,
        languages=("en", "fr", "*"),
        # An aggregator's label of the publisher in square brackets opening an item, before the
        # story's dateline: "[Example Herald] Harare — Government has approved ...", "[NAN] Abuja —".
        # Not a tag of the item's kind ("[UPDATE] LONDON — ...").
        trigger=r"(?m:^)[ \t]*\[[A-Z][^\[\]\n]{1,39}\][ \t]+[A-ZÀ-Þ]",
        pattern=r"[ \t]*\[(?!(?i:updated?|video|watch|photos?|breaking|opinion|live|exclusive|analysis|editorial|"
        r"sponsored|advertisement|listen|audio|podcast|read|corrected|correction|explainer|factbox|wrapup)\])"
        r"(?P<tail>[^\[\]\n]{2,40})\](?=[ \t]+(?-i:[A-ZÀ-Þ][\w'’.-]+(?:,?[ \t]+[A-ZÀ-Þ][\w'’.-]+){0,3})[ \t]*[—–-][ \t])",
        case_sensitive=True,
        by_kind=True,
        weight=0.75,
        examples=(
            ("[Example Herald] Harare — Government has approved new dams.", ("Example Herald",)),
            ("[NAN] Abuja — The Federal Government says it has paid.", ("NAN",)),
        ),
        counterexamples=(
            "[UPDATE] LONDON — Shares fell.",
            "[Example Herald] The government approved new dams.",
        ),
    ),
    Rule(
        id="outlet-dateline-lead",
        relation=W,
        languages=("*",),
        # A story that opens with its outlet in parentheses and no city: "(CNN) — The Senate
        # voted", CNN's own "(CNN)The Senate" with nothing between. At a line's start only, and
        # only a registered outlet: "(Updated) —" and "(Opinion) —" open lines too.
        trigger=r"(?m:^)[ \t]*\([A-Z][^()\n]{1,39}\)(?:[ \t]{0,3}[-—–]|[A-Z])",
        pattern=r"[ \t]*\((?P<tail>[^()\n]{2,40})\)",
        known_only=True,
        case_sensitive=True,
        weight=0.8,
        examples=(
            ("(CNN) — The Senate voted on Tuesday.", ("CNN",)),
            ("(CNN)The Senate voted on Tuesday.", ("CNN",)),
        ),
        counterexamples=("(Updated) — The Senate voted on Tuesday.", "(Opinion) — The Senate voted."),
    ),
    Rule(
        id="outlet-dateline-place",
        relation=W,
        languages=("*",),
        # The dateline as CNN and its affiliates write it, the place not in capitals: "Washington
        # (CNN) — The Senate voted", "Hong Kong (CNN) —", "Atlanta, Georgia (CNN) -". A place of
        # one to four capitalised words, a registered outlet, a dash and a sentence's capital.
        trigger=r"\([A-Z][^()\n]{1,39}\)[ \t]{0,3}[-—–]",
        pattern=r"\((?P<tail>[^()\n]{2,40})\)[ \t]{0,3}[-—–]+[ \t]*(?=[A-Z0-9“\"‘])",
        # Or no place, after a headline's last word where the page's lines were joined ("...
        # outage at US customs (CNN) — Travelers arriving ..."). (The place is not the agency of a
        # picture's credit before it: "© Jane Roe / AFP Kinshasa (AFP) – ...".)
        before=r"(?:^|(?<!/)[^\w,/])[A-ZÀ-Þ][\w.'’-]+(?:,?[ \t]+[A-ZÀ-Þ][\w.'’-]+){0,3}[ \t]\Z|(?<=[a-z0-9])[ \t]+\Z",
        before_window=60,
        known_only=True,
        case_sensitive=True,
        weight=0.75,
        examples=(
            ("Flights delayed after outage at US customs (CNN) — Travelers faced long lines.", ("CNN",)),
            ("Fed holds rates Washington (CNN) — The Federal Reserve held rates.", ("CNN",)),
            ("Atlanta, Georgia (CNN) - The storm hit.", ("CNN",)),
        ),
        counterexamples=(
            "Washington (Updated) — The Federal Reserve held rates.",
            "Shares of Tesla (TSLA) - which fell - rose later.",
        ),
    ),
    Rule(
        id="outlet-shaped-dateline-lead",
        relation=W,
        languages=("en",),
        # The same opening with a name no registry knows, where its shape says it is an outlet's:
        # a name with "The" ("(The Example Square) –") or a broadcaster's call sign ("(KTLA) –",
        # "(WJW) –": K or W and two or three letters more, as stations are named in North
        # America). A dash and a capital must follow.
        trigger=r"(?m:^)[ \t]*\((?:The[ \t]+[A-Z]|[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?\))",
        pattern=r"[ \t]*\((?P<tail>The(?:[ \t]+[A-Z][\w&'’.-]*){1,4}|[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?)\)"
        r"[ \t]{0,3}[-—–][ \t]*(?=[A-Z0-9“\"])",
        case_sensitive=True,
        weight=0.7,
        examples=(
            ("(The Example Square) – Lawmakers met on Monday to debate the budget.", ("The Example Square",)),
            ("(KTLA) – A man was arrested on Tuesday after a chase.", ("KTLA",)),
            ("(WJW-TV) — A man was arrested on Tuesday after a chase.", ("WJW-TV",)),
        ),
        counterexamples=(
            "(WHO) — The World Health Organization said on Monday.",
            "(The Senate voted 51-49) – a close call.",
            "(WATCH) – The mayor speaks.",
        ),
    ),
    Rule(
        id="agency-byline-dated-lower",
        relation=W,
        languages=("en",),
        # A byline's "by" in lower case run into the headline where the page's lines were joined,
        # the page's date right after the agency: "... over slush fund scandal by Kyodo Mar 5, 2024
        # SHARE". (The date says it is the byline, not "a survey by Kyodo" in a sentence.)
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        pattern=r"(?=[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+\d{4}\b)",
        before=r"[^\W\d_][ \t]+by[ \t]+\Z",
        before_window=10,
        in_prose=True,
        wire_only=True,
        weight=0.8,
        examples=(
            (
                "Lawmakers to face ethics panel over fund scandal by Kyodo Mar 5, 2024 SHARE Members",
                ("Kyodo",),
            ),
        ),
        counterexamples=("In a survey by Kyodo News last month, support fell.",),
    ),
    Rule(
        id="agency-byline",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        before_window=160,
        # (Swahili's "by" too: "Na KNA Machi 14, 2024", "NA AFP MAPUTO".)
        # (The Nordic bylines too: "Av Kari Roe, NTB", "Af Jens Roe, Ritzau".)
        # (An author's label too: "Author: Jane Roe, John Doe (Associated Press)", the agency in
        # brackets after the names.)
        before=r"\b(?:By|BY|Von|VON|Par|PAR|Por|POR|Di|Door|DOOR|Na|NA|Av|AV|Af|AF|Redazione|Redacción|Redação|Rédaction|Redaktion"
        r"|(?:Story|Written|Text|Words|Reported|Article|Posted|Filed)[ \t]+by|Authors?)"
        # (French puts a space before the colon: "Par : APS".)
        r"\b(?:[ \t]?:)?\s+" + "(?:" + _byline_name(r"[ \t]") + "){0,7}(?:" + _byline_name(r"\s") + r")?\(?\Z"
        # The names on the byline's line; a line may break before the agency's ("By Jane Doe\nThe
        # Associated Press"), not before another line's words ("Von Jan Roe, Berlin\nNach
        # dpa-Informationen plant ...": a sentence).
        # A byline in lower case ("von Max Muster, dpa") names a person before a comma: "Angaben
        # von Reuters" is a sentence.
        r"|\bvon\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}\s*,\s*\Z"
        # A byline's "by" in lower case opens its line, or follows a sentence where the page's
        # lines ran together ("... ceasefire talks. by REUTERS World 03 May 2024"), the house's
        # name in capitals before the agency's ("... l'année. par LIBERATION et AFP publié le").
        r"|(?:\A|\n|[.!?•|][ \t])[ \t]*(?:by|par|por)[ \t]+(?:[A-ZÀ-Þ][A-ZÀ-Þ0-9'’.-]+[ \t]+(?:et|and|y|e|&)[ \t]+)?\Z"
        # (The house's name in capitals says it is a byline after a headline with no full stop:
        # "Crues dans le Var par EXAMPLE et AFP publié le 8 avril".)
        r"|[ \t](?:by|par|por)[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ0-9'’.-]{2,}[ \t]+(?:et|and|y|e|&)[ \t]+\Z"
        # (Or right after the page's time: "03/03/24 16:48 ‧ há 2 horas por Lusa Um incêndio ...".)
        r"|(?:\d|\b(?:horas?|hours?|minutos?|minutes?|mins?|heures?|ore))[ \t]+(?:by|par|por)[ \t]+\Z",
        # "By AP's count" is no byline, nor the first part of a compound word ("Von Jan Roe, Berlin
        # Nach dpa-Informationen plant ..." where a page's lines ran together).
        pattern=r"(?!['’]s\b|[-‐][A-ZÄÖÜ][a-zäöüß])",
        # Nor the subject of a sentence after a byline ("By Jane Doe\n\nAgence France-Presse has
        # appointed ..."): two words in lower case go on from the name (not a conjunction's).
        # (A date's label in lower case is the byline's: "par Example et AFP publié le 12 octobre".)
        reject_after=r"(?:[ \t]*\([\w-]{2,12}\))?[ \t]+(?!(?:and|und|et|y|e|og|och|en|via|for|für|pour|para|with|mit|avec|con|com|on|am|le|el|il|"
        + _DATE_LABEL_WORD
        + r")\b)"
        r"[a-zß-ÿ]{2,}[ \t]+[a-zß-ÿ]{2,}\b"
        # (Or one verb a sentence about the agency goes on with: "By Jane Roe NEW YORK The
        # Associated Press said Thursday it plans ...".)
        r"|"
        + _AGENCY_AS_SUBJECT
        # (Or a German participle of what the agency asked or reckoned: "Von Reuters befragte
        # Volkswirte", "von dpa ermittelte Zahlen".)
        + r"|[ \t]+(?:befragt|zitiert|veröffentlicht|erhoben|berechnet|ermittelt|geschätzt|gesammelt|ausgewertet)e[nrms]?\b",
        # Nor "By Monday, Reuters reporters had ...": a time opens that sentence, not a name (not
        # the months that are also given names: "By May Lee, Reuters").
        # Nor a sentence that opens with the agency's article after the byline ("Von Jana Roe Die
        # Deutsche Presse-Agentur führt Gespräche ...").
        # (Nor its short name in brackets after that name: "... Die Deutsche Presse-Agentur (dpa) führt",
        # "Par Jane Roe L'Agence France-Presse (AFP) a présenté ..."; nor "La Agencia EFE, controlada
        # por ...", a sentence about the agency after the byline.)
        not_before=r"\b(?:Die|Der|Das)[ \t]+(?:[^\n(]{1,60}\()?\Z"
        r"|\b(?:La|El|Le|L['’]|Il|A|O)[ \t]*(?:(?:Agencia|Agence|Agenzia|Agência)[ \t]+)?\Z"
        r"|(?:Press|Presse|Agence|Agentur|Agencia|Agência|Agenzia|Agency|News)[ \t]*\(\Z"
        r"|\b(?:By|BY)[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|July|September"
        r"|October|November|December|Christmas|Easter|Thanksgiving|[Nn]oon|[Mm]idnight|[Tt]hen|[Nn]ow)\b[^\n]{0,40}\Z"
        # Nor a picture's credit under the byline ("Von Jana Roe\nBild: AFP").
        r"|\b" + _PICTURE_LABELS + r"[ \t]*:[ \t]*\Z",
        not_before_window=60,
        wire_only=True,
        # "Posted by Reuters on May 3": a byline between two lower-case words is still one.
        in_prose=True,
        hints=(
            "By",
            "BY",
            "Von",
            "VON",
            "von ",
            "Par",
            "PAR",
            "Por",
            "POR",
            "Di ",
            " by",
            "\nby",
            " par",
            " por",
            "Reda",
            "Réda",
            "Door",
            "DOOR",
            "Na ",
            "NA ",
            "Av ",
            "AV ",
            "Af ",
            "AF ",
            "Author",
        ),
        hint_window=160,
        weight=0.85,
        examples=(
            (
                "Incêndio obriga a cortar a A1 03/03/24 16:48 ‧ há 2 horas por Lusa Um incêndio num armazém",
                ("Lusa",),
            ),
            (
                "Senate passes bill. Author: Jane Roe, John Doe (Associated Press) Published: 9:54 PM",
                ("Associated Press",),
            ),
            ("Crues dans le Var par EXAMPLE et AFP publié le 8 avril 2024 à 18h12", ("AFP",)),
            (
                "Sykehuskøene øker igjen Nyheter Av Kari Roe, NTB Publisert 21.05.2024 10:14 Ventetiden",
                ("NTB",),
            ),
            ("By Jane Doe and John Roe, The Associated Press", ("The Associated Press",)),
            ("Wakulima kupokea malipo Na KNA Machi 14, 2024 Wakulima wa kahawa", ("KNA",)),
            ("Story by AFP", ("AFP",)),
            ("Publié le : 12-03-2025 Par : APS ALGER - Une nouvelle ligne", ("APS",)),
            ("By Jane Doe for AFP", ("AFP",)),
            ("Posted by AFP | May 3, 2024", ("AFP",)),
            ("Posted by Reuters on May 3, 2024", ("Reuters",)),
            ("Door ANP\nDe gemeenteraad vergaderde dinsdag.", ("ANP",)),
            ("Von Max Muster, dpa", ("dpa",)),
            ("By Ana Lima | Reuters", ("Reuters",)),
            ("By May Lee, Reuters", ("Reuters",)),
            ("Un adolescent tué à Marseille. par EXEMPLE et AFP publié le 12 octobre 2023", ("AFP",)),
            ("By Reuters\nShares fell on Monday.", ("Reuters",)),
            ("By Jane Doe\nAssociated Press\nShares fell on Monday.", ("Associated Press",)),
            (
                "Traders watch the talks. by REUTERS World 03 May 2024 - 13:20 Oil prices slipped.",
                ("REUTERS",),
            ),
            ("Oil slips on ceasefire hopes\nby REUTERS\nOil prices slipped.", ("REUTERS",)),
            ("Redazione ANSA Il governo ha presentato un piano.", ("ANSA",)),
            (
                "Es drohen Strafen. von Max Muster , Deutsche Presse-Agentur Darum geht es",
                ("Deutsche Presse-Agentur",),
            ),
        ),
        counterexamples=(
            "Pérdidas en 2023 Por Javier Roe La Agencia EFE, controlada por el Estado, registró pérdidas.",
            "Un nouveau service vidéo 07/03/2024 Par Jean Roe L'Agence France-Presse (AFP) a présenté jeudi son offre.",
            "Lesezeit: 2 Min. Von Jana Roe Die Deutsche Presse-Agentur (dpa) führt Gespräche mit Anbietern.",
            "AP to cut staff\nBy Jane Roe NEW YORK The Associated Press said Thursday it plans to cut jobs.",
            "By the way, Reuters reported it first.",
            "The deal was first reported by Reuters on Monday.",
            "By AP's count, 40 people died.",
            "By Monday, Reuters reporters had confirmed the deal.",
            "Die Zahl stieg nach Angaben von Reuters weiter.",
            "Mais l'ordonnance du juge, consultée par Bloomberg, ne s'arrête pas là.",
            "By Jane Doe\n\nAgence France-Presse has appointed a new director for Asia.",
            "Von Jana Roe\nHamburg – Die Deutsche Presse-Agentur (dpa) will ihr Angebot erweitern.",
            "Von Jana Roe\nBild: AFP\nIn der Hauptstadt sind erneut Tausende auf die Straße gegangen.",
            "Von Jan Roe, Berlin\nNach dpa-Informationen plant das Ministerium Kürzungen.",
            "Von Jan Roe, Berlin Nach dpa-Informationen plant das Ministerium Kürzungen.",
        ),
    ),
    Rule(
        id="source-word-agency",
        relation=W,
        languages=("fr", "de", "es", "pt", "it", "nl", "en", "id", "ms"),
        # A page's source field without its colon, the agency's name after it: "Publié le 12/03/2024
        # à 10h12 Source AFP Un séisme ...", "Source AFP\n", "Sumber Antara Dapatkan update ...".
        # (The label is the trigger: after every agency's name a look back for it cost more.)
        trigger=r"\b(?:Source|Sources|Quelle|Fuente|Fonte|Bron|Sumber)[ \t]+[A-Z]",
        pattern=r"\w+[ \t]+(?P<tail>)",
        reject_after=r"(?![ \t]*(?:\n|\Z|[|•·]|[ \t][A-ZÀ-Þ]))",
        case_sensitive=True,
        known_only=True,
        wire_only=True,
        more_names=True,
        weight=0.75,
        examples=(
            (
                "Japon : un séisme secoue le nord Publié le 12/03/2024 à 10h12 Source AFP Un séisme a frappé.",
                ("AFP",),
            ),
            ("Le séisme a frappé le nord du pays.\nSource AFP", ("AFP",)),
            (
                "Ia meminta petani menyiapkan langkah antisipasi. Sumber Antara Dapatkan update berita",
                ("Antara",),
            ),
        ),
        counterexamples=("The Source AFP relied on was a police report.",),
    ),
    Rule(
        id="agency-comma-place",
        relation=W,
        languages=("en",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A credit line of the agency, then the place in capitals, over the story: "AFP, MANILA The
        # Philippines and Japan ...", at a line's start or after the page's date and page number
        # where the lines ran together ("Sat, Dec 02, 2023 page 6 AFP, MANILA The ...").
        before=r"(?:^|\A|\bpage[ \t]+\d{1,3}[ \t]+|\d{4}[ \t]+)\Z",
        before_window=16,
        pattern=r"(?=,[ \t]*[A-ZÀ-Þ]{3,}(?:[ \t]+[A-ZÀ-Þ]{2,}){0,2}(?:\n|[ \t]+[A-ZÀ-Þ][a-zà-ÿ]))",
        wire_only=True,
        weight=0.8,
        examples=(
            (
                "Talks on troop pact Sat, Dec 02, 2023 page 6 AFP, MANILA The Philippines held talks.",
                ("AFP",),
            ),
        ),
        counterexamples=("Reuters, AP and AFP reported the talks.",),
    ),
    Rule(
        id="agency-byline-dated",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A page's label of who and when: "Reuters | Updated: May 3, 2024", and in any language
        # "AFP | 3 mai 2024 à 10h15", "dpa-AFX | 03.05.2024", "KNA 03.05.2024", "Agencia EFE
        # Madrid 3 may 2024", "EFE / Madrid 03 may. 2024". A city may stand before the date. Not
        # after a comma: "Reuters, 3 May 2024" is how a list of references cites a report.
        # A weekday may open the date ("Reuters Sat, May 4, 2024, 3:00 AM · 2 min read", as a portal
        # labels a partner's story).
        # Its short name may follow, and a dash may end its line: "African News Agency (ANA)\n
        # Published May 3", "Bernama -\nMay 3, 2024 3:40 PM".
        # (A comma before a weekday or a place is a byline's, as no reference cites one: "MENA ,
        # Sunday 10 Mar 2024", "UNB, Sylhet Sun Mar 3, 2024".)
        pattern=r"(?![ \t]+" + _AGENCY_PRODUCTS + r"\b)"
        # (A byline's empty field leaves two bars: "PTI | | Posted by Jana Roe , New Delhi Dec 05".)
        # (Or a full stop between spaces: "United News of Bangladesh . Dhaka | Published: ...".)
        r"(?:[ \t]*\([\w-]{2,12}\))?(?:(?:[ \t]*[|•·●/][ \t]*)+|[ \t]+\.[ \t]+|[ \t]*[-—–][ \t]*\n?[ \t]*|\s+"
        r"|[ \t]*,[ \t]*(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|(?!(?i:"
        + MONTH
        + r")\b)[A-ZÀ-Þ][a-zà-ÿ]+[ \t]))(?=[A-ZÀ-Þ0-9])"
        # (A desk's staff: "PA Sport Staff 2 hours ago", "Reuters Business Staff 3 May 2024".)
        r"(?:(?:Sports?|Business|Political|Politics|Showbiz|Entertainment|Health|Markets|Science|Technology"
        r"|City|Court|Crime|News|Scotland|Wales)[ \t]+(?:Staff|Reporters?|Correspondents?|Writers?)[ \t]+)?"
        # (The place may name its country after a comma: "ANADOLU AGENCY MUĞLA, TÜRKIYE Jul 27, 2021".)
        # (Or a place of a few words joined by "de": "EFE Santiago de Chile / 11.02.2024".)
        r"(?:(?:[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:de|del|da|do|di)[ \t]+[A-ZÀ-Þ][\w'’-]+)?"
        # (Or a city of a few words: "Agencia EFE Las Palmas de Gran Canaria Jueves, 14 de marzo".)
        r"|(?:Las|Los|La|El|Le|São|San|Santa|Santo|New|Los)[ \t]+[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:de|del|da|do|di)[ \t]+(?:[A-ZÀ-Þ][\w'’-]+[ \t]+)?[A-ZÀ-Þ][\w'’-]+)?"
        r"|[A-ZÀ-Þ]{2,}"
        # (Or the page's section: "Press Trust of India India News May 29, 2024".)
        r"|[A-ZÀ-Þ][\w'’-]+[ \t]+News)"
        # (A dash may follow the place: "EFE Madrid — 12 de marzo de 2024 21:10h".)
        r"(?:,[ \t]*[A-ZÀ-Þ][\w'’-]+)?(?:[ \t]*[|•·●/—–][ \t]*|[ \t]+))?"
        # (The weekday in German too: "AFP Di., 12. März 2024 um 2:12 PM", "dpa Dienstag, 12.03.2024".)
        r"(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|(?:Mo|Di|Mi|Do|Fr|Sa|So)\.|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
        # (And the Romance weekdays: "Jueves, 14 de marzo 2024".)
        r"|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Lunedì|Martedì|Mercoledì|Giovedì|Venerdì"
        r"|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)"
        r",?[ \t]+)?"
        # (A time may come first: "Press Association 10.42am, 3 May 2024".)
        r"(?:\d{1,2}[.:]\d{2}[ \t]?(?i:am|pm)?,?[ \t]+)?"
        r"(?:"
        + DATE_LABELS
        + r"\b|(?i:"
        + PAGE_DATE
        + r"|"
        + _SLAVIC_DATE
        + r"|"
        + _RELATIVE_DAY_TIME
        # (A page's age of the story: "2 hours ago".)
        + r"|\d{1,2}[ \t]+(?:hours?|hrs?|minutes?|mins?|days?)[ \t]+ago\b"
        + r"))",
        not_before=r"(?:\b(?:to|from|with|for|at|the|by|der|die|dem|den|la|le|les|à|al|alla|del|della|von|mit|"
        r"avec|con|com|según|selon|laut|per|sagte|said|told|via"
        # (Or where it stands: "reforço na Agência Brasil 04/03/2024" is a headline's place.)
        r"|in|on|na|no|nas|nos|em|pela|pelo|nella|nel|sulla|sul"
        # (The articles and prepositions of more languages: "... hírszolgáltatást indít az MTI 2024.
        # február 20." is a headline about the agency.)
        r"|az|a|de|het|van|bij|door|w|z|przez|dla|od|v|pro|din|pentru|il|lo|da|dal|u|ve|ile|и|в|на|от|для|из)"
        r"|l['’]|[/,(])\s*\Z"
        # (A portal's "From:" label is from-label's.)
        r"|\bFrom[ \t]*:[ \t]*\Z"
        # Nor a picture's credit, the page's date on the next line ("Image: Getty Images via AFP\n
        # Updated: May 3").
        r"|" + _picture_label_before(60),
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            ("The Associated Press Published Monday, November 18", ("The Associated Press",)),
            ("Reuters | Updated: May 3, 2024", ("Reuters",)),
            ("Monde AFP | 3 mai 2024 à 10h15 Le budget divise le conseil.", ("AFP",)),
            ("Deutschland KNA 03.05.2024 Der Haushalt ist beschlossen.", ("KNA",)),
            (
                "El puerto amplía su terminal EFE VALENCIA 2024/05/03 12:40 El consejo aprobó el plan.",
                ("EFE",),
            ),
            (
                "Rain Due In Two Days Press Trust of India India News May 29, 2024 16:42 pm IST",
                ("Press Trust of India",),
            ),
            (
                "Loan fraud case registered PTI | | Posted by Jana Roe , New Delhi Dec 05, 2023 06:53 PM IST",
                ("PTI",),
            ),
            (
                "Port handles record volume United News of Bangladesh . Dhaka | Published: 15:21, Dec 05,2023",
                ("United News of Bangladesh",),
            ),
            (
                "Junta extends martial law Reuters Yangon ● Tue, December 5, 2023 Share This Article",
                ("Reuters",),
            ),
            (
                "Aardbeving in Turkije: vijf doden ANP/AFP 12 mrt. 2024 in BUITENLAND De aarde beefde.",
                ("ANP", "AFP"),
            ),
            ("Mundo Agencia EFE Madrid 3 may 2024 El presupuesto divide al consejo.", ("Agencia EFE",)),
            ("La ley EFE Madrid Actualizado Viernes, 3 mayo 2024 - 12:00", ("EFE",)),
            ("Educación amplía las ayudas EFE Madrid — 12 de marzo de 2024 21:10h Actualizado", ("EFE",)),
            ("Budget talks stall Reuters Sat, May 4, 2024, 3:00 AM · 2 min read", ("Reuters",)),
            ("Egypt to launch a strategy MENA , Sunday 10 Mar 2024 Egypt will launch a strategy.", ("MENA",)),
            (
                "Farmers face a water shortage UNB, Sylhet Sun Mar 3, 2024 05:32 PM Boro farmers struggle.",
                ("UNB",),
            ),
            (
                "Iran opens a market — Reuters/AFP Published in Example Daily, March 4th, 2024",
                ("Reuters", "AFP"),
            ),
            ("Opinion Video Radio KNA Published on: May 3, 2024 14:08 Farmers receive seedlings.", ("KNA",)),
            ("Bernama -\nMay 3, 2024 3:40 PM\nPETALING JAYA: Police have detained four men.", ("Bernama",)),
            ("Midfielder ruled out for six weeks PA Sport Staff 2 hours ago The club confirmed it.", ("PA",)),
            ("Kantonsrat lehnt Abzüge ab SDA Publiziert: 03.05.2024, 14:05 Der Kantonsrat will.", ("SDA",)),
            ("Treinverkeer ligt plat ANP Vandaag, 09:12 in BINNENLAND Door een storing", ("ANP",)),
            ("Správa železnic vypíše tendr ČTK Úterý 12. března 2024, 13:25 Správa železnic", ("ČTK",)),
            (
                "Belfast plans walkway Press Association 10.42am, 3 May 2024 The council backed it.",
                ("Press Association",),
            ),
            (
                "African News Agency (ANA)\nPublished May 3, 2024\nEskom said on Friday.",
                ("African News Agency",),
            ),
        ),
        counterexamples=(
            "Reuters, 3 May 2024. Budget talks stall.",
            "Reuters, May 3, 2024. Budget talks stall.",
            "Der Minister sagte der dpa 03.05.2024 nichts.",
            "The plan was first reported by Reuters 3 May 2024.",
            "A speedboat near the strait. Image: Getty Images via AFP\n\nUpdated: May 03, 2024, 2:17 PM",
        ),
    ),
    Rule(
        id="agency-before-updated",
        relation=W,
        languages=("en", "ar", "tr"),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline slot over the page's date label, after a strapline that ends without its full
        # stop where the page's lines ran together: "The courts will be ready by July, the Law
        # department said PTI Updated - March 03, 2024 10:12 pm IST". ("said" before the name is the
        # strapline's; the date's label after it says the name is the byline's.)
        # (The label in Arabic too: "أ ش أ نشر في: الخميس 14 مارس 2024".)
        # (And Turkish's: "... su bastı DHA Güncelleme Tarihi: 14.11.2024 - 10:22".)
        pattern=r"(?:[ \t]*[|•·–—-][ \t]*|[ \t]+)(?:(?:Updated|Published|Posted|Last[ \t]+updated|Güncelleme[ \t]+Tarihi"
        r"|Yayınlanma[ \t]+Tarihi|Güncellenme)[ \t]*[-–:|]?"
        r"[ \t]*(?:on[ \t]+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?i:"
        + PAGE_DATE
        + r")|(?:نشر[ \t]+في|آخر[ \t]+تحديث)[ \t]*:?[ \t]*(?:"
        + _ARABIC_WEEKDAYS
        + r"[ \t]*[،,]?[ \t]+)?\d{1,2}[ \t]+(?:"
        + _ARABIC_MONTHS
        + r"))",
        # (A byline's "by" before it is the byline's: "... new ambassadors by WAM Published: Tue 14
        # May 2024"; not a verb's: "first reported by PTI Updated ...".)
        not_before=r"\b(?:to|from|with|for|at|the|via|in|on|of)[ \t]*\Z|[/(][ \t]*\Z"
        r"|\b(?:[a-z]+ed|told|written|done|made|shown|seen|given|taken|run)[ \t]+by[ \t]*\Z"
        # (Nor a picture's label: "... to curb irregular migration. PHOTO: AFP Published Sep 10".)
        r"|\b" + _PICTURE_LABELS + r"[ \t]*:[ \t]*\Z",
        not_before_window=24,
        wire_only=True,
        weight=0.75,
        examples=(
            (
                "The courts will be ready by July, the Law department said PTI Updated - March 03, 2024 10:12 pm IST",
                ("PTI",),
            ),
            ("الانتهاء من تبطين الترع أ ش أ نشر في: الخميس 14 مارس 2024 - 2:41 م", ("أ ش أ",)),
            (
                "UAE President receives credentials by WAM Published: Tue 14 May 2024, 4:41 PM The President",
                ("WAM",),
            ),
            (
                "İzmir'de sağanak: Ev ve iş yerlerini su bastı DHA Güncelleme Tarihi: 14.11.2024 - 10:22 İzmir'de",
                ("DHA",),
            ),
        ),
        counterexamples=(
            "The story was first reported by PTI Updated - March 03, 2024",
            "The ministry said the checks were needed. PHOTO: AFP Published Sep 10, 2024, 02:11 AM",
        ),
    ),
    Rule(
        id="agency-publie-le",
        relation=W,
        languages=("fr",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A French portal's label of a dispatch: "AFP, publié le mardi 02 avril 2024 à 09h14",
        # "Reuters, mis à jour le 3 mai 2024".
        pattern=r"[ \t]*,[ \t]*(?:publi[ée]e?|mis[ \t]+à[ \t]+jour)[ \t]+le[ \t]+"
        r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \t]+)?\d{1,2}(?:er)?[ \t]+(?i:"
        + MONTH
        + r")\b",
        not_before=r"(?:\b(?:de|du|à|l['’]|par|selon|avec)|[/,(])[ \t]*\Z",
        not_before_window=12,
        wire_only=True,
        weight=0.8,
        examples=(
            (
                "Japon : un séisme secoue le nord-est AFP, publié le mardi 02 avril 2024 à 09h14 Un séisme a secoué",
                ("AFP",),
            ),
        ),
        counterexamples=("Selon l'AFP, publié le 2 avril, le bilan est lourd.",),
    ),
    Rule(
        id="agency-byline-glued-date",
        relation=W,
        languages=("en",),
        # (The names in a group of their own: the months follow every one of them.)
        trigger=r"(?:"
        + AGENCY_STEMS
        + r")(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)[ \t]?\d{1,2},?[ \t]+\d{4}",
        # The name runs into the month: its last letter touches it ("PressDecember"), no comma or space.
        pattern=r"(?P<name>[^\n(]{1,59}?[^\W\d_])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]?\d)",
        not_before=r"(?:\bto|\bfrom|\bwith|\bfor|\bat|\bthe|\bby|/|,|@)\s*\Z",
        case_sensitive=True,
        wire_only=True,
        weight=0.8,
        description="A byline run into its date where a page's elements lost their spaces (not a "
        "handle: '(@Reuters) May 3, 2024' signs an embedded post).",
        examples=(
            ("JANE DOE Associated PressDecember 2, 2016 11 Comments", ("Associated Press",)),
            ("By Jane Doe | AFPMay 3, 2024\nThe council met on Tuesday.", ("AFP",)),
        ),
        counterexamples=(
            "Budget approved pic.twitter.com/x — Reuters (@Reuters) May 3, 2024",
            "The council met on Tuesday.\nSource: Reuters, May 3, 2024",
            "We met at the EFEMarch 3, 2024 office.",
        ),
    ),
    Rule(
        id="agency-writer",
        relation=W,
        languages=("en",),
        trigger=r"\b(?:AP|Ap|Associated Press|AFP|Reuters|Canadian Press|CP|Bloomberg|PA|Press Association|AAP|UPI|PTI|IANS|Xinhua)"
        r"\s+(?:[A-Z][a-z]+\s+){0,3}(?:Writer|Correspondent|Reporter)\b",
        pattern=r"(?P<name>AP|Ap|Associated Press|AFP|Reuters|Canadian Press|CP|Bloomberg|PA|Press Association|AAP|UPI|PTI|IANS"
        r"|Xinhua)\s",
        weight=0.85,
        case_sensitive=True,
        examples=(
            ("Greg Doe, AP Sports Writer", ("AP",)),
            ("Jo Roe, Associated Press Writer", ("Associated Press",)),
            ("leaders say Jo Roe, PA Social Affairs Correspondent Thursday 14 March 2024", ("PA",)),
        ),
    ),
    Rule(
        id="agency-signoff",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # The end of a line, or (in text whose lines were run together) the next heading.
        # Or a desk's initials after it ("--IANS san/arm").
        pattern=r"[ \t]*(?:$|\Z|\.?[ \t]+(?=[A-ZÀ-Þ„“\"«(\[])|[ \t]+(?=" + _DESK_INITIALS + r"))",
        # Not a caption's credit before the story's own dateline: "... visiting the site. — Example
        # Agency GEORGE TOWN: The state will ..."; a heading in capitals is the page's furniture
        # ("— Agence France-Presse RELATED: ...").
        reject_after=r"(?=[ \t]+(?!"
        + FURNITURE_AHEAD
        + r")(?-i:[A-ZÀ-Þ]{3,}(?:[ \t]+[A-ZÀ-Þ]{2,}){0,2})[ \t]*:[ \t])",
        before_window=12,
        before=r"(?:^|[.!?”\"]\s*)[-—–]{1,2}\s*\Z",
        wire_only=True,
        hints=("-", "—", "–"),
        hint_window=4,
        weight=0.85,
        examples=(
            ("The talks ended without a deal. — AFP", ("AFP",)),
            (
                "He started the last four games. — The Associated Press Next: Other news",
                ("The Associated Press",),
            ),
            (
                "The season ended. — Agence France-Presse RELATED: Other news of the day",
                ("Agence France-Presse",),
            ),
        ),
        counterexamples=(
            "The talks ended. — AFP reported later that nothing was agreed.",
            "The minister visits the site. — Bernama GEORGE TOWN: The state will build a plant.",
        ),
    ),
    Rule(
        id="outlet-signoff",
        relation=S,
        languages=("*",),
        # The dash may be typed as two hyphens ("-- Example.ua.") or as one ("- Example.ua.").
        trigger=r"[ \t](?:[—–]|--?)[ \t]*[^\s—–-][^\n—–]{0,60}(?m:$)",
        # After a sentence, any known name; inside one, only a site's address ("— Example.ua."):
        # "the name is – TASS." is grammar, not a sign-off.
        pattern=r"(?:(?<=[.!?”\"»])|(?<=[.!?”\"»][ \t])|(?=[ \t](?:[—–]|--?)[ \t]*[^\s.]+\.[^\W\d]{2,}))"
        r"[ \t]?(?:[—–]|--?)[ \t]*(?P<tail>)",
        # Only the text's last words (the page's furniture may follow): an aggregator's snippet
        # ends with the site it came from.
        reject_after=r"(?!\.?\s*(?:\Z|" + FURNITURE_AHEAD + r"))",
        # Not the last of a list of headlines, each with its site ("Новости партнеров\nЦБ назвал
        # сроки — Известия\nКакие налоги изменятся — Газета.Ru").
        not_before=r"[ \t](?:[—–]|--?)[ \t]*[^\s—–-][^\n—–]{0,40}\n[^\n]*\Z",
        not_before_window=300,
        known_only=True,
        by_kind=True,
        weight=0.7,
        examples=(
            ("Officials confirmed the talks, the paper says — Example.ua.", ("Example.ua",)),
            ("Officials confirmed the talks, the paper says -- Example.ua.", ("Example.ua",)),
            ("Officials confirmed the talks, the paper says - Example.ua.", ("Example.ua",)),
        ),
        counterexamples=(
            "The meeting ended early. — Jane Doe",
            "It ended. — Example.ua says more",
            "The agency got its old name back – Reuters.",
            "Partner news\nBank names the date — Example Daily\nTaxes to change in 2025 — Example.ua",
        ),
    ),
    Rule(
        id="desk-before-agency",
        relation=W,
        languages=("de", "*"),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # An Austrian or German sign-off on a line of its own: the desk's short code in lower case,
        # then the agency ("red, APA", "red/APA", "ham/jok, dpa/AFP").
        # (After the last sentence too, where the page's lines were joined: "... Lawinenwarnstufe
        # drei. red, APA".)
        # (One code may stand before it with a space only, as stern signs: "... der Welt. rw AFP".)
        # (Or after a picture's credit that ends with its photographer's name: "Bild: © KNA/Jana
        # Roe cph/KNA/epd Mehr zum Thema".)
        before=r"(?:^|\A|(?:[.!?]|/[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,2})[ \t]+)[ \t]*"
        r"(?:(?:[a-zäöü]{2,4}[ \t]*[,/][ \t]*){1,3}|[a-zäöü]{2,4}[ \t]+)\Z",
        before_window=60,
        # (Or the picture's credit after it, where the lines ran together: "... begleiten. rom/KNA
        # Foto: © KNA/Jana Roe".)
        pattern=r"(?:[ \t]*[,/][ \t]*[\w-]{2,20})*[ \t]*(?=\n|\Z|[ \t]+" + FURNITURE_AHEAD + r"|[ \t]+#\w"
        r"|[ \t]+" + PICTURE_LABEL_WORD + r"[ \t]*:)",
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            ("Die Ursache war vorerst unklar.\nred, APA\nKommentare", ("APA",)),
            ("Man wolle die Umsetzung begleiten. rom/KNA Foto: © KNA/Jana Roe Mehr zum Thema", ("KNA",)),
            ("Der Dom im Winter. Bild: © KNA/Jana Roe cph/KNA/epd Mehr zum Thema", ("KNA", "epd")),
            ("Die Ursache war vorerst unklar.\nham/jok, dpa/AFP", ("dpa", "AFP")),
            ("Es herrschte Lawinenwarnstufe drei. red, APA", ("APA",)),
            ("Es herrschte Lawinenwarnstufe drei. red, APA Kommentare", ("APA",)),
            ("Feuerwehren warnten vor Waldbränden. tkr / DPA #Themen Hitzewelle", ("DPA",)),
            ("Japan gehört zu den gefährdeten Ländern der Welt. rw AFP Mehr zum Thema Erdbeben", ("AFP",)),
        ),
        counterexamples=(
            "Die Ursache war vorerst unklar.\nund, APA meldete später mehr dazu",
            "Die Ursache war unklar. und, APA meldete später mehr dazu",
        ),
    ),
    Rule(
        id="agency-slash-desk",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # "dpa/stol" closing a text, "AFP/The Local - " over a byline: the agency and the desk
        # that ran its copy (a picture's "Name/AFP" has the agency after the slash).
        # The desk is initials, "The X" or an address: "REUTERS/Jane Doe" is a picture's credit.
        # Or one capitalised word closing the line, another agency ("AFP/Belga"): a photographer
        # has two names ("REUTERS/Jane Doe"), and a picture's one-word credits are excluded.
        # (Agerpres opens a parenthesis for its desk: "AGERPRES/(AS - autor: ...)".)
        # (Other agencies may come first, and editors' initials in capitals may be several:
        # "Reuters, AFP / AY,ET", Deutsche Welle's sign-off.)
        pattern=r"(?:,[ \t]*[A-Za-z][\w-]{1,20}){0,3}"
        r"(?:[ \t]*/[ \t]*\(?(?:[a-zäöü]{2,8}|(?!STRINGER|STR\b|HANDOUT|POOL|FILE|HO-)[A-ZÄÖÜ]{2,8}(?:,[A-ZÄÖÜ]{2,3})*\b"
        r"(?![ \t]+[A-ZÀ-Þ][A-ZÀ-ÞĀ-ſ]+\b)|"
        r"(?:The|El|La|Le|Les|Il|Lo|Der|Die|Das|O|A|De|Het)[ \t]+[A-ZÀ-Þ][\w.-]*(?:[ \t]+[A-ZÀ-Þ][\w.-]*){0,2}|"
        # (Nor a pollster after the agency that ordered the poll: "Reuters/Ipsos", "ARD/Infratest".)
        r"(?!(?:Stringer|Handout|Pool|File|Staff|Getty|Archive|Archiv|Archivo|Ipsos|Gallup|Forsa|Civey|Kantar|Ifop|Elabe"
        r"|Harris|Marist|Quinnipiac|Emerson|Siena|Opinium|Savanta|Survation|Datafolha|Insa|Infratest)\b)[A-ZÀ-Þ][a-zà-ÿ]{2,12}"
        r"(?=[ \t]*(?:$|\Z|[-—–|.])|[ \t]+" + FURNITURE_AHEAD + r")|"
        r"[\w-]+\.[a-z]{2,6})){1,8}"
        # (Not before a picture's word: "Source: AAP / PVMBG Handout", a handout the agency sent out.)
        r"(?=[ \t]*(?:$|\Z|[-—–|])|[ \t]+(?!(?:Handout|HANDOUT|Pool|POOL|File|FILE|Stringer|STRINGER)\b)[A-ZÀ-ÞÄÖÜ]"
        # (Or a comma and the house that ran it, closing the text: "—Reuters/KBK, Example Integrated
        # News Tags: ...".)
        r"|[ \t]*,[ \t]+[A-ZÀ-Þ][\w-]*(?:[ \t]+[A-ZÀ-Þ][\w-]*){0,3}[ \t]*(?:$|\Z|[ \t]+"
        + FURNITURE_AHEAD
        + r"))",
        not_before=r"(?:/|\()[ \t]*\Z|" + _PICTURE_BEFORE,
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            ("Wir entschuldigen uns für die falsche Information.dpa/stol", ("dpa",)),
            ("Meet the man who did it AFP/The Local - news@example.com Published: 28 Apr", ("AFP",)),
            ("El Gobierno aprobó hoy el presupuesto. EFE/El Puerto", ("EFE",)),
            ("Contractul a fost semnat joi. AGERPRES/(AS - autor: Ioana Pop)", ("AGERPRES",)),
            ("Die Gespräche gehen weiter. afp/dpa/rtr Mehr zum Thema", ("afp", "dpa", "rtr")),
            ("Die Gespräche gehen weiter. AFP/AP/dpa/KNA", ("AFP", "AP", "dpa", "KNA")),
            ("Les discussions se poursuivent. AFP/Belga", ("AFP", "Belga")),
            ("The airport was closed. —Reuters/KBK, Example Integrated News Tags: volcano", ("Reuters",)),
            (
                "Ukrayna kararı memnuniyetle karşıladı. Reuters, AFP / AY,ET Bu konuyla ilgili",
                ("Reuters", "AFP"),
            ),
        ),
        counterexamples=(
            "Biden's approval rose to 40% in the latest Reuters/Ipsos\nThe poll was conducted online.",
            "Zakupy w jednym z dyskontów PAP/EPA/LESZEK SZYMAŃSKI\nCeny wzrosły o 2,5 proc.",
            "(Jane Doe/AFP/Getty Images)",
            "A view of the square. Reuters/Stringer",
            "Ash rises from the volcano in a photo released by the agency. Source: AAP / PVMBG Handout",
            "Foto: APA/dpa",
            "A view of the square. REUTERS/Jane Doe",
            "Protesters gather outside parliament. ANSA/JANE DOE The talks went on.",
        ),
    ),
    Rule(
        id="agency-list-item",
        relation=W,
        languages=("de",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A German portal's list of the sources it used ("Verwendete Quellen:\n- Nachrichtenagenturen
        # dpa und AFP\n- tagesschau.de"): the agencies on an item of their own, the word for
        # "agency" before them, nothing after them on the line.
        # Where the list's lines were joined, an item follows the label or the item before it
        # ("Verwendete Quellen Nachrichtenagentur dpa Nachrichtenagentur Reuters Mehr zum Thema").
        # (A broadcaster's box of its sources may list other items before the agency: "Unsere
        # Quellen: Reporter vor Ort Pressekonferenz der Polizei Nachrichtenagentur dpa".)
        before=r"(?:(?:^|\A)[ \t]*|(?-i:\bQuellen):?[ \t]+|(?-i:\bNachrichtenagentur(?:en)?)[ \t]+[\w-]{2,20}[ \t]+"
        r"|(?-i:\b(?:Unsere|Verwendete)[ \t]+Quellen)[ \t]*:?[^\n]{0,200}?[ \t])"
        r"[-•*–]?[ \t]*(?:Material[ \t]+(?:der|von)[ \t]+)?(?:Nachrichtenagentur(?:en)?|Agentur(?:en)?)[ \t]+\Z",
        before_window=260,
        # (The next item may be a site's address: "Nachrichtenagentur dpa rbb24.de".)
        pattern=r"(?=[ \t]*(?:$|\Z|,|und\b|/|&)|[ \t]+[-•*–]?[ \t]*(?-i:[A-ZÄÖÜ])|[ \t]+[a-z0-9-]+\.[a-z]{2,6}\b)",
        hints=("agentur", "Agentur"),
        hint_window=30,
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            ("Verwendete Quellen:\n- Nachrichtenagenturen dpa und AFP\n- tagesschau.de", ("dpa", "AFP")),
            ("Verwendete Quellen:\n• Nachrichtenagentur Reuters", ("Reuters",)),
            (
                "im Freien. Verwendete Quellen Nachrichtenagentur dpa Nachrichtenagentur AFP Mehr zum Thema",
                ("dpa", "AFP"),
            ),
            (
                "Die Polizei fordert mehr Personal. Unsere Quellen: Reporter vor Ort Pressekonferenz der Polizei "
                "Nachrichtenagentur dpa Über dieses Thema berichten wir auch im Fernsehen.",
                ("dpa",),
            ),
            (
                "Der Supermarkt wurde geräumt. Verwendete Quellen Nachrichtenagentur dpa example.de Mitteilung",
                ("dpa",),
            ),
        ),
        counterexamples=(
            "Nachrichtenagentur dpa meldete am Dienstag neue Zahlen.",
            "Das sagte er der Nachrichtenagentur dpa.",
        ),
    ),
    Rule(
        id="agency-in-place",
        relation=W,
        languages=("en", "fr", "de"),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline's line of the agency and the place it filed from ("Reuters in Washington",
        # "Agence France-Presse in Paris"), as British papers print an agency's story, and French
        # and German ones ("Agence France-Presse à Paris"): the whole line, nothing before or after it.
        # A reporter's name may open the line: "Caroline Roe - La Presse canadienne à Québec".
        # Where a page's lines ran together, the reporter's name and a dash stand after the
        # headline's last word, and the page's date follows the place ("... forestier Caroline Roe
        # - La Presse canadienne à Québec 12 mars 2025 Québec La ministre ...").
        before=r"(?:^|\A)[ \t]*(?:(?:By|Par|Von|Por)[ \t]+)?(?:[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){1,3}"
        r"[ \t]*(?:[-–—,|])[ \t]*)?\Z"
        r"|\s[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){1,3}[ \t]+[-–—][ \t]+\Z",
        before_window=60,
        # The place may name its state ("in East Palestine, Ohio").
        # (A weekday is the date's, not the place's: "Associated Press in Valencia Sat 24 Feb 2024"
        # is agency-in-city's.)
        pattern=r"[ \t]+(?:in|à|aus)[ \t]+[A-ZÀ-Þ][\w'’.-]+"
        r"(?:[ \t]+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b)[A-ZÀ-Þ][\w'’.-]+){0,2}"
        r"(?:,[ \t]+[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+)?)?[ \t]*(?=\n|\Z|[ \t]*(?i:"
        + PAGE_DATE
        + r"))",
        wire_only=True,
        weight=0.85,
        examples=(
            (
                "Police clear camp\nAgence France-Presse in Paris\nWed 8 May 2024 13.42 BST",
                ("Agence France-Presse",),
            ),
            (
                "Settlement approved\nAssociated Press in East Palestine, Ohio\nThu 14 Mar 2024",
                ("Associated Press",),
            ),
            ("Regulators fine bank\nReuters in Washington\nThe bank was fined.", ("Reuters",)),
            (
                "Rappel de jouets\nAgence France-Presse à Paris\n3 mai 2024\nLe gouvernement a agi.",
                ("Agence France-Presse",),
            ),
            (
                "Projet de loi déposé\nCaroline Roe - La Presse canadienne à Québec\n12 mars 2024\nLe projet.",
                ("La Presse canadienne",),
            ),
            (
                "Le gouvernement reporte la réforme Caroline Roe - La Presse canadienne à Québec 12 mars 2025 "
                "Québec La ministre a annoncé",
                ("La Presse canadienne",),
            ),
        ),
        counterexamples=(
            "Reuters in Washington reported the fine on Monday.",
            "The fine was paid, Reuters in Washington 12 March 2024 said.",
        ),
    ),
    Rule(
        id="agency-under-date",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline block of the page's date and time, then the agency alone on its line
        # ("14.3.2024 - 11:30\nKeystone-SDA\nDer Kanton Bern will ...").
        # (The month's name may be declined: "12. března 2024 15:45\nČTK\n".)
        before=r"(?:^|\n)[ \t]*(?:\w+,?[ \t]+)?(?i:"
        + PAGE_DATE
        + "|"
        + _SLAVIC_DATE
        + r")[^\n]{0,24}\n[ \t]*\Z",
        before_window=70,
        # (Another agency whose copy it ran may follow: "TT-AFP", "dpa/AFP".)
        pattern=r"(?:[ \t]*[-–/,][ \t]*[A-ZÀ-Þ][\w-]{1,19})*[ \t]*(?=\n|\Z)",
        wire_only=True,
        more_names=True,
        weight=0.75,
        examples=(
            (
                "Velobahnen bis 2035\n14.3.2024 - 11:30\nKeystone-SDA\nDer Kanton will bauen.",
                ("Keystone-SDA",),
            ),
            ("Nové vlaky později\n12. března 2024 15:45\nČTK\nNové jednotky dostanou dráhy.", ("ČTK",)),
            (
                "Tusentals demonstrerade\nPublicerad 2 mars 2024\nTT-AFP\nDemonstranter samlades.",
                ("TT", "AFP"),
            ),
        ),
        counterexamples=(
            "Velobahnen bis 2035\n14.3.2024 - 11:30\nKeystone-SDA meldet, der Kanton will bauen.",
        ),
    ),
    Rule(
        id="agency-over-dateline",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline block of the agency alone on its line, then the story's dateline: a place and a
        # colon or a dash ("QNA\nDoha: Hamad Port handled ...", "Reuters\nLONDON — Shares fell").
        # Where the page's lines ran together, after the headline's last word, the place in
        # capitals ("... vote to strike The Canadian Press MONTREAL — Maintenance workers ...").
        before=r"(?:^|\A)[ \t]*\Z|(?<=[a-z])[ \t]+(?:The[ \t]+)?\Z",
        before_window=8,
        pattern=r"[ \t]*\n[ \t]*[A-ZÀ-ÞА-Я][\w'’.-]+(?:[ \t]+[A-ZÀ-ÞА-Я][\w'’.-]+){0,2}[ \t]*(?::[ \t]|[—–][ \t]|-[ \t]|\([^()\n]{0,30}\)[ \t]*[-—–:])"
        r"|[ \t]+(?-i:[A-ZÀ-Þ]{2,}(?:[ \t]+[A-ZÀ-Þ]{2,}){0,2}),?[ \t]*(?:[—–]|--?)[ \t]",
        # Not a picture's credit before a staff story's dateline: "... in Nueva Ecija. Photo
        # courtesy of PNA MANILA — More provinces ...", "Foto Bernama SHAH ALAM - Fenomena ...".
        not_before=r"\b(?i:photos?|foto|pictures?|images?|gambar|ảnh)(?:[ \t]+(?i:courtesy[ \t]+of|by|from|oleh|ihsan|dari))?"
        r"[ \t]*:?[ \t]*\Z",
        not_before_window=30,
        wire_only=True,
        weight=0.8,
        examples=(
            ("Port traffic rises\nQNA\nDoha: Hamad Port handled more containers in February.", ("QNA",)),
            ("Shares fall\nReuters\nLONDON — Shares fell on Monday.", ("Reuters",)),
            (
                "Canada Metro workers vote to strike The Canadian Press MONTREAL — Workers voted.",
                ("The Canadian Press",),
            ),
        ),
        counterexamples=(
            "Port traffic rises\nQNA\nThe port handled more containers in February.",
            "Cracked soil in a rice field. Photo courtesy of PNA MANILA — More provinces face drought.",
        ),
    ),
    Rule(
        id="agency-place-date-label",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline block of the agency, the place it filed from and the page's date label, on
        # lines of their own or run together ("Press Trust of India\nNew Delhi\nLast Updated : Sep
        # 24", "... by one month Press Trust of India New Delhi Last Updated : Sep 24 2024").
        # Or the agency, maybe its place, and the page's date or reading time ("NCA NewsWire 3 min
        # read", "AFP | 2 min read", "PTI New Delhi - May 07, 2024 10:45 pm").
        pattern=r"(?=[ \t]*[\n|,·•-]?[ \t]*" + _PLACE_WORDS + r"[ \t]*[\n|,·•-]?[ \t]*"
        r"(?:Last[ \t]+)?(?-i:" + DATE_LABELS + r")[ \t]*:"
        r"|(?:[ \t]*[\n|,·•-][ \t]*|[ \t]+)\d{1,2}[ \t]+min(?:ute)?s?[ \t]+read\b"
        r"|[ \t]*[\n|,·•-]?[ \t]*(?-i:(?!(?:Von|VON|By|BY|Par|Por|Di|Door)\b))"
        + _PLACE_WORDS
        + r"[ \t]*[\n|,·•-][ \t]*(?i:"
        + PAGE_DATE
        + r"))",
        # Not inside a sentence or a headline's phrase: no verb of saying, article or preposition
        # right before it ("Neue Chefin für die Deutsche Presse-Agentur").
        not_before=_NOT_A_BYLINE_BEFORE
        + r"|\b(?:said|told|says|according\s+to|of|by|from|for|with|to|at|the|a|an|für|die|der|des|dem|den|bei"
        r"|von|vom|zur|zum|le|la|les|du|de|el|los|las|il|lo)[ \t]+\Z",
        wire_only=True,
        weight=0.6,
        examples=(
            (
                "Govt extends deadline\nPress Trust of India\nNew Delhi\nLast Updated : Sep 24 2024 | 9:41 PM IST",
                ("Press Trust of India",),
            ),
            (
                "Govt extends deadline by one month Press Trust of India New Delhi Last Updated : Sep 24 2024",
                ("Press Trust of India",),
            ),
            (
                "Emma Kirkwood NCA NewsWire 3 min read March 12, 2024 - 4:41PM A man has been charged.",
                ("NCA NewsWire",),
            ),
            ("Lok Sabha polls: turnout recorded PTI New Delhi - May 07, 2024 10:45 pm", ("PTI",)),
        ),
        counterexamples=(
            "The figures were compiled for Reuters London Updated: May 3",
            "Shares rose, the exchange told Reuters London - May 3, 2024",
        ),
    ),
    Rule(
        id="agency-reporter-dated",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline slot of the agency and its reporter over the page's date label: "Author of the
        # article: Bloomberg News Jane Roe Published Aug 14, 2024". (Weaker than a place's reading
        # of the same words: "Press Trust of India New Delhi Last Updated : ...".)
        pattern=r"(?![ \t]+"
        + _AGENCY_PRODUCTS
        + r"\b)[ \t]+(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+[ \t]+){2,3}"
        # (Two reporters: "Bloomberg News Jane Roe and John Doe Published ...".)
        + r"(?:(?:and|und|et|y|e)[ \t]+(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+[ \t]+){2,3})?"
        + DATE_LABELS
        + r"\b",
        # (Nor a picture's label: "Photo: Xinhua Jane Roe Published: 9:12am".)
        not_before=r"\b(?:to|from|with|for|at|the|by|via|said|told|of|in|on)[ \t]*\Z|[/,(][ \t]*\Z"
        r"|\b" + _PICTURE_LABELS + r"[ \t]*:[ \t]*\Z",
        not_before_window=24,
        wire_only=True,
        weight=0.55,
        examples=(
            ("Author of the article: Bloomberg News Jane Roe Published Aug 14, 2024", ("Bloomberg News",)),
        ),
        counterexamples=(
            "The plan was first reported by Reuters Jane Roe Published Aug 14, 2024",
            "The lander's camera view. Photo: Xinhua Jane Roe Published: 9:12am, 2 Jun 2024",
        ),
    ),
    Rule(
        id="agency-last-line",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # The end of the text, or the page's furniture after the article ("... ended. AFP Share this").
        # Its short name may follow in parentheses ("African News Agency (ANA)").
        # Or the first of a list of agencies there ("... unwahrscheinlicher. dpa-AFX, Reuters Mehr zum
        # Thema"), the others read after it.
        # (One look-ahead for both: the group's sieve tries every pattern of the agencies' rules at
        # every hit of an agency's name.)
        # (In brackets too, before a heading of the page's furniture, not before a sentence: "...
        # season. (NAN) Follow us on Facebook", but "... released. (AP) More than anything, ..."
        # closes a caption; at the text's end, the dateline rules' with their captions.)
        # (The site's name may stand between: "... planting. (NAN) Example News Share this: Facebook".)
        pattern=_NOT_A_PICTURE_SERVICE
        + r"(?:\)(?=(?:[ \t]+(?-i:[A-Z][\w'’.-]*)){0,3}[ \t]*\n?[ \t]*(?:"
        + FURNITURE_HEADS
        + r"|Follow[ \t]+us\b|Edited[ \t]+by\b))|(?:[ \t]*\([\w-]{2,12}\))?(?=(?:(?:[ \t]*,|[ \t]+(?:und|and|et|y|e))[ \t]+[\w-]{2,20}|[ \t]*[-–][ \t]*(?-i:[A-Z])[\w-]{1,19}){0,3}"
        + r"[ \t]*\.?\s*(?:\Z|"
        + FURNITURE_AHEAD
        + r"|"
        + FURNITURE_HEADS
        # (Or a promo's call: "... to appeal. African News Agency (ANA) Get your news on the go".)
        + r"|Get[ \t]+(?:your|the|our)\b"
        # (Or the label of the picture under it, where the page's lines ran together: "...
        # meldet einen neuen Höchststand. APA Bild: SN/APA/Jana Roe Das Klimaticket ...".)
        + r"|"
        + PICTURE_LABEL_WORD
        + r"[ \t]*:"
        + r")))",
        more_names=True,
        # Alone on the last line, or after the last sentence where the lines ran together; the word
        # for "agency" may stand before it ("... el proyecto. Agencia AFP").
        # (Or after a caption's credit in capitals, where the lines ran together: "... in Bangkok.
        # PHOTO: REUTERS REUTERS, AFP Join our channel".)
        # (Or after a picture's credit that ends with the agency after its slash: "... för
        # revision. Foto: Jan Roe/TT TT Mest läst", the picture's agency, then the text's.)
        before=r"(?:^|[.!?“”\"»)]|\b(?-i:PHOTOS?|PICS?|FOTOS?)[ \t]*:[ \t]*(?-i:[A-Z][A-Z-]*[A-Z](?:[ \t]*[,/][ \t]*[A-Z][A-Z-]*[A-Z])?)[ \t]"
        r"|[a-zß-ÿ][ \t]?/[ \t]?(?-i:[A-Z][A-Z0-9-]{1,15})[ \t])"
        r"[ \t]*(?-i:(?:Agencia|Agência|Agence|Agenzia|Agentur)[ \t]+)?\(?\Z",
        before_window=40,
        # Not a picture's credit whose label ends in a full stop ("Fot. PAP").
        not_before=r"\b(?i:fot|phot|foto)\.\s*\Z",
        not_before_window=8,
        wire_only=True,
        weight=0.8,
        description="The agency's name alone on the last line of the text.",
        examples=(
            ("The talks ended without a deal.\nAFP", ("AFP",)),
            ("Die Gespräche enden. dpa", ("dpa",)),
            ("The talks ended without a deal. AFP Share this: Facebook", ("AFP",)),
            ("The talks ended without a deal.\nDeutsche Presse-Agentur (dpa)", ("Deutsche Presse-Agentur",)),
            ("Die Gespräche enden. dpa Das könnte Sie auch interessieren", ("dpa",)),
            (
                "Das Ministerium meldet einen Höchststand. APA Bild: SN/APA/JANA ROE Das Ticket gilt.",
                ("APA",),
            ),
            ("Flera reaktorer står stilla. Foto: Jan Roe/TT TT Mest läst Trafikolycka på E4", ("TT",)),
            ("Die Gespräche enden. dpa © Alle Rechte vorbehalten", ("dpa",)),
            ("The canals were cleared ahead of the season. (NAN) Follow us on Facebook", ("NAN",)),
            ("The canals were cleared ahead of the season. (NAN) Edited by Jane Roe", ("NAN",)),
            (
                "A farmer said they had to cut their planting. (NAN) Example News Share this: Facebook",
                ("NAN",),
            ),
            (
                "Die Zinssenkung wird unwahrscheinlicher. dpa-AFX, Reuters Mehr zum Thema",
                ("dpa-AFX", "Reuters"),
            ),
            (
                "Les locataires réclament un encadrement.\n\nJeanne Roe\nLa Presse Canadienne\n\nÀ voir en vidéo",
                ("La Presse Canadienne",),
            ),
            # Two agencies joined by a hyphen, as the Nordic agencies sign another's copy.
            ("Räddningsarbetet försvåras av regn.\n\nTT-AFP", ("TT", "AFP")),
            (
                "The city will study the judgment. African News Agency (ANA) Get your news on the go",
                ("African News Agency",),
            ),
            (
                "Tourism is a key driver. Tourists in Bangkok. PHOTO: REUTERS REUTERS, AFP Join our channel",
                ("REUTERS", "AFP"),
            ),
        ),
        counterexamples=(
            "Power lines in Houston. Credit: Jane Roe/The Associated Press\nSign up for The Brief",
            "Court documents were released on the financier. (AP) More than anything, the public is fascinated.",
            "The report was seen by dpa. dpa said more later.",
            "Posłowie głosowali.\nFot. PAP",
        ),
    ),
    Rule(
        id="agency-dash-dateline",
        relation=W,
        languages=("ru", "uk", "en", "*"),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # "МОСКВА, 3 мая - РИА Новости." / "KYIV, May 3 – Ukrinform.": the city in capitals, the
        # date, then the agency between a dash or comma and a full stop. Or the agency after the
        # date's full stop, before a dash or a colon: "ASTANA. May 3. KAZINFORM -", "BAKU,
        # Azerbaijan, May 3. Trend:".
        # (A regional desk may be glued to the name: "ИНТЕРФАКС-ДАЛЬНИЙ ВОСТОК -".)
        pattern=r"(?:-(?-i:[" + _CAPITALS + r"]{2,}(?:[ \t][" + _CAPITALS + r"]{2,})?))?"
        # The regional edition's or the reporter's name may follow: "— РИА Новости Крым.", "— РИА
        # Новости, Мария Роева."
        r"(?:[ \t]+(?-i:["
        + _CAPITALS
        + r"]["
        + _SMALL_LETTERS
        + r"]{2,})|,[ \t]+(?-i:["
        + _CAPITALS
        + r"]["
        + _SMALL_LETTERS
        + r"]+[ \t]+["
        + _CAPITALS
        + r"]["
        + _SMALL_LETTERS
        + r"]+))?[ \t]*(?:\.|:|(?:--|[-—–])[ \t])",
        # (The place in capitals may follow a page's menu where the lines were joined.)
        before=r"(?:^|[.!?]\s+|\A|\s)["
        + _CAPITALS
        + r"]["
        + _CAPITALS
        + r"-]{2,}(?:\s+["
        + _CAPITALS
        + r"-]{2,})?,"
        # (The country may follow the place: "BRIDGETOWN, Barbados, Mar 7, CMC –".)
        r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?,)?[ \t]+[^\n,.]{1,20}[ \t]*[,—–-][ \t]*\Z"
        # A place not in capitals opens the text (or follows a title's last word, where a page's
        # lines ran together), then its date: "Київ, 3 травня – Укрінформ.", "Київ, 3 травня.
        # Укрінформ."
        r"|(?:\A|(?<=["
        + _SMALL_LETTERS
        + r"])[ \t]+)[ \t]*["
        + _CAPITALS
        + r"][\w'’-]{2,}(?:\s+["
        + _CAPITALS
        + r"][\w'’-]+)?,[ \t]+\d{1,2}(?:\.[ \t]*|[ \t]+)"
        # (The year and the time may follow: "Москва, 25 марта 2024, 14:05 — ИА Регнум.")
        r"[^\W\d_]{3,12}\.?(?:[ \t]+\d{4})?(?:,?[ \t]+\d{1,2}:\d{2})?[ \t]*[.,—–-][ \t]*(?:(?-i:ИА|IA)[ \t]+)?\Z"
        r"|(?:^|[.!?]\s+|\A|\s)["
        + _CAPITALS
        + r"]["
        + _CAPITALS
        + r"-]{2,}(?:\s+["
        + _CAPITALS
        + r"-]{2,})?[.,]"
        r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]+,)?[ \t]+(?:\d{1,2}[ \t]+[^\W\d_]{3,12}|[^\W\d_]{3,12}\.?[ \t]+\d{1,2})\.[ \t]*\Z"
        # Or a place not in capitals opens the line, a full stop after it and after the date:
        # "Москва. 3 мая. INTERFAX.RU -".
        r"|(?:^|(?<=["
        + _SMALL_LETTERS
        + r"])[ \t]+)[ \t]*["
        + _CAPITALS
        + r"][\w'’-]{2,}(?:\s+["
        + _CAPITALS
        + r"][\w'’-]+)?\.[ \t]+\d{1,2}[ \t]+"
        r"[^\W\d_]{3,12}\.[ \t]*\Z"
        # Or the place opens the line, maybe its date, and the agency after a comma: "Tehran, IRNA
        # -- The", "Tehran, May 3, IRNA - The".
        r"|^[ \t]*[" + _CAPITALS + r"][\w'’-]{2,}(?:[ \t]+[" + _CAPITALS + r"][\w'’-]+)?,"
        r"(?:[ \t]*[^\n,.]{1,20},)?[ \t]*\Z",
        before_window=60,
        wire_only=True,
        weight=0.9,
        examples=(
            ("МОСКВА, 3 мая - РИА Новости. Президент заявил", ("РИА Новости",)),
            ("Київ, 3 травня – Укрінформ. Уряд представив план.", ("Укрінформ",)),
            ("ASTANA. May 3. KAZINFORM - The government said.", ("KAZINFORM",)),
            ("Rīga, 3. maijs, LETA. Valdība iesniedza plānu.", ("LETA",)),
            ("Rīga, 12.marts, LETA. Saeima pieņēma grozījumus.", ("LETA",)),
            ("BAKU, Azerbaijan, May 3. AZERTAC: The government said.", ("AZERTAC",)),
            ("Москва. 3 мая. INTERFAX.RU - Президент заявил", ("INTERFAX",)),
            ("Главная Закон принят Москва. 3 мая. INTERFAX.RU - Президент заявил", ("INTERFAX",)),
            ("Tehran, IRNA -- Iran's foreign minister said talks would go on.", ("IRNA",)),
            ("Tehran, May 3, IRNA - Iran's foreign minister said talks would go on.", ("IRNA",)),
            ("BRIDGETOWN, Barbados, Mar 7, CMC – The central bank said the economy grew.", ("CMC",)),
            ("Головна Закон ухвалено Київ, 3 травня. Укрінформ. Уряд представив план.", ("Укрінформ",)),
        ),
        counterexamples=(
            "WASHINGTON, May 3. Reuters reported the talks.",
            "Москва. 3 мая. Интерфакс сообщил о переговорах.",
            "Головна Київ, 3 травня. Укрінформ повідомив про переговори.",
            "Meanwhile, Reuters reported the talks.",
            "In Tehran, IRNA said the talks would go on.",
        ),
    ),
    Rule(
        id="agency-after-byline-capitals",
        relation=W,
        languages=("en",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # "JANE DOE, Associated Press": a byline in capitals without its "By".
        # (Its last word is no lone letter: "in the U.K. A Reuters/Ipsos poll" is a sentence.)
        before=r"(?:^|[\s|])[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]*){0,2}[ \t]+[A-Z][A-Z'’.-]+(?:,[ \t]*|[ \t]+)\Z",
        before_window=60,
        pattern=r"(?!['’]s\b)",
        # Not a line in capitals that says something ("CLICK HERE TO GET THE FOX NEWS APP"): five
        # words or more run into the name.
        not_before=r"(?:^|[\s|])(?:[A-Z][A-Z'’.-]*[ \t]+){5,}\Z",
        not_before_window=80,
        # Nor a dateline with no dash before a sentence whose subject is the agency ("NEW YORK The
        # Associated Press said Thursday it plans to cut ...": a story about it).
        reject_after=_AGENCY_AS_SUBJECT,
        wire_only=True,
        # The agencies listed after it: a German site's "ZEIT ONLINE, dpa, AFP, ces".
        more_names=True,
        weight=0.8,
        examples=(
            ("Space ship breaks up JANE DOE, Associated Press MOSCOW", ("Associated Press",)),
            ("Der Rat tagte. ZEIT ONLINE, dpa, AFP, ces", ("dpa", "AFP")),
        ),
        counterexamples=(
            "Said THE UN AP's count",
            "Polls were close in the U.K. A Reuters/Ipsos poll found a tie.",
            "The inquiry goes on.\nCLICK HERE TO GET THE EXAMPLE NEWS APP",
            "NEW YORK The Associated Press said Thursday it plans to cut staff.",
        ),
    ),
    Rule(
        id="copyright-desk-signature",
        relation=W,
        languages=("de",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A German site's signature closing the text: "© SZ/dpa/mxb", "© dpa/AFP/jg" - the house,
        # the agencies and the editor's initials, in lower case, last. A picture's "© dpa/Jane
        # Doe" names its photographer.
        before=r"©[ \t]*(?:[A-Za-z][\w.-]{0,20}[ \t]*/[ \t]*)?\Z",
        before_window=30,
        pattern=r"(?:[ \t]*/[ \t]*[A-Za-z][\w-]{1,15})*?[ \t]*/[ \t]*[a-z]{2,4}[ \t]*(?=\n|\Z|\.|[ \t]+"
        + FURNITURE_AHEAD
        + r")",
        not_before=r"\b" + _PICTURE_LABELS + _LABEL_END + r"[^\n]{0,40}\Z",
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            ("Der Rat tagte am Dienstag.\n© SZ/dpa/mxb", ("dpa",)),
            ("Der Rat tagte am Dienstag. © SZ/dpa/mxb Teilen", ("dpa",)),
            ("Der Rat tagte am Dienstag.\n© dpa/AFP/jg", ("dpa", "AFP")),
        ),
        counterexamples=(
            "Der Rat tagte am Dienstag.\n© dpa/Jane Doe",
            "Der Rat tagte.\n© dpa/mxb Die Lage bleibt.",
            "Der Rat tagte am Dienstag.\nFoto: © dpa/mxb",
        ),
    ),
    Rule(
        id="agency-after-byline-line",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline line of its own: a person's name, then the agency, and the line ends ("Jane Doe
        # Reuters", as a page's author and source fields run together).
        before=r"^[ \t]*(?:By[ \t]+)?" + _BYLINE_PEOPLE + r"(?:,[ \t]*|[ \t]+)\Z",
        before_window=80,
        pattern=r"[ \t]*(?=\n|\Z)",
        # Not a heading of the page's furniture over a list of tags ("Related Topics KBC Xinhua").
        not_before=r"(?m:^)[ \t]*(?:" + FURNITURE_HEADS + r"|" + FURNITURE_AHEAD + r")[^\n]*\Z",
        not_before_window=80,
        wire_only=True,
        weight=0.8,
        examples=(("Space ship breaks up\nJane Doe Reuters\nThe craft broke up on Monday.", ("Reuters",)),),
        counterexamples=(
            "Space ship breaks up\nJane Doe Reuters reports\nThe craft broke up.",
            "The deal covers video and photos.\nRelated Topics KBC Xinhua",
        ),
    ),
    Rule(
        id="agency-after-byline-dated",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline where a page's lines ran together: a person's name and a comma, the agency, then
        # the page's date ("... demand surges Jane Roe, Press Association Fri 3 May 2024 at 10:12").
        before=r"(?:^|[\s.!?:|])" + _BYLINE_PEOPLE + r",[ \t]*\Z",
        before_window=80,
        # (Or the day it is, with the time: "Jane Roe, PA Today at 14:12".)
        pattern=r"[ \t]+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?i:"
        + PAGE_DATE
        + r"|"
        + _RELATIVE_DAY_TIME
        + r")",
        wire_only=True,
        weight=0.8,
        examples=(
            (
                "Airport records busiest April as demand surges Jane Roe, Press Association Fri 3 May 2024 "
                "at 10:12 The airport has recorded its busiest April.",
                ("Press Association",),
            ),
            (
                "Health budget faces cuts Kenneth Doe, PA Today at 14:12 The minister is due to speak.",
                ("PA",),
            ),
        ),
        counterexamples=("Prices rose, Reuters 3 May 2024 reported",),
    ),
    Rule(
        id="agency-copy-id",
        relation=W,
        languages=("de",),
        trigger=r"\bdpa:\d{6}-\d{2,4}-\d{2,}",
        pattern=r"(?P<name>dpa)",
        weight=0.9,
        description="The copy number under a dpa story: 'dpa-infocom, dpa:240904-99-123456/2'.",
        examples=(("© dpa-infocom, dpa:240904-99-123456/2", ("dpa",)),),
    ),
    Rule(
        id="agency-dispatch-zh",
        relation=W,
        languages=("zh",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # "新华社北京4月24日电" (Xinhua, Beijing, April 24: the dispatch line), "新华社记者" (a Xinhua
        # reporter wrote it).
        # Traditional characters too: "中央社記者王小明台北3日電" (Taiwan's CNA).
        # And the line of a story compiled from the wires: "（中央社東京3日綜合外電報導）".
        # (A space may part the agency from the reporter's word: "中央社 記者 吳家瑋／首爾5日專電".)
        # (The month may be left out, "（法新社巴黎12日電）", and a slash follow the agency, "中央社／ 首爾12日
        # 綜合外電報導".)
        # (A reporter's word is a byline's where the reporter's name follows it and ends there:
        # "新华社记者 张三", not a headline's "美联社记者又被拒之门外".)
        # (Or no day at all, in brackets: "（法新社东京电）".)
        # (The day may be written in Chinese numerals: "【新華社北京二日電】".)
        pattern=r"(?:[／/][ \t]*)?(?:[^\s，。、“”\d]{0,8}?(?:\d{1,2}(?:月\d{1,2})?|[一二三四五六七八九十廿卅]{1,3})日(?:专|專)?[电電]"
        r"|[^\s，。、“”\d（）()]{1,8}?(?:专|專)?[电電](?=[）)])"
        r"|[ \t]?[记記]者(?=[ \t]?[^\s，。、“”（）()／/]{2,4}(?:[ \t）)／/、]|\Z))"
        r"|[^\s，。、“”\d]{0,8}?\d{1,2}日(?:綜合|综合)(?:外電|外电)?(?:報導|报道))",
        # Not a reporter spoken to: "对新华社记者表示" (said to a Xinhua reporter), "接受新华社记者采访"
        # (in an interview with one).
        not_before=r"(?:对|向|接受|告诉|据)\s*\Z",
        not_before_window=4,
        wire_only=True,
        weight=0.9,
        examples=(
            ("新华社北京4月24日电 题：航天合作", ("新华社",)),
            ("（中央社記者王小明台北3日電）政府表示", ("中央社",)),
            ("（中央社東京3日綜合外電報導）日本黃金週假期進入高峰", ("中央社",)),
            ("（法新社巴黎12日電） 數以百計法國農民今天駕駛拖拉機駛入巴黎", ("法新社",)),
            ("（法新社东京电）日本自民党总裁星期二在国会首相指名选举中当选", ("法新社",)),
            ("【新華社北京二日電】據中國載人航天工程辦公室消息", ("新華社",)),
            ("2024-03-12 14:05 中央社／ 首爾12日綜合外電報導 南韓首爾市政府今天宣布", ("中央社",)),
            (
                "南韓央行意外維持利率不變 2025-03-05 11:24 中央社 記者 吳家瑋／首爾5日專電 南韓央行今天",
                ("中央社",),
            ),
            ("黄河流域生态保护取得新进展 新华社记者 张三 李四 近日，记者来到", ("新华社",)),
        ),
        counterexamples=(
            "新华社电视台播出了这个节目。",
            "国际 美联社记者又被拒之门外，白宫与媒体之争升级",
            "外交部发言人对新华社记者表示，计划将继续。",
            "他在接受新华社记者采访时说，计划将继续。",
        ),
    ),
    Rule(
        id="agency-dispatch-ju",
        relation=W,
        languages=("zh",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # "据新华社电" (by Xinhua's dispatch), opening a story a paper took from the agency: a dispatch,
        # not "据新华社报道" (as Xinhua reported).
        pattern=r"(?=[电電])",
        before=r"据\s*\Z",
        before_window=3,
        wire_only=True,
        weight=0.85,
        examples=(("长江口禁捕水域发现成群江豚 据新华社电 记者4日从上海市农业农村委员会获悉", ("新华社",)),),
        counterexamples=("据新华社报道，长江口禁捕水域发现成群江豚。",),
    ),
    Rule(
        id="agency-in-city",
        relation=W,
        languages=("en", "fr"),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # The Guardian's byline for agency copy: "Associated Press in Valencia  Sat 24 Feb 2024"; the
        # place may name its state ("in East Palestine, Ohio"), and a French paper's is the same
        # ("La Presse canadienne à Ottawa 8 mars 2024").
        pattern=r"[ \t]+(?:in|à)[ \t]+[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,2}"
        r"(?:,[ \t]+[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*)?)?[ \t]+"
        r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?[ \t]+)?\d{1,2}[ \t]+(?:[A-Z][a-z]{2,8}|(?:janv|févr|mars|avril|mai|juin"
        r"|juil|août|sept|oct|nov|déc)[a-zéû]{0,6})\.?[ \t]+\d{4}",
        wire_only=True,
        in_prose=True,
        weight=0.85,
        examples=(
            ("Associated Press in Valencia Sat 24 Feb 2024 12.42 CET", ("Associated Press",)),
            (
                "Settlement approved for residents Associated Press in East Palestine, Ohio Thu 14 Mar 2024 10.02 EDT",
                ("Associated Press",),
            ),
            (
                "Ottawa prolonge le plafond jusqu'en 2026 La Presse canadienne à Ottawa 8 mars 2024 Canada Partager",
                ("La Presse canadienne",),
            ),
        ),
        counterexamples=("Reuters in London said on 3 May 2024 that it would cut jobs.",),
    ),
    Rule(
        id="agency-after-published-date",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline slot under the date line, where the page's lines ran together: "Published
        # November 13, 2015 Associated Press", in any language ("Publicerad 2 mars 2024 TT-AFP
        # Demonstranter samlades ...", "Publisert: 02.05.24 16:44 NTB"). The label says it is the
        # byline's date, not a sentence's.
        # (Or the label as a sentence: "This content was published on 12 March 2024 - 10:15".) A
        # reading time may follow the time ("... - 10:15 2 minuti Keystone-ATS").
        before=r"(?:(?-i:\b"
        + DATE_LABELS
        + r")|\b(?:content|article|story|contenu|contenuto|articolo|contenido|artículo|conteúdo|artigo)[ \t]+"
        r"(?:was|a[ \t]+été|è[ \t]+stato|fue|foi)[ \t]+(?:published|publié|pubblicato|publicado))"
        r"[ \t]*:?[ \t]+(?:on[ \t]+)?(?:[A-Za-zÀ-ÿ]+,?[ \t]+)?(?i:"
        + PAGE_DATE
        + "|"
        + _SLAVIC_DATE
        + r")(?:,?[ \t]+(?:[-–|][ \t]+)?(?:(?:kl|klo|um|at|à|alle|às|o)\.?[ \t]+)?\d{1,2}[:.h]\d{2}"
        r"(?:[ \t]*(?:Uhr|[AaPp]\.?[Mm]\.?))?(?:[ \t]+[A-Z]{2,4})?)?"
        r"(?:[ \t]+\d{1,2}[ \t]+(?:min(?:utes?|uti|utos|uten?)?\.?)(?:[ \t]+(?:read|de[ \t]+lecture|di[ \t]+lettura"
        r"|de[ \t]+lectura|de[ \t]+leitura|Lesezeit))?)?[ \t|]*\Z",
        before_window=80,
        hints=(*_DATE_LABEL_HINTS, "published", "publié", "pubblicato", "publicado"),
        hint_window=80,
        # Not a picture's label after it ("Published May 3, 2024 AP Photo"). (Another agency whose
        # copy it ran may follow: "TT-AFP".)
        pattern=r"(?!['’]s\b)(?<!Photo)(?<!Foto)(?<!Image)(?:[ \t]*[-–/,][ \t]*[A-ZÀ-Þ][\w-]{1,19})*(?![ \t]+"
        + _PICTURE_LABELS
        + r"\b)",
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            (
                "Party insiders give an edge Published November 13, 2015 Associated Press Facebook",
                ("Associated Press",),
            ),
            (
                "Tusentals demonstrerade mot ny lag Publicerad 2 mars 2024 TT-AFP Demonstranter samlades.",
                ("TT", "AFP"),
            ),
            ("Oslo Børs stiger Publisert: 02.05.24 16:44 NTB Hovedindeksen steg 1,2 prosent.", ("NTB",)),
            (
                "Questo contenuto è stato pubblicato il 12 marzo 2024 - 10:15 2 minuti Keystone-ATS Ticino: il "
                "numero è salito.",
                ("Keystone-ATS",),
            ),
        ),
        counterexamples=(
            "Budget passes Published May 3, 2024 AP Photo Lawmakers met on Friday.",
            "Budget passes Updated 3 May 2024 Reuters Foto: Jane Roe Lawmakers met on Friday.",
            "The law passed on 3 May 2024 AFP Lawmakers met.",
        ),
    ),
    Rule(
        id="written-under-agency",
        relation=W,
        languages=("en",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A note of the service a story was written for: "This story was written by a Local
        # Democracy Reporter under the Local Democracy Reporting Service, which is funded by ...".
        before=r"\b(?:[Tt]his|[Tt]he)[ \t]+(?:story|article|report|piece)[ \t]+(?:was|has[ \t]+been)[ \t]+(?:written|produced|"
        r"supplied|provided|filed)\b[^.\n]{0,80}?\b(?:under|through|via|for|as[ \t]+part[ \t]+of)[ \t]+(?:the[ \t]+)?\Z",
        before_window=140,
        hints=("written", "produced", "supplied", "provided", "filed"),
        hint_window=140,
        wire_only=True,
        weight=0.85,
        examples=(
            (
                "This story was written by a Local Democracy Reporter under the Local Democracy Reporting "
                "Service, which is funded by the BBC.",
                ("Local Democracy Reporting Service",),
            ),
        ),
        counterexamples=("This story was written for the Example Post by Jane Roe.",),
    ),
    Rule(
        id="agency-contributing",
        relation=W,
        languages=("en",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # "Contributing: Jane Doe, John Roe, Associated Press." (USA Today's closing line).
        before=r"\bContribut(?:ing|ors?)[ \t]*:[ \t]*(?:[^.\n:]{0,120}?(?:,|\band)[ \t]*)?\Z",
        before_window=140,
        hints=("Contribut",),
        hint_window=140,
        wire_only=True,
        weight=0.85,
        examples=(("Contributing: Jane Doe, John Roe, Associated Press.", ("Associated Press",)),),
    ),
    Rule(
        id="agency-writers-contributed",
        relation=W,
        languages=("en",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # "AP writer Jane Doe in London contributed to this report": the agency's staff, named
        # before the words that say they contributed.
        pattern=r"(?:['’]s)?[ \t]+(?:[Ss]taff[ \t]+)?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?)\b"
        # A place's abbreviation keeps its period ("in Birmingham, Ala., and", "Washington, D.C.
        # and", "St. Louis"); any other period ends the sentence.
        # (And a middle initial's: "Jonathan J. Cooper in Phoenix".)
        r"(?:[^\n.]|\.(?=[,;]|[A-Z]\.|[ \t]+[a-z])|(?<=\b[A-Z][a-z])\.(?=[ \t]+[A-Z])|(?<=[ \t][A-Z])\.(?=[ \t]+[A-Z])){0,160}?"
        r"\bcontributed(?:\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting|from)\b|\.(?:\s|\Z))",
        in_prose=True,
        wire_only=True,
        weight=0.85,
        examples=(
            ("AP writer Jane Doe in London contributed to this report.", ("AP",)),
            ("Associated Press writers Jane Doe and John Roe contributed from Paris.", ("Associated Press",)),
            ("AP writers Jane Doe and John Roe contributed.", ("AP",)),
            (
                "Associated Press writer Jane Q. Roe in Phoenix contributed to this report.",
                ("Associated Press",),
            ),
        ),
        counterexamples=("A Reuters reporter asked the minister, who contributed nothing.",),
    ),
    Rule(
        id="this-story-by-agency",
        relation=W,
        languages=("en",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # "This report was written by The Associated Press", "This story was reported by Reuters":
        # said of the text itself ("The deal was first reported by Reuters" is about the news).
        # And The Canadian Press's footer: "This report by The Canadian Press was first published".
        before=r"\b[Tt]his\s+(?:story|report|article|piece)\s+(?:(?:was|has\s+been|is)\s+"
        r"(?:written|reported|produced|prepared|compiled|provided)\s+)?by\s+(?:the\s+)?\Z",
        before_window=70,
        hints=(" by ",),
        hint_window=8,
        in_prose=True,
        wire_only=True,
        weight=0.85,
        examples=(
            ("The talks ended. This report was written by The Associated Press.", ("The Associated Press",)),
            (
                "The talks ended.\nThis report by The Canadian Press was first published May 3, 2024.",
                ("The Canadian Press",),
            ),
        ),
        counterexamples=("The deal was first reported by Reuters on Monday.",),
    ),
    Rule(
        id="agency-member-exchange",
        relation=R,
        languages=("en",),
        # A member paper's story that the AP carries names the paper: "This is an AP Member
        # Exchange shared by the X", "This story was provided to The Associated Press by X".
        trigger=r"\bAP\s+Member\s+Exchange\b|\b(?:provided|shared)\s+(?:to|with)\s+(?:The\s+)?(?:Associated\s+Press|AP)"
        r"\s+by\s",
        pattern=r"(?:AP\s+Member\s+Exchange(?:\s+(?:feature|story))?\s+shared\s+by|\w+\s+\w+\s+(?:The\s+)?"
        r"(?:Associated\s+Press|AP)\s+by)\s+(?-i:the\s+)?(?P<tail>)",
        case_sensitive=True,
        weight=0.85,
        examples=(
            (
                "The council met.\nThis is an AP Member Exchange shared by the Example Ledger.",
                ("Example Ledger",),
            ),
            (
                "The council met.\nThis story was provided to The Associated Press by the Example Ledger.",
                ("Example Ledger",),
            ),
        ),
        counterexamples=("The council met.\nThe photo was shared with AP by a reader.",),
    ),
    Rule(
        id="information-from-label",
        relation=S,
        languages=("en",),
        # The AP's closing label for what a state story took from a member paper: "Information
        # from: The Example Ledger, http://www.exampleledger.com". Its own line or sentence.
        trigger=r"\bInformation\s+from\s*:\s",
        pattern=r"Information\s+from\s*:\s*(?P<tail>)",
        before=r"(?:^|[.!?][ \t]+)[ \t]*\Z",
        before_window=4,
        case_sensitive=True,
        by_kind=True,
        weight=0.75,
        examples=(
            (
                "The council met.\nInformation from: The Example Ledger, http://www.exampleledger.com",
                ("The Example Ledger",),
            ),
        ),
        counterexamples=("The council met. More information from: the city clerk",),
    ),
    Rule(
        id="syndicated-feed-of",
        relation=W,
        languages=("en",),
        # An Indian site's note on agency copy, when it names the agency: "(This story has not been
        # edited by X staff and is auto-generated from a syndicated feed of IANS.)"
        trigger=r"\bsyndicated\s+(?:news\s+)?feed\s+(?:of|from)\s",
        pattern=r"syndicated\s+(?:news\s+)?feed\s+(?:of|from)\s+(?:the\s+)?(?P<tail>)",
        by_kind=True,
        weight=0.8,
        examples=(
            (
                "(This story has not been edited by Example Times staff and is auto-generated from a "
                "syndicated feed of IANS.)",
                ("IANS",),
            ),
        ),
    ),
    Rule(
        id="automated-agency-copy",
        relation=W,
        languages=("de",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A site's note on agency copy it runs unedited: "Diese Meldung ist Teil eines
        # automatisierten Angebots der ... Deutschen Presse-Agentur (dpa)", "Dieser Artikel wurde
        # automatisch aus einer Meldung der Deutschen Presse-Agentur erstellt", "... automatisch aus
        # einer dpa-Meldung erstellt". ("Das Gesetz tritt automatisch in Kraft, wie dpa meldet" is
        # no such note: the offer or the report is named.)
        before=r"(?i:\bautomati\w+\s+(?:Angebot\w*|(?:aus|von)\s+(?:einer|der|dem)\s+(?:Meldung|Nachricht|Text)\w*)"
        r"\b[^.\n]{0,100}?|\bautomati\w+\s+(?:aus|von)\s+(?:einer|der|dem)\s+)\Z",
        before_window=140,
        hints=("utomati",),
        hint_window=140,
        in_prose=True,
        wire_only=True,
        more_names=True,
        weight=0.85,
        examples=(
            (
                "Diese Meldung ist Teil eines automatisierten Angebots der nach strengen journalistischen "
                "Regeln arbeitenden Deutschen Presse-Agentur (dpa).",
                ("Deutschen Presse-Agentur",),
            ),
            (
                "Dieser Artikel wurde automatisch aus einer Meldung der Deutschen Presse-Agentur erstellt.",
                ("Deutschen Presse-Agentur",),
            ),
            ("Dieser Text wurde automatisch aus einer dpa-Meldung erstellt.", ("dpa",)),
        ),
        counterexamples=("Das Gesetz tritt automatisch in Kraft, wie dpa meldet.",),
    ),
    Rule(
        id="auto-generated-from-agency",
        relation=W,
        languages=("en",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # An Indian site's note on agency copy: "This report is auto-generated from PTI news
        # service", "auto-generated from an ANI feed".
        before=r"(?i:\bauto-?generated\s+from\s+(?:an?\s+|the\s+)?)\Z",
        before_window=40,
        # The agency's figures are no copy of its: "The chart is auto-generated from Reuters data."
        reject_after=r"(?i:[ \t]+(?:data|figures|statistics|graphics?|charts?|calculations?|polls?)\b)",
        hints=("generated",),
        hint_window=40,
        in_prose=True,
        wire_only=True,
        weight=0.85,
        examples=(
            ("This report is auto-generated from PTI news service.", ("PTI",)),
            ("This article is auto-generated from an ANI feed.", ("ANI",)),
        ),
        counterexamples=("The chart is auto-generated from Reuters data.",),
    ),
    Rule(
        id="from-agency-reports",
        relation=W,
        languages=("en",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A brief's closing line: "Compiled from Reuters and AP reports", "From AP reports",
        # "Compiled from reports by the Associated Press". ("From staff and wire reports" names
        # no agency.)
        # An agency after another and "and" is read at its own name ("from Reuters and AP reports").
        # ("Compiled by our international desk from AP and AFP reports": the desk between.)
        before=r"(?:(?:^|[.!?)][ \t]+|[—–-][ \t]*|\([ \t]*)(?i:(?:compiled[ \t]+)?from)"
        r"|(?i:\bcompiled[ \t]+(?:by[ \t]+(?:our|the|an?)[ \t]+[\w -]{1,40}?[ \t]+)?from)"
        r"|(?i:\b(?:wire|agency|news[ \t]+agency)[ \t]+(?:reports|copy|dispatches)[ \t]+from))[ \t]+"
        r"(?i:(?:reports?[ \t]+(?:by|from)[ \t]+)?(?:the[ \t]+)?)"
        r"(?:(?-i:[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3})[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?)?\Z",
        before_window=80,
        hints=("rom",),
        hint_window=80,
        in_prose=True,
        # The agency's reports closing the line, or more agencies and then theirs: not "from AP
        # photographers", not "From AFP reports we know ...".
        reject_after=r"(?![ \t]+(?:and|&)[ \t]+|[ \t]+(?i:wire[ \t]+)?(?i:reports?|dispatches)[ \t]*(?:[.;)]|$|\Z|"
        + FURNITURE_AHEAD
        + r")|[ \t]*(?:[.;)]|\Z))",
        wire_only=True,
        weight=0.8,
        examples=(
            (
                "An earthquake struck.\nCompiled by our international desk from AP and AFP reports.",
                ("AP", "AFP"),
            ),
            ("The council met on Tuesday.\nCompiled from Reuters and AP reports.", ("Reuters", "AP")),
            ("The council met on Tuesday.\n— From AP reports", ("AP",)),
            ("The council met.\nCompiled by Jane Doe with wire reports from AP and AFP.", ("AP", "AFP")),
            (
                "The council met.\nCompiled from reports by the Associated Press and Reuters.",
                ("Associated Press", "Reuters"),
            ),
        ),
        counterexamples=(
            "The council met on Tuesday.\nFrom staff and wire reports",
            "The pictures came from AP photographers in the field.",
            "The council met on Tuesday.\nFrom AFP reports we know more about the vote.",
        ),
    ),
    Rule(
        id="agency-solely-responsible",
        relation=W,
        languages=("en",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # The closing line of the AP's funded coverage ("The AP is solely responsible for all
        # content"), which travels with every copy of the story.
        pattern=r"[ \t]+is[ \t]+solely[ \t]+responsible[ \t]+for[ \t]+(?:all|this|the)[ \t]+content\b",
        in_prose=True,
        wire_only=True,
        weight=0.8,
        examples=(
            (
                "The Associated Press receives support from the Example Foundation. The AP is solely "
                "responsible for all content.",
                ("AP",),
            ),
        ),
    ),
    Rule(
        id="agency-correspondent-reports",
        relation=W,
        languages=("uk", "ru", "el"),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # "... передає власний кореспондент Укрінформу" / "передает корреспондент ТАСС": the
        # agency's own sign-off, run by whoever copies its story.
        # (Or its byline in Greek: "Από την ανταποκρίτρια του ΑΠΕ-ΜΠΕ στις Βρυξέλλες", from its
        # correspondent; "μιλώντας στον ανταποκριτή του ΑΠΕ-ΜΠΕ" is a quote's.)
        before=r"(?:(?:переда[єе]|передает|повідомля[єе]|сообщает|інформує)[ \t]+(?:власний[ \t]+|собственный[ \t]+|"
        r"спеціальний[ \t]+|специальный[ \t]+)?(?:кореспондент|корреспондент)\w*[ \t]+(?:агентства[ \t]+|агентства[ \t]+)?"
        r"|(?-i:Από)[ \t]+(?:την|τον)[ \t]+(?:ανταποκρίτρια|ανταποκριτή|απεσταλμένη|απεσταλμένο)[ \t]+(?:του|της)[ \t]+)\Z",
        before_window=60,
        hints=("кор", "Από"),
        hint_window=60,
        wire_only=True,
        in_prose=True,
        weight=0.85,
        examples=(
            ("заявив міністр, передає власний кореспондент Укрінформу.", ("Укрінформу",)),
            ("сообщил министр, передает корреспондент ТАСС.", ("ТАСС",)),
            (
                "Εγκρίθηκαν τα κονδύλια Από την ανταποκρίτρια του ΑΠΕ-ΜΠΕ στις Βρυξέλλες, Ελένη Ρόη",
                ("ΑΠΕ-ΜΠΕ",),
            ),
        ),
        counterexamples=("Μιλώντας στον ανταποκριτή του ΑΠΕ-ΜΠΕ, ο υπουργός είπε ότι θα συνεχίσει.",),
    ),
    Rule(
        id="trademark-copyright",
        relation=W,
        languages=("en",),
        trigger=r"[ \t]*(?:™|®|\(TM\))[ \t]*(?:&|and)[ \t]*(?:©|\(c\)|Copyright)[ \t]*\d{4}",
        pattern=r"[ \t]*(?:™|®|\(TM\))",
        # "The-CNN-Wire ™ & © 2013 Cable News Network": a wire service's mark and copyright line,
        # the house's copy supplied to others (a wire's credit, whatever kind the house is).
        before=r"(?-i:(?P<tail>\b[A-Z][\w.-]*(?:[ -][A-Z][\w.-]*){0,4}))\Z",
        before_window=60,
        known_only=True,
        weight=0.8,
        examples=(
            ("The CNN Wire ™ & © 2016 Cable News Network, Inc., a Time Warner Company.", ("The CNN Wire",)),
        ),
    ),
    Rule(
        id="site-created-line",
        relation=S,
        languages=("fr", "de", "it", "en"),
        trigger=r"\b[\w-]+\.[a-z]{2,6}[ \t]*\((?:Créé|Créée|Mis à jour|Erstellt|Aktualisiert|Creato|Created|Updated)[ \t]*:",
        pattern=r"(?P<tail>)",
        by_kind=True,
        weight=0.7,
        description="The Swiss papers' source line under a copied story: 'Tdg.ch (Créé: 22.07.2017)'.",
        examples=(("(afp/nxp) Example.ch (Créé: 22.07.2017, 22h10) Next story", ("Example.ch",)),),
    ),
    Rule(
        id="unnamed-agencies-byline",
        relation=W,
        languages=("es", "pt", "it", "fr", "de", "en"),
        trigger=r"/[ \t]*" + _UNNAMED_AGENCIES + r"\b",
        pattern=r"/[ \t]*(?P<name>\w+)",
        # A byline of initials or the site's desk and "/ AGENCIAS": the story is agency copy,
        # the agencies unnamed. "Source: news agencies" in a sentence is no byline.
        before=r"(?:^|[\s|])(?:(?:[A-ZÀ-Þ]\.[ \t]*){1,4}|[A-Z0-9][A-ZÀ-Þ0-9.-]{2,20}|(?i:Redacci[óo]n|Reda[çc][ãa]o|Redazione|"
        r"R[ée]daction|Redaktion))[ \t]*\Z",
        before_window=30,
        case_sensitive=True,
        generic_ok=True,
        weight=0.75,
        examples=(
            ("Las rebajas siguen H. M. G. / AGENCIAS Comercio y logística impulsan", ("AGENCIAS",)),
            ("Las rebajas siguen REDACCIÓN / AGENCIAS Comercio y logística impulsan", ("AGENCIAS",)),
        ),
        counterexamples=("Datos de mercado/agencias de empleo",),
    ),
    Rule(
        id="unnamed-agencies-slot",
        relation=W,
        languages=("es", "pt", "it", "fr", "de", "en"),
        trigger=r"\b" + _UNNAMED_AGENCIES + r"\b",
        pattern=r"(?P<name>\w+)(?=[ \t]*(?:\)[ \t]*(?:[-–—.:]|$)|$|\||[-–—][ \t]+[A-ZÀ-Þ])|[ \t]+"
        + FURNITURE_AHEAD
        + ")",
        # The agencies unnamed where a byline, a dateline or a source label names the author: "Por
        # Agencias", "Madrid, 3 may (Agencias) -", "Fuente: Agencias", and "Agencias | Madrid" or
        # "Agencias" alone over the story. In a sentence they are a subject ("Agencias de viajes").
        before=r"(?:\b(?:Por|POR|Par|PAR|Von|VON|Di|DI|By|BY)[ \t]+|\([ \t]*|"
        r"\b(?i:fuente|fonte|quelle|source)[ \t]*:[ \t]*|\A[ \t]*|\n[ \t]*)\Z",
        before_window=12,
        case_sensitive=True,
        generic_ok=True,
        weight=0.7,
        examples=(
            ("Agencias | Madrid\nEl consejo se reunió el martes.", ("Agencias",)),
            ("Madrid, 3 may (Agencias) - El consejo se reunió el martes.", ("Agencias",)),
            ("El consejo se reunió el martes. Fuente: Agencias", ("Agencias",)),
            ("Por Agencias\nEl consejo se reunió el martes.", ("Agencias",)),
            ("By Agencies\nThe council met on Tuesday.", ("Agencies",)),
        ),
        counterexamples=(
            "Agencias de viajes y hoteles esperan un buen verano.",
            "El consejo se reunió (según agencias) el martes.",
            "Las Agencias Tributarias (Agencias) de cada región.",
            "Noticias Agencias | Hoteles",
        ),
    ),
    Rule(
        id="byline-dash-outlet",
        relation=S,
        languages=("en", "es", "pt", "fr", "de"),
        # "By Jane Doe - Truthout", "Por Jane Doe | El País", "Von Jane Doe | Example Zeitung".
        trigger=r"\b(?:[Bb]y|Por|Par|Von)[ \t]+[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}[ \t]+[-–—|][ \t]+[A-Z]",
        pattern=r"(?:[Bb]y|Por|Par|Von)[ \t]+[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}[ \t]+[-–—|][ \t]+(?P<tail>)",
        # A blog's repost names the author and the outlet it took the piece from.
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        weight=0.65,
        examples=(
            ("A Scandal by Jane Doe - Truthout Lara Logan is a reporter", ("Truthout",)),
            ("Aprueban el presupuesto Por Jane Doe | El País El ayuntamiento aprobó", ("El País",)),
        ),
        counterexamples=(
            "by Jane Doe - Staff Writer",
            # (A paper's own name, not a registered one it opens: "Boston" is a site's address.)
            "Pileup closes I-95 By Jane Roe | Boston Herald PUBLISHED: January 29, 2025",
        ),
    ),
    Rule(
        id="byline-comma-outlet",
        relation=S,
        languages=("en",),
        # "By Jane Doe, The Washington Post": a byline that names the reporter's outlet, as a
        # copy of another paper's story prints it. A person's name (two to four words, not a
        # date's: "By Christmas Eve, The Post had ...") and a registered outlet that ends the
        # byline: a lower-case word after it makes a sentence of it.
        trigger=rf"\b{_BY}[ \t]+{_BYLINE_PEOPLE}(?:,|[ \t]+[•·]|[ \t]+of(?:[ \t]+the)?|[ \t]+for)[ \t]+[A-Z]",
        pattern=rf"{_BY}[ \t]+"
        r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Christmas|Easter"
        r"|Thanksgiving|New[ \t]+Year|Then|Now|Late|Early|Mid|Last|Next|This|That|The|Election|Spring|Summer"
        r"|Autumn|Fall|Winter)\b)"
        rf"{_BYLINE_PEOPLE}(?:,|[ \t]+[•·]|[ \t]+of(?:[ \t]+the)?|[ \t]+for)[ \t]+(?P<tail>)",
        # Nor a paper's desk or a reporter's title after the name ("By Jane Doe, Times Staff Writer",
        # "By Jane Doe, Local Democracy Reporter").
        reject_after=r"['’]s\b|,?[ \t]+[a-z]|(?:[ \t]+[A-Z][\w-]+){0,2}[ \t]+" + _NEWSROOM_ROLES,
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        weight=0.65,
        examples=(
            ("The council met.\nBy Jane Doe, The Washington Post\nLawmakers met.", ("The Washington Post",)),
            ("By Jane Doe and John Roe, The New York Times\nLawmakers met.", ("The New York Times",)),
            ("Story by Jane Doe, The Washington Post", ("The Washington Post",)),
            ("Story by Jane Doe • The Washington Post\nLawmakers met.", ("The Washington Post",)),
            ("By Jane Doe of The Washington Post\nLawmakers met.", ("The Washington Post",)),
            ("Work will start soon.\nWritten by Jane Doe for The Washington Post.", ("The Washington Post",)),
        ),
        counterexamples=(
            "Council tax to rise\nBy Rob Roe, Local Democracy Reporter\nThe cabinet recommended the increase.",
            "Council votes to sell car parks\nBy Rob Roe, Local Democracy Reporting\nThe council voted.",
            "By Jane Doe, Staff Writer",
            "By Christmas Eve, The Washington Post had published the story.",
            "By Jane Doe, The Washington Post's correspondent",
            "By Jane Doe, The Washington Post reported on Monday.",
            "By Jane Doe, Times Staff Writer",
            "By Jane Doe of Springfield, a reader",
        ),
    ),
    Rule(
        id="text-label-person-outlet",
        relation=S,
        languages=("de",),
        # The German label of who wrote a reprinted report, the writer and then the paper, on a
        # line of its own ("Text: Jana Roe, Example-Zeitung", as a club's or a town's site credits
        # a newspaper's report it runs). Registered names only: a writer's role may follow instead
        # ("Text: Jana Roe, Pressesprecherin").
        trigger=r"(?m:^)[ \t]*Text[ \t]*:[ \t]",
        pattern=rf"[ \t]*Text[ \t]*:[ \t]*{_PERSON},[ \t]*(?P<tail>)",
        reject_after=r"[^\n]*?[.!?][ \t]+\S",
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        weight=0.7,
        examples=(
            (
                "Die Halle wurde eingeweiht.\nText: Jana Roe, Rheinische Post\nFoto: Jo Doe",
                ("Rheinische Post",),
            ),
        ),
        counterexamples=("Die Halle wurde eingeweiht.\nText: Jana Roe, Pressesprecherin\nFoto: Jo Doe",),
    ),
    Rule(
        id="copyright-to-see-more",
        relation=R,
        languages=("en",),
        # A network's closing line on a member station's copy: "Copyright 2024 NPR. To see more,
        # visit https://www.npr.org." (the station's own copyright names no other site to visit).
        trigger=r"\bTo[ \t]+see[ \t]+more,[ \t]+visit[ \t]",
        pattern=r"To[ \t]+see[ \t]+more,[ \t]+visit[ \t]+[^\s]{1,100}?(?=\.?(?:\s|\Z))",
        before=r"\bCopyright[ \t]+(?:©[ \t]*)?\d{4}[ \t]+(?P<name>[^.\n]{2,60}?)\.[ \t]+\Z",
        before_window=90,
        weight=0.85,
        examples=(
            (
                "The council met.\nCopyright 2024 Example Public Radio. To see more, visit https://www.example.org.",
                ("Example Public Radio",),
            ),
        ),
        counterexamples=("The council met.\nTo see more, visit our website.",),
    ),
    Rule(
        id="partner-label-story-by",
        relation=R,
        languages=("en", "de", "it", "es", "fr", "pt", "nl"),
        # A portal's label of the partner whose article it carries, over the byline: "CNBC Story
        # by Jane Doe • 3h". A registered publisher's name ends the words before "Story by".
        trigger=r"\b" + _STORY_BY,
        pattern=_STORY_BY,
        before=_PORTAL_LABEL_BEFORE,
        before_window=80,
        # (The byline's bullet after the writer's name: "• 3h", "• 3 Std."; read from the label's end.)
        reject_after=r"(?![^•]{1,90}•)",
        case_sensitive=True,
        known_only=True,
        publisher_only=True,
        weight=0.7,
        examples=(
            (
                "Markets slip on rate fears The Washington Post Story by Jane Doe • 3h",
                ("The Washington Post",),
            ),
            (
                "Merkur.de Geschichte von Jana Roe • 3 Std. • 2 Min. Lesezeit Gender-Verbot in Bayern",
                ("Merkur.de",),
            ),
        ),
        counterexamples=(
            "Markets slip on rate fears Story by Jane Doe • 3h",
            "Leer en El País Historia de una familia que lo perdió todo.",
        ),
    ),
    Rule(
        id="partner-label-provided-by",
        relation=R,
        languages=("en", "de", "it", "es", "nl", "fr", "pt"),
        # The portal's label before the partner's name, its byline label after the headline: "Provided
        # by The Independent Rail fares to rise ... Story by Jane Doe • 8h" (a page's lines run
        # together: only a registered name ends the label's words).
        trigger=r"\b" + _PROVIDED_BY + r"[ \t]",
        pattern=_PROVIDED_BY + r"[ \t]+(?P<tail>)",
        reject_after=r"(?!" + _PORTAL_BYLINE_AHEAD + r")",
        case_sensitive=True,
        known_only=True,
        publisher_only=True,
        weight=0.7,
        examples=(
            (
                "Lifestyle Provided by The Washington Post Rail fares rise Story by Jane Doe • 8h Fares rose.",
                ("The Washington Post",),
            ),
            (
                "Lifestyle Bereitgestellt von Frankfurter Rundschau Stau auf der A5 Geschichte von Jan Roe • 2 Std.",
                ("Frankfurter Rundschau",),
            ),
        ),
        counterexamples=("The study appears in a journal.\nProvided by The Washington Post",),
    ),
    Rule(
        id="wire-label-provided-by",
        relation=W,
        languages=("en", "de", "it", "es", "nl", "fr", "pt"),
        # The same label naming an agency: "Provided by Associated Press ... Story by Jane Doe • 5h".
        trigger=r"\b" + _PROVIDED_BY + r"[ \t]",
        pattern=_PROVIDED_BY + r"[ \t]+(?P<tail>)",
        reject_after=r"(?!" + _PORTAL_BYLINE_AHEAD + r")",
        case_sensitive=True,
        known_only=True,
        wire_only=True,
        weight=0.7,
        examples=(
            (
                "News Provided by Associated Press Storm hits coast Story by Jane Doe • 5h",
                ("Associated Press",),
            ),
        ),
    ),
    Rule(
        id="wire-label-story-by",
        relation=W,
        languages=("en",),
        # The same label naming an agency: "Associated Press\nStory by Jane Doe • 5h".
        trigger=r"\b" + _STORY_BY,
        pattern=_STORY_BY,
        before=_PORTAL_LABEL_BEFORE,
        before_window=80,
        case_sensitive=True,
        known_only=True,
        wire_only=True,
        weight=0.7,
        examples=(
            (
                "Microsoft Start\nAssociated Press\nStory by Jane Doe\n• 5h • 2 min read",
                ("Associated Press",),
            ),
        ),
        counterexamples=("Markets slip on rate fears\nStory by Jane Doe • 3h",),
    ),
    Rule(
        id="partner-label-min-read",
        relation=R,
        languages=("en",),
        # The same label over a portal's reading time: "The Hill May 3, 2024·2 min read", "Jane Doe
        # The Hill Fri, May 3, 2024, 12:34 PM·2 min read".
        trigger=r"·[ \t]*\d{1,3}[ \t]*min[ \t]+read\b",
        pattern=r"·",
        before=r"(?P<tail>\b[A-Z](?:[\w&'’-]|\.(?!\s))*(?:[ \t]+[A-Z](?:[\w&'’-]|\.(?!\s))*){0,5})\s+"
        r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+)?(?i:"
        + PAGE_DATE
        + r")(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}[ \t]*(?:[AP]M)?)?[ \t]*\Z",
        before_window=120,
        case_sensitive=True,
        known_only=True,
        publisher_only=True,
        weight=0.7,
        examples=(
            (
                "Markets slip on rate fears The Washington Post May 3, 2024·2 min read",
                ("The Washington Post",),
            ),
            (
                "Markets slip Jane Doe The Washington Post Fri, May 3, 2024, 12:34 PM·2 min read",
                ("The Washington Post",),
            ),
        ),
        counterexamples=("Markets slip on rate fears Jane Doe May 3, 2024·2 min read",),
    ),
    Rule(
        id="outlet-pipe-date",
        relation=S,
        languages=("en",),
        trigger=r"[ \t]\|[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+\d{4}\b",
        pattern=r"[ \t]\|",
        # An aggregator's label over a snippet: "People's Daily | Dec 26, 2011".
        before=r"(?-i:(?P<tail>\b[A-Z](?:[\w&'’-]|\.(?!\s))*(?:[ \t]+[A-Z](?:[\w&'’-]|\.(?!\s))*){0,5}))\Z",
        before_window=70,
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        weight=0.65,
        examples=(("China News The Guardian | Dec 26, 2011 A new grid is built.", ("The Guardian",)),),
        counterexamples=("Jane Doe | Dec 26, 2011",),
    ),
    Rule(
        id="agency-copyright",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        before_window=40,
        # "ⓒ 연합뉴스" and "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>": Korean copy writes a circled c.
        before=r"(?:©|ⓒ|Ⓒ|\(c\)|\(C\)|Copyright)\s*(?:\d{4},?\s+)?(?:Thomson\s+)?\Z",
        wire_only=True,
        # "Copyright" as the check above writes it (the rule is case-sensitive): an "o" stands
        # everywhere, and every hit of an agency's name searches for these (measured: the search
        # of the agencies' hints runs 20% faster).
        hints=("©", "ⓒ", "Ⓒ", "(c)", "(C)", "Copyright"),
        hint_window=40,
        weight=0.85,
        examples=(
            ("© Thomson Reuters 2019", ("Thomson Reuters",)),
            ("Copyright 2020 The Associated Press.", ("The Associated Press",)),
            ("정부가 예산안을 승인했다.\nⓒ 연합뉴스", ("연합뉴스",)),
        ),
    ),
    Rule(
        id="reuters-signature",
        relation=W,
        languages=("en",),
        # "Reporting by X; Editing by Y", and the desk's other first credits ("Writing by X;
        # Editing by Y", "Compiled by X; Editing by Y").
        trigger=r"(?:reporting|writing|compiled)\s+by\s[^;\n]{2,120};",
        pattern=r"(?:Reporting|Writing|Compiled)\s+by\s+[^;\n]{2,120};\s*(?:[A-Z][a-z]+(?:\s+[a-z]+)?\s+by\s+[^;\n]{2,120};\s*){0,3}"
        r"Editing\s+by\b",
        fixed_outlet="Reuters",
        weight=0.85,
        examples=(
            ("Reporting by Jane Doe; Editing by John Roe", ("Reuters",)),
            ("Writing by Jane Doe; Editing by John Roe", ("Reuters",)),
        ),
    ),
    Rule(
        id="bloomberg-contact-line",
        relation=W,
        languages=("en",),
        # Bloomberg's closing lines name its reporters at its own addresses: "To contact the
        # reporter on this story: Jane Doe in London at jdoe@bloomberg.net".
        trigger=r"\bTo\s+contact\s+the\s+(?:reporters?|editors?)\b",
        pattern=r"To\s+contact\s+the\s+(?:reporters?|editors?)[^\n]{0,200}?@bloomberg\.net\b",
        fixed_outlet="Bloomberg",
        case_sensitive=True,
        weight=0.85,
        examples=(
            (
                "The council met.\nTo contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net",
                ("Bloomberg",),
            ),
        ),
        counterexamples=("The council met.\nTo contact the reporter on this story: jdoe@example.com",),
    ),
    Rule(
        id="dagdag-na-ulat",
        relation=W,
        languages=("tl",),
        # Tagalog's "with additional reporting from": "—Ulat ni Juan Cruz, Example News; may
        # dagdag na ulat mula sa Reuters".
        trigger=r"\bdagdag\s+na\s+(?:ulat|balita)\s+(?:mula\s+sa|ng)\s",
        pattern=r"dagdag\s+na\s+\w+\s+(?:mula\s+sa|ng)\s+(?P<tail>)",
        wire_only=True,
        more_names=True,
        weight=0.75,
        examples=(("—Ulat ni Juan Cruz, Example News; may dagdag na ulat mula sa Reuters", ("Reuters",)),),
        counterexamples=("May dagdag na ulat mula sa pulisya tungkol sa insidente.",),
    ),
    Rule(
        id="additional-reporting",
        relation=W,
        languages=("en",),
        # The label's colon for "by" ("Additional reporting: Reuters").
        # (Or nothing for "by": "Additional reporting PA, Reuters".)
        trigger=r"(?:additional\s+)?reporting\s+(?:by|from)\s|additional\s+reporting\s*:?\s",
        # "Reporting from Bethlehem, Pa." alone is where the reporter was: "from" only after
        # "additional" or "with" ("With reporting from Reuters").
        pattern=r"(?:additional\s+reporting\s*(?:(?:by|from)\s+|:\s*|(?=(?-i:[A-Z])))|reporting\s+by\s+"
        r"|(?<=with\s)reporting\s+from\s+)(?P<tail>)",
        # Not the reporting a text cites: "This episode draws on reporting by Reuters", "based on
        # reporting by AFP".
        not_before=r"\b(?:draws?|drew|drawing|based|rel(?:y|ies|ied|ying)|builds?|built|cit(?:es?|ed|ing))"
        r"[ \t]+(?:(?:on|upon|heavily|partly|largely)[ \t]+){0,2}\Z|\baccording[ \t]+to[ \t]+\Z",
        not_before_window=40,
        wire_only=True,
        more_names=True,
        weight=0.75,
        examples=(
            ("Additional reporting by Reuters.", ("Reuters",)),
            ("The council met.\nWith reporting by Reuters and AFP.", ("Reuters", "AFP")),
            ("The council met.\nAdditional reporting: Reuters", ("Reuters",)),
            ("The council met.\nAdditional reporting PA, Reuters", ("PA", "Reuters")),
        ),
        counterexamples=(
            "Additional reporting by Jane Doe.",
            "Additional reporting: Jane Doe in Paris.",
            "A Quiet Town Fights Back\nBy Jane Doe\nReporting from Bethlehem, Pa.\nMarch 6, 2024",
            "This episode draws on reporting by Reuters and the Financial Times.",
            "According to reporting by Reuters earlier this year, the deal stalled.",
        ),
    ),
    Rule(
        id="with-inputs-from",
        relation=W,
        languages=("en",),
        trigger=r"\b(?:with\s+)?(?:additional\s+)?inputs?\s+from\s",
        pattern=r"(?:with\s+)?(?:additional\s+)?inputs?\s+from\s+(?P<tail>)",
        known_only=True,
        by_kind=True,
        more_names=True,
        weight=0.85,
        description="The Indian press's credit of the agencies a story drew on.",
        examples=(
            ("(With inputs from PTI)", ("PTI",)),
            ("With inputs from Reuters and AFP.", ("Reuters", "AFP")),
            ("The vote is next month.\nInputs from PTI", ("PTI",)),
        ),
        counterexamples=(
            "With inputs from agencies",
            "The plan was drawn up with inputs from local farmers.",
        ),
    ),
    Rule(
        id="syndicated-feed-agency",
        relation=W,
        languages=("en",),
        # An Indian portal's note on agency copy it ran unedited: "(This story has not been edited by
        # News18 staff and is published from a syndicated news agency feed - Reuters)".
        trigger=r"\bsyndicated\s+(?:news\s+)?(?:agency\s+)?feed\s*(?:[-–—:]|\bof\b|\bfrom\b)",
        pattern=r"syndicated\s+(?:news\s+)?(?:agency\s+)?feed\s*(?:[-–—:]|of|from)\s*(?P<tail>)",
        known_only=True,
        wire_only=True,
        weight=0.85,
        examples=(
            (
                "(This story has not been edited by News18 staff and is published from a syndicated news "
                "agency feed - Reuters)",
                ("Reuters",),
            ),
        ),
        counterexamples=("The rest of the content is auto-generated from a syndicated feed.",),
    ),
    Rule(
        id="with-agency-inputs",
        relation=W,
        languages=("en",),
        # "— With PTI inputs", "(With Reuters inputs)": the Indian press's shorter credit.
        # (Triggered by "inputs", a rare word: "with" opens too many phrases for the scan.)
        trigger=r"\binputs\b",
        pattern=r"inputs\b",
        before=r"\bwith\s+(?P<name>[^\s,()]{2,30}(?:\s+[^\s,()]{2,30})?)\s+\Z",
        before_window=70,
        known_only=True,
        by_kind=True,
        weight=0.85,
        examples=(
            ("The monsoon later revised its outlook.\n— With PTI inputs", ("PTI",)),
            ("(With Reuters inputs)", ("Reuters",)),
        ),
        counterexamples=("With agency inputs", "The plan was drawn up with farmers' inputs."),
    ),
    Rule(
        id="outlet-staff-contributed",
        relation=W,
        languages=("en",),
        trigger=_CONTRIBUTED,
        pattern=r"contributed",
        # "CNN's Jane Doe contributed to this report": the outlet of the reporter who contributed.
        # The last of the names may be another outlet's ("Example News's Jane Doe and The
        # Associated Press contributed"): it is read too, if a registry knows it.
        # (A full stop ends a name's word: "... on record in the Atlantic. CNN's Jane Doe
        # contributed" names CNN, where a page's lines were joined.)
        before=r"(?-i:(?P<tail>\b[A-Z](?:[\w&-]|\.(?!\s))*(?:[ \t]+[A-Z](?:[\w&-]|\.(?!\s))*){0,3}))['’]s\s+"
        r"(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})(?:\s*(?:,|and|&)\s*(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})){0,3}?"
        r"(?:\s*(?:,|and|&)\s*(?P<inner>(?-i:(?:the\s+)?[A-Z](?:[\w&'’-]|\.(?!\s))*(?:\s+[A-Z](?:[\w&'’-]|\.(?!\s))*){0,4})))?"
        r"\s+(?:(?:also|has|have)\s+)?\Z",
        before_window=120,
        known_only=True,
        by_kind=True,
        weight=0.8,
        examples=(
            ("CNN's Jane Doe and John Roe contributed to this report.", ("CNN",)),
            (
                "CNN's Jane Doe and The Associated Press contributed to this report.",
                ("The Associated Press", "CNN"),
            ),
            ("GET THE EXAMPLE NEWS APP\n\nCNN's Jane Doe contributed to this report.", ("CNN",)),
            ("The storm set a record in the Atlantic. CNN’s Jane Doe contributed to this report.", ("CNN",)),
        ),
        counterexamples=("Mayor Smith's aide Jane Doe contributed to this report.",),
    ),
    Rule(
        id="contributed-to-report",
        relation=W,
        languages=("en",),
        trigger=_CONTRIBUTED,
        pattern=r"contributed",
        # Case matters here: a name is capitalised words (the rule itself is not case-sensitive).
        # Two names joined by "and" are both read ("The Associated Press and Reuters contributed").
        before=r"(?-i:(?:(?P<inner>\b[A-Z](?:[\w&'’-]|\.(?!\s))*(?:\s+[A-Z](?:[\w&'’-]|\.(?!\s))*){0,4})\s+and\s+)?"
        r"(?P<tail>\b(?:the\s+)?[A-Z](?:[\w&'’-]|\.(?!\s))*(?:\s+[A-Z](?:[\w&'’-]|\.(?!\s))*){0,4}))\s+(?:(?:also|has|have)\s+)?\Z",
        before_window=120,
        # Not a reporter's place: "Associated Press writer Jana Roe in Boston contributed" (the
        # city's name is a site's key too).
        not_before=r"\b(?:in|from|at)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+\Z",
        not_before_window=60,
        known_only=True,
        # Whatever kind of outlet: a network that feeds its affiliates ("CNN contributed to this
        # report" on a station's page) contributes as a wire does.
        weight=0.8,
        examples=(
            ("The Associated Press contributed to this report.", ("The Associated Press",)),
            (
                "The Associated Press and Reuters contributed to this report.",
                ("The Associated Press", "Reuters"),
            ),
            ("Reuters contributed reporting.", ("Reuters",)),
            ("Talks resumed in New York. Reuters contributed to this report.", ("Reuters",)),
            ("The Associated Press' Jane Doe contributed from Paris.", ("The Associated Press",)),
            ("Reuters and the Associated Press contributed to this report.", ("Reuters", "Associated Press")),
        ),
        counterexamples=(
            "Staff writer Jane Doe contributed to this report.",
            "Japan contributed.",
            "Associated Press writer Jane Roe in Boston contributed to this report.",
        ),
    ),
    Rule(
        id="contributed-as-did",
        relation=W,
        languages=("en",),
        # The agencies after a staff writer's contribution: "Staff writer Jane Roe contributed to
        # this report, as did The Associated Press and Reuters."
        trigger=r"\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article)),?\s+as\s+did\s",
        pattern=r"contributed\s+\w+(?:\s+\w+\s+\w+)?,?\s+as\s+did\s+(?P<tail>)",
        known_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            (
                "Staff writer Jane Roe contributed to this report, as did The Associated Press and Reuters.",
                ("The Associated Press", "Reuters"),
            ),
        ),
        counterexamples=("Jane Roe contributed to this report, as did John Doe.",),
    ),
    Rule(
        id="distributed-through-partnership",
        relation=W,
        languages=("en",),
        # A partner's story that an agency passed on: "This story was originally published by
        # Example Matters and distributed through a partnership with The Associated Press."
        trigger=r"\bdistributed\s+(?:through|via|under)\s+(?:a|its|an?\s+\w+)\s+partnership\s+with\s",
        pattern=r"distributed\s+\w+\s+[^\n]{0,20}?partnership\s+with\s+(?P<tail>)",
        known_only=True,
        wire_only=True,
        weight=0.8,
        examples=(
            (
                "This story was originally published by Example Matters and distributed through a partnership "
                "with The Associated Press.",
                ("The Associated Press",),
            ),
        ),
        counterexamples=("The vaccine was distributed through a partnership with Example Health.",),
    ),
    Rule(
        id="contributed-by-of",
        relation=W,
        languages=("en",),
        # An AP member paper's closing line: "Information for this article was contributed by Jane
        # Doe and John Roe of The Associated Press." The outlet of the reporters named.
        trigger=r"\b(?:information|reporting|material)\s+for\s+this\s+(?:article|report|story)\s+"
        r"(?:was|were)\s+contributed\s+by\s",
        pattern=r"\w+\s+for\s+this\s+\w+\s+\w+\s+contributed\s+by\s+(?:[^.;\n]{0,160}?\s)?of\s+(?P<tail>)",
        known_only=True,
        by_kind=True,
        more_names=True,
        weight=0.85,
        examples=(
            (
                "Information for this article was contributed by Jane Doe and John Roe of The Associated Press.",
                ("The Associated Press",),
            ),
            (
                "Information for this article was contributed by staff members of Reuters and AFP.",
                ("Reuters", "AFP"),
            ),
        ),
        counterexamples=("Information for this article was contributed by Jane Doe of Springfield.",),
    ),
    Rule(
        id="the-outlet-contributed",
        relation=W,
        languages=("en",),
        trigger=_CONTRIBUTED,
        pattern=r"contributed\s+(?:reporting\b|(?:to\s+)?this\s+(?:report|story|article)\b)",
        # An unregistered name that opens its sentence with "The" is an organisation's, not a
        # person's ("The Example Tribune contributed to this report").
        before=r"(?:^|[.!?][ \t]+|\A)(?-i:(?P<tail>The\s+[A-Z](?:[\w&'’-]|\.(?!\s))*(?:\s+[A-Z](?:[\w&'’-]|\.(?!\s))*){0,4}))\s+"
        r"(?:(?:also|has|have)\s+)?\Z",
        before_window=80,
        by_kind=True,
        weight=0.75,
        examples=(
            ("The council met.\nThe Example Tribune contributed to this report.", ("The Example Tribune",)),
        ),
        counterexamples=(
            "Staff writer Jane Doe contributed to this report.",
            "The White House contributed $2 million.",
            "The Senate contributed to the story of the year.",
        ),
    ),
    Rule(
        id="quotes-a-report-from",
        relation=W,
        languages=("en",),
        trigger=r"\b(?:quotes?|excerpts?|cites?|shares?|here['’]s|here\s+is)\s+(?:a|an|the)\s+(?:report|article|story|piece|excerpt)\s+"
        r"(?:from|in|by|at)\s",
        pattern=r"(?:here\s+is|\S+)\s+\w+\s+\w+\s+\w+\s+(?:(?P<name>(?-i:[A-Z])[^\n:'’]{1,60}?)['’]s\s+"
        r"(?:report|story|article|piece|coverage)(?=\s*:)|(?P<tail>))",
        # A colon opens the quoted excerpt: the text that follows is the outlet's. A report is an
        # outlet's or an institution's, registered or not ("shares a report from Harbor Ledger:",
        # "Here's an excerpt from Harbor Ledger's report:").
        reject_after=r"(?!(?:['’]s\s+(?:report|story|article|piece|coverage))?\s*:)",
        by_kind=True,
        weight=0.7,
        examples=(
            ("An anonymous reader quotes a report from Reuters: The firm was hit.", ("Reuters",)),
            ("A reader shares a report from Ars Technica: The firm was hit.", ("Ars Technica",)),
            (
                "An anonymous reader shares an excerpt from Example Weekly: The firm was hit.",
                ("Example Weekly",),
            ),
            ("Here's a story from Example Weekly: The firm was hit.", ("Example Weekly",)),
            ("Here's an excerpt from Example Weekly's report: The firm was hit.", ("Example Weekly",)),
        ),
        counterexamples=(
            "He quotes a report from Reuters that said the firm was hit.",
            "Here's a story from Reuters that shows the firm was hit.",
            "She shares a story from Reuters about the firm with her class.",
        ),
    ),
    Rule(
        id="reader-quotes-outlet",
        relation=W,
        languages=("en",),
        # An aggregator's lead-in that names the outlet itself: "An anonymous reader quotes
        # Bloomberg:", "Slashdot reader jdoe shares The Verge's report:". A colon opens the excerpt.
        # The trigger reads from "reader": "shares" alone is a word of every market report.
        trigger=r"\breader\s+(?:[\w.-]+\s+){0,2}(?:quotes|shares)\s",
        pattern=r"reader\s+(?:[\w.-]+\s+){0,2}?(?:quotes|shares)\s+"
        r"(?:(?P<name>(?-i:[A-Z])[^\n:'’]{1,60}?)['’]s\s+(?:report|story|article|piece|coverage)(?=\s*:)|(?P<tail>))",
        reject_after=r"(?!(?:['’]s\s+(?:report|story|article|piece|coverage))?\s*:)",
        by_kind=True,
        weight=0.7,
        examples=(
            ("Chipmaker delays plant An anonymous reader quotes Bloomberg: The firm said.", ("Bloomberg",)),
            ("Slashdot reader jdoe shares Example Weekly's report: The firm said.", ("Example Weekly",)),
        ),
        counterexamples=(
            "An anonymous reader quotes a friend who works there.",
            "The reader shares Example Weekly with her class.",
        ),
    ),
    Rule(
        id="outlet-reports-colon",
        relation=W,
        languages=("en",),
        trigger=r"\b(?:reports|reported|writes|wrote|has\s+more|has\s+the\s+(?:story|details))\s*:\s",
        pattern=r"(?:has\s+(?:the\s+)?)?\w+\s*:",
        before=r"(?-i:(?:^|[.!?:]\s+|\A|[a-z]\s+)(?P<tail>(?:The\s+)?[A-Z](?:[\w&'’-]|\.(?!\s))*(?:\s+[A-Z](?:[\w&'’-]|\.(?!\s))*){0,4}))\s+\Z",
        before_window=80,
        known_only=True,
        by_kind=True,
        weight=0.7,
        description="An aggregator's summary that opens the outlet's excerpt: 'Reuters reports: ...'.",
        examples=(
            ("China deletes posts Reuters reports: The regulator said on Friday", ("Reuters",)),
            ("China deletes posts Reuters has more: The regulator said on Friday", ("Reuters",)),
        ),
        counterexamples=(
            "Reuters reported that the regulator said so.",
            "Reuters has more staff: the figures show.",
        ),
    ),
    Rule(
        id="according-to-colon",
        relation=W,
        languages=("en",),
        # An aggregator's lead-in to the outlet's excerpt, closed by a colon: "According to
        # TechCrunch: The firm ...". Without the colon it attributes a fact, and is no credit.
        # (Case-sensitive: the name's words are capitalised.)
        trigger=r"\b[Aa]ccording[ \t]+to[ \t]+(?:[A-Z][\w.&'’-]*[ \t]+){0,4}[A-Z][\w.&'’-]*:[ \t]",
        pattern=r"[Aa]ccording[ \t]+to[ \t]+(?P<name>[^:\n]{2,80}?):",
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        weight=0.7,
        examples=(("Firm hit by cyberattack According to Reuters: The firm said on Friday", ("Reuters",)),),
        counterexamples=(
            "According to Reuters, the firm was hit on Friday.",
            "According to Jane Doe: the firm was hit.",
        ),
    ),
    Rule(
        id="outlet-avec-agency",
        relation=W,
        languages=("fr", "pt", "es", "it"),
        trigger=r"\b(?:avec|com|con)\s+(?:l['’])?(?:" + AGENCIES + ")",
        pattern=r"(?:avec|com|con)\s+(?:l['’])?(?P<tail>)",
        # Le Monde's signature: the paper wrote the brief with the agency's copy; Portuguese, Spanish
        # and Italian sites sign so too ("SAPO 24 com Lusa", "Milenio Digital con EFE").
        # The house is a name ("FRANCE 24", "Le HuffPost"), an address ("france24.com"), or only
        # "the newsroom" ("La rédaction avec AFP"), which credits the agency alone.
        # It opens its line or sentence, a parenthesis ("(FRANCE 24 avec AFP)") or follows "Par"
        # or a lower-case word (a title's last, where a page's lines ran together).
        # The house's name may join its words with "du", "de la", "d'" ("La Voix du Nord avec
        # AFP"): the lower-case word the name follows is none of those.
        # (Or an acronym's last capital, a headline's last word: "... selon la SNCF 20 Minutes avec AFP".)
        before=r"(?:^|[.!?»”\"]\s+|\A|\([ \t]*|(?<=[A-Z])[ \t]+|(?<=[a-zà-ÿ])(?<!\bdu)(?<!\bde)(?<!\bdes)(?<!\bla)(?<!\bet)"
        r"(?<!\bdo)(?<!\bda)(?<!\bdel)(?<!\bdella)(?<!\bdi)(?<!\be)(?<!\by)[ \t]+)"
        r"(?:(?i:par|por)[ \t]+)?(?:(?!(?i:reda[cç][aã]o|redacci[oó]n|redazione)\b)(?P<inner>(?:Le\s+|La\s+|Les\s+|L['’]|El\s+|Il\s+|O\s+|A\s+)?(?:[A-Z0-9][\w'’.-]*"
        r"(?:(?:\s+(?:du|de|des|de\s+la|et|do|da|dos|das|del|della|di|e|y)\s+|\s+d['’]|\s+)(?!Par\s|Por\s)[A-Z0-9][\w'’.-]*){0,3}|"
        r"(?-i:[a-z][a-z0-9-]{1,40})\.[a-z]{2,6}))|(?:La\s+)?(?i:r[ée]daction)(?:\s+en\s+ligne|\s+web|\s+num[ée]rique)?)\s+\Z",
        before_window=60,
        case_sensitive=True,
        by_kind=True,
        more_names=True,
        inner_known_only=True,
        # (A date's label in lower case is the signature's: "L'Équipe avec AFP mis à jour le 12 mars".)
        reject_after=r"[ \t]*,?[ \t]+(?!(?:et|e|y|ed|and|und|" + _DATE_LABEL_WORD + r")[ \t])(?-i:[a-zà-ÿ])",
        weight=0.85,
        examples=(
            ("Les écoles restent fermées. Le Monde avec AFP", ("Le Monde", "AFP")),
            (
                "Paris-Nice : le maillot jaune conserve la tête L'Exemple avec AFP mis à jour le 12 mars",
                ("L'Exemple", "AFP"),
            ),
            ("Les écoles restent fermées.\nFRANCE 24 avec AFP", ("FRANCE 24", "AFP")),
            ("Les écoles restent fermées.\nexemple-info.fr avec AFP", ("exemple-info.fr", "AFP")),
            ("Les écoles restent fermées.\nLa rédaction avec AFP", ("AFP",)),
            ("Les écoles restent fermées (FRANCE 24 avec AFP)", ("FRANCE 24", "AFP")),
            ("Les écoles restent fermées Par Le Figaro avec AFP Publié le 3 mai", ("Le Figaro", "AFP")),
            ("Les écoles restent fermées.\nPar Jeanne Dupont avec AFP", ("AFP",)),
            ("Des habitants ont décrit un bruit sourd.\nJ.Ch. avec AFP\nToute l'actualité", ("AFP",)),
            ("Grève à la SNCF\n20 Minutes avec AFP\nPublié le 16/02/24 à 11h05", ("20 Minutes", "AFP")),
            ("CP prevê supressão de comboios TSF com Lusa 20 Fevereiro, 2024 • 12:15 Ouvir", ("TSF", "Lusa")),
            ("Sube el precio del pan\nEl Universal con EFE\n12.03.2024", ("El Universal", "EFE")),
            ("Il sindaco si dimette Il Messaggero con ANSA 12 marzo 2024", ("Il Messaggero", "ANSA")),
            (
                "L'opposition a critiqué le projet. Le Monde avec AFP et Reuters",
                ("Le Monde", "AFP", "Reuters"),
            ),
        ),
        counterexamples=(
            "a déclaré le ministre dans un entretien avec l’AFP mardi.",
            "Il a travaillé en partenariat avec AFP pendant dix ans.",
            # (A sentence goes on after the agency: no signature.)
            "Ayer firmó Telefónica con EFE un acuerdo de colaboración.",
            "El ministro Ana Roe habló en entrevista con EFE.",
        ),
    ),
    Rule(
        id="outlet-with-agency",
        relation=W,
        languages=("en",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # The English "(FRANCE 24 with AFP)", "By Euronews with AP, AFP": the house and the
        # agencies whose copy it used, in brackets or a byline. Read at the agency's name, "with"
        # looked for before it (see with-agency-alone).
        pattern=r"(?!['’]s\b)",
        # (Or a byline after the standfirst's last sentence where a page's lines were joined, its
        # reading time or its date after it: "... highways. Jane Roe with AAP 3 min read June 12".)
        before=r"(?:^|\([ \t]*|\bBy[ \t]+|[.!?][ \t]+)"
        r"(?P<inner>[A-Z][\w.'’-]*(?:[ \t]+[A-Z0-9][\w.'’-]*){0,3})[ \t]+(?:with|With|WITH)[ \t]+\Z",
        before_window=60,
        hints=("with", "With", "WITH"),
        hint_window=6,
        # "(FRANCE 24 with AFP and Reuters)": the name between two lower-case words is still the
        # house's list.
        in_prose=True,
        reject_after=r"(?![ \t]*(?:[.;)]|$|\Z|[A-ZÀ-Þ]|,[ \t]*[A-ZÀ-Þ]|/|&|and\b|\d+[ \t]+min\b|\d{1,2}\.?[ \t]+(?i:"
        + MONTH
        + r")\b|(?i:"
        + MONTH
        + r")\.?[ \t]+\d))",
        by_kind=True,
        more_names=True,
        inner_known_only=True,
        weight=0.85,
        examples=(
            ("The unrest went on for a third night.\n(FRANCE 24 with AFP)", ("FRANCE 24", "AFP")),
            (
                "By Euronews with AP, AFP\nPublished on 22/05/2024\nSpain will recognise a state.",
                ("Euronews", "AP", "AFP"),
            ),
            ("The unrest went on.\n(Jane Doe with Reuters)", ("Reuters",)),
            ("The unemployment rate fell in January.\n(Daily Sabah WITH AFP)", ("Daily Sabah", "AFP")),
            (
                "New cameras will target trucks on two highways. Jane Roe with AAP 3 min read June 12, 2024 "
                "Speed cameras will be rolled out.",
                ("AAP",),
            ),
            (
                "The unrest went on for a third night.\n(FRANCE 24 with AFP and Reuters)",
                ("FRANCE 24", "AFP", "Reuters"),
            ),
        ),
        counterexamples=(
            "Exclusive Interview with AFP reporters in Gaza",
            "He spoke with Reuters on Monday.",
            "The talks ended. Jane Roe with Reuters 3 years ago met the minister.",
        ),
    ),
    Rule(
        id="material-from",
        relation=W,
        languages=("en",),
        trigger=r"\b(?:material|reporting|information)\s+from\s",
        pattern=r"\w+\s+from\s+(?P<tail>)",
        before=r"\b(?:contains|contained|includes|included|uses|used|with|incorporates|has)\s+(?:\w+\s+)?\Z|"
        r"(?:^|[.!?]\s+|\A)\Z",
        before_window=40,
        known_only=True,
        by_kind=True,
        weight=0.8,
        examples=(
            ("This report contains material from Reuters.", ("Reuters",)),
            ("The story ends here. Material from the Associated Press was used.", ("Associated Press",)),
        ),
        counterexamples=("She gathered material from Jane Doe for the book.",),
    ),
    Rule(
        id="material-from-after-credit",
        relation=W,
        languages=("en",),
        trigger=r"\b(?:material|reporting|information)\s+from\s",
        # The same credit opening its sentence right after a picture's credit, where a page's lines
        # were joined without their full stop ("Jane Roe/Getty Images Information from The
        # Associated Press was used in this report."): the capital says a sentence begins.
        pattern=r"(?-i:[MRI])\w+\s+from\s+(?P<tail>)",
        before=r"(?-i:[A-Z][\w'’-]*)[ \t]+\Z",
        before_window=40,
        known_only=True,
        by_kind=True,
        weight=0.75,
        examples=(
            (
                "He had 7 sacks. Jane Roe/Getty Images Information from The Associated Press was used in this report.",
                ("The Associated Press",),
            ),
        ),
        counterexamples=("She gathered material from Reuters for the book.",),
    ),
    Rule(
        id="part-came-from",
        relation=W,
        languages=("en",),
        # A share of the text taken from another: "Some material in this episode comes from The
        # Associated Press", "Portions of this story came from Reuters", "Parts of this report were
        # taken from Example News".
        trigger=r"\b(?:(?:some|much|portions?|parts?)\s+(?:of\s+)?(?:the\s+)?(?:material|information|reporting|content)\s+"
        r"(?:in|for|of)|(?:portions?|parts?)\s+of)\s+this\s+(?:story|report|article|episode|segment|post|broadcast)\s+"
        r"(?:comes?|came|(?:was|were|is|are)\s+(?:taken|drawn|adapted))\s+from\s",
        pattern=r"(?:[^\s]+\s+){4,9}?from\s+(?P<tail>)",
        by_kind=True,
        no_person=True,
        weight=0.85,
        examples=(
            ("Some material in this episode comes from The Associated Press.", ("The Associated Press",)),
            ("Portions of this story came from Reuters.", ("Reuters",)),
            ("Parts of this report were taken from Example Public Radio.", ("Example Public Radio",)),
        ),
        counterexamples=(
            "Some of the material came from Jane Roe's archive.",
            "Parts of this story came from Jane Roe.",
        ),
    ),
    Rule(
        id="with-reports-from",
        relation=W,
        languages=("en",),
        # "— with reports from Agence France-Presse", "(With a report from Xinhua/PNA)" (the
        # Philippine press's credit of an agency's copy); registered names only: "with reports
        # from Gaza" names a place.
        trigger=r"\bwith\s+(?:an?\s+)?reports?\s+from\s",
        pattern=r"with\s+(?:an?\s+)?reports?\s+from\s+(?P<tail>)",
        known_only=True,
        by_kind=True,
        more_names=True,
        weight=0.85,
        examples=(
            (
                "The ships operate lawfully, it said. — with reports from Agence France-Presse",
                ("Agence France-Presse",),
            ),
            ("Prices stayed flat. (With a report from Xinhua/PNA) Related Stories", ("Xinhua", "PNA")),
        ),
        counterexamples=("The paper ran the story with reports from Gaza and the West Bank.",),
    ),
    Rule(
        id="with-files-from",
        relation=W,
        languages=("en",),
        trigger=r"\bwith\s+files\s+from\s",
        pattern=r"with\s+files\s+from\s+(?P<tail>)",
        by_kind=True,
        no_person=True,
        weight=0.85,
        description="The Canadian papers' credit: '— With files from The Canadian Press'.",
        examples=(
            ("— With files from The Canadian Press", ("The Canadian Press",)),
            ("The city said Tuesday. With files from Example Valley News", ("Example Valley News",)),
            (
                "The city said Tuesday. With files from Jane Roe and The Canadian Press",
                ("The Canadian Press",),
            ),
            (
                "The city said Tuesday. — with files from Example News' Jane Roe and The Canadian Press",
                ("Example News", "The Canadian Press"),
            ),
        ),
        counterexamples=("The city said Tuesday. With files from Jane Roe",),
    ),
    Rule(
        id="author-label-agency",
        relation=W,
        languages=("de", "en", "fr", "it", "es", "pt"),
        # Or the words' and the pictures' one label: "Text und Foto: dpa", "(Story and photo: AFP)".
        trigger=r"\b(?:(?:text|autor(?:in)?|author|auteur|autore|fonte|texto)|(?:text|texte|texto|testo|story|words|report|bericht)"
        r"\s*(?:and|&|und|et|y|e)\s*(?:photos?|fotos?|bild(?:er)?|pictures?|images?|fotograf[íi]as?|fotografie))\s*:\s",
        pattern=r"\w+(?:\s*\S+\s*\w+)?\s*:\s+(?P<tail>)",
        # An agency's name that is a person's given name goes on with the surname: "Autor: Petra
        # Horáková" (Petra is Jordan's agency too); not the next sentence's first word, where the
        # lines were joined ("Text and photos: ANTARA Thousands of worshippers ...").
        # (The surname's letters beyond Latin-1 too: "Petra Kovač".)
        reject_after=r"[ \t]+(?-i:[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+)\b(?![ \t]*:)(?![ \t]+(?-i:[a-zß-ÿ]))",
        wire_only=True,
        more_names=True,
        weight=0.8,
        description="An agency where the author is named: 'Text: dpa', 'Autor: AFP'.",
        examples=(
            ("Text: dpa, Foto: Jane Doe", ("dpa",)),
            ("Die Läufer siegten.\nText und Foto: dpa", ("dpa",)),
            ("Kenyan runners won.\n(Story and photo: AFP)", ("AFP",)),
            ("Rites on the beach. Text and photos: ANTARA Thousands of worshippers gathered.", ("ANTARA",)),
        ),
        counterexamples=(
            "Text: Jane Doe",
            "Text and photos: Jane Doe",
            "Autor: Petra Nováková",
            "Autor: Petra Kovač Objavljeno:",
        ),
    ),
    Rule(
        id="agency-after-author-and",
        relation=W,
        languages=("no", "da", "sv", "de", "en", "fr", "nl", "fi"),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # The author's label, a reporter and the agency joined by "and" ("Tekst: Ingrid Roe og
        # NTB", "Text: Jana Roe och TT", "Von Jana Roe und dpa"): the byline of a story written with
        # the agency's copy.
        before=r"\b(?:Tekst|Text|Texte|Testo|Texto|Teksti|Av|Von|By|Par)[ \t]*:?[ \t]+"
        r"(?-i:[A-ZÀ-ÞÆØÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÀ-ÞÆØÅÄÖ][\w'’-]+){1,2})[ \t]+(?:og|och|and|und|et|en|ja)[ \t]+\Z",
        before_window=70,
        pattern=r"(?!['’]s\b)(?![-\w])(?![ \t]+(?-i:[a-zß-ÿ]))",
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            (
                "Flom i dalen: Over hundre evakuert Tekst: Ingrid Roe og NTB Over hundre personer er evakuert.",
                ("NTB",),
            ),
            ("Elpriset stiger. Av Jana Roe och TT\nElpriset stiger kraftigt.", ("TT",)),
        ),
        counterexamples=(
            "Tekst: Ingrid Roe og NTB-journalisten snakket med ordføreren.",
            "Text: Jana Roe och TT sa i går",
        ),
    ),
    Rule(
        id="named-agencies",
        relation=W,
        languages=("de", "en", "fr", "es", "it"),
        trigger=r"\b(?:nachrichtenagenturen|agenturen|news\s+agencies|wire\s+services|agences(?:\s+de\s+presse)?|"
        r"agencias(?:\s+de\s+noticias)?|agenzie(?:\s+di\s+stampa)?)\s+(?-i:[A-Za-z])",
        # (Not the page's furniture after a bare "Avec agences": "Avec agences Share this".)
        # Nor a sentence's first words after it ("... and news agencies Listen to these stories").
        pattern=r"(?:nachrichtenagenturen|agenturen|news\s+agencies|wire\s+services|agences(?:\s+de\s+presse)?|"
        r"agencias(?:\s+de\s+noticias)?|agenzie(?:\s+di\s+stampa)?)\s+"
        r"(?!" + FURNITURE_AHEAD + r")(?!(?-i:[A-Z][a-z]+[ \t]+(?!(?:and|und|et|y|e|or)\b)[a-z]))"
        # Nor a news section's heading ("Con información de agencias Noticias Destacadas").
        r"(?!(?-i:Noticias|News|Nachrichten|Actualités|Notizie|Notícias|Lecturas|Temas|Themen|Mehr|Más|Plus|Altre)\b)"
        r"(?P<tail>)",
        # In a credit, not in the story: "Mit Informationen der Nachrichtenagenturen AFP, AP und
        # dpa", "with information from the news agencies AP and AFP".
        before=r"\b(?:mit\s+(?:agentur)?(?:material|informationen)|quellen?\s*:|with\s+(?:information|material|"
        r"reporting)\s+from|con\s+informaci[óo]n\s+de|avec|sources?\s*:)[^.!?\n]{0,120}\Z",
        before_window=140,
        list_any=True,
        more_names=True,
        weight=0.85,
        examples=(
            (
                "Mit Informationen der Korrespondenten sowie der Nachrichtenagenturen AFP, AP, dpa und Reuters.",
                ("AFP", "AP", "dpa", "Reuters"),
            ),
        ),
        counterexamples=(
            "Das meldeten die Nachrichtenagenturen AFP und dpa am Abend.",
            "Le projet a été rejeté. Avec agences Share this: Facebook",
            "Fires are common. Source: Example News and news agencies Listen to these stories",
            "Los sindicatos marcharon. Con información de agencias Noticias Destacadas Síganos en Google News",
        ),
    ),
    Rule(
        id="agencies-byline",
        relation=W,
        languages=("es", "fr", "it", "de", "pt"),
        # A byline of several agencies under the word for them: "Agencias AP, AFP y ANSA 5 de marzo
        # de 2024", "Agenturen dpa und AFP". Registered names only: "Agencias Tributarias" is none.
        trigger=r"\b(?:Agencias|AGENCIAS|Agences|AGENCES|Agenzie|AGENZIE|Agenturen|AGENTUREN|Agências|AGÊNCIAS)[ \t]+[A-Z]",
        pattern=r"\w+[ \t]+(?P<tail>)",
        case_sensitive=True,
        known_only=True,
        wire_only=True,
        more_names=True,
        # Not a menu's section before a headline that opens with an agency's name ("Agenzie Eventi
        # Agenzie Ansa, sciopero di due giorni ..."): a headline's words after the comma.
        reject_after=r",[ \t]+(?-i:[a-zß-ÿ]+[ \t]+[a-zß-ÿ]+[ \t]+[a-zß-ÿ])",
        weight=0.8,
        examples=(
            (
                "Otros 17 detenidos Agencias AP, AFP y ANSA 5 de marzo de 2024 LA PAZ.- La policía",
                ("AP", "AFP", "ANSA"),
            ),
        ),
        counterexamples=(
            "Las Agencias Tributarias de la región cerraron.",
            "Tv Radio Web Agenzie Eventi Agenzie Ansa, sciopero di due giorni dei giornalisti",
        ),
    ),
    Rule(
        id="text-from-outlet",
        relation=S,
        languages=("en",),
        # A repost's own words on what it pastes, opening its sentence: "From the Guardian:",
        # "Article from Example Welle, copying it here", "Non-paywalled text from the FT for those who
        # can't open it", "Sharing this from the Example Daily". Registered names only.
        trigger=r"\b(?:(?:article|text|story|piece|post)[ \t]+from|(?:sharing|reposting|posting|pasting|copying)[ \t]+"
        r"(?:this|it|the\s+article|the\s+story)[ \t]+from)[ \t]",
        pattern=r"(?:[\w-]+[ \t]+){1,3}?from[ \t]+(?:the[ \t]+)?(?P<tail>)",
        # Not a text the story names: "cited an article from the Guardian", "in a post from X".
        not_before=r"\b(?:a|an|the|this|that|his|her|their|its|our|one|another|in|of|latest|recent|new)[ \t]+"
        r"(?:[\w-]+[ \t]+)?\Z",
        not_before_window=30,
        known_only=True,
        by_kind=True,
        weight=0.65,
        examples=(
            (
                "marek 612 points\nNon-paywalled text from the FT for those who can't open it: EU ministers agreed.",
                ("FT",),
            ),
            ("Article from Deutsche Welle, copying it here because the site is slow.", ("Deutsche Welle",)),
            ("Sharing this from the Financial Times, because it matters.", ("Financial Times",)),
        ),
        counterexamples=("The minister cited an article from the Guardian last week.",),
    ),
    Rule(
        id="from-agency-line",
        relation=W,
        languages=("en", "pt", "it"),
        # A byline that says whence the story comes, alone on its line: "From Reuters", "Da
        # Reuters" (Portuguese and Italian), "DA ANSA".
        trigger=r"(?m:^)[ \t]*(?:From|FROM|Da|DA|Do|DO)[ \t]+(?:{AGENCIES})",
        pattern=r"[ \t]*\w+[ \t]+(?P<tail>)",
        # Nothing else on the line: "From Reuters: Oil prices rise" is a heading.
        reject_after=r"(?![ \t]*\.?[ \t]*(?:$|\Z))",
        case_sensitive=True,
        known_only=True,
        wire_only=True,
        weight=0.8,
        examples=(
            ("Budget passes after long debate\nFrom Reuters\nThe council met on Tuesday.", ("Reuters",)),
            ("Orçamento aprovado\nDa Reuters\nO conselho aprovou o plano.", ("Reuters",)),
        ),
        counterexamples=(
            "Budget passes\nFrom Reuters: oil prices rise again\nThe council met.",
            "The council met.\nFrom AFP reports we know more.",
        ),
    ),
    Rule(
        id="from-agency-date-label",
        relation=W,
        languages=("en",),
        # The same byline where a page's lines were joined: "From the Associated Press Published
        # 6:40 a.m. ET March 19, 2024": the page's date label after it says it is the byline. Read
        # at the agency's name (the trigger every agency rule shares), "From" looked for before it
        # ("From" as a trigger of its own was met at every "From" of a text).
        trigger=AGENCIES,
        name_from_trigger=True,
        before=r"\b(?:From|FROM)[ \t]+(?:the[ \t]+)?\Z",
        before_window=12,
        hints=("From", "FROM"),
        hint_window=12,
        pattern=r"(?=[ \t]*[|•·]?[ \t]*(?:" + DATE_LABELS + r")\b)",
        not_before=_picture_label_before(60),
        case_sensitive=True,
        known_only=True,
        wire_only=True,
        weight=0.8,
        examples=(
            (
                "News Nation From the Associated Press Published 6:40 a.m. ET March 19",
                ("Associated Press",),
            ),
            ("Business From the Canadian Press | Updated May 3, 2024 Shares fell.", ("Canadian Press",)),
        ),
        counterexamples=(
            "Photo by Jane Doe. From Reuters Published in 2020 the picture went round the world.",
            "Markets From Reuters reports we learn that oil prices rose.",
        ),
    ),
    Rule(
        id="avec-agency-alone",
        relation=W,
        languages=("fr", "de", "pt", "it", "es"),
        # "Avec AFP" signing a French story, "(mit dpa)" a German one, "(Com Lusa)" a Portuguese
        # one, "(con ANSA)" an Italian one, and "D'après l'AFP", "Selon l'AFP", "Con datos de
        # Reuters", "Con fonti ANSA" closing a story: the preposition and the agencies make the
        # whole sign-off, at the start of a line, after a sentence or in brackets.
        # (English "With AFP" is the rule "with-agency-alone": "with" before the agency list in the
        # scan made its automaton grow with every "with" of English text.)
        trigger=_WITH_AGENCY,
        pattern=r"(?:d['’]apr[èe]s|con\s+datos\s+de|con\s+fonti|\w+)\s+(?:l['’]\s?)?(?P<tail>)",
        # Or after the newsroom's name and a comma: "Da Redação, com Reuters", "La rédaction, avec
        # AFP", "Redacción, con EFE".
        before=r"(?:^|[.!?»”\"][ \t]+|\([ \t]*|(?:^|[.!?»”\"])[ \t]*[—–*][ \t]*)"
        r"(?:(?:(?i:da|de\s+la|la|dalla|die)[ \t]+)?(?i:reda[cç][aã]o|redacci[oó]n|r[ée]daction|redazione|redaktion)"
        r"[ \t]*,?[ \t]*)?\Z"
        # Or a byline's house or writer and a comma: "Da CNN, com Reuters", "Por Ana Roe, con EFE"
        # (after a title's last word too, where the page's lines ran together).
        r"|(?:^|[.!?»”\"][ \t]+|(?<=[a-zà-ÿ])[ \t]+)(?-i:Da|Do|Dal|Della|Por|Par|Di)[ \t]+"
        r"(?-i:[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,3})[ \t]*,[ \t]*\Z"
        # A German byline needs no comma: "Von Jens Roe mit dpa 12.03.2024".
        r"|(?:^|[.!?»”\"][ \t]+|(?<=[\wà-ÿ])[ \t]+)(?-i:Von|VON)[ \t]+"
        r"(?-i:[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,3})[ \t]+\Z"
        # Or the page's date and time before it, where the lines ran together ("Publicado el:
        # 22/03/2024 - 01:15 Con EFE y Reuters Un hombre ...").
        r"|\b(?:\d{1,2}[:h]\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})[ \t]+\Z"
        # Or a journalist's initials in lower case, as Swiss sites sign: "... d'été. jfe avec ats".
        r"|(?:^|[.!?»”\"][ \t]+)(?-i:[a-z]{2,4})[ \t]+\Z",
        before_window=60,
        reject_after=_WITH_AGENCY_ENDS,
        known_only=True,
        wire_only=True,
        more_names=True,
        weight=0.85,
        examples=(
            ("Le maire a démissionné mardi soir.\nAvec AFP", ("AFP",)),
            ("Le dossier sera traité lors de la session d'été. jfe avec ats Publié le 8 mars 2024", ("ats",)),
            ("Le maire a démissionné mardi soir. Avec AFP et Reuters", ("AFP", "Reuters")),
            ("Le maire a démissionné mardi soir.\n— Avec l'AFP", ("AFP",)),
            ("O conselho aprovou o orçamento.\n*Com Agência Brasil", ("Agência Brasil",)),
            ("Il sindaco si è dimesso martedì sera. (con ANSA)", ("ANSA",)),
            ("Die Polizei ermittelt weiter. (mit dpa)", ("dpa",)),
            ("O Governo aprovou o plano. (Com Lusa)", ("Lusa",)),
            ("O Governo aprovou o plano.\n(Com Reuters e AFP)", ("Reuters", "AFP")),
            ("El Gobierno aprobó el plan. (Con EFE y AFP)", ("EFE", "AFP")),
            ("Publicado el: 22/03/2024 - 01:15 Con EFE y Reuters Un hombre compra pan.", ("EFE", "Reuters")),
            ("O Governo aprovou o plano.\nDa Redação, com Reuters", ("Reuters",)),
            ("O abalo foi muito forte. Redação com AFP Partilhar", ("AFP",)),
            ("Argentina anuncia nova desvalorização Da CNN, com Reuters 12/03/2024 às 15:20", ("Reuters",)),
            ("El Gobierno aprobó el plan.\nPor Ana Roe, con EFE", ("EFE",)),
            ("Hunderte Unfälle in Niedersachsen Von Jens Roe mit dpa 12.03.2024 - 07:55 Uhr", ("dpa",)),
            ("Le maire a démissionné mardi soir.\nD'après l'AFP", ("AFP",)),
            ("El Gobierno aprobó el plan.\nCon datos de Reuters.", ("Reuters",)),
        ),
        counterexamples=(
            "Avec l'AFP, nous avons vérifié ces chiffres.",
            "Selon l'AFP, le maire a démissionné mardi soir.",
            "Il a travaillé avec AFP pendant dix ans.",
            "Er sprach. Mit dpa-Reportern war er unterwegs.",
            "Von Berlin mit dpa nach Rom: so reiste er.",
        ),
    ),
    Rule(
        id="avec-agency-after-headline",
        relation=W,
        languages=("fr", "de", "pt", "it", "es"),
        trigger=_WITH_AGENCY,
        # The same sign-off with its capital after any word: a line began there, where the page's
        # lines ran together (after a related story's headline: "Lire aussi Mali : les enjeux du
        # retrait Avec AFP et Reuters Newsletter").
        pattern=r"(?-i:Avec|Com|Con|Mit)\s+(?:l['’]\s?)?(?P<tail>)",
        before=r"[^\W\d_][ \t]+\Z",
        before_window=8,
        reject_after=_WITH_AGENCY_ENDS,
        known_only=True,
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            (
                "Lire aussi Mali : les enjeux du retrait Avec AFP et Reuters Newsletter quotidienne",
                ("AFP", "Reuters"),
            ),
            ("LEIA TAMBÉM Candidatos fazem último debate Com Reuters Receba no seu email", ("Reuters",)),
        ),
        counterexamples=(
            "Interview exclusive Avec AFP: le ministre parle.",
            "Le ministre a parlé avec AFP mardi soir.",
        ),
    ),
    Rule(
        id="agency-byline-romance",
        relation=W,
        languages=("pt", "es", "it"),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A Portuguese or Spanish byline that names the reporter's agency: "Por Bruno Roe, da
        # Agência Brasil", "Mariana Roe - Repórter da Agência Brasil", "Corresponsal de EFE".
        before=r"(?:\b(?:Por|POR)[ \t]+[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+(?:(?:de|da|do|dos|das|del|e|y)[ \t]+)?[A-ZÀ-Þ][\w'’.-]+){1,4}"
        r"[ \t]*,[ \t]*(?:da|do|de|del)[ \t]+"
        r"|\b(?:Repórter|Reporter|Correspondente|Corresponsal|Enviad[oa][ \t]+especial)[ \t]+(?:da|do|de|del)[ \t]+)\Z",
        before_window=80,
        hints=("Por", "POR", "Rep", "Corresp", "Enviad"),
        hint_window=80,
        pattern=r"(?!['’]s\b)",
        wire_only=True,
        weight=0.8,
        examples=(
            (
                "Desemprego cai 28/03/2024 Por Bruno de Freitas Roe, da Agência Brasil A taxa caiu.",
                ("Agência Brasil",),
            ),
            (
                "Governo amplia prazo\nMariana Roe - Repórter da Agência Brasil\nEstudantes terão até maio.",
                ("Agência Brasil",),
            ),
        ),
        counterexamples=(
            "O ministro disse em entrevista a um repórter da Agência Brasil que o plano segue.",
        ),
    ),
    Rule(
        id="with-agency-alone",
        relation=W,
        languages=("en",),
        # The English sign-off "With AFP": "with" and the agencies make the whole statement, at the
        # start of a line, after a sentence or in brackets. Read at the agency's name (the trigger
        # every agency rule shares), "with" looked for before it.
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        pattern=r"(?!['’]s\b)",
        # (A dash may follow any word: "Source: Example Bank — with AAP".)
        before=r"(?:^|[.!?»”\"][ \t]+|\([ \t]*|(?:^|[.!?»”\"])[ \t]*[—–*-][ \t]*|[ \t][—–][ \t]*)[Ww]ith[ \t]+\Z"
        # Or after a byline on its line: "Staff writer, with CNA", "By Jane Doe, with AFP", "/ Staff
        # writer, with CNA" (a slash before it, closing the story).
        r"|^[ \t]*(?:/[ \t]*)?(?:(?:Staff|Our)[ \t]+(?:writer|reporter|correspondent)s?|By[ \t]+[A-Z][^\n,.!?]{1,40}"
        r"|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]*,[ \t]*with[ \t]+\Z",
        before_window=60,
        hints=("With", "with"),
        hint_window=12,
        reject_after=r"(?![ \t]*(?:[.;)]|$|\Z|[A-ZÀ-Þ]|,[ \t]*[A-ZÀ-Þ]|/|&|and\b))",
        wire_only=True,
        more_names=True,
        weight=0.85,
        examples=(
            ("The mayor resigned on Tuesday.\nWith AFP", ("AFP",)),
            ("The mayor resigned on Tuesday.\n— with AFP", ("AFP",)),
            ("The mayor resigned on Tuesday.\n- with Reuters", ("Reuters",)),
            ("Example Times\nStaff writer, with AFP\nThe weather service issued an advisory.", ("AFP",)),
            ("Example Times\nJane Doe, with AFP\nThe weather service issued an advisory.", ("AFP",)),
            ("The agency will open wells.\n/ Staff writer, with AFP\nComments will be moderated.", ("AFP",)),
        ),
        counterexamples=(
            "With AFP, the company has worked for ten years.",
            "The mayor resigned — with AFP reporting it first.",
            "With Reuters reporting the deal, shares rose.",
            "He spoke with Reuters on Monday.",
            "The minister met on Monday, with Reuters reporting the talks.",
        ),
    ),
    Rule(
        id="thi-ma-line",
        relation=S,
        languages=("th",),
        # Thai: "ที่มา X" (source: X) without a colon, closing a story before the page's tags or
        # related list ("ที่มา Reuters แท็ก ญี่ปุ่น"). "ที่มา" is also "the origin" in prose ("ที่มาของ
        # โครงการ"): only where the name ends the text or the page's furniture follows it.
        trigger=r"ที่มา[ \t]",
        pattern=r"ที่มา[ \t]+(?P<tail>)",
        reject_after=r"(?![ \t]*(?:(?:,|/|&)[ \t]*[^\s,/&]{1,29})*[ \t]*\.?[ \t]*"
        + _LINE_END_OR_FURNITURE
        + ")",
        # (Registered names only: a Thai phrase runs on without a space and would read as a name.)
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        more_names=True,
        weight=0.75,
        examples=(("ระดับทริเทียมต่ำกว่ามาตรฐานความปลอดภัย ที่มา Reuters แท็ก ญี่ปุ่น ฟุกุชิมะ", ("Reuters",)),),
        counterexamples=("ที่มา ของโครงการนี้ยังไม่ชัดเจน", "ที่มา Reuters รายงานว่ารัฐบาลจะประกาศมาตรการใหม่"),
    ),
    Rule(
        id="theo-line",
        relation=W,
        languages=("vi",),
        # Vietnamese copy closes with its source on a line of its own: "Theo VnExpress", "(Theo
        # Tuổi Trẻ)". "Theo X, ..." opening a sentence is "according to X".
        # (In brackets, in lower case too: "MINH KHÔI (theo Tân Hoa xã)".)
        trigger=_THEO,
        pattern=r"[ \t]*\(?[ \t]*[Tt]heo[ \t]+(?P<tail>)",
        # In Vietnamese text: a letter only Vietnamese writes in the line before ("Theo Walcott"
        # alone on a line of English is a footballer).
        # On a line of its own, or closing a text whose lines were joined ("... ngân sách. Theo
        # VnExpress"): the check after it asks for the end of the line.
        # (A hint, not a part of the look-back: the evidence is the credit, not the line before it.)
        hints=_VIETNAMESE_LETTERS,
        hint_window=320,
        # Or after the reporter's name, closing the text: "Như Tâm (Theo Reuters, AFP)".
        # (A picture's credit may stand between: "... Seoul. Ảnh: AFP Như Tâm (Theo Reuters)".)
        before=r"(?:\n[ \t]*\n?|[.!?][ \t]+)\Z|(?:\n|[.!?][ \t]+)[ \t]*(?:(?:Ảnh|ẢNH)[ \t]*:[ \t]*[^\n.!?,:;]{1,24}[ \t]+)?"
        r"[^\W\d_][^\n.!?,:;]{1,30}[ \t]+\Z",
        before_window=70,
        case_sensitive=True,
        more_names=True,
        # Or the page's furniture after it where the lines were joined ("Theo TTXVN Chia sẻ",
        # "Theo TTXVN Tin liên quan:").
        # (Other sources may follow in a list: "(Theo Reuters, AFP)".)
        # (Or the portal's own sign-off of the paper it took the story from: "(Theo TTXVN) Theo
        # Ngọc Anh | Thể thao & Văn hóa".)
        reject_after=r"(?![ \t]*(?:(?:,|/|&|\bvà\b)[ \t]*[A-ZĐÀ-Ỹ][^\n,()/&]{0,29})*\)?[ \t]*\.?[ \t]*"
        + _LINE_END_OR_FURNITURE
        + r"|[ \t]*\)[ \t]+Theo[ \t][^\n|()]{1,40}\|)",
        by_kind=True,
        weight=0.75,
        examples=(
            (
                "Mưa lớn tiếp tục trong hai ngày tới. Như Tâm (Theo Reuters, AFP) Ý kiến (0) Chia sẻ",
                ("Reuters", "AFP"),
            ),
            ("Chính phủ đã phê duyệt ngân sách.\nTheo VnExpress", ("VnExpress",)),
            ("Chính phủ đã phê duyệt ngân sách.\n(Theo Tuổi Trẻ)", ("Tuổi Trẻ",)),
            ("Chính phủ đã phê duyệt ngân sách. Theo VnExpress", ("VnExpress",)),
            ("Chính phủ đã phê duyệt ngân sách. Theo TTXVN Tin liên quan: Giá vàng tăng", ("TTXVN",)),
            ("Chính phủ đã phê duyệt ngân sách.\n\nTheo VnExpress", ("VnExpress",)),
            ("Chính phủ đã phê duyệt ngân sách.\nNhư Tâm (Theo Reuters, AFP)", ("Reuters", "AFP")),
            ("Chính phủ đã phê duyệt ngân sách. Như Tâm (Theo Reuters, AFP)", ("Reuters", "AFP")),
            ("Người dân đi làm buổi sáng. Ảnh: AFP Như Tâm (Theo Reuters) Gửi góp ý", ("Reuters",)),
        ),
        counterexamples=("Theo Bộ Y tế, số ca mắc mới đã giảm.", "Theo Walcott scored twice.\nTheo Walcott"),
    ),
    Rule(
        id="theo-reporter-pipe",
        relation=S,
        languages=("vi",),
        # A Vietnamese portal's sign-off of a story it took from a paper: the reporter, a bar, and the
        # paper ("Theo Thu Hà | Người Lao Động"). Theo-line's trigger, so tried after it.
        trigger=_THEO,
        pattern=r"[ \t]*\(?[ \t]*[Tt]heo[ \t]+(?-i:[A-ZĐÀ-Ỹ][^\s|,.()]{0,15}(?:[ \t]+[A-ZĐÀ-Ỹ][^\s|,.()]{0,15}){0,3})"
        r"[ \t]*\|[ \t]*(?P<tail>)",
        hints=_VIETNAMESE_LETTERS,
        hint_window=320,
        # (Or after the agency's own sign-off in brackets: "(Theo TTXVN) Theo Ngọc Anh | X".)
        before=r"(?:\n|[.!?)][ \t]+)[ \t]*\Z",
        before_window=4,
        case_sensitive=True,
        by_kind=True,
        weight=0.75,
        examples=(
            (
                "Giá vàng biến động mạnh trong tuần. Theo Thu Hà | Người Lao Động Cùng chuyên mục Tin mới",
                ("Người Lao Động",),
            ),
            (
                "Chính phủ khẳng định chính sách là cần thiết. (Theo TTXVN) Theo Ngọc Anh | Thể thao & Văn hóa "
                "Từ khóa: Hàn Quốc",
                ("Thể thao & Văn hóa",),
            ),
        ),
        counterexamples=("Theo Thu Hà, giá vàng sẽ còn tăng | Người Lao Động",),
    ),
    Rule(
        id="po-materialam",
        relation=S,
        languages=("ru", "uk"),
        # ("За матеріалами: Укрінформ": a label's colon.)
        trigger=_BASED_ON_MATERIAL + r"\s*:?\s",
        pattern=_BASED_ON_MATERIAL
        + r"\s*:?\s+(?:(?:агентства|агентство|агентств|издания|газеты|сайта|портала|видання|газети|сайту|порталу"
        r"|агентств|агенцій)\s+)?(?P<tail>)",
        by_kind=True,
        more_names=True,
        weight=0.8,
        description='Russian and Ukrainian for "based on material from": the source of a rewrite.',
        examples=(
            ("По материалам РИА Новости", ("РИА Новости",)),
            ("За матеріалами Укрінформу", ("Укрінформу",)),
            ("За матеріалами: Приклад Медіа", ("Приклад Медіа",)),
            ("С использованием материалов ТАСС", ("ТАСС",)),
            (
                "Забастовка продлится. Материал подготовлен по сообщениям агентств Reuters и AFP",
                ("Reuters", "AFP"),
            ),
            ("Забастовка продлится. Статья подготовлена по сообщениям агентства Reuters.", ("Reuters",)),
            (
                "Мост откроют летом.\nМатериал подготовлен на основе информации РИА Новости и открытых источников",
                ("РИА Новости",),
            ),
            (
                "Налог обсуждают.\nМатериал подготовлен на основе публикации издания «Пример Вестник»",
                ("Пример Вестник",),
            ),
            (
                "Ставка сохранится. При подготовке материала использованы данные агентства «Интерфакс».",
                ("Интерфакс",),
            ),
            (
                "Удары продолжились. При подготовке материала использованы сообщения ТАСС и «Интерфакса»",
                ("ТАСС", "Интерфакса"),
            ),
        ),
        counterexamples=("При подготовке материала использованы данные Росстата и опросы.",),
    ),
    Rule(
        id="po-informatsiya-na",
        relation=S,
        languages=("bg",),
        # Bulgarian "По информация на БТА и Ройтерс" (from information of), "По материали на X", as
        # a line of its own closing a text compiled from them; in a sentence ("По информация на
        # БТА, премиерът заяви ...") a comma goes on after the names.
        trigger=r"[Пп]о\s+(?:информация|материали)\s+на\s",
        pattern=r"\w+\s+(?:информация|материали)\s+на\s+(?:(?:агенция|агенциите)\s+)?(?P<tail>)",
        before=r"(?:^|[.!?»“”\"][ \t]+)\Z",
        before_window=4,
        reject_after=r"(?:[ \t]+(?:и|и\s+на)[ \t]+[^\s,.]+)*[ \t]*,",
        by_kind=True,
        more_names=True,
        weight=0.8,
        examples=(
            ("Молбите за убежище растат. По информация на БТА и Ройтерс Още по темата", ("БТА", "Ройтерс")),
        ),
        counterexamples=("По информация на БТА, премиерът заяви, че бюджетът ще бъде приет.",),
    ),
    Rule(
        id="uebermittelt-durch",
        relation=W,
        languages=("de",),
        # A press release's footer naming the service that sent it out ("Original-Content von:
        # Example GmbH, übermittelt durch news aktuell"): the wire the text came by.
        trigger=r"übermittelt\s+durch\s",
        pattern=r"übermittelt\s+durch\s+(?P<tail>)",
        known_only=True,
        wire_only=True,
        weight=0.8,
        examples=(
            ("Original-Content von: Beispiel GmbH, übermittelt durch news aktuell", ("news aktuell",)),
        ),
        counterexamples=("Die Daten wurden übermittelt durch Beispiel Logistik an die Behörde.",),
    ),
    Rule(
        id="mit-material",
        relation=W,
        languages=("de", "da", "no", "sv"),
        # (And the Nordic "med materiale fra Ritzau", "med material från TT".)
        trigger=r"mit\s+(?:agentur)?(?:material|materialien|informationen|inhalten)\s+(?:von|vom|der|des|aus)\s"
        r"|med\s+(?:materiale|material|stof)\s+(?:fra|från)\s",
        pattern=r"(?:mit|med)\s+\w+\s+(?:von|vom|der|des|aus|fra|från)\s+(?P<tail>)",
        # "agrarheute/Mit Material vom MDR": the desk before the slash drew on the source too.
        before=r"(?:^|[\s(])(?P<inner>[\w.-]{2,40})\s*/\s*\Z",
        before_required=False,
        before_window=50,
        # Not a correspondent of the house: "Mit Informationen von Jane Doe, ARD-Studio Washington".
        reject_after=r"[ \t]*,[ \t]*[\w-]*(?:[Ss]tudio|[Kk]orrespondent)",
        by_kind=True,
        weight=0.85,
        examples=(
            ("Dieser Artikel wurde mit Material von dpa erstellt.", ("dpa",)),
            ("Mit Material von dpa", ("dpa",)),
            ("Mit Material von MDR", ("MDR",)),
            ("Beispielblatt/Mit Material vom MDR", ("Beispielblatt", "MDR")),
            ("Der Senat verwies die Sache zurück. ast/Redaktion mit Materialien der dpa", ("dpa",)),
            ("Mit Informationen von Reuters und AFP.", ("Reuters", "AFP")),
            ("Mit Inhalten von AFP.", ("AFP",)),
            ("Artiklen er opdateret med materiale fra Ritzau. Læs også", ("Ritzau",)),
        ),
        counterexamples=("Mit Informationen von Jane Doe, ARD-Studio Washington",),
    ),
    Rule(
        id="von-uebernommen",
        relation=R,
        languages=("de",),
        trigger=r"übernommen\b",  # RE2's \b is ASCII: there is none before "ü"
        pattern=r"übernommen",
        # "Dieser Text wurde von dpa übernommen", "Der Artikel wurde aus dem Beispielblatt
        # übernommen": said of the text. "Die Firma wurde von Siemens übernommen" was bought, and
        # "Der Text wurde vom Bundestag übernommen" is a law's.
        before=r"\b(?:Artikel|Beitrag|Meldung|Gastbeitrag|Dieser\s+Text)\b[^.\n]{0,40}?\b(?:von|vom|aus)\s+"
        r"(?P<tail>[^.\n]{2,60}?)\s+\Z",
        before_window=120,
        by_kind=True,
        # Not where it was "also" taken over ("Dieser Beitrag wurde außerdem von der Example
        # Rundschau übernommen"): by another paper, downstream.
        not_before=r"\b(?:außerdem|auch|zudem|ebenfalls)\s[^.\n]{0,80}\Z",
        not_before_window=100,
        weight=0.8,
        examples=(
            ("Dieser Text wurde von dpa übernommen.", ("dpa",)),
            ("Dieser Artikel wurde aus dem Beispielblatt übernommen.", ("Beispielblatt",)),
        ),
        counterexamples=(
            "Dieser Beitrag wurde außerdem von der Example Rundschau übernommen.",
            "Die Firma wurde 2019 von Beispiel Holding übernommen.",
            "Der Text wurde vom Bundestag übernommen.",
        ),
    ),
    Rule(
        id="con-informacion-de",
        relation=W,
        languages=("es", "pt", "nl", "it", "el", "fr", "ro", "bg", "mk", "ca"),
        # (A colon may stand for the preposition: "Com informações: Example News".)
        # (Brazil's papers also say whose the information is: "As informações são do jornal X".)
        trigger=r"con\s+informaci[óo]n(?:\s+de\s|:)|com\s+informa[çc][õo]es(?:\s+d[aeo]s?\s|:)"
        r"|\bas\s+informa[çc][õo]es\s+s[ãa]o\s+d[aeo]s?\s"
        r"|\bmet\s+(?:informatie|materiaal)\s+van\s|"
        r"\bcon\s+informazioni\s+d[ai]\s|[Μμ]ε\s+πληροφορίες\s+(?:από|του|της|των)\s|"
        # Romanian: "Cu informații de la Agerpres și News.ro".
        r"\bcu\s+informa[țţt]ii\s+(?:de\s+la|din)\s|"
        # French: "Avec les informations de La Presse canadienne", "avec des informations de l'AFP".
        r"\bavec\s+(?:les\s+|des\s+)?informations\s+(?:de|du|des|d['’])|"
        # Bulgarian and Macedonian: "С информация от Ройтерс", "Со информации од МИА".
        r"(?:С|с|Със|със)\s+информация\s+от\s|(?:Со|со)\s+информации\s+од\s|"
        # Catalan: "(Amb informació d'EFE)", "amb informació de l'ACN".
        r"\bamb\s+informaci[óo]\s+(?:de\s|d['’])",
        pattern=r"(?:co[nm]\s+informa\w+(?:\s+d\w*|:)|as\s+informa\w+\s+s[ãa]o\s+d\w*|cu\s+informa\w+\s+(?:de\s+la|din)"
        r"|met\s+\w+\s+van|[Μμ]ε\s+πληροφορίες\s+\w+"
        r"|avec\s+(?:les\s+|des\s+)?informations\s+(?:de|du|des|d['’])|(?:с|със)\s+информация\s+от|со\s+информации\s+од"
        r"|amb\s+informaci[óo]\s+(?:de|d['’]))\s*"
        r"(?:la\s+agencia\s+|a\s+agência\s+|het\s+|l['’]agence\s+|l['’](?=\w))?(?P<tail>)",
        # Not "according to information from X": "De acuerdo con información de Reuters, el ...",
        # "Σύμφωνα με πληροφορίες της «Κ»".
        not_before=r"(?:\b(?:de\s+acuerdo|de\s+acordo|conforme|seg[úu]n)|[Σσ]ύμφωνα)\s*\Z",
        not_before_window=16,
        by_kind=True,
        weight=0.85,
        examples=(
            ("Con información de AFP y EFE.", ("AFP", "EFE")),
            ("Com informações da Reuters.", ("Reuters",)),
            ("Мерките вече се прилагат. С информация от Ройтерс.", ("Ройтерс",)),
            ("El candidat no ha reconegut els resultats. (Amb informació d'EFE)", ("EFE",)),
            ("Os mercados subiram. As informações são do jornal Folha Exemplo.", ("Folha Exemplo",)),
            ("O beta chega aos Pixel.\nCom informações: Example Google", ("Example Google",)),
            ("Met informatie van ANP.", ("ANP",)),
            (
                "Les flammes progressent. Avec les informations de La Presse canadienne et de l'Agence France-Presse",
                ("La Presse canadienne", "Agence France-Presse"),
            ),
            ("Con informazioni di AGI.", ("AGI",)),
            ("Με πληροφορίες από Reuters και AFP", ("Reuters", "AFP")),
            (
                "Le chantier reprendra au printemps. Avec les informations de La Presse canadienne",
                ("La Presse canadienne",),
            ),
            ("Avec des informations de l'AFP.", ("AFP",)),
            ("Cu informații de la Agerpres și News.ro", ("Agerpres", "News.ro")),
            ("Te decimos cuánto cuesta. Con información de EFE y Reuters rmlgv", ("EFE", "Reuters")),
            ("Más de 25 mil pidieron asilo. Con información de EFE mgm Te recomendamos", ("EFE",)),
        ),
        counterexamples=(
            "Con información de agencias.",
            "Σύμφωνα με πληροφορίες της Example News, η επιδότηση θα καλύψει το 60%.",
            "De acuerdo con información de Reuters, el reporte menciona desapariciones.",
        ),
    ),
    Rule(
        id="na-podstawie-agency",
        relation=W,
        languages=("pl", "cs", "sk"),
        # "Na podstawie: PAP", "Oprac. na podstawie informacji PAP" (Polish: "based on"), "S využitím
        # zpráv ČTK" (Czech: "using reports of"). Based on a law or on data is no credit: only an
        # agency counts.
        trigger=r"\bna\s+podst(?:awie|\.)|\bs\s+využitím\s+(?:zpráv|informací|materiálů)\s|"
        r"\bs\s+využitím\s+(?:správ|informácií|materiálov)\s",
        pattern=r"(?:na\s+podst(?:awie|\.)|s\s+využitím)\s*:?\s*(?:(?:informacji|materiałów|depesz|zpráv|informací|"
        r"materiálů|správ|informácií|materiálov|agencji)\s+)?(?P<tail>)",
        known_only=True,
        wire_only=True,
        more_names=True,
        weight=0.8,
        examples=(
            ("Rada przyjęła budżet. Na podstawie: PAP", ("PAP",)),
            ("Rada przyjęła budżet. Oprac. na podstawie informacji PAP", ("PAP",)),
            ("Zastupitelstvo schválilo rozpočet. S využitím zpráv ČTK", ("ČTK",)),
        ),
        counterexamples=(
            "Na podstawie ustawy rada przyjęła budżet.",
            "Na podstawie danych GUS budżet wzrósł.",
        ),
    ),
    # ---------------------------------------------------------------- pictures
    Rule(
        id="caption-via",
        relation=I,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        pattern=r"\s*(?:$|\Z|\)|,\s*File\))",
        before_window=120,
        before=r"(?:[:(]|\b(?:Photo|Image|Foto)\b)\s*(?P<inner>[^:()\n]{2,80}?)\s+via\s+\Z",
        hints=("via ",),
        hint_window=5,
        weight=0.85,
        examples=(
            (
                "Moscow in April: Russian Defense Ministry Press Service via AP",
                ("Russian Defense Ministry Press Service", "AP"),
            ),
            ("(ESA via AP, File)", ("ESA", "AP")),
        ),
        counterexamples=("The news reached us via AP on Monday.",),
    ),
    Rule(
        id="photo-slash-agency",
        relation=I,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        pattern=r"\s*(?:\)|$|\Z|,|;)",
        before_window=80,
        # After a label's colon (not a time's: "Updated on: May 7, 2024 / 4:12 PM EDT / AP" dates
        # a byline).
        before=r"(?:\(|(?<!\d):)\s*[^():\n/]{2,60}/\s*\Z",
        # Not a source line's list: "SOURCE: EXAMPLE NEWS/PACNEWS" names the story's sources.
        # Nor a house's sign-off before its agency, the house named with its article, its number or
        # in lower case ("(L'essentiel/AFP)", "(20 minutes/AFP)", "(nxp/ats)"): no photographer's name.
        not_before=r"\b(?i:sources?|quellen?|fuentes?|fontes?|bron|źródło|kaynak|источник|джерело|zdroj)\s*:\s*[^():\n/]{2,60}/\s*\Z"
        r"|\([ \t]*(?:L['’]|Le[ \t]|La[ \t]|Les[ \t]|\d|[a-z])[^():\n/]{0,40}/\s*\Z",
        not_before_window=80,
        hints=("/",),
        hint_window=3,
        weight=0.85,
        examples=(("(Jane Doe/AP)", ("AP",)), ("Photo: John Roe/Getty Images", ("Getty Images",))),
        counterexamples=(
            "Updated on: May 7, 2024 / 4:12 PM EDT / AP",
            "The roads were closed.\nSOURCE: EXAMPLE NEWS/PACNEWS",
            "Les trains frontaliers seront supprimés. (L'exemple/AFP) Newsletter",
        ),
    ),
    Rule(
        id="agency-photo",
        relation=I,
        languages=("en",),
        trigger=r"\b(?:AP|Reuters|AFP|EPA|Xinhua|PA|CP)\s+(?:Photo|Images|Pictures)\b",
        pattern=r"(?P<name>\S+)\s",
        case_sensitive=True,
        weight=0.85,
        examples=(("(AP Photo/Evan Doe)", ("AP",)),),
    ),
    Rule(
        id="photo-credit",
        relation=I,
        languages=("en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl"),
        # RE2's \b is ASCII's: the Cyrillic words go without it.
        trigger=r"\b(?:photo(?:graph)?s?(?:\s+credit)?|image|picture|foto|bild|illustration|crédit\s+photo|credit|imagen"
        r"|zdjęcie)\s*:\s|(?:фото(?:графия)?|світлина)\s*:\s|\b(?:photo(?:graph)?|illustration|image)\s+by\s",
        pattern=r"\w+(?:\s+\w+)?\s*(?::|by)\s+(?P<tail>)",
        chain_via=True,
        weight=0.8,
        examples=(
            ("Image: NASA/JPL-Caltech", ("JPL-Caltech",)),
            ("Photo: Pexels", ("Pexels",)),
            ("Фото: ТАСС", ("ТАСС",)),
        ),
    ),
    Rule(
        id="source-in-parentheses-lead",
        relation=S,
        languages=("en", "de", "es", "fr", "it", "pt", "nl"),
        trigger=r"\(\s*(?:source|quelle|fuente|fonte|bron)\s*:\s",
        pattern=r"\(\s*\w+\s*:\s+(?P<tail>[^()\n]{1,100})\)",
        # The first words of the text (or of a line): a press release's source, not a caption's.
        before=r"(?:\A|^)[ \t]*\Z",
        before_window=4,
        by_kind=True,
        weight=0.75,
        examples=(
            (
                "(Source: Example Research Public Affairs) PAGO PAGO — Two expeditions",
                ("Example Research Public Affairs",),
            ),
        ),
    ),
    Rule(
        id="source-in-parentheses-end",
        relation=S,
        languages=("en", "de", "es", "fr", "it", "pt", "nl"),
        trigger=r"\(\s*(?:source|quelle|fuente|fonte|bron)\s*:\s",
        pattern=r"\(\s*\w+\s*:\s+(?P<tail>[^()\n]{1,100})\)[ \t]*(?:$|\Z)",
        # After the last sentence of the text: the story's source, not a caption's.
        before=r"[.!?“”\"»][ \t]*\Z",
        before_window=4,
        by_kind=True,
        weight=0.75,
        examples=(("Die Ermittlungen gehen weiter. (Quelle: SWR)", ("SWR",)),),
        counterexamples=("A view of the crater (Source: NASA) shows the rim.",),
    ),
    Rule(
        id="source-in-parentheses",
        relation=I,
        languages=("en", "de", "es", "fr", "it", "pt", "nl"),
        trigger=r"\(\s*(?:source|courtesy|credit|quelle|fuente|fonte|bron)\s*:?\s",
        pattern=r"\(\s*\w+\s*:?\s+(?:of\s+)?(?P<tail>)",
        weight=0.6,
        description="A parenthesised source in a caption: the picture's, not the story's.",
        examples=(("The crater seen from orbit (Source: NASA)", ("NASA",)),),
    ),
    Rule(
        id="agency-source-in-parentheses",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # The same parenthesis after a paragraph's last sentence, naming an agency: the story's
        # source ("... in several cities. (Source: IRNA)"); a caption's runs on from its words
        # ("The dam seen from above (Source: IRNA)").
        before=r"[.!?][\"”’]?[ \t]*\([ \t]*(?:Source|SOURCE|Quelle|Fuente|Fonte|Bron|Kaynak|Sumber)[ \t]*:[ \t]*\Z",
        before_window=30,
        # Not a caption's sentence that says it is one ("Drivers fill up in this file photo.
        # (Source: Gray News)").
        not_before=r"\b(?:photo|photograph|picture|image|pictured|footage|file\s+video)\b[^.!?\n]{0,150}[.!?][\"”’]?[ \t]*"
        r"\([ \t]*(?:Source|SOURCE|Quelle|Fuente|Fonte|Bron|Kaynak|Sumber)[ \t]*:[ \t]*\Z",
        not_before_window=200,
        pattern=r"[ \t]*\)",
        wire_only=True,
        weight=0.8,
        examples=(("Dams are planned in the province. (Source: IRNA)\nPhoto: A dam", ("IRNA",)),),
        counterexamples=(
            "A dam in the province (Source: IRNA)",
            "A dam in the province. (Source: IRNA, Jane Roe)",
            "Drivers fill up at a gas station in this file photo. (Source: IRNA)",
        ),
    ),
    Rule(
        id="photo-courtesy",
        relation=I,
        languages=("en",),
        trigger=r"\b(?:photo|image|picture|video)s?\s+courtesy\s+(?:of\s)?",
        pattern=r"\w+\s+courtesy\s+(?:of\s+)?(?P<tail>)",
        weight=0.8,
        examples=(("Photo courtesy of NASA", ("NASA",)),),
    ),
    # ---------------------------------------------------------------- source credits
    Rule(
        id="source-line",
        relation=S,
        languages=_SOURCE_LABEL_LANGUAGES,
        # The word for "source" as a label, in the languages of Europe's, the G20's and the dev
        # set's news; RE2's \b is ASCII's: names that begin with another letter go without it.
        trigger=r"(?:\b(?:sources?|source\(s\)|quellen?|fuentes?|fontes?|fonti|bron|kaynak|zdroj|k[äa]ll(?:a|or)|kilder?|allikas|"
        r"forr[áa]s|surs[aă]|izvor|sumber|avots|vir|burimi|chanzo|sors)|źródło|крыніца|šaltini[si]|nguồn|источники?|джерело|извор|източник|πηγή|"
        r"lähde|lähteet|heimild|المصدر|منبع|מקור|ที่มา|เรียบเรียงจาก|स्रोत|সূত্র|дереккөз|Дереккөз|աղբյուրը?|Աղբյուրը?|წყარო|mənbə|Mənbə|manba|Manba|"
        r"来源|來源|출처|出典|出所|ソース|ប្រភព|ແຫຼ່ງຂ່າວ|ແຫຼ່ງທີ່ມາ|ምንጭ|سەرچاوە|Çavkanî)(?:\s+und\s+weitere\s+Informationen|"
        + _OF_THE_ARTICLE
        + r")?\s*(?::\s*|：\s*|՝\s*|៖\s*|፦\s*|፡\s*)",
        # (Thai writes its vowels as marks, which Python's \w leaves out.)
        # (Chinese may say the names were compiled from: "来源：综合新华社、央视新闻".)
        pattern=r"(?:ที่มา|เรียบเรียงจาก|स्रोत|সূত্র|ប្រភព|ແຫຼ່ງຂ່າວ|ແຫຼ່ງທີ່ມາ|ምንጭ|\w+(?:\(s\))?)(?:\s+und\s+weitere\s+Informationen|"
        + _OF_THE_ARTICLE
        + r")?\s*[:：՝៖፦፡]\s*(?:(?:综合|綜合)\s*)?(?P<tail>)",
        # Not a source of the story: "(Source: X)" in a caption, "syndication-source:", the source
        # line of a chart (the line above holds figures), a scientific citation ("et al.").
        # (A sentence of prose with a share in it is no chart: "Peru holds 70% of them.\nSource: X".)
        # (Nor figures' source: "数据来源：X", "データ出典：X".)
        # (A sentence closes with a full stop in Chinese and Japanese too: "...增长29%。\n来源：X".)
        not_before=r"(?:\(|-|\bthe|\bno|\bdie|\beine|\bla|\bune?|\bthe\s+\w+|数据|數據|データ)\s*\Z|\d\s?%[^\n]{0,100}(?<![.!?。！？])\n\s*\Z"
        # (Nor a picture's or a map's: "题图来源：X", "头图来源：X", "配图来源：X", "預報圖。資料來源：X".)
        r"|(?:题图|題圖|头图|頭圖|配图|配圖|封面图片?|封面圖片?|[图圖][。．.]?[ \t]*(?:资料|資料))\s*\Z"
        # or a chart's title in percent ("Inflación general anual, %", "Taux de chômage, en %"), or
        # in a currency's code, on the label's line too where the page's lines ran together
        # ("Godišnja stopa inflacije (%) Izvor: DZS", "Prosečne neto zarade (RSD) Izvor: RZS").
        r"|(?:,|\(|\bin|\ben)[ \t]*%\)?[ \t]*\n?\s*\Z|\((?-i:RSD|EUR|USD|GBP|CHF|RUB|UAH|PLN|CZK|HUF|RON|BGN|TRY|SEK|NOK|DKK|JPY|CNY|INR|BRL|MXN|€|\$)\)[ \t]*\n?\s*\Z"
        # or the label quoted in a sentence ("Many posts end with a bare 'Source: RT' or a link").
        r"|\b(?-i:[a-z]+)[ \t]+['‘\"“]\Z",
        not_before_window=160,
        # (A study's authors, "et al.", before the next field's label, not after it: "Source: Example
        # University Journal reference: Roe, J., et al. (2024)" names the source.)
        # (Nor the words of a longer statement that another rule reads: "Story Source: Materials
        # provided by Example University".)
        # (Nor a video player's caption, its running time after the name: "Quelle: Reuters Video
        # 1:34 min".)
        reject_after=r"\s*\(\s*(?:Stand|as\s+of|data\s+as\s+of|Stand\s+vom)\b|[^\n:]{0,120}\bet\s+al\b"
        r"|[ \t]+provided[ \t]+by\b|[ \t]*(?:Video|Audio)?[ \t]*\d{1,2}:\d{2}[ \t]*min\b"
        # (Nor a body and the title of its survey in corner brackets: "出典：総務省「家計調査」", nor
        # the figures of a chart whose label follows: "Source: Example Office Chart: Monthly arrivals".)
        r"|[ \t]*[「『]|[ \t]+(?:Chart|Graphic|Grafik|Infographic|Map|Table)[ \t]*:",
        by_kind=True,
        weight=0.75,
        examples=(
            ("Le conseil a voté.\nSource de l'article : Exemple Hebdo", ("Exemple Hebdo",)),
            ("Source: Redfin", ("Redfin",)),
            ("Quelle: Deutscher Alpenverein (DAV), 3. März", ("Deutscher Alpenverein (DAV)",)),
            ("Quelle: dpa-AFX", ("dpa-AFX",)),
            ("Fuente: Europa Press", ("Europa Press",)),
            ("Il-passiġġieri huma avżati. Sors: Eżempju Aħbarijiet", ("Eżempju Aħbarijiet",)),
            ("China's new line opens to passengers\nSource(s): Xinhua\nPassengers boarded.", ("Xinhua",)),
            ("Источник: Интерфакс", ("Интерфакс",)),
            ("2024年04月24日 | 来源：新华网 小字号", ("新华网",)),
            ("國際局勢持續緊張。 資料來源：法新社、路透社 更多新聞", ("法新社", "路透社")),
            ("جمود رئاسي\nالمصدر: مثال 05-03-2024 | 00:30 شارك", ("مثال",)),
            ("来源：综合新华社、央视新闻 编辑：王明", ("新华社", "央视新闻")),
            ("ភ្ញៀវទេសចរប្រមាណ ៧លាននាក់។ ប្រភព៖ Example News អានបន្ថែម៖", ("Example News",)),
            ("ተገልጿል። ምንጭ፦ ኢዜአ", ("ኢዜአ",)),
            ("نرخی نەوت بەرز بووەوە. سەرچاوە: فرانس پرێس تاگ: نەوت", ("فرانس پرێس",)),
            ("2023年经济总产出比上年增长29%。\n来源：示例日报\n编辑：王明", ("示例日报",)),
            (
                "日銀はマイナス金利政策の解除を決めた。 ソース：例ドットコム https://example.jp/a 5: 名無しさん",
                ("例ドットコム",),
            ),
            ("Źródło: PAP", ("PAP",)),
            ("Zdroj: ČTK", ("ČTK",)),
            ("Quelle:Beispiel Online", ("Beispiel Online",)),
            ("Quelle und weitere Informationen: Beispiel Online", ("Beispiel Online",)),
            ("Källa: Sveriges Radio", ("Sveriges Radio",)),
            ("Forrás: Népszava", ("Népszava",)),
            ("Peskov spoke to journalists.\n\nSource of the news: Example Daily", ("Example Daily",)),
            ("Satiksme tiks ierobežota.\n\nAvots: Piemērs.lv", ("Piemērs.lv",)),
            ("Darbai užtruks trejus metus.\n\nŠaltinis: Pavyzdys.lt", ("Pavyzdys.lt",)),
            ("Πηγή: Kathimerini", ("Kathimerini",)),
            ("ที่มา: สำนักข่าวตัวอย่าง", ("สำนักข่าวตัวอย่าง",)),
            ("ขอให้รัฐจัดงบประมาณเพิ่มเติม เรียบเรียงจาก : AFP, BBC", ("AFP", "BBC")),
            ("قیمت بلیت افزایش می‌یابد. منبع: ایرنا", ("ایرنا",)),
            ("मेट्रो का ट्रायल रन शुरू हुआ। स्रोत: आईएएनएस", ("आईएएनएस",)),
            ("ঢাকায় বৃষ্টি হয়েছে। সূত্র: বাসস", ("বাসস",)),
            ("Framkvæmdir hafa staðið yfir í fjögur ár. Heimild: Dæmi Fréttir", ("Dæmi Fréttir",)),
            ("Мектептің құрылысы аяқталады. Дереккөз: Kazinform", ("Kazinform",)),
            ("Երթուղին կսպասարկվի նոր տրոլեյբուսով։ Աղբյուրը՝ «Արմենպրես»", ("Արմենպրես",)),
            ("ფასის ზრდას ხსნიან. წყარო: 1tv.ge", ("1tv.ge",)),
            ("Peru holds 70% of the glaciers.\nSource: Example News", ("Example News",)),
        ),
        counterexamples=(
            "本文转载自微信公众号“示例思想库”，作者：王明，头图来源：示例图库。",
            "SOURCE: News agencies",
            "Quelle: Statistisches Amt (Stand: 5. Mai 2020)",
            "<meta name=syndication-source: Example>",
            "68% of deaths were in the city\nSource: Health Department",
            "Inflación general anual, %\nFuente: Example Instituto",
            "Source: Smith JA, Jones B, Lee C et al. A study of things. Nature 2020.",
            "Many posts end with a bare 'Source: Example News' or a link to a channel.",
            "Story Source:\nMaterials provided by Example University. Original written by Jane Roe.",
            "社会消费品零售总额同比增长。数据来源：示例统计局",
            "消費支出は減少した。出典：総務省「家計調査」",
        ),
    ),
    Rule(
        id="source-line-catalan",
        relation=S,
        languages=("ca",),
        # Catalan's label, "Font: X", where a line or a sentence opens (in capitals: a style
        # sheet's "font: 12px Arial" is none).
        trigger=r"(?-i:\bFont)[ \t]*:[ \t]",
        pattern=r"Font[ \t]*:[ \t]*(?P<tail>)",
        case_sensitive=True,
        judged_as="source-line",
        before=r"(?:^|[.!?\"”»][ \t]+|\A)\Z",
        before_window=4,
        by_kind=True,
        weight=0.75,
        examples=(("Tots els espais són accessibles. Font: Ràdio Exemple", ("Ràdio Exemple",)),),
        counterexamples=(
            "body { font: 12px Arial }",
            # (A chart's source, as under "Source:".)
            "Evolució dels robatoris al Maresme. Font: Exemple Estadística",
        ),
    ),
    Rule(
        id="culled-from",
        relation=R,
        languages=("en",),
        # Nigerian and Ghanaian papers' word for a story taken from another: "Culled from ThisDay",
        # "*Culled from Vanguard", "This article was culled from X" (not "data culled from a survey").
        trigger=r"\bculled\s+from\s",
        pattern=r"culled\s+from\s+(?:(?:the\s+)?(?:website|site|pages|blog)\s+of\s+)?(?P<tail>)",
        before=_OF_THIS_TEXT,
        before_window=60,
        weight=0.9,
        examples=(
            ("The nominees were screened on Tuesday.\n*Culled from ThisDay", ("ThisDay",)),
            ("This article was culled from Example Times.", ("Example Times",)),
        ),
        counterexamples=(
            "The figures were culled from a survey of 2,000 households.",
            "Quotes culled from Example Times interviews were used.",
        ),
    ),
    Rule(
        id="courtesy-label",
        relation=S,
        languages=("en",),
        # "Courtesy: Dawn" closing a story another site took (South Asian papers and their
        # aggregators), where a line or a sentence opens; "Photo courtesy: X" is a picture's.
        trigger=r"\bcourtesy\s*:\s",
        pattern=r"courtesy\s*:\s*(?P<tail>)",
        before=r"(?:^|[.!?\"”][ \t]+|\A)\Z",
        before_window=4,
        not_before=_PICTURE_BEFORE,
        not_before_screen=_PICTURE_SCREEN,
        by_kind=True,
        weight=0.7,
        examples=(("The line stops short of the business district.\nCourtesy: Dawn", ("Dawn",)),),
        counterexamples=("Photo courtesy: Example Times", "Image Courtesy: Jane Doe"),
    ),
    Rule(
        id="source-dash-label",
        relation=S,
        languages=("en", "de", "es", "it", "pt", "nl", "pl", "ru"),
        # The same label with a dash or a bar for its colon ("Source - X", "Quelle | X"), where a
        # line or a sentence opens: inside one, "the source - a former official -" is a person.
        trigger=r"(?:\b(?:source|quelle|fuente|fonte|bron)|źródło|источник)[ \t]*[-–—|][ \t]",
        pattern=r"\w+[ \t]*[-–—|][ \t]*(?P<tail>)",
        before=r"(?:^|[.!?][ \t]+|\A)\Z",
        before_window=4,
        by_kind=True,
        weight=0.7,
        examples=(
            ("The council met.\nSource - Example Weekly", ("Example Weekly",)),
            ("Die Räte tagten. Quelle | Beispiel Online", ("Beispiel Online",)),
        ),
        counterexamples=("He said the source - a former official - was right.",),
    ),
    Rule(
        id="quelle-bare",
        relation=S,
        languages=("de",),
        trigger=r"\bquelle\s+(?:https?://|www\.|[\w-]+\.[a-z]{2,})",
        pattern=r"\w+\s+(?P<tail>)",
        known_only=True,
        by_kind=True,
        weight=0.7,
        examples=(("Quelle orf.at", ("orf.at",)),),
    ),
    Rule(
        id="from-outlet-colon",
        relation=S,
        languages=("en",),
        # The name may open with "the", or be a site's address ("From example.com:").
        # (Or after a sentence where a post's lines ran together: "... asked me why. From the
        # Example Weekly: Rents outpace wages".)
        trigger=r"(?:(?m:^)|[.!?][ \t]+)From (?:the )?(?:[A-Z][^\s:]{1,40}(?: [A-Z][^\s:]{1,40}){0,4}|[a-z0-9-]{2,40}\.[a-z]{2,6}): ",
        # What follows opens with a capital: "From Example Journal: a survey of ..." annotates a
        # digest's link.
        pattern=r"(?:[.!?][ \t]+)?From (?:the )?(?P<name>[A-Z][^\s:]{1,40}(?: [A-Z][^\s:]{1,40}){0,4}|[a-z0-9-]{2,40}\.[a-z]{2,6}): "
        r"(?=[A-Z0-9\"“‘'])",
        case_sensitive=True,
        weight=0.6,
        description="A digest's opening credit: 'From AAP: Today, the association released ...'.",
        examples=(
            ("From Pew Research: A new survey finds that", ("Pew Research",)),
            ("From the Example Weekly: A new survey finds that", ("Example Weekly",)),
            ("From example-weekly.com: A new survey finds that", ("example-weekly.com",)),
            (
                "For those who asked me at the reunion. From the Example Weekly: Rents outpace wages.",
                ("Example Weekly",),
            ),
        ),
        counterexamples=(
            "From Monday: the new rules apply.",
            "From the start: the rules were clear.",
            "Links of the week:\nFrom Example Journal: a survey of how libraries handle e-book licences.",
        ),
    ),
    Rule(
        id="materials-provided-by",
        relation=S,
        languages=("en",),
        trigger=r"\b(?:materials?|content|story|text|article|information)\s+(?:was\s+|were\s+|is\s+)?"
        r"(?:provided|supplied)\s+(?:to\s+(?:us|you)\s+)?by\s",
        pattern=r"\w+\s+(?:\w+\s+)?(?:provided|supplied)\s+(?:to\s+(?:us|you)\s+)?by\s+(?P<tail>)",
        by_kind=True,
        weight=0.75,
        description="A press release republished: 'Story Source: Materials provided by <institution>'.",
        examples=(
            (
                "Story Source: Materials provided by University of Example. Note: edited.",
                ("University of Example",),
            ),
        ),
    ),
    Rule(
        id="provided-by-line",
        relation=S,
        languages=("en", "de", "it", "es", "nl", "fr", "pt"),
        # ("Fornecido por X", "Fourni par X", "Bereitgestellt von X": a portal's label in its languages.)
        trigger=r"\b" + _PROVIDED_BY + r"\s",
        pattern=_PROVIDED_BY + r"\s+(?P<tail>)",
        # (A portal's partner label, a byline label after it, is `partner-label-provided-by`'s.)
        reject_after=r"(?=" + _PORTAL_BYLINE_AHEAD + r")",
        # Its own line, or its own sentence where the lines of a page ran together; or after the
        # paper's DOI that closes a science site's "More information" ("... DOI: 10.1038/x Provided by X").
        before=r"(?:^|[.!?”\"][ \t]+|\bDOI:?[ \t]*10\.[^\s]{3,80}[ \t]+)[ \t]*\Z",
        before_window=100,
        case_sensitive=True,
        by_kind=True,
        weight=0.7,
        examples=(
            (
                "The study appears in a journal.\nProvided by Example State University",
                ("Example State University",),
            ),
            (
                "The study appears in a journal. Provided by Example State University",
                ("Example State University",),
            ),
            (
                "More information: Jane Roe et al, Vortices, Example Physics (2024). DOI: 10.1038/x-024-1 "
                "Provided by Example Society",
                ("Example Society",),
            ),
            (
                "Inflação cai em maio\nFornecido por Exemplo Dinheiro\nMatéria de Jane Roe",
                ("Exemplo Dinheiro",),
            ),
        ),
        counterexamples=("Meals were Provided by volunteers.",),
    ),
    Rule(
        id="menafn-partner",
        relation=S,
        languages=("*",),
        # The Middle East and North Africa Financial Network's copies open with the partner whose
        # text they reproduce: "(MENAFN- Gulf Times) Qatar Airways will launch ...".
        trigger=r"\(MENAFN\s*[-–—]\s*",
        pattern=r"\(MENAFN\s*[-–—]\s*(?P<name>[^()\n]{2,60}?)\s*\)",
        case_sensitive=True,
        by_kind=True,
        weight=0.85,
        examples=(("(MENAFN- Example Times) The carrier will launch three routes.", ("Example Times",)),),
        counterexamples=("MENAFN reported the routes on Monday.",),
    ),
    Rule(
        id="press-release-by",
        relation=S,
        languages=("en",),
        # The text is an issuer's release: "This article is a rework of a press release issued by
        # X", "The following is a news release from X:", "This press release was produced by X".
        trigger=r"\b(?:(?:press|news|media)\s+release\s+(?:(?:issued|published|distributed|sent)\s+)?(?:by|from)"
        r"|this\s+(?:press|news)\s+release\s+was\s+(?:produced|issued|provided|written|submitted)\s+by)\s",
        pattern=r"(?:this\s+)?\w+\s+release\s+(?:\w+\s+){0,2}(?:by|from)\s+(?P<tail>)",
        # Said of this text: not "the company said in a press release from its parent".
        before=r"\b(?:this|the\s+following)\b[^.!?\n]{0,60}?\b(?:a|an)\s+\Z|(?:^|[.!?][ \t]+|\A)\Z",
        before_window=90,
        by_kind=True,
        weight=0.75,
        examples=(
            (
                "This article is a rework of a press release issued by the Example University.",
                ("Example University",),
            ),
            (
                "The following is a news release from the Example Department of Parks:",
                ("Example Department of Parks",),
            ),
            (
                "The trees are free. This press release was produced by the City of Example.",
                ("City of Example",),
            ),
        ),
        counterexamples=("The company said in a press release from its parent that sales rose.",),
    ),
    Rule(
        id="provided-by-field",
        relation=S,
        languages=("en",),
        trigger=r"\bProvided\s+by\s",
        pattern=r"Provided\s+by\s+(?P<tail>)",
        # A science news page's field after the paper's reference, where its lines ran together:
        # "Journal information: Example Letters Provided by Example University Citation: ...". The
        # next field closes the name.
        before=r"\b(?-i:[A-Z0-9])\S*[ \t]+\Z",
        before_window=40,
        reject_after=r"(?![ \t]*(?:Citation|Contact|More[ \t]+information|Explore[ \t]+further)\b)",
        case_sensitive=True,
        by_kind=True,
        weight=0.7,
        examples=(
            (
                "Journal information: Example Letters Provided by Example State University Citation: Salt",
                ("Example State University",),
            ),
        ),
        counterexamples=("Free Meals Provided by Volunteers Draw Crowds at the Fair",),
    ),
    Rule(
        id="via-after-sentence",
        relation=S,
        languages=("en",),
        trigger=r"\bVia\s",
        pattern=r"Via\s+(?P<tail>)",
        before=r"[.!?”\"][ \t]+\Z",
        before_window=4,
        # (Not a sentence that goes on after a comma: "Via Example Lab, here's a look at ...".)
        reject_after=r"[ \t]*,[ \t]+[a-z]",
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        weight=0.6,
        description="'Via X' opening a sentence where the lines of a page ran together.",
        examples=(("From its original source. Via Example.info Copyright 2019.", ("Example.info",)),),
        counterexamples=(
            "He lives there. Via Roma is a street in Turin.",
            "Not worth your time. Via Nieman Lab, here's a more useful look at local TV.",
        ),
    ),
    Rule(
        id="via-name-colon",
        relation=S,
        languages=("en",),
        # "Via The Verge: The company said ...": an aggregator's lead-in, the excerpt after the colon.
        trigger=r"\bVia\s",
        pattern=r"Via\s+(?P<tail>)",
        reject_after=r"(?![ \t]*:)",
        case_sensitive=True,
        known_only=True,
        by_kind=True,
        weight=0.6,
        examples=(("Chipmaker delays plant Via The Verge: The company said on Tuesday.", ("The Verge",)),),
        counterexamples=("Via Roma: the street is closed.", "Via email: send your letters."),
    ),
    Rule(
        id="produced-by-and-distributed",
        relation=R,
        languages=("en",),
        trigger=r"\b(?:distributed|syndicated)\s+by\s",
        pattern=r"(?:distributed|syndicated)\s+by\b",
        # The text names who made it, then who passes it on ("This story was produced by X and
        # reviewed and distributed by Y"): X is where it comes from, as in "produced by X and
        # republished".
        before=r"\bthis\s+(?:story|article|piece|report|post|investigation|column|essay|interview)\s+"
        r"(?:was\s+|is\s+|has\s+been\s+)?(?:originally\s+)?(?:produced|published)"
        r"\s+by\s+(?P<tail>[^\n]{2,80}?)\s*,?\s+and\s+(?:(?:was|is|has\s+been)\s+)?(?:reviewed\s+and\s+)?\Z",
        before_window=200,
        weight=0.9,
        examples=(
            (
                "This story was produced by Example Health News and reviewed and distributed by Example Media.",
                ("Example Health News",),
            ),
            (
                "This article was produced by Example Money and syndicated by Example Wire.",
                ("Example Money",),
            ),
        ),
        counterexamples=(
            "The film was produced by Jane Roe and distributed by Example Pictures.",
            "This article was written by Jane Roe and distributed by Example Media.",
        ),
    ),
    Rule(
        id="distributed-by",
        relation=S,
        languages=("en",),
        trigger=r"\bdistributed\s+by\s",
        pattern=r"distributed\s+by\s+(?P<tail>)",
        # A syndicate's line under a column or a show, standing as its own sentence, or saying
        # what it distributed ("This column was distributed by Example Syndicate.").
        before=r"(?:^|[.!?”\"][ \t]+|\A)(?:(?:This|The)[ \t]+(?:column|op-ed|article|story|piece|commentary"
        r"|essay|editorial)[ \t]+(?:was|is|has[ \t]+been)[ \t]+)?\Z"
        # Or after the footer's "Visit X at <address>", where the page's lines ran together.
        r"|\bVisit[ \t]+[^\n]{0,60}?[ \t]at[ \t]+\S+[ \t]+\Z",
        before_window=100,
        by_kind=True,
        weight=0.7,
        examples=(
            ("Original music by a band. Distributed by Example Radio Exchange.", ("Example Radio Exchange",)),
            ("The tax cut helps few.\nThis column was distributed by Example Words.", ("Example Words",)),
            (
                "Visit the Example Herald at www.exampleherald.com Distributed by Example Syndicate, LLC.",
                ("Example Syndicate",),
            ),
        ),
        counterexamples=(
            "Leaflets were distributed by Example Party volunteers.",
            "The food was distributed by Example Aid.",
        ),
    ),
    Rule(
        id="syndicate-copyright",
        relation=R,
        languages=("en",),
        # A syndicate's footer under a column or a story it sells to other papers: the copyright
        # of the paper that ran it first, then the syndicate ("©2024 Example Herald. Visit
        # exampleherald.com. Distributed by Example Syndicate."). A copyright line alone is the
        # page's own boilerplate; only the distributor after it makes it a credit.
        trigger=r"(?:©|\(c\)|\bcopyright\b)[ \t]*(?:©[ \t]*)?\d{4}\b",
        # (The full stops may be lost where the page's lines ran together: "(c)2019 Example Herald
        # Visit the Example Herald at www.exampleherald.com Distributed by ...".)
        pattern=r"(?:©|\(c\)|copyright)[ \t]*(?:©[ \t]*)?\d{4},?[ \t]*(?P<name>[^\n.,;:()]{2,60}?)"
        r"(?:,?[ \t]+(?:Inc|LLC|Co|Ltd|L\.P)\.?)?(?:[.,][ \t]+|[ \t]+(?=Visit\b))"
        r"(?=(?:Visit\b[^\n]{0,80}?(?:\.[ \t]+|[ \t]+(?=Distributed\b)))?Distributed\s+by\b)",
        weight=0.85,
        examples=(
            (
                "©2024 Example Herald. Visit exampleherald.com. Distributed by Example Syndicate, LLC.",
                ("Example Herald",),
            ),
            ("(c) 2024, Example Post. Distributed by Example Syndicate.", ("Example Post",)),
            (
                "©2024 The Example Bee. Visit at examplebee.com. Distributed by Example Syndicate, LLC.",
                ("The Example Bee",),
            ),
            (
                "(c)2024 Example Herald Visit the Example Herald at www.exampleherald.com Distributed by Example Syndicate",
                ("Example Herald",),
            ),
        ),
        # (A columnist's own copyright names a person, no paper: "©2024 Jane Roe. Distributed by".)
        no_person=True,
        # (Nor the syndicate's own, which "Distributed by" credits: "©2024 Example Syndicate, LLC.
        # Distributed by Example Syndicate, LLC.")
        publisher_only=True,
        counterexamples=(
            "© 2024 Example Herald. All rights reserved.",
            "Jane Roe writes about health policy. ©2024 Jane Roe. Distributed by Example Syndicate, LLC.",
            "Copyright 2024 Example Herald. All rights reserved. Distributed by Example Syndicate.",
        ),
    ),
    Rule(
        id="republished-courtesy-of",
        relation=R,
        languages=("en",),
        trigger=r"\bcourtesy\s+of\s",
        pattern=r"courtesy\s+of\s+(?P<tail>)",
        # "This story is republished courtesy of X": the text itself, not a picture or a figure.
        before=r"\b(?:re-?published|reprinted|re-?posted|reproduced|syndicated)(?:\s+here)?\s+\Z",
        before_window=30,
        not_before=r"\b(?:photo(?:graph)?|image|picture|video|graphic|map|chart|illustration)s?\s+\w+(?:\s+here)?\s+\Z",
        weight=0.8,
        examples=(("This story is republished courtesy of Example Weekly.", ("Example Weekly",)),),
        counterexamples=("Photo reprinted courtesy of Jane Doe.",),
    ),
    Rule(
        id="courtesy-of",
        relation=S,
        languages=("en",),
        trigger=r"\bcourtesy\s+of\s",
        pattern=r"courtesy\s+of\s+(?P<tail>)",
        # (Nor a recording's: "Archival audio courtesy of Example Archive", "Footage courtesy of".)
        not_before=r"(?:\(|\b(?:photo|image|picture|video|graphic|map|chart|audio|footage|clip|recording|music"
        r"|sound)s?\s+)\s*\Z",
        weight=0.6,
        examples=(("Courtesy of Redfin", ("Redfin",)),),
        counterexamples=("Music by Example Sessions. Archival audio courtesy of Example Archive.",),
    ),
    Rule(
        id="via-label",
        relation=S,
        languages=("en", "es"),
        # "(via The Verge)", "[via Reuters]", "Via: The Verge", "— via Reuters", Spanish "Vía:
        # X": a label, not a sentence ("we heard via email").
        # A Spanish blog's "Vía | X".
        trigger=r"(?:[(\[][ \t]*v[ií]a\b[ \t]*:?|\bv[ií]a[ \t]*(?::|\|)|[—–][ \t]*v[ií]a\b)\s",
        # (Not a social account's handle, a hat tip: "(via @example_market)"; nor a social network,
        # the way a tip came: "(via Mastodon)".)
        pattern=r"[(\[—–]?[ \t]*v[ií]a[ \t]*[:|]?[ \t]+(?!@|(?:Twitter|X|Mastodon|Bluesky|Reddit|Instagram|Facebook|TikTok"
        r"|YouTube|Threads|LinkedIn|Telegram|WhatsApp|Hacker[ \t]+News)\b)(?P<tail>)",
        # Not a way to pay, to share or to reach the site ("Donate via: Bitcoin | Monero").
        not_before=_PICTURE_BEFORE
        + r"|\b(?:donate|pay|payment|share|subscribe|contact|follow|support|send|reach|partager|compartir|teilen"
        r"|condividi|compartilhar|partilhar|delen)\s*\Z",
        # Nor a clause's source inside a paragraph that goes on ("... dipped below $1,200 (via
        # Example Gadgets). That is still ..."): where a figure was read, not the post.
        # (Nor a tip's source that a clause goes on about inside the brackets: "(via Example Photo
        # News, which flagged the firmware bug)".)
        reject_after=r"[^()\n]{0,60}\)\.[ \t]+(?!" + FURNITURE_AHEAD + r")(?-i:[A-Z][a-z'’]*[ \t]+[a-z])"
        r"|[^(),\n]{0,60},[ \t]*(?:which|who|where|whose)\b[^()\n]{0,120}\)",
        by_kind=True,
        weight=0.6,
        examples=(
            ("The phone has a larger screen. (via Example Gadgets)", ("Example Gadgets",)),
            ("The phone has a larger screen.\nVia: Example Gadgets", ("Example Gadgets",)),
            ("The phone has a larger screen. — via Reuters", ("Reuters",)),
            ("El teléfono tiene una pantalla mayor.\nVía: Diario Ejemplo", ("Diario Ejemplo",)),
            ("El teléfono tiene una pantalla mayor.\nVía | Diario Ejemplo", ("Diario Ejemplo",)),
        ),
        counterexamples=(
            "We sent it (via email) on Monday.",
            "Thanks to Jane, who spotted an error (via Mastodon) in the second example.",
            "I'd point anyone wanting lab numbers there. (via Example Photo News, which flagged the bug)",
            "Photo: Jane Doe (via Example Images)",
            "Donate via: Example Coin | Bank transfer",
            "Voir les 14 commentaires Partager via : Facebook X E-mail Copier le lien",
            "The average price dipped below $1,200 (via Example Gadgets). That is still a lot for a phone.",
        ),
    ),
    Rule(
        id="from-label",
        relation=S,
        languages=("en",),
        # An aggregator's or a portal's label of the outlet an item comes from: "From: Example News"
        # on a line of its own, or after the byline where the lines ran together. Registered names
        # only: an e-mail's "From: Jane Doe <jane@...>" names a person.
        trigger=r"\bFrom:[ \t]",
        pattern=r"From:[ \t]+(?P<tail>)",
        case_sensitive=True,
        known_only=True,
        no_aggregator=True,
        by_kind=True,
        weight=0.7,
        examples=(
            ("Flights were cancelled on Thursday.\nFrom: Reuters\n2 hours ago · World", ("Reuters",)),
            ("Jane Doe From: BBC News March 13, 2015 9:00PM A new Bill would", ("BBC News",)),
        ),
        counterexamples=(
            "From: Jane Doe <jane@example.com>\nTo: desk@example.com\nSubject: budget",
            "Saved articles\nFrom: Pocket\nTen tools I install on every new laptop.",
        ),
    ),
    Rule(
        id="via-agency-wire",
        relation=W,
        languages=("en",),
        # A byline's "Via AP news wire", "via the Reuters wire": the agency's copy, not a picture's
        # way ("Press Service via AP") nor a quote's ("told AP via email").
        trigger=r"\bvia\s+(?:the\s+)?(?:" + AGENCIES + r")\s+(?:news\s*)?(?:wire|newswire|feed)\b",
        pattern=r"via\s+(?:the\s+)?(?P<name>[^\n]{2,60}?)\s+(?:news\s*)?(?:wire|newswire|feed)\b",
        wire_only=True,
        weight=0.85,
        examples=(
            ("Budget talks stall Via AP news wire Friday 03 May 2024 12:34", ("AP",)),
            ("The council met on Tuesday. (via the Reuters wire)", ("Reuters",)),
        ),
        counterexamples=("Officials spoke via video link with AP reporters on the news wire desk.",),
    ),
    Rule(
        id="legally-licensed",
        relation=R,
        languages=("en",),
        # A content marketplace's note: "This article was written by Jane Doe from Example Daily and
        # was legally licensed via the Tribune Content Agency through the Industry Dive publisher
        # network". The publisher stands between "from" and "and"; the network is no outlet.
        trigger=r"\bwas\s+legally\s+licensed\s",
        pattern=r"was\s+legally\s+licensed",
        before=r"\bwritten\s+by\s+[^\n]{1,80}?\s+from\s+(?P<name>[^\n]{2,80}?)\s+and\s+\Z",
        before_window=200,
        weight=0.9,
        examples=(
            (
                "This article was written by Jane Doe from Example Daily and was legally licensed via the "
                "Tribune Content Agency through the Industry Dive publisher network.",
                ("Example Daily",),
            ),
            (
                "This article was written by Jane Doe from The Example Times and was legally licensed "
                "through the NewsCred publisher network.",
                ("The Example Times",),
            ),
        ),
        counterexamples=("The software was legally licensed from the vendor in 2019.",),
    ),
    Rule(
        id="reposted-from",
        relation=R,
        languages=("en",),
        trigger=r"\bre-?(?:post(?:ed)?|blogged)\s+(?:here\s+)?(?:with\s+permission\s+)?from\s",
        pattern=r"re-?(?:post(?:ed)?|blogged)\s+(?:here\s+)?(?:with\s+permission\s+)?from\s+(?P<tail>)",
        weight=0.85,
        examples=(
            ("Reposted from Example Weekly.", ("Example Weekly",)),
            ("Re-posted from Example Weekly.", ("Example Weekly",)),
            ("Reblogged from Example Weekly.", ("Example Weekly",)),
        ),
        counterexamples=("She reposted from her own account on Monday.",),
    ),
    Rule(
        id="shared-from",
        relation=R,
        languages=("en",),
        # "Shared from The Conversation with permission", "This story has been shared from X",
        # "Excerpted from X": said of the text, at a sentence's start. A registered name, a
        # domain or a link only: "Excerpted from The Long Road Home by Jane Doe" is a book's.
        trigger=r"\b(?:shared|excerpted)\s+(?:here\s+)?(?:with\s+(?:the\s+)?(?:kind\s+)?permission\s+)?from\s",
        pattern=r"\w+\s+(?:here\s+)?(?:with\s+(?:the\s+)?(?:kind\s+)?permission\s+)?from\s+(?P<tail>)",
        before=r"(?:^|[.!?”\"»)][ \t]+|\b(?:this|the)\s+(?:story|article|piece|post|report|column|essay|text)\s+"
        r"(?:(?:has\s+been|was|is)\s+)?)\Z",
        before_window=40,
        known_only=True,
        weight=0.85,
        examples=(
            ("The council met. Shared from The Conversation with permission.", ("The Conversation",)),
            ("The council met.\nThis story has been shared from Euronews with permission.", ("Euronews",)),
            ("The council met. Excerpted from The Atlantic.", ("The Atlantic",)),
        ),
        counterexamples=(
            "Data shared from the hospital records show a rise.",
            "Excerpted from The Long Road Home by Jane Doe.",
            "The photos were shared from Reuters accounts.",
        ),
    ),
    Rule(
        id="via-line-opening",
        relation=R,
        languages=("en",),
        trigger=r"(?m:^[ \t]*)via\s",
        # A repost's opening line, a comma or a colon after the name and the article below it
        # ("Via Example Watch,\nCentral banks added ..."), as "Authored by Jane Roe via X," opens one.
        pattern=r"[ \t]*via\s+(?P<tail>)",
        reject_after=r"(?![ \t]*[,:][ \t]*\n[ \t]*\S)",
        weight=0.7,
        examples=(("Via Example Watch,\nCentral banks added more gold.", ("Example Watch",)),),
        counterexamples=("Some text.\nVia Example Watch\nMore text.",),
    ),
    Rule(
        id="via-line",
        relation=S,
        languages=("en",),
        trigger=r"(?m:^[ \t]*)via\s",
        pattern=r"[ \t]*via\s+(?P<tail>)",
        weight=0.6,
        examples=(("Some text.\nVia Axios", ("Axios",)),),
        counterexamples=("We heard about it via email.",),
    ),
    Rule(
        id="lowercase-via-after-sentence",
        relation=S,
        languages=("en",),
        # "via" in lower case after the end of a sentence opens no sentence: a "via" line whose
        # line break the page's extractor removed ("... by traffic enforcers. via ABS-CBN News").
        trigger=r"[.!?”\"][ \t]+via[ \t]",
        pattern=r"[.!?”\"][ \t]+via[ \t]+(?P<tail>)",
        case_sensitive=True,
        weight=0.6,
        examples=(
            (
                "Permits would be honored by traffic enforcers. via ABS-CBN News Share this:",
                ("ABS-CBN News",),
            ),
        ),
        counterexamples=(
            "We heard about it. via email, then by phone.",
            "The court ruled. Via a spokesman, the firm said.",
        ),
    ),
    Rule(
        id="story-via",
        relation=S,
        languages=("en",),
        # "Story via Reuters.", "Article via The Verge" as a sentence of its own: the text's way here.
        trigger=r"\b(?:story|article|report|content|post)\s+via\s",
        pattern=r"\w+\s+via\s+(?P<tail>)",
        before=r"(?:^|[.!?”\"»][ \t]+)\Z",
        before_window=4,
        known_only=True,
        by_kind=True,
        weight=0.7,
        examples=(
            ("Some text.\nStory via Reuters.", ("Reuters",)),
            ("The phone has a larger screen. Article via The Verge.", ("The Verge",)),
        ),
        counterexamples=("We sent the story via email.", "Story via email: a reader writes."),
    ),
    Rule(
        id="reporter-agency-signoff",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # The reporter's name and the agency's after the story's last sentence, as an agency signs
        # its copy, where the page's lines ran together: "... for the purchases. Jane Roe
        # Australian Associated Press Advertisement". Only where the text or its line ends, or the
        # page's furniture follows: a caption's credit goes on with the story.
        before=r"[.!?\"”][ \t]+(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+[ \t]+){2,3}\Z",
        before_window=60,
        pattern=r"(?=[ \t]*(?:\n|\Z)|[ \t]+" + FURNITURE_AHEAD + r")",
        wire_only=True,
        weight=0.75,
        examples=(
            (
                "The package was welcomed. Jane Roe Australian Associated Press Advertisement Get the latest news",
                ("Australian Associated Press",),
            ),
            ("The package was welcomed. Jane Roe AAP", ("AAP",)),
        ),
        counterexamples=(
            "Flood waters cover the town. Jane Roe Australian Associated Press The council met on Monday.",
            "The package was welcomed by Australian Associated Press",
        ),
    ),
    Rule(
        id="reporter-agency-after-time",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline after the page's time: the reporter's name, then the agency's, then the story
        # ("Updated March 19 2024 - 3:40pm, first published 2:30pm Jane Roe Australian Associated
        # Press The Reserve Bank has ...").
        before=r"\b\d{1,2}[:.]\d{2}[ \t]?(?i:am|pm|a\.m\.|p\.m\.)?[ \t]+(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+[ \t]+){2,3}\Z",
        before_window=60,
        pattern=r"(?=[ \t]+[A-ZÀ-Þ])",
        wire_only=True,
        # (Where no longer name was read: "14:22 South African Press Association" is one name.)
        fallback=True,
        weight=0.75,
        examples=(
            (
                "Rates on hold Updated March 19 2024 - 3:40pm, first published 2:30pm Jane Roe Australian "
                "Associated Press The Reserve Bank has left the rate on hold.",
                ("Australian Associated Press",),
            ),
        ),
        counterexamples=(
            "Flood waters cover the town. Jane Roe Australian Associated Press The council met on Monday.",
        ),
    ),
    # ---------------------------------------------------------------- the last resort
    Rule(
        id="agency-detached",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # An agency's name standing apart from any sentence (between separators, after a date or
        # a name in capitals, before a capitalised word): a byline, a label or a list of
        # sources, in whatever layout a page gives them ("Published May 3, 2015 Associated Press
        # Facebook", "Contributing: Jane Doe, Reuters."). Tried last, where no wording is known;
        # a caption's "quarterback Jane Doe Jo Roe, Associated Press" is prose within six words.
        # (A hyphen between spaces too: "أبوظبي - وام", a place and the agency over the story.)
        # (A time's "Uhr" too: "11. Mai 2023 12:47 Uhr APA Bild: SN/Jana Roe".)
        before=r"(?:^|[|/,;:•·\[–—]|[ \t]-|\d|\d[ \t]+Uhr|\b[A-ZÀ-ÞА-Я]{2,}\.?)[ \t]*\Z",
        before_window=24,
        # Not a brand's label ("AP FACT CHECK:", "AFP PHOTO", "Reuters Poll:"), nor a picture
        # service's name; a label of the page's furniture is no brand's ("ABC/Reuters Topics: ...");
        # nor a picture's ("APA Bild: SN/Jana Roe", the picture over the story).
        pattern=_NOT_A_PICTURE_SERVICE
        # (A dateline in capitals may follow: "09:14 Nyhetsbyrån Direkt STOCKHOLM (Direkt) ...",
        # "7:58 AM Agence France-Presse NAIROBI, KENYA — Kenya's ...".)
        + r"(?!['’]s\b)(?![ \t]+[A-ZÀ-Þ]{3,}\b(?![ \t]*\([A-Za-zÀ-ÿ]|,[ \t]*[A-ZÀ-Þ]{2,}\b|[ \t]+[—–-][ \t]))(?![ \t]+(?!"
        + FURNITURE_AHEAD
        + r"|"
        + PICTURE_LABEL_WORD
        + r"[ \t]*:)[A-Z][\w-]*[ \t]*:)"
        r"(?![ \t]+" + _AGENCY_PRODUCTS + r"\b)"
        # (Not an ordinal before a word in lower case: "Anadolu Ajansı 104. kuruluş yıl dönümünü
        # kutladı" is a headline about the agency; "ČTK 12. listopadu 2024" dates a byline.)
        r"(?![ \t]+\d+\.[ \t]+[a-zß-ÿçğışö]+(?![ \t]+\d{4}))"
        # (Arabic has no capitals: "الرياض - واس أعلنت ..." where the dateline's line was joined.)
        r"(?=[ \t]*(?:$|\Z|[|/,;.)\]–—•·]|-[ \t])|(?::[ \t]*|[ \t]+)[\u0600-\u06ff]|[ \t]+[A-ZÀ-ÞА-Я0-9])",
        not_before=_NOT_A_BYLINE_BEFORE,
        not_before_screen=_NOT_A_BYLINE_SCREEN,
        max_prose_words=0,
        not_alone_on_line=True,
        fallback=True,
        not_before_window=100,
        # (A picture's label with its colon is the next block's: "12:47 Uhr APA Bild: SN/Jana Roe".)
        reject_after=r"(?i:[^.!?\n]{0,80}\b(?:(?:reported|reports|reporting|said|says|berichte\w*|meldet\w*|"
        r"sagte|informó|informa|rapporte|riporta|citing|quoted|cited|wrote)\b|(?:photo|foto|bild)\b(?![ \t]*:)))"
        # The agency's figures, not its copy: "Source: Company reports, Reuters calculations",
        # "Source: Reuters/Ipsos poll".
        r"|(?i:(?:/[\w-]+)?[ \t]+(?:calculations?|estimates?|analysis|data|polls?|survey|graphics?|charts?|tally|count|"
        r"berechnungen|schätzungen|umfrage|grafik|calculs|estimations|sondage|cálculos|estimaciones|encuesta)\b)"
        # A list that a colon closes is a headline or a label ("Reuters, AFP und dpa: Die Agenturen");
        # not the page's furniture after the text ("... Associated Press Share this: Facebook"),
        # nor a byline's date label, the first colon after it ("Press Trust of India | New Delhi |
        # Updated: May 3"); the list's other names may stand before the furniture ("fek/dpa/AFP Mehr
        # zum Thema ...: ...").
        r"|(?!(?:[ \t]*/[ \t]*[\w-]+)*[ \t]+"
        + FURNITURE_AHEAD
        + r")(?![^.!?\n:]{0,60}?(?-i:"
        + DATE_LABELS
        + r")[ \t]*:)"
        # (A colon inside a parenthesis is a sign-off's: "AGERPRES/(AS - autor: Ioana Doe)"; one
        # right after the name closes an Arabic dateline: "الدوحة - قنا: افتتح ...".)
        # (Nor a picture's label right after it: "12:47 Uhr APA Bild: SN/Jana Roe", the picture over the story.)
        r"(?![ \t]*:[ \t]*[\u0600-\u06ff])(?![ \t]+(?-i:" + PICTURE_LABEL_WORD + r")[ \t]*:)"
        # (Nor a picture's label further on: "DN/Lusa 12 Março 2024 — 14:05 Partilhar Foto: Jana Roe".)
        r"[^.!?\n(]{0,60}" + _NOT_AFTER_PICTURE_LABEL + r":(?:\s|$)"
        # The agency as the subject of a sentence about itself ("Reuters, the news division of
        # ..., is the world's largest"): a description, not a credit.
        # ("Press Trust of India, the country's largest news agency, on Friday elected ...").
        r"|(?i:,[ \t]+(?:the|a|an|founded|based|headquartered|established|owned)\b[^,.!?\n]{0,80},)[ \t]+[a-z]"
        # In the other languages the same: an article opens the description, a verb goes on after it
        # ("EFE, la mayor agencia de noticias en español, cuenta con ...").
        r"|(?i:,[ \t]+(?:la|el|le|l['’]|les|los|las|die|der|das|il|lo|o|a|una?|eine?)\b[^,.!?\n]{0,80},)[ \t]+[a-zà-ÿ]"
        # Or a dash and the description ("Укрінформ — державне інформаційне агентство").
        r"|[ \t]*[—–][ \t]+[a-zß-ÿа-яёіїєґ]"
        # Or a headline's words after a comma ("Ansa, i giornalisti proclamano tre giorni ..."), the
        # name maybe the start of a longer one, the sentence's subject ("Anadolu Ajansı Yönetim
        # Kurulu, ajansın yeni genel müdürlüğüne ...": the agency's board).
        r"|(?-i:[ \t]+[A-ZÀ-ÞÇĞİÖŞÜ][\w'’-]*){0,3},[ \t]+(?-i:[a-zß-ÿа-яёіїєґğış]+[ \t]+[a-zß-ÿа-яёіїєґğış]+[ \t]+"
        r"[a-zß-ÿа-яёіїєґğış])"
        # Or a title in quotation marks after a comma: a list of sources cites a report ("Our
        # Sources ...; Associated Press, \"No, the tax is not new,\" June 2023").
        r"|,[ \t]*[\"“«„]",
        wire_only=True,
        weight=0.6,
        examples=(
            ("Updated 12:04 GMT • Reuters • Markets", ("Reuters",)),
            (
                "Telegram 2023-05-12 09:14 Nyhetsbyrån Direkt STOCKHOLM (Direkt) Bolaget sänker",
                ("Nyhetsbyrån Direkt",),
            ),
            (
                "February 18, 2025 7:58 AM Agence France-Presse NAIROBI, KENYA — Tea exports rose.",
                ("Agence France-Presse",),
            ),
            (
                "Weniger Tote als im Vorjahr 11. Mai 2023 12:47 Uhr APA Bild: SN/Jana Roe Tourengeher im Tal.",
                ("APA",),
            ),
            ("Pegel steigt weiter. | fek/dpa/AFP Mehr zum Thema Hochwasser: Pegel steigt", ("dpa", "AFP")),
            ("الدوحة - قنا: افتتح وزير المواصلات اليوم المرحلة الأولى من المشروع.", ("قنا",)),
            ("محليات الرياض - واس أعلنت وزارة التعليم عن بدء التسجيل.", ("واس",)),
            ("Markets news | Jane Doe, John Roe, Reuters | 3 May 2024", ("Reuters",)),
            ("The crew was detained.\nABC/Reuters Topics: world-politics, iran", ("Reuters",)),
            (
                "Budget passes\nPress Trust of India | New Delhi | Economy",
                ("Press Trust of India",),
            ),
        ),
        counterexamples=(
            "Officials said.\n\nCLICK HERE TO GET THE EXAMPLE NEWS APP\n\nThe talks go on.",
            "The deal, according to Reuters, is worth more.",
            "Officials met on Monday. Reuters, AFP and AP reported the talks.",
            "Reuters, the news division of Example Holdings, is the largest news provider.",
            "The Associated Press, founded in 1846, is a nonprofit cooperative.",
            "Updated May 3.\nPress Trust of India, the country's largest news agency, on Friday elected a chairman.",
            "EFE, la mayor agencia de noticias en español, cuenta con 3.000 profesionales.",
            "Укрінформ — державне інформаційне агентство, засноване у 1918 році.",
            "Editoria\nAnsa, i giornalisti proclamano tre giorni di sciopero delle firme",
            "Anadolu Ajansı Yönetim Kurulu, ajansın yeni genel müdürlüğüne Jane Roe'yu atadı.",
            'Our Sources Email interview, Feb. 16, 2024; Associated Press, "No, the tax is not new," June 2023',
            "Bildrechte: Reuters",
            "He joined in 2012 after working for The Register, Reuters, and other publications.",
            "• AP FACT CHECK: The governor's veto pen is powerful",
            "Cite This Page : MLA APA Chicago",
            "Reuters Poll: Most economists expect a rate cut",
            "Tags: AP, Politics, Senate",
            "Listen: Reuters World News podcast",
            "Share: Facebook | Twitter | Reuters",
            "Reuters, Bloomberg und AFP: Die großen Agenturen im Vergleich",
            "Reuters: Tax plan dies | Updated: May 3",
            "He said it had cast a spotlight on inequity.\nReuters\nAfrican Americans hit hard",
        ),
    ),
    Rule(
        id="agency-pair-after-headline",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # Two agencies joined by a slash or a dash between a headline's last word in lower case and
        # the story's first word, where a page's lines were joined: the byline field under the
        # headline ("... efter valet TT-AFP Tusentals demonstranter ...", "... erottamisen
        # STT–Reuters Etelä-Korean ...", "... ingestort ANP/AFP LIMA - Een aardbeving ..."). The
        # other agency is read after it, if registered. A poll's firm is no agency ("Reuters/Ipsos
        # Poll").
        before=r"(?-i:[a-zß-ÿ]{2,})[ \t]+\Z",
        before_window=24,
        # (The other is an agency's letters in capitals, or Reuters or dpa, as such bylines pair
        # them; a word after a hyphen makes a product or a desk of the agency's: "ANSA-Centimetri",
        # "APA-Grafik", "TT-Newsletter", "APA-OTS-Aussendung".)
        pattern=r"(?=[ \t]*[-–/][ \t]*(?!(?:NORC|Ipsos|YouGov|Gallup|Harris|Kantar)\b)(?:[A-Z]{2,6}|Reuters|dpa)(?![-\w])"
        r"[ \t]+(?:[A-ZÀ-ÞÄÖÅ]))",
        wire_only=True,
        more_names=True,
        fallback=True,
        weight=0.7,
        examples=(
            (
                "Nyheter Tusentals protesterar i Georgien efter valet TT-AFP Tusentals demonstranter samlades.",
                ("TT", "AFP"),
            ),
            (
                "Perustuslakituomioistuin vahvisti presidentin erottamisen STT–Reuters Etelä-Korean tuomioistuin",
                ("STT", "Reuters"),
            ),
            (
                "Aardbeving treft zuiden van Peru, huizen ingestort ANP/AFP LIMA - Een aardbeving trof",
                ("ANP", "AFP"),
            ),
        ),
        counterexamples=(
            "Most voters back the plan, according to a Reuters/Ipsos Poll Released on Monday.",
            "The minister spoke to Reuters on Monday.",
            "Le intenzioni di voto nell'infografica ANSA-Centimetri A destra cresce il partito.",
            "Links: Umweltministerium APA-OTS-Aussendung Mehr zum Thema",
            "Many fear a bill, according to a poll from The Associated Press-NORC Center for Public Affairs.",
        ),
    ),
    Rule(
        id="agency-dateline-arabic-dash",
        relation=W,
        languages=("ar",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # An Arabic dateline of a place and the agency joined by a dash: "عمان- بترا ضبطت ...",
        # "المصدر: أبوظبي - وام". The place opens its line, or follows a label's colon or the
        # page's date and time.
        # (The time may say "pm", and the page's share button may stand between: "02:15 مساءً شارك
        # الدوحة - قنا افتتحت ...".)
        # (Or the page's share buttons: "مشاركة فيسبوك تويتر واتساب أبوظبي: «وام» أطلقت"; a colon may
        # join them and the agency stand in guillemets. Or the place is glued to the agency by a
        # hyphen, wherever the headline ran into it: "... حتى الآن دمشق-سانا بلغت".)
        before=r"(?:(?:^|\A|\d[ \t]+(?:(?:مساء|صباحا|صباحًا|مساءً|ص|م)[ \t]+)?(?:(?:شارك|مشاركة)[ \t]+)?|:[ \t]*"
        r"|(?:فيسبوك|تويتر|واتساب|تلغرام|تيليجرام|إكس)[ \t]+)"
        + _ARABIC_PLACE
        + r"[ \t]*(?:[-–—]|:)[ \t]*«?|[ \t][\u0621-\u064a]{3,}-)\Z",
        before_window=40,
        # (A colon may close the dateline: "نيويورك- د ب أ: أخفق مجلس الأمن".)
        pattern=r"(?=»?:?(?:[ \t]+[\u0621-\u064a]|[ \t]*(?:\n|\Z)))",
        # Not a picture's credit: "صورة أرشيفية - واس" (an archive picture).
        not_before=r"(?:صورة|صور|الصورة|تصوير|لقطة|فيديو)[^\n]{0,20}\Z",
        not_before_window=40,
        wire_only=True,
        # (Beside "agency-detached", which reads the same dateline where a space stands before the
        # dash and no label follows.)
        fallback=True,
        weight=0.8,
        examples=(
            ("آخر تحديث: 12 مارس 2024 الساعة 13:05 عمان- بترا ضبطت وزارة المياه اعتداءات.", ("بترا",)),
            ("اعتماد خطة جديدة المصدر: أبوظبي - وام التاريخ: 12 مارس 2024", ("وام",)),
            ('12 يونيو 2024 ، 02:15 مساءً شارك الدوحة - قنا افتتحت متاحف قطر معرض "بدايات: فنون"', ("قنا",)),
            ("مشاركة فيسبوك تويتر واتساب أبوظبي: «وام» أطلقت دائرة الطاقة برنامجا جديدا.", ("وام",)),
            ("وزارة الزراعة: تسويق القمح حتى الآن دمشق-سانا بلغت كميات القمح المسوقة.", ("سانا",)),
            ("منذ 6 ساعات حجم الخط 0 نيويورك- د ب أ: أخفق مجلس الأمن الدولي مرة أخرى.", ("د ب أ",)),
        ),
        counterexamples=(
            "قال الوزير إن التعاون مع - وام مستمر",
            "جدة 12 مارس 2024 - 10:05 صورة أرشيفية - واس بدأت أمانة محافظة جدة تنفيذ مشروع",
        ),
    ),
    Rule(
        id="agency-pipe-place",
        relation=W,
        languages=("*",),
        trigger=AGENCIES,
        name_from_trigger=True,
        case_sensitive=True,
        # A byline's fields, the agency and the place it filed from, after a headline whose lines
        # ran together: "Aprueban el presupuesto AFP | Ciudad de México El ayuntamiento ...".
        pattern=r"(?!['’]s\b)(?=[ \t]*\|[ \t]*[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+(?:de|del|do|da|di|am|an)?[ \t]*[A-ZÀ-Þ][\w'’.-]+){0,3}"
        r"(?:[ \t]*(?:\||[-–—,]|\d)|[ \t]+[A-ZÀ-Þ]))",
        not_before=_NOT_A_BYLINE_BEFORE,
        not_before_screen=_NOT_A_BYLINE_SCREEN,
        not_before_window=100,
        # Where agency-detached, before it, does not read the name (no separator before it).
        fallback=True,
        wire_only=True,
        weight=0.6,
        examples=(
            (
                "Aprueban el presupuesto municipal AFP | Ciudad de México El ayuntamiento aprobó el plan.",
                ("AFP",),
            ),
            ("Das Budget ist beschlossen dpa | Berlin Der Stadtrat hat am Dienstag getagt.", ("dpa",)),
        ),
        counterexamples=("The mayor told Reuters | Photo: Jane Doe",),
    ),
)
