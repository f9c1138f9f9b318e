"""Alembic environment: runs revisions on the connection that :func:`storage.migrate.upgrade` passes in.

There is no ``alembic.ini``: :func:`storage.migrate.alembic_config` builds the configuration, so the
only way in is ``python -m extract db upgrade`` (or the automatic upgrade at start), always under the
schema lock.
"""

from alembic import context

from storage.store import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite runs DDL inside the BEGIN IMMEDIATE transaction the caller opened: a failed revision
    # leaves the file as it was.
    transactional_ddl=True,
    render_as_batch=connection.dialect.name == "sqlite",  # ALTER TABLE through table copies
)
with context.begin_transaction():
    context.run_migrations()
