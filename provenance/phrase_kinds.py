"""The kind of phrase a found statement is, in the vocabulary of the labelled case sets.

`provenance eval` scores precision per phrase kind by the phrase of the rule that found a
statement, and recall per phrase kind by the label's ``phrase``. The labels use seven kinds
(shared/data/dev/README.md); every rule of the text extractor (``text:<Rule.id>``) and every
signal of the HTML extractor (``html:<signal>``) is given one of them here:

=============================  ==================================================================
kind                           the statements of that kind
=============================  ==================================================================
originally_published_by        "Originally published by/on/at X", "This story was originally
                               published in X", "Republished from X", "Reprinted from X",
                               "Cross-posted from X", "Syndicated from X", "Original article:
                               <url>", and the same wordings in other languages
first_appeared_on              "The post ... appeared first on X" (feed footers), "This article
                               first appeared in X", "Dieser Artikel erschien zuerst in X"
republished_with_permission    "Republished/Reprinted with permission of X", "Reprinted by
                               permission of X", "mit freundlicher Genehmigung von X"
canonical_link                 a cross-site ``rel=canonical``, ``og:url`` or JSON-LD ``mainEntityOfPage``
syndication_meta               ``syndication-source`` and ``original-source`` meta, JSON-LD
                               ``isBasedOn``, ``sourceOrganization`` and ``publisher``, the
                               republication tracker's pixel, a C2PA manifest, a feed's ``source``
wire_credit                    datelines "(AP) —", agency bylines, sign-offs and copyright lines,
                               "Reporting by ...; Editing by ...", an agency as a page's author
source_credit                  "Source: X", "Quelle: X" (even when X is an agency and the relation
                               is therefore wire_credit), "courtesy of X", "via X"
=============================  ==================================================================

A republication statement whose words ask leave ("with permission", "by permission", "mit
freundlicher Genehmigung", ...) is ``republished_with_permission`` whatever rule found it: one rule
reads "Republished from X" and "Republished with permission from X" alike. "Mit Material von X"
and "Con información de X" take the kind of the relation found (a wire credit for an agency, a
source credit otherwise). A method that is not in `METHOD_PHRASES` (a new rule, a plug-in
extractor) takes the kind of its relation: ``wire_credit``, ``source_credit``, and for a
republication ``syndication_meta`` from the HTML extractor, ``originally_published_by`` otherwise.
Picture credits are ``image_credit``; they are never scored.
"""

from __future__ import annotations

import re

from provenance.models import Attribution, Relation

# The labels' vocabulary, in the order the tables list it.
PHRASE_KINDS: tuple[str, ...] = (
    "originally_published_by",
    "first_appeared_on",
    "republished_with_permission",
    "canonical_link",
    "syndication_meta",
    "wire_credit",
    "source_credit",
)

_FIRST = "first_appeared_on"
_ORIGINALLY = "originally_published_by"
_PERMISSION = "republished_with_permission"
_CANONICAL = "canonical_link"
_META = "syndication_meta"
_WIRE = "wire_credit"
_SOURCE = "source_credit"
_IMAGE = "image_credit"
_BY_RELATION = ""  # the kind follows the relation found

