"""sqlglot helpers of the governed path: parsing and fingerprints, views, column lineage, and the SQL
expression builders every dialect shares (keyed digests, normalizations, phones in E.164)."""
