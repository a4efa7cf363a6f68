"""Layout of an article: lines, paragraphs, quotation regions and lines that are not prose."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

OPEN_QUOTES = "“"
CLOSE_QUOTES = "”"
REOPEN = OPEN_QUOTES + '"‘'
TERMINAL = re.compile(r"[.!?…:][\"”’'\)\]»]*\s*$")
# Credits and caption markers; structural, not tied to any outlet.
CREDIT = re.compile(
    r"(?:^|[\s.(\[])(?:Image|Photo|Photograph|Picture|Pictured|Credit|Credits|Illustration|"
    r"Graphic|Footage|Video|Source|Caption)s?\s*(?:credit\s*)?:"
    r"|\b(?:Photo|Image|Picture)s?\s+(?:by|courtesy(?:\s+of)?)\b"
    r"|\s\|\s*[A-Z]"
    r"|\s--?\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*\s*/"
    r"|\b(?:Getty Images|AP Photo|AFP via Getty|Shutterstock)\b"
    r"|\b(?:REUTERS|Reuters|AFP|AP|EPA|Xinhua|dpa|ANP|Bloomberg)\s?/\s?[A-Z]"
    r"|^\W*(?:Image|Media|Video) (?:source|caption),",
)
FILE_PHOTO = re.compile(r"\bfile (?:photo|picture|image)\b", re.I)
PROMO = re.compile(
    r"^\W*(?:sign up|subscribe|read more|read also|also read|click here|related:|"
    r"advertisement|share this|listen to|watch:|download (?:our|the app)|follow us|"
    r"support our|get our|recommended|this (?:article|story) (?:was|is|first|originally)|"
    r"newsletter|for more (?:information|news|stories|coverage|on this)|for the latest|"
    r"join us|copyright|©|all rights reserved|contact us|editor'?s note|get in touch|"
    r"have your say|share your (?:story|experience|views|photos)|"
    r"this (?:story|article) has been (?:updated|corrected))(?:\b|(?<=:))",
    re.I,
)
# "Related: ...", "Watch: ...", "Image caption, ...": a label, not a sentence
LABEL = re.compile(
    r"^\W*(?:[A-Z][a-z]+(?:\s[a-z]+)?\s?:\s|(?:Image|Media|Video) (?:source|caption),)"
)
PROMO_ANY = re.compile(
    r"\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\b"
    r"|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b",
    re.I,
)
SOCIAL = re.compile(
    r"^\W*follow\b.*\b(?:on|at)\s+(?:twitter|x|facebook|instagram|telegram|threads|bluesky|"
    r"linkedin|mastodon)\b|(?:^|\s)@\w{2,}",
    re.I,
)
BYLINE = re.compile(
    r"^\s*(?:By|BY|Written by|(?:Additional )?[Rr]eporting by|Editing by|Writing by)\s+[A-Z]"
)
BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+\w")
BIO_NOUNS = (
    "analyst|journalist|writer|correspondent|reporter|editor|columnist|author|contributor|"
    "fellow|professor|researcher|lecturer|commentator|freelance|scholar|director|expert"
)
BIO = re.compile(
    rf"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+(?:is|was)\s+(?:a|an|the)\b"
    rf"[^.]*\b(?:{BIO_NOUNS})",
)
FOLLOW_NAME = re.compile(r"^\W*follow\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")


@dataclass
class Layout:
    """Offsets of lines and paragraphs, quotation regions, and which lines to skip."""

    text: str
    line_starts: list[int] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    skip_lines: set[int] = field(default_factory=set)
    # unpunctuated lines inside the body that may be sentences missing their full stop;
    # the parse decides (a subject and a finite verb make them claims)
    maybe_body: set[int] = field(default_factory=set)
    # the title and the headings before the body: no claims of the article's own, but a
    # headline that attributes ("Christie Says He Would ...", "Caddell: Voters Worried")
    headlines: set[int] = field(default_factory=set)
    author_names: set[str] = field(default_factory=set)

    def line_of(self, pos: int) -> int:
        return bisect_right(self.line_starts, pos) - 1

    def para_of(self, pos: int) -> int:
        return bisect_right(self.para_starts, pos) - 1

    def line_text(self, idx: int) -> str:
        end = self.line_starts[idx + 1] if idx + 1 < len(self.line_starts) else len(self.text)
        return self.text[self.line_starts[idx] : end]

    def quoted_chars(self, start: int, end: int) -> int:
        """How many characters of [start, end) lie inside quotation regions."""
        n = 0
        for qs, qe in self.quotes:
            if qe <= start:
                continue
            if qs >= end:
                break
            n += min(end, qe) - max(start, qs)
        return n

    def in_quote(self, pos: int) -> bool:
        """Whether the character at pos lies inside a quotation region (marks included)."""
        k = bisect_right(self.quotes, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.quotes[k][0] <= pos < self.quotes[k][1]

    def region_ids(self, start: int, end: int) -> list[int]:
        return [i for i, (qs, qe) in enumerate(self.quotes) if qs < end and qe > start]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n", text):
        starts.append(m.end())
    return starts


def _para_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n[ \t\r\f\v]*\n\s*", text):
        starts.append(m.end())
    return starts


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Quotation regions [start, end) including the marks; a quote left open at the end of a
    paragraph continues when the next paragraph reopens it (news convention), else it ends.
    Single marks (British style ‘…’) count when ‘ opens a word and ’ is not an apostrophe."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    kind = ""  # "curly" | "straight" | "single": the mark that opened the region
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            j = i
            while j < n and text[j].isspace():
                j += 1
            reopens = j < n and (text[j] in REOPEN or text.startswith(("''", "``"), j))
            if open_at is not None and not reopens:
                regions.append((open_at, i))
                open_at, kind = None, ""
            elif open_at is not None:
                # the reopening mark continues the same quotation
                i = j + (2 if text.startswith(("''", "``"), j) else 1)
                continue
            i = j
            continue
        if text.startswith("``", i) and open_at is None:  # TeX/treebank style: `` … ''
            open_at, kind = i, "twin"
            i += 2
            continue
        if text.startswith("''", i):  # typewriter double quotes ('' … ''), as in NYT copy
            if open_at is None:
                open_at, kind = i, "twin"
            elif kind == "twin":
                regions.append((open_at, i + 2))
                open_at, kind = None, ""
            i += 2
            continue
        if open_at is None:
            if ch in OPEN_QUOTES:
                open_at, kind = i, "curly"
            elif ch == '"':
                open_at, kind = i, "straight"
            elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
                open_at, kind = i, "single"
        # web copy mixes marks: a quotation opened with “ may close with " and vice versa
        elif (
            (kind in ("curly", "straight") and (ch in CLOSE_QUOTES or ch == '"'))
            or (kind == "single" and ch == "’" and _closes_single(text, i))
            or (kind == "curly" and ch in OPEN_QUOTES and _misused_opener(text, i))
        ):
            regions.append((open_at, i + 1))
            open_at, kind = None, ""
        i += 1
    if open_at is not None:
        regions.append((open_at, n))
    return regions


def _misused_opener(text: str, i: int) -> bool:
    """'“The port will close, “ said Calloway': an opening mark typed where the closing one
    belongs, after the quotation's last punctuation and before no word of its own."""
    before = text[:i].rstrip(" ")[-1:]
    after = text[i + 1 : i + 2]
    return before in (",", ".", "!", "?", "…") and (after == "" or after.isspace())


