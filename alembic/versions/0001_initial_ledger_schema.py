"""initial ledger schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 13:13:28.743028
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=True),
    sa.Column('outlet', sa.String(length=200), nullable=True),
    sa.Column('authors', sa.JSON(), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('filename', sa.String(length=500), nullable=True),
    sa.Column('format', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('extracted_with', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('slug', 'version', name=op.f('uq_articles_slug_version'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_is_current'), ['is_current'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_slug'), ['slug'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_url'), ['url'], unique=False)

    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('person', 'organization', 'government', 'publication', 'document', 'unknown', name='sourcekind', native_enum=False, length=24), nullable=False),
    sa.Column('role', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('name', name=op.f('uq_sources_name'))
    )
    op.create_table('citations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('mention', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_citations_article_id_articles')),
    sa.ForeignKeyConstraint(['author_id'], ['sources.id'], name=op.f('fk_citations_author_id_sources')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_citations_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citations'))
    )
    with op.batch_alter_table('citations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citations_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_citations_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_citations_source_id'), ['source_id'], unique=False)

    op.create_table('source_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.Column('alias_key', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_source_aliases_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source_aliases')),
    sa.UniqueConstraint('alias_key', name=op.f('uq_source_aliases_alias_key'))
    )
    with op.batch_alter_table('source_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_aliases_source_id'), ['source_id'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('prefix', sa.String(length=64), nullable=False),
    sa.Column('suffix', sa.String(length=64), nullable=False),
    sa.Column('sentence_start', sa.Integer(), nullable=True),
    sa.Column('sentence_end', sa.Integer(), nullable=True),
    sa.Column('claim_text', sa.Text(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('citation_id', sa.Integer(), nullable=True),
    sa.Column('attribution', sa.Enum('asserted', 'said', 'according_to', 'claimed', 'reportedly', 'alleged', 'denied', 'estimated', 'rumored', name='attribution', native_enum=False, length=24), nullable=False),
    sa.Column('cue', sa.String(length=200), nullable=True),
    sa.Column('direct_quote', sa.Boolean(), nullable=False),
    sa.Column('certainty', sa.Enum('certain', 'probable', 'possible', 'uncommitted', 'negated', name='certainty', native_enum=False, length=24), nullable=False),
    sa.Column('checkworthiness', sa.Float(), nullable=True),
    sa.Column('claim_type', sa.Enum('quantity', 'prediction', 'rule', 'causation', 'personal', 'other', 'opinion', name='claimtype', native_enum=False, length=24), nullable=False),
    sa.Column('status', sa.Enum('unverified', 'in_review', 'verified', 'mostly_true', 'mixed', 'misleading', 'false', 'unverifiable', 'disputed', name='status', native_enum=False, length=24), nullable=False),
    sa.Column('origin', sa.Enum('extracted', 'manual', 'matched', name='origin', native_enum=False, length=24), nullable=False),
    sa.Column('origin_detail', sa.String(length=200), nullable=True),
    sa.Column('orphaned', sa.Boolean(), nullable=False),
    sa.Column('lock_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claims_article_id_articles')),
    sa.ForeignKeyConstraint(['citation_id'], ['citations.id'], name=op.f('fk_claims_citation_id_citations')),
    sa.ForeignKeyConstraint(['speaker_id'], ['sources.id'], name=op.f('fk_claims_speaker_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_article_start', ['article_id', 'start'], unique=False)
        batch_op.create_index('ix_claims_attribution_id', ['attribution', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_citation_id'), ['citation_id'], unique=False)
        batch_op.create_index('ix_claims_speaker_id_id', ['speaker_id', 'id'], unique=False)
        batch_op.create_index('ix_claims_status_id', ['status', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_updated_at'), ['updated_at'], unique=False)

    op.create_table('claim_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_claim_events_claim_id_claims')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_events'))
    )
    with op.batch_alter_table('claim_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_events_claim_id'), ['claim_id'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('reference', sa.Text(), nullable=True),
    sa.Column('publisher', sa.String(length=300), nullable=True),
    sa.Column('excerpt', sa.Text(), nullable=True),
    sa.Column('accessed', sa.Date(), nullable=True),
    sa.Column('stance', sa.Enum('supports', 'refutes', 'context', name='stance', native_enum=False, length=24), nullable=False),
    sa.Column('added_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_evidence_claim_id_claims')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_stance'), ['stance'], unique=False)

    op.create_table('links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('from_claim_id', sa.Integer(), nullable=False),
    sa.Column('to_claim_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.Enum('denies', 'contradicts', 'supports', 'same_as', name='relation', native_enum=False, length=24), nullable=False),
    sa.Column('origin', sa.Enum('extracted', 'manual', 'matched', name='origin', native_enum=False, length=24), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['from_claim_id'], ['claims.id'], name=op.f('fk_links_from_claim_id_claims')),
    sa.ForeignKeyConstraint(['to_claim_id'], ['claims.id'], name=op.f('fk_links_to_claim_id_claims')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_links')),
    sa.UniqueConstraint('from_claim_id', 'to_claim_id', 'relation', name=op.f('uq_links_from_claim_id_to_claim_id_relation'))
    )
    with op.batch_alter_table('links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_links_from_claim_id'), ['from_claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_links_to_claim_id'), ['to_claim_id'], unique=False)

    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('reviewer', sa.String(length=200), nullable=False),
    sa.Column('status', sa.Enum('unverified', 'in_review', 'verified', 'mostly_true', 'mixed', 'misleading', 'false', 'unverifiable', 'disputed', name='status', native_enum=False, length=24), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_reviews_claim_id_claims')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews')),
    sa.UniqueConstraint('hash', name=op.f('uq_reviews_hash')),
    sa.UniqueConstraint('seq', name=op.f('uq_reviews_seq'))
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reviews_reviewer'), ['reviewer'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_reviewer'))
        batch_op.drop_index(batch_op.f('ix_reviews_claim_id'))

    op.drop_table('reviews')
    with op.batch_alter_table('links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_links_to_claim_id'))
        batch_op.drop_index(batch_op.f('ix_links_from_claim_id'))

    op.drop_table('links')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_stance'))
        batch_op.drop_index(batch_op.f('ix_evidence_claim_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('claim_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_events_claim_id'))

    op.drop_table('claim_events')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_updated_at'))
        batch_op.drop_index('ix_claims_status_id')
        batch_op.drop_index('ix_claims_speaker_id_id')
        batch_op.drop_index(batch_op.f('ix_claims_citation_id'))
        batch_op.drop_index('ix_claims_attribution_id')
        batch_op.drop_index('ix_claims_article_start')

    op.drop_table('claims')
    with op.batch_alter_table('source_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_aliases_source_id'))

    op.drop_table('source_aliases')
    with op.batch_alter_table('citations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citations_source_id'))
        batch_op.drop_index(batch_op.f('ix_citations_author_id'))
        batch_op.drop_index(batch_op.f('ix_citations_article_id'))

    op.drop_table('citations')
    op.drop_table('sources')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_url'))
        batch_op.drop_index(batch_op.f('ix_articles_slug'))
        batch_op.drop_index(batch_op.f('ix_articles_sha256'))
        batch_op.drop_index(batch_op.f('ix_articles_is_current'))

    op.drop_table('articles')
