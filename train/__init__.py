"""Training scripts: each rebuilds a shipped data file from the repository's own data (see each module)."""
