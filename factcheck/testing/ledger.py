"""LedgerBuilder: articles, claims, reviews, evidence and links in a few lines, via services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from factcheck.vocab import Attribution, Relation, Stance, Status


class LedgerBuilder:
    """Builds a ledger through the services (the same checks as the CLI), each call in its
    own committed transaction, and returns plain ids.

        article = ledger.article("The board said 30 ships docked. The guild denies this.")
        said = ledger.claim(article, "30 ships docked", speaker="Board", attribution="said")
        denial = ledger.claim(article, "The guild denies this", attribution="denied")
        ledger.link(denial, said, "denies")
        ledger.review(said, "false", note="port log: 3 ships")
    """

    def __init__(self, url: str, *, by: str = "tester") -> None:
        self.url, self.by = url, by

    def run(self, work: Callable[[Any], Any]) -> Any:
        """work(session) in one transaction, committed (the CLI's session scope)."""
        from factcheck.db import session_scope

        with session_scope(self.url) as session:
            return work(session)

    def article(
        self,
        text: str,
        *,
        title: str | None = None,
        filename: str | None = None,
        url: str | None = None,
        outlet: str | None = None,
        authors: list[str] | None = None,
        published: date | None = None,
    ) -> int:
        """Store a text as an article (no extraction); its id."""
        from factcheck.services.articles import ArticleInput, store_article

        data = ArticleInput(text, filename or "article.txt", title, url, outlet, authors, published)
        return self.run(lambda session: store_article(session, data)[0].id)

    def claim(
        self,
        article: int,
        quote: str,
        *,
        speaker: str | None = None,
        attribution: str = "asserted",
        cue: str | None = None,
        occurrence: int | None = None,
        text: str | None = None,
    ) -> int:
        """Record a claim by its quote (it must occur in the article); its id."""
        from factcheck.services.claims import NewClaim, add_claim

        data = NewClaim(quote, speaker, Attribution(attribution), cue, occurrence, text)
        return self.run(
            lambda session: add_claim(session, article_id=article, data=data, actor=self.by).id
        )

    def claims(self, article: int, *quotes: str) -> list[int]:
        """Several claims in the article's own voice."""
        return [self.claim(article, quote) for quote in quotes]

    def review(self, claim: int, status: str, *, note: str = "checked", by: str | None = None):
        """A verdict on a claim; the review's sequence number in the chain."""
        from factcheck.services.reviews import add_review

        return self.run(
            lambda session: (
                add_review(
                    session,
                    claim_id=claim,
                    status=Status(status),
                    rationale=note,
                    reviewer=by or self.by,
                ).seq
            )
        )

    def publish(self, *claims: int, by: str | None = None) -> None:
        from factcheck.services.publishing import publish_claims

        self.run(
            lambda session: publish_claims(session, claim_ids=list(claims), editor=by or self.by)
        )

    def evidence(self, claim: int, stance: str, *, url: str | None = None, **fields) -> int:
        """Evidence for a claim (a url, or reference=...); its id."""
        from factcheck.services.evidence import add_evidence

        added_by = fields.pop("by", self.by)
        return self.run(
            lambda session: (
                add_evidence(
                    session,
                    claim_id=claim,
                    stance=Stance(stance),
                    added_by=added_by,
                    url=url,
                    **fields,
                ).id
            )
        )

    def link(self, from_claim: int, to_claim: int, relation: str, *, note: str | None = None):
        """FROM relation TO (denies, contradicts, supports, same_as); the link's id."""
        from factcheck.services.links import add_link

        return self.run(
            lambda session: (
                add_link(
                    session,
                    from_id=from_claim,
                    to_id=to_claim,
                    relation=Relation(relation),
                    created_by=self.by,
                    note=note,
                )[0].id
            )
        )

    def dismiss(self, claim: int, *, reason: str = "not a claim") -> None:
        from factcheck.services.undo import dismiss_claim

        self.run(
            lambda session: dismiss_claim(session, claim_id=claim, reason=reason, actor=self.by)
        )
