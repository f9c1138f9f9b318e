"""Storage: tables, ingest into the database, queries, aggregates, exports and corrections.

Beside ``geo/`` (places) and ``extract/`` (text to incidents). Everything here talks to a database
through SQLAlchemy (SQLite by default, PostgreSQL via ``DATABASE_URL``); nothing here imports
Streamlit.
"""
