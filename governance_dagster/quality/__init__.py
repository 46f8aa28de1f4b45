"""The quality (fidelity) contract of a synthetic table: great-expectations expectations derived from the real
table."""
