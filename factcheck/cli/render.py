"""Terminal and JSON rendering of a claim with everything attached to it (no queries)."""

import typer

from factcheck.cli.common import (
    STATUS_STYLES,
    OutputFormat,
    console,
    output_rows,
    print_table,
    safe,
    shorten,
    status_cell,
    visible,
)
from factcheck.serialize import (
    article_dict,
    event_dict,
    evidence_dict,
    link_dict,
    review_dict,
)
from factcheck.services.claim_record import claim_record
from factcheck.services.claim_views import ClaimDetail, ClaimView
from factcheck.vocab import voice_of

CONTEXT = 160


def claim_detail_dict(detail: ClaimDetail, suggestions: list[dict], why: dict) -> dict:
    """`claims show --format json`: the claim's record, then what hangs on it."""
    return claim_record(detail.claim, detail.speaker).as_json(**_attached(detail, suggestions, why))


def _attached(detail: ClaimDetail, suggestions: list[dict], why: dict) -> dict:
    return {
        "checkworthiness_explained": why,
        "speaker_role": detail.speaker.role if detail.speaker else None,
        "article": article_dict(detail.article),
        "context": quote_in_context(detail),
        "evidence": [evidence_dict(e) for e in detail.evidence],
        "links": [
            {**link_dict(link), "direction": "out", "other_quote": other.quote}
            for link, other in detail.links_out
        ]
        + [
            {**link_dict(link), "direction": "in", "other_quote": other.quote}
            for link, other in detail.links_in
        ],
        "reviews": [review_dict(r) for r in detail.reviews],
        "edits": [event_dict(e) for e in detail.events],
        "suggested_verdicts": suggestions,
    }


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def explanation_line(why: dict) -> str:
    line = why["text"] or "no feature stands out"
    return f"{line}  [{why['model']} model: {why['score']:.3f}]"


def _at(start: int | None, end: int | None) -> str:
    """Where a cue or speaker mention stands in the article text, when it is anchored."""
    return f" (chars {start}-{end})" if start is not None and end is not None else ""


def quote_in_context(detail: ClaimDetail) -> dict:
    text, claim = detail.article.text, detail.claim
    return {
        "before": text[max(0, claim.start - CONTEXT) : claim.start],
        "quote": text[claim.start : claim.end],
        "after": text[claim.end : claim.end + CONTEXT],
    }


class _Shown:
    """A claim's record with what hangs on it: JSON nests it, a CSV row is the record's
    flat row with the rest as JSON cells."""

    def __init__(self, detail: ClaimDetail, suggestions: list[dict], why: dict) -> None:
        self.record = claim_record(detail.claim, detail.speaker)
        self.attached = _attached(detail, suggestions, why)

    def as_json(self) -> dict:
        return self.record.as_json(**self.attached)

    def as_row(self) -> dict:
        return self.record.as_row(**self.attached)


def render_claim_detail(view: ClaimView, format: OutputFormat) -> None:
    detail, suggestions, why = view.detail, view.suggestions, view.explanation
    shown = _Shown(detail, suggestions, why)
    output_rows(shown, format, lambda: _print_detail(detail, suggestions, why))


