"""Sources as rows: the article title on each source row; aligned ``sources``/``source_urls`` caches.

Before, the two cached strings were joined separately and skipped missing values, so a URL could be
shown under another outlet (issue 12, defect 4). This revision adds ``incident_sources.title``
(filled from the article) and recomputes both caches from the rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incident_sources", sa.Column("title", sa.Text()))
    bind = op.get_bind()
    meta = sa.MetaData()
    sources = sa.Table("incident_sources", meta, autoload_with=bind)
    articles = sa.Table("articles", meta, autoload_with=bind)
    bind.execute(sa.update(sources).values(title=sa.select(articles.c.title)
                                           .where(articles.c.id == sources.c.article_id).scalar_subquery()))
    from storage.store import joined_sources  # a pure function of the rows

    incidents = sa.Table("incidents", meta, autoload_with=bind)
    grouped: dict[int, list] = {}
    for row in bind.execute(sa.select(sources.c.incident_id, sources.c.source, sources.c.url)
                            .order_by(sources.c.incident_id, sources.c.id)):
        grouped.setdefault(row.incident_id, []).append((row.source, row.url))
    values = [{"key": key, "s": joined_sources(rows)[0], "u": joined_sources(rows)[1]}
              for key, rows in grouped.items()]
    if values:
        bind.execute(sa.update(incidents).where(incidents.c.id == sa.bindparam("key"))
                     .values(sources=sa.bindparam("s"), source_urls=sa.bindparam("u")), values)


def downgrade() -> None:
    with op.batch_alter_table("incident_sources") as batch:
        batch.drop_column("title")