_TEXT_RULES: dict[str, str] = {
    "yoast-footer": _FIRST,
    "yoast-footer-de": _FIRST,
    "yoast-footer-fr": _FIRST,
    "yoast-footer-es": _FIRST,
    "yoast-footer-intl": _FIRST,
    "yoast-footer-cyrillic": _FIRST,
    "yoast-footer-tr": _FIRST,
    "yoast-footer-ar": _FIRST,
    "yoast-footer-fa": _FIRST,
    "original-news-published-on-ar": _ORIGINALLY,
    "first-published-ar": _ORIGINALLY,
    "an-quoted-outlet-ar": _ORIGINALLY,
    "yoast-footer-zh": _FIRST,
    "yoast-footer-ja": _FIRST,
    "yoast-footer-hi": _FIRST,
    "yoast-footer-hu": _FIRST,
    "republication-tracker": _FIRST,
    "first-appeared": _FIRST,
    "earlier-version-appeared": _FIRST,
    "this-originally-aired": _ORIGINALLY,
    "based-on-article": _ORIGINALLY,
    "erschien-zuerst": _FIRST,
    "dieser-text-erschien": _ORIGINALLY,
    "erschienen-in-label": _ORIGINALLY,
    "ist-zuerst-erschienen": _FIRST,
    "source-de-l-article-box": _SOURCE,
    "source-label-published-by": _ORIGINALLY,
    "published-in-field": _ORIGINALLY,
    "this-article-was-originally-published": _ORIGINALLY,
    "originally-published": _ORIGINALLY,
    "original-piece-posted-on": _ORIGINALLY,
    "original-link": _ORIGINALLY,
    "original-article-label": _ORIGINALLY,
    "gentile-concessione": _PERMISSION,
    "si-ringrazia-concessione": _PERMISSION,
    "tire-de": _ORIGINALLY,
    "reportagem-publicada-por": _ORIGINALLY,
    "outlet-first-published-this": _ORIGINALLY,
    "original-found-at": _ORIGINALLY,
    "version-of-an-article": _ORIGINALLY,
    "from-the-issue-of": _ORIGINALLY,
    "this-text-comes-from": _ORIGINALLY,
    "we-republish-this": _ORIGINALLY,
    "republished-from-cc": _ORIGINALLY,
    "republished-from": _ORIGINALLY,
    "reprinted-from": _ORIGINALLY,
    "cross-posted-from": _ORIGINALLY,
    "syndicated-from": _ORIGINALLY,
    "authored-by-via": _ORIGINALLY,
    "via-line-opening": _ORIGINALLY,
    "submitted-by-of": _ORIGINALLY,
    "original-source-is": _ORIGINALLY,
    "initialement-publie": _ORIGINALLY,
    "publicado-originalmente": _ORIGINALLY,
    "aparut-initial": _ORIGINALLY,
    "pubblicato-originariamente": _ORIGINALLY,
    "vpervye-opublikovano": _ORIGINALLY,
    "meonjeo-sillyeot": _ORIGINALLY,
    "se-punah-prakashit": _ORIGINALLY,
    "khop-khun-khomun-chak": _WIRE,
    "khop-khun-khomun-chak-partner": _ORIGINALLY,
    "pirvelad-gamokveqnda": _ORIGINALLY,
    "pirvelad-name-gamokveqnda": _ORIGINALLY,
    "arajin-angam-hraparakvel": _ORIGINALLY,
    "ilk-defe-derc-olunub": _ORIGINALLY,
    "jatorriz-argitaratu": _ORIGINALLY,
    "taydennetty-tiedoilla": _WIRE,
    "jehyu-gejae": _PERMISSION,
    "nushira-bil-asl": _ORIGINALLY,
    "pishtar-montasher": _ORIGINALLY,
    "mool-roop-se-prakashit": _ORIGINALLY,
    "shaya-hui": _ORIGINALLY,
    "pursema-lerishona": _ORIGINALLY,
    "yeniden-yayimlandi": _ORIGINALLY,
    "original-publikatsii": _ORIGINALLY,
    "produced-by-and-republished": _ORIGINALLY,
    "producido-por-y-republicado": _ORIGINALLY,
    "this-article-produced-by": _ORIGINALLY,
    "this-article-from": _ORIGINALLY,
    "produced-by-and-distributed": _ORIGINALLY,
    "reproduced-from": _ORIGINALLY,
    "zuerst-erschienen": _FIRST,
    "crosspost-von": _ORIGINALLY,
    "fassung-eines-artikels": _FIRST,
    "original-label": _FIRST,
    "thanks-for-permission": _ORIGINALLY,
    "gefunden-bei": _SOURCE,
    "erstveroeffentlichung": _FIRST,
    "ist-zuerst-veroeffentlicht": _FIRST,
    "republie-a-partir-de": _ORIGINALLY,
    "avec-agency-alone": _WIRE,
    "avec-agency-after-headline": _WIRE,
    "agency-byline-romance": _WIRE,
    "from-agency-line": _WIRE,
    "from-agency-date-label": _WIRE,
    "with-agency-alone": _WIRE,
    "theo-line": _SOURCE,
    "theo-reporter-pipe": _SOURCE,
    "po-materialam": _BY_RELATION,
    "po-informatsiya-na": _BY_RELATION,
    "with-inputs-from": _BY_RELATION,
    "with-agency-inputs": _BY_RELATION,
    "syndicated-feed-agency": _WIRE,
    "agency-dateline-no-dash": _WIRE,
    "agency-dateline-dated": _WIRE,
    "agency-dateline-arabic": _WIRE,
    "agency-dateline-arabic-dash": _WIRE,
    "agency-dateline-urdu": _WIRE,
    "agency-byline-arabic-date": _WIRE,
    "agency-after-date-arabic": _WIRE,
    "be-gozaresh-agency": _WIRE,
    "agency-byline-arabic-dash": _WIRE,
    "agency-brackets-other-scripts": _WIRE,
    "agency-dateline-after-headline": _WIRE,
    "agency-writers-contributed": _WIRE,
    "agency-solely-responsible": _WIRE,
    "this-story-by-agency": _WIRE,
    "agency-dateline-cjk": _WIRE,
    "agency-fullwidth-brackets": _WIRE,
    "agency-dateline-ja": _WIRE,
    "agency-relayed-ja": _WIRE,
    "agency-dateline-ja-brackets": _WIRE,
    "outlet-staff-contributed": _BY_RELATION,
    "the-outlet-contributed": _BY_RELATION,
    "this-story-was-originally-reported": _ORIGINALLY,
    "original-story-from": _ORIGINALLY,
    "shoufa-yu": _ORIGINALLY,
    "keisai-sareta": _ORIGINALLY,
    "first-published-more": _ORIGINALLY,
    "taken-from-tr": _ORIGINALLY,
    "courtesy-reprint-south-asia": _PERMISSION,
    "dateline-agency-hi": _WIRE,
    "madad-li-gayi-ur": _WIRE,
    "agency-dated-bn": _WIRE,
    "inputs-label-hi": _BY_RELATION,
    "agency-pipes-other-scripts": _WIRE,
    "translation-from-outlet": _ORIGINALLY,
    "zhuanzai-zi": _ORIGINALLY,
    "via-label": _SOURCE,
    "from-label": _SOURCE,
    "dateline-after-picture-credit": _WIRE,
    "signature-slashes-lower": _WIRE,
    "haishin-provider": _SOURCE,
    "haishin-provider-shaped": _SOURCE,
    "provider-more-articles-ja": _SOURCE,
    "article-provider-ja": _SOURCE,
    "teikyo-angle-ja": _SOURCE,
    "via-agency-wire": _WIRE,
    "legally-licensed": _ORIGINALLY,
    "partner-label-story-by": _ORIGINALLY,
    "partner-label-provided-by": _ORIGINALLY,
    "copyright-to-see-more": _ORIGINALLY,
    "partner-label-min-read": _ORIGINALLY,
    "mit-genehmigung-satz": _PERMISSION,
    "uebernommen-von": _ORIGINALLY,
    "uebernommen-label": _ORIGINALLY,
    "text-stammt-von": _ORIGINALLY,
    "ein-artikel-von": _ORIGINALLY,
    "beitrag-veroeffentlicht-von": _ORIGINALLY,
    "beitrag-unseres-partners": _ORIGINALLY,
    "zur-verfuegung-gestellt": _ORIGINALLY,
    "lire-l-article-original": _ORIGINALLY,
    "republie-avec-autorisation": _PERMISSION,
    "repris-de-tratto-da": _ORIGINALLY,
    "se-publico-primero": _FIRST,
    "perepechatka-s": _ORIGINALLY,
    "ispolzovany-dannye": _WIRE,
    "anadimosieusi-apo": _ORIGINALLY,
    "culled-from": _ORIGINALLY,
    "s-razresheniya": _PERMISSION,
    "ranee-opublikovan": _ORIGINALLY,
    "reposted-from": _ORIGINALLY,
    "shared-from": _ORIGINALLY,
    "mit-freundlicher-genehmigung": _PERMISSION,
    "wire-dateline": _WIRE,
    "desk-initials-agencies": _WIRE,
    "wire-dateline-slashes": _WIRE,
    "korr-agency-slashes": _WIRE,
    "dateline": _WIRE,
    "outlet-dateline-lead": _WIRE,
    "outlet-label-brackets-lead": _SOURCE,
    "outlet-dateline-place": _WIRE,
    "outlet-shaped-dateline-lead": _WIRE,
    "agency-byline": _WIRE,
    "wire-label-story-by": _WIRE,
    "wire-label-provided-by": _WIRE,
    "this-article-produced-by-agency": _WIRE,
    "agency-comma-place": _WIRE,
    "khobor-agency": _WIRE,
    "agency-under-date": _WIRE,
    "agency-source-in-parentheses": _WIRE,
    "agency-over-dateline": _WIRE,
    "agency-byline-dated": _WIRE,
    "source-word-agency": _WIRE,
    "agency-writer": _WIRE,
    "agency-signoff": _WIRE,
    "agency-copyright": _WIRE,
    "agency-after-byline-line": _WIRE,
    "agency-after-byline-dated": _WIRE,
    "automated-agency-copy": _WIRE,
    "auto-generated-from-agency": _WIRE,
    "from-agency-reports": _WIRE,
    "full-article-label": _ORIGINALLY,
    "read-the-full-story": _ORIGINALLY,
    "read-the-full-report": _ORIGINALLY,
    "reuters-signature": _WIRE,
    "additional-reporting": _WIRE,
    "dagdag-na-ulat": _WIRE,
    "this-article-was-published-at": _ORIGINALLY,
    "this-article-was-posted-by": _ORIGINALLY,
    "read-the-original": _ORIGINALLY,
    "article-appeared-in": _ORIGINALLY,
    "this-article-appeared-in": _ORIGINALLY,
    "this-article-appeared": _ORIGINALLY,
    "where-this-was-published": _ORIGINALLY,
    "used-with-permission": _PERMISSION,
    "adapted-from-original-source": _ORIGINALLY,
    "publisher-copyright-line": _ORIGINALLY,
    "print-view-source": _ORIGINALLY,
    "agency-before-feed-note": _WIRE,
    "agency-parenthesis-between-sentences": _WIRE,
    "agency-byline-glued-date": _WIRE,
    "agency-after-byline-capitals": _WIRE,
    "copyright-desk-signature": _WIRE,
    "agency-slash-desk": _WIRE,
    "agency-list-item": _WIRE,
    "desk-before-agency": _WIRE,
    "agency-in-place": _WIRE,
    "agency-place-date-label": _WIRE,
    "agency-last-line": _WIRE,
    "agency-dash-dateline": _WIRE,
    "agency-copy-id": _WIRE,
    "contributed-to-report": _BY_RELATION,
    "contributed-by-of": _BY_RELATION,
    "contributed-as-did": _BY_RELATION,
    "distributed-through-partnership": _WIRE,
    "quotes-a-report-from": _BY_RELATION,
    "reader-quotes-outlet": _BY_RELATION,
    "outlet-reports-colon": _BY_RELATION,
    "according-to-colon": _BY_RELATION,
    "outlet-avec-agency": _BY_RELATION,
    "outlet-with-agency": _BY_RELATION,
    "material-from": _BY_RELATION,
    "material-from-after-credit": _BY_RELATION,
    "part-came-from": _BY_RELATION,
    "with-files-from": _BY_RELATION,
    "with-reports-from": _BY_RELATION,
    "author-label-agency": _WIRE,
    "agency-after-author-and": _WIRE,
    "outlet-signoff": _SOURCE,
    "source-in-parentheses-lead": _SOURCE,
    "source-in-parentheses-end": _SOURCE,
    "materials-provided-by": _SOURCE,
    "provided-by-line": _SOURCE,
    "menafn-partner": _SOURCE,
    "press-release-by": _SOURCE,
    "provided-by-field": _SOURCE,
    "distributed-by": _SOURCE,
    "syndicate-copyright": _ORIGINALLY,
    "named-agencies": _WIRE,
    "agencies-byline": _WIRE,
    "text-from-outlet": _SOURCE,
    "original-erschien": _ORIGINALLY,
    "first-published-nl-pl-tr": _ORIGINALLY,
    "ilk-olarak-yayimlandi": _ORIGINALLY,
    "article-comes-from-pl-cs": _ORIGINALLY,
    "preluat-de-pe": _ORIGINALLY,
    "prevzato-z": _ORIGINALLY,
    "telah-tayang-di": _ORIGINALLY,
    "shouquan-zhuanzai": _ORIGINALLY,
    "original-article-published": _ORIGINALLY,
    "translated-from-original": _ORIGINALLY,
    "translation-of-article": _ORIGINALLY,
    "text-taken-from": _ORIGINALLY,
    "excerpt-from-book": _ORIGINALLY,
    "agency-member-exchange": _ORIGINALLY,
    "information-from-label": _SOURCE,
    "syndicated-feed-of": _WIRE,
    "bloomberg-contact-line": _WIRE,
    "copyright-then-permission": _PERMISSION,
    "originalartikel-label": _ORIGINALLY,
    "overgenomen-van": _PERMISSION,
    "za-zgoda": _PERMISSION,
    "tensai-moto": _ORIGINALLY,
    "silrin-geul": _ORIGINALLY,
    "official-account-zh": _SOURCE,
    "benwen-yiju-baodao": _WIRE,
    "provider-updated-zh": _SOURCE,
    "disadur-dari": _ORIGINALLY,
    "agency-byline-dated-lower": _WIRE,
    "imetafsiriwa-kutoka": _ORIGINALLY,
    "silrin-gisa-bare": _ORIGINALLY,
    "kara-no-tensai": _ORIGINALLY,
    "keisai-kiji-tensai": _ORIGINALLY,
    "gou-yori": _ORIGINALLY,
    "phoeiphrae-khrang-raek": _ORIGINALLY,
    "agency-pipe-place": _WIRE,
    "agency-detached": _WIRE,
    "agency-pair-after-headline": _WIRE,
    "unnamed-agencies-byline": _WIRE,
    "unnamed-agencies-slot": _WIRE,
    "outlet-pipe-date": _SOURCE,
    "byline-dash-outlet": _SOURCE,
    "byline-comma-outlet": _SOURCE,
    "text-label-person-outlet": _SOURCE,
    "agency-dispatch-zh": _WIRE,
    "agency-dispatch-ju": _WIRE,
    "agency-in-city": _WIRE,
    "agency-after-published-date": _WIRE,
    "agency-publie-le": _WIRE,
    "agency-before-updated": _WIRE,
    "agency-reporter-dated": _WIRE,
    "reporter-agency-signoff": _WIRE,
    "reporter-agency-after-time": _WIRE,
    "written-under-agency": _WIRE,
    "agency-contributing": _WIRE,
    "agency-correspondent-reports": _WIRE,
    "trademark-copyright": _BY_RELATION,
    "site-created-line": _SOURCE,
    "uebermittelt-durch": _WIRE,
    "mit-material": _BY_RELATION,
    "von-uebernommen": _BY_RELATION,
    "con-informacion-de": _BY_RELATION,
    "na-podstawie-agency": _BY_RELATION,
    "source-line": _SOURCE,
    "thi-ma-line": _SOURCE,
    "source-line-catalan": _SOURCE,
    "source-dash-label": _SOURCE,
    "courtesy-label": _SOURCE,
    "quelle-bare": _SOURCE,
    "from-outlet-colon": _SOURCE,
    "courtesy-of": _SOURCE,
    "republished-courtesy-of": _PERMISSION,
    "via-line": _SOURCE,
    "lowercase-via-after-sentence": _SOURCE,
    "via-after-sentence": _SOURCE,
    "story-via": _SOURCE,
    "via-name-colon": _SOURCE,
    "caption-via": _IMAGE,
    "photo-slash-agency": _IMAGE,
    "agency-photo": _IMAGE,
    "photo-credit": _IMAGE,
    "source-in-parentheses": _IMAGE,
    "photo-courtesy": _IMAGE,
}

