"""dashboard.state: one cache helper for every query, keyed per query, database and data version."""

from __future__ import annotations

import logging

import streamlit as st

from dashboard import state


def test_cached_queries_keep_apart_and_follow_the_data_version(tmp_path, monkeypatch):
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.sqlite3'}")
    calls = []

    def first(engine, n):
        calls.append(("first", n))
        return n + 1

    def second(engine, n):
        calls.append(("second", n))
        return n + 2

    one, two = state.cached_query(first), state.cached_query(second)
    monkeypatch.setattr(state, "engine", lambda: None)
    st.session_state["_data_version"] = "v1"
    assert (one(1), two(1), one(1)) == (2, 3, 2)  # same argument, different query: two entries
    assert calls == [("first", 1), ("second", 1)]
    st.session_state["_data_version"] = "v2"  # an ingest: computed again
    assert one(1) == 2 and calls[-1] == ("first", 1) and len(calls) == 3
    one.clear(), two.clear()
