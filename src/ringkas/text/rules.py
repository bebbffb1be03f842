"""The furniture rules and dateline patterns of ``indonesian/``, compiled once for every module
of the text stage (the splitter, the furniture flags, the headline and the dateline) and for the
page reader.

The rules that open a sentence are one regular expression, and those that are a whole sentence
another, each rule a named group of its own, so that one match says which rule, and so which
family, flagged a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..indonesian import datelines, dates
from ..indonesian.furniture import (
    BRACKETED_CROSS_LINK as _BRACKETED_CROSS_LINK,
)
from ..indonesian.furniture import (
    CAPTION,
    CREDIT_ALONE,
    ENDS,
    OPENS,
    PERSON_NAME,
    RULES,
    SIGNATURE_LOWER,
    SOURCE,
    STAFF_LABEL,
    WHOLE,
    Rule,
)
from ..indonesian.headlines import TITLE_SMALL_WORDS


def _scoped(rule: Rule) -> str:
    """A rule's pattern, with its own case rule."""
    return f"(?{'i' if rule.ignore_case else '-i'}:{rule.pattern})"


class Rules:
    """The rules that stand one way (``stands``), as one regular expression, and those with
    ``needs`` each on its own, tried only on text that holds one of their needs.
    ``family_at_start`` and ``family_of_whole`` name the family of the first rule, in the
    rules' order, that matches."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = list(rules)
        self.regex = re.compile(
            "|".join(f"(?P<r{n}>{_scoped(r)})" for n, r in enumerate(rules) if not r.needs)
        )
        # Each guarded rule with one search for any of its needs, in lower-cased text.
        self.guarded = [
            (n, r, re.compile("|".join(map(re.escape, r.needs))), re.compile(_scoped(r)))
            for n, r in enumerate(rules)
            if r.needs
        ]

    def family(self, match: re.Match[str]) -> str:
        """The family of the rule that made ``match`` (its group is the outermost to close)."""
        group = match.lastgroup
        assert group is not None
        return self.rules[int(group[1:])].family

    def _first(self, text: str, found: re.Match[str] | None, whole: bool) -> str | None:
        first = int(found.lastgroup[1:]) if found is not None and found.lastgroup else None
        lower = ""
        for n, rule, needs, regex in self.guarded:
            if first is not None and n > first:
                break
            lower = lower or text.lower()
            if needs.search(lower):
                matched = regex.fullmatch(text) if whole else regex.match(text)
                if matched is not None:
                    return rule.family
        return self.family(found) if found is not None else None

    def family_at_start(self, text: str) -> str | None:
        """The family of the first rule that matches at the start of ``text``, or None."""
        return self._first(text, self.regex.match(text), whole=False)

    def family_of_whole(self, text: str) -> str | None:
        """The family of the first rule that matches the whole of ``text``, or None."""
        return self._first(text, self.regex.fullmatch(text), whole=True)


def _either(rules: Sequence[Rule]) -> re.Pattern[str]:
    return re.compile("|".join(_scoped(rule) for rule in rules))


def in_title_case(line: str, share: float = 1.0, least: int = 2) -> bool:
    """Whether ``line`` is in title case, as headlines are ("Harga Beras Naik di Bekasi"):
    ``least`` words or more that count (not small words such as "di", not opening with a digit
    or a mark), and ``share`` of them capitalised (all, unless a headline may write a word or
    two in lower case: "KPK tak Temukan Surat Pencabutan IUP")."""
    words = [w for w in line.split() if w[0].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    return len(words) >= least and sum(w[0].isupper() for w in words) >= share * len(words)


# White space within a line: a space, a tab, a no-break space (a browser copies "&nbsp;" as
# one: "•\u00a0Home") and Unicode's other spaces.
LINE_SPACE = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# Furniture that opens a sentence ("Baca juga: ..."), and furniture that is a whole sentence.
OPENING = Rules([rule for rule in RULES if rule.stands == OPENS])
WHOLE_SENTENCE = Rules([rule for rule in RULES if rule.stands == WHOLE])
# A photo's credit at the end of a sentence ("... (Foto: Setpres)"), or alone.
[_CREDIT] = [rule for rule in RULES if rule.stands == ENDS]
CREDIT_AT_END = re.compile(_scoped(_CREDIT))
CREDIT_FAMILY = _CREDIT.family
# A caption's credit as a sentence of its own: "Foto: Anisa/kumparan", "(Foto: Setpres)".
CREDIT_SENTENCE = re.compile(f"(?:{CAPTION})|(?:{CREDIT_ALONE})$", re.IGNORECASE)
# A whole line that heads a list of headlines or tags ("BACA JUGA", "Berita Terkait", "Tags:").
LIST_HEAD = _either([rule for rule in RULES if rule.heads_list])
# A whole line below which the splitter ends every line of its paragraph at its break.
LIST_SPLITTER = _either([rule for rule in RULES if rule.splits_list])
# A line that opens with a label ("Baca juga: ...", "Foto: ...", "Sumber: ...") is a line of its
# own: a sentence ends at its line break.
LABEL_LINE = re.compile(
    "|".join([*(_scoped(rule) for rule in RULES if rule.label), SOURCE]), re.IGNORECASE
)

# Furniture as the splitter meets it inside running text: the signatures that close a news item,
# which open in lower case and are not part of the sentence before them ("(rsa)", "(ant/dil)"),
# and a cross-link in brackets inside a paragraph ("[Baca juga: ...]"), a sentence of its own.
SIGNATURE_IN_TEXT = re.compile(SIGNATURE_LOWER)
BRACKETED_CROSS_LINK = re.compile(_BRACKETED_CROSS_LINK)

# The dateline that opens a lead ("JAKARTA, KOMPAS.com -"), and the pieces of one standing alone.
DATELINE_LEAD = re.compile(datelines.LEAD, re.IGNORECASE)
DATELINE_ALONE = re.compile(datelines.ALONE, re.IGNORECASE)
DATELINE_LINE = re.compile(datelines.LINE, re.IGNORECASE)
OUTLET = re.compile(datelines.OUTLET, re.IGNORECASE)
CITY_IN_CAPITALS = re.compile(datelines.CITY_IN_CAPITALS)

# A staff block's label on a line of its own ("Penulis", "Editor:") and a name by it.
STAFF_LABEL_LINE = re.compile(STAFF_LABEL, re.IGNORECASE)
PERSON_NAME_LINE = re.compile(PERSON_NAME)

# The date stamp a list of stories prints before each teaser, at the start of its line, with the
# rubric ("Sepakbola | Minggu 20 Mei 2018, 19:14 WIB Masa depan ..."); a stamp when what it
# matches reads as a date line.
DATE_STAMP = re.compile(dates.DATE_STAMP)