def _closes_single(text: str, i: int) -> bool:
    """’ ends a ‘quotation’ unless it is an apostrophe: can’t, the islands’ future."""
    after = text[i + 1 : i + 3]
    if after[:1].isalnum():
        return False
    return not (text[i - 1 : i] == "s" and after[:1] == " " and after[1:2].islower())


def _is_terminal(line: str) -> bool:
    return bool(TERMINAL.search(line.rstrip()))


def build_layout(text: str, authors: list[str] | None = None, title: str | None = None) -> Layout:
    """Index the text and mark lines that are captions, credits, bylines, promos or bios
    (and the title, when the text repeats it)."""
    lay = Layout(text, _line_starts(text), _para_starts(text), quote_regions(text))
    lay.author_names = {a.strip() for a in (authors or []) if a and a.strip()}
    lines = [lay.line_text(i) for i in range(len(lay.line_starts))]
    credit = [bool(CREDIT.search(ln)) for ln in lines]
    for raw in lines:
        ln = raw.strip()
        if not ln:
            continue
        m = FOLLOW_NAME.match(ln)
        if m and SOCIAL.search(ln):
            lay.author_names.add(m.group("name"))
        if BYLINE.match(ln) and not _is_terminal(ln):
            lay.author_names.add(re.sub(r"^\s*\w+(?:\s+by)?\s+", "", ln).split(",")[0].strip())
    body_seen = False  # headlines and standfirsts come before the first body paragraph
    for i, raw in enumerate(lines):
        ln = raw.strip()
        if not ln:
            continue
        words = len(ln.split())
        short = words <= 40
        if i > 0 and _is_terminal(ln) and words >= 8 and not credit[i]:
            body_seen = body_seen or any(lines[j].strip() for j in range(i))
        if title and ln.strip("#* ").rstrip(".") == title.strip().rstrip("."):
            lay.skip_lines.add(i)
            lay.headlines.add(i)
            continue
        if (credit[i] and short) or (FILE_PHOTO.search(ln) and short):
            lay.skip_lines.add(i)
        elif not _is_terminal(ln) and words <= 30 and not (BULLET.match(ln) and words >= 6):
            lay.skip_lines.add(i)  # heading, caption, credit or byline: no sentence end
            if not near_credit_line(credit, i):
                lay.headlines.add(i)
            near_credit = any(credit[j] for j in (i - 1, i + 1) if 0 <= j < len(lines))
            if (
                body_seen
                and words >= 6
                and not _title_case(ln)
                and not near_credit
                and not LABEL.match(ln)
                and _body_follows(lines, i)
            ):
                lay.maybe_body.add(i)
        elif (
            PROMO.match(ln)
            or PROMO_ANY.search(ln)
            or SOCIAL.search(ln)
            or (BYLINE.match(ln) and words <= 12)
            or _is_bio(ln, lay.author_names)
        ):
            lay.skip_lines.add(i)
        # a caption glued to a credit line (no blank line between) is a caption too;
        # a bare credit line ("Photo: X / Agency") marks even a punctuated neighbour
        if i not in lay.skip_lines and short:
            near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].strip()]
            if any(credit[j] for j in near) and (
                not _is_terminal(ln) or (words <= 25 and any(_bare_credit(lines[j]) for j in near))
            ):
                lay.skip_lines.add(i)
    return lay


def near_credit_line(credit: list[bool], i: int) -> bool:
    return any(credit[j] for j in (i - 1, i, i + 1) if 0 <= j < len(credit))


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _body_follows(lines: list[str], i: int) -> bool:
    """The next non-empty line is prose: a sentence with its full stop."""
    for ln in lines[i + 1 :]:
        if ln.strip():
            return _is_terminal(ln) and len(ln.split()) >= 6
    return False


def _is_bio(line: str, authors: set[str]) -> bool:
    m = BIO.match(line)
    if not m:
        return False
    name = m.group("name")
    return any(name == a or name in a or a in name for a in authors)


def _bare_credit(line: str) -> bool:
    """A line that is only a credit: 'Photo: Ana Lis / Coast Wire', 'File photo | Reuters'."""
    ln = line.strip()
    return (
        bool(CREDIT.search(ln))
        and len(ln.split()) <= 8
        and (
            bool(
                re.match(
                    r"\W*(?:Image|Photo|Photograph|Picture|Credit|Source|Illustration)", ln, re.I
                )
            )
            or not _is_terminal(ln)
        )
    )