_HTML_SIGNALS: dict[str, str] = {
    "canonical": _CANONICAL,
    "og-url": _CANONICAL,
    "jsonld-url": _CANONICAL,
    "original-link": _ORIGINALLY,
    "source-link": _BY_RELATION,
    "feed-via": _BY_RELATION,
    "syndication-source": _META,
    "original-source": _META,
    "jsonld-is-based-on": _META,
    "jsonld-source-organization": _META,
    "jsonld-publisher": _META,
    "republication-tracker": _META,
    "c2pa-manifest": _META,
    "feed-source": _BY_RELATION,
    "dc-source": _META,
    "source-meta": _META,
    "jsonld-provider": _META,
    "jsonld-copyright-holder": _BY_RELATION,
    "jsonld-credit-text": _BY_RELATION,
    "author": _BY_RELATION,
}

# evidence method -> phrase kind ("" = the kind of the relation found)
METHOD_PHRASES: dict[str, str] = {
    **{f"text:{rule}": kind for rule, kind in _TEXT_RULES.items()},
    **{f"html:{signal}": kind for signal, kind in _HTML_SIGNALS.items()},
}

# Words that ask leave to republish, in the languages the rules read.
_ASKS_LEAVE = re.compile(
    r"\b(?:with|by)\s+(?:the\s+)?(?:kind\s+)?permission\b|\bgenehmigung\b"
    r"|\bautoris(?:ation|é)|\bautorizzazione\b|\bautorizaci[óo]n\b|\bpermiso\b|\bpermiss[ãa]o\b"
    r"|\bразрешени",
    re.IGNORECASE,
)

_RELATION_KINDS = {
    Relation.WIRE_CREDIT: _WIRE,
    Relation.SOURCE_CREDIT: _SOURCE,
    Relation.IMAGE_CREDIT: _IMAGE,
}


def phrase_kind(attribution: Attribution) -> str:
    """The phrase kind of a found statement (the module docstring has the table).

    >>> from provenance import extract
    >>> [phrase_kind(a) for a in extract("Reprinted with permission from Example Weekly.")]
    ['republished_with_permission']
    >>> [phrase_kind(a) for a in extract("Quelle: dpa")]
    ['source_credit']
    """
    method = attribution.evidence.method
    relation = attribution.relation
    kind = METHOD_PHRASES.get(method)
    if kind is None or kind == _BY_RELATION:
        if relation in _RELATION_KINDS:
            kind = _RELATION_KINDS[relation]
        else:
            kind = _META if method.startswith("html:") else _ORIGINALLY
    if relation is Relation.REPUBLISHED_FROM and _ASKS_LEAVE.search(attribution.evidence.text):
        return _PERMISSION
    return kind