def _print_detail(detail: ClaimDetail, suggestions: list[dict], why: dict) -> None:
    from rich.text import Text

    claim, out = detail.claim, console()
    out.print(
        f"[bold]Claim {claim.id}[/bold]  article {claim.article_id} "
        f"chars {claim.start}-{claim.end}  version {claim.lock_version}"
    )
    context = quote_in_context(detail)
    # Text, not markup: the article's own brackets and controls are shown as they are.
    # The quote is marked [id>…<id] as in `articles show`: the marks are text, so they
    # survive NO_COLOR and pipes; the style only adds to them on a colour terminal.
    passage = Text("…" + visible(" ".join(context["before"].split()[-25:])) + " ")
    passage.append(f"[{claim.id}>", style="bold")
    passage.append(visible(context["quote"]), style="bold reverse")
    passage.append(f"<{claim.id}]", style="bold")
    passage.append(" " + visible(" ".join(context["after"].split()[:25])) + "…")
    out.print(passage)
    speaker = detail.speaker
    who = (
        f"{speaker.name}" + (f" ({speaker.role})" if speaker.role else "")
        if speaker
        else voice_of(None, claim.attribution)
    )
    out.print(
        f"speaker: {safe(who)}{_at(claim.speaker_start, claim.speaker_end)}   "
        f"attribution: {claim.attribution.value}   "
        f"cue: {safe(claim.cue or '-')}{_at(claim.cue_start, claim.cue_end)}"
    )
    out.print(
        f"certainty: {claim.certainty.value}   type: {claim.claim_type.value}   "
        f"checkworthiness: {_score(claim.checkworthiness)}   "
        f"direct quote: {'yes' if claim.direct_quote else 'no'}"
    )
    out.print(f"why this score: {explanation_line(why)}", markup=False)
    out.print(
        f"status: [bold {STATUS_STYLES.get(claim.status.value, '')}]{claim.status.value}[/]"
        f"   origin: {claim.origin.value} "
        f"({safe(claim.origin_detail or '-')})"
        + ("   [red]ORPHANED[/red]" if claim.orphaned else "")
    )
    for line in _state_lines(claim):
        out.print(line, highlight=False)
    for item in suggestions:
        out.print(
            f"suggested verdict: {item['status']} (same as claim {item['claim_id']}, "
            f"reviewed by {safe(item['by'])}) — not applied; review to adopt it"
        )
    if detail.evidence:
        print_table(
            "Evidence",
            ["id", "stance", "url / reference", "publisher", "excerpt"],
            [
                [
                    e.id,
                    e.stance.value + (" (retracted)" if e.retracted_at else ""),
                    e.url or e.reference,
                    e.publisher,
                    shorten(e.excerpt or e.retracted_reason, 50),
                ]
                for e in detail.evidence
            ],
        )
    links = [("→", link, other) for link, other in detail.links_out] + [
        ("←", link, other) for link, other in detail.links_in
    ]
    if links:
        print_table(
            "Links",
            ["dir", "relation", "claim", "quote", "origin"],
            [
                [
                    arrow,
                    link.relation.value + (" (removed)" if link.removed_at else ""),
                    other.id,
                    other.quote,
                    link.origin.value,
                ]
                for arrow, link, other in links
            ],
        )
    if detail.reviews:
        print_table(
            "Reviews",
            ["seq", "when", "reviewer", "status", "note"],
            [
                [
                    r.seq,
                    r.created_at.strftime("%Y-%m-%d %H:%M"),
                    r.reviewer,
                    status_cell(r.status.value),
                    shorten(r.rationale, 60),
                ]
                for r in detail.reviews
            ],
        )
    if detail.events:
        print_table(
            "Events",
            ["when", "who", "what", "old", "new", "note"],
            [
                [
                    e.created_at.strftime("%Y-%m-%d %H:%M"),
                    e.actor,
                    f"{e.action} {e.field}" if e.field else e.action,
                    shorten(e.old_value, 30),
                    shorten(e.new_value, 30),
                    shorten(e.note, 40),
                ]
                for e in detail.events
            ],
        )
    typer.echo("")


def _state_lines(claim) -> list[str]:
    """Published verdict, stale flag and dismissal, when there are any."""
    from factcheck.serialize import iso

    lines = []
    if claim.published_status is not None:
        lines.append(
            f"published: {claim.published_status.value} by {claim.published_by} "
            f"at {iso(claim.published_at)}"
        )
    if claim.assignee:
        due = f", due {claim.due.isoformat()}" if claim.due else ""
        lines.append(f"assigned to: {claim.assignee}{due}")
    if claim.stale:
        lines.append("STALE: reworded on a newer version since its verdict; review it again")
    if claim.dismissed:
        lines.append(f"DISMISSED: {claim.dismissed_reason} (restore: factcheck claims restore)")
    return lines
