"""Specification of the masking rewrite: every way of reading a sensitive column comes back masked, and what
cannot be resolved is refused."""

from __future__ import annotations

import duckdb
import pytest

from governance_dagster.errors import LineageError, StatementRefused
from governance_dagster.governed.masking.rewrite import ColumnMask, rewrite_query
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import MaskSpec
from governance_dagster.sql.keys import key_sql
from governance_dagster.store.database import duckdb_keys

SECRET = "rewrite-secret-0123456789"
SCHEMA = {
    "main": {
        "customers": {"id": "INTEGER", "email": "VARCHAR", "ssn": "VARCHAR", "segment": "VARCHAR"},
        "orders": {"order_id": "INTEGER", "customer_id": "INTEGER", "amount": "DOUBLE"},
    }
}
MASKS = {
    "main.customers": {
        "email": ColumnMask(Kind.EMAIL, MaskSpec(operator="hash")),
        "ssn": ColumnMask(Kind.SSN, MaskSpec(operator="redact")),
    }
}
REAL = {"ann@example.com", "219-09-9999", "219", "ANN@EXAMPLE.COM", "ann@example.com!", "9999"}


@pytest.fixture(scope="module")
def con():
    db = duckdb.connect()
    db.execute("CREATE TABLE customers (id INTEGER, email VARCHAR, ssn VARCHAR, segment VARCHAR)")
    db.execute("INSERT INTO customers VALUES (1, 'ann@example.com', '219-09-9999', 'gold'), (2, 'bo@example.com', '078-05-1120', 'silver')")
    db.execute("CREATE TABLE orders AS SELECT 1 AS order_id, 1 AS customer_id, 9.5 AS amount")
    duckdb_keys(db, key_sql(SECRET, "duckdb"))  # the hashing key, as the database layer gives it
    return db


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM customers",
        "SELECT email AS e FROM customers",
        "SELECT c.email FROM customers AS c",
        "SELECT lower(email) FROM customers",
        "SELECT upper(email) FROM customers",
        "SELECT substr(ssn, 1, 3) FROM customers",
        "SELECT right(ssn, 4) FROM customers",
        "SELECT email || '!' FROM customers",
        "SELECT * FROM customers c JOIN orders o ON c.id = o.customer_id",
        "WITH x AS (SELECT email FROM customers) SELECT * FROM x",
        "SELECT * FROM (SELECT ssn FROM customers) s",
        "SELECT email FROM customers UNION ALL SELECT segment FROM customers",
        "SELECT max(email), min(ssn) FROM customers",
        "SELECT first_value(email) OVER (ORDER BY id) FROM customers",
        "SELECT string_agg(email, ',') FROM customers",
        "SELECT CASE WHEN id = 1 THEN email END FROM customers",
        "SELECT (SELECT max(ssn) FROM customers) AS s",
        "SELECT id FROM customers WHERE email = 'ann@example.com'",
    ],
)
def test_when_a_query_reads_a_sensitive_column_in_any_shape_then_no_real_value_comes_back(con, sql: str) -> None:
    rewritten = rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET).sql
    rows = con.execute(rewritten).fetchall()
    released = {str(v) for row in rows for v in row}
    assert not (released & REAL)


def test_when_a_predicate_probes_a_real_value_then_it_matches_nothing(con) -> None:
    rewritten = rewrite_query("SELECT id FROM customers WHERE email = 'ann@example.com'", SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert con.execute(rewritten.sql).fetchall() == []


def test_when_a_column_is_derived_from_a_sensitive_one_then_the_lineage_reports_it() -> None:
    result = rewrite_query("SELECT lower(email) AS e, segment FROM customers", SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert result.masked_outputs == {"e": ["main.customers.email:hash"]}
    assert result.lineage["segment"] == [("main.customers", "segment")]


def test_when_a_table_holds_nothing_sensitive_then_it_is_read_as_it_is() -> None:
    result = rewrite_query("SELECT * FROM orders", SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert "SELECT \"order_id\"" not in result.sql and result.masked_outputs == {}


@pytest.mark.parametrize(
    ("sql", "error"),
    [
        ("SELECT nope FROM customers", LineageError),
        ("SELECT * FROM ghosts", LineageError),
        ("SELECT * FROM read_csv('x.csv')", StatementRefused),
        ("SELECT * FROM range(3)", StatementRefused),
        ("DELETE FROM customers WHERE id = 1", StatementRefused),
        # constructs that read columns without naming them: their lineage cannot be traced
        ("SELECT customers FROM customers", LineageError),
        ("SELECT to_json(c) FROM customers AS c", LineageError),
        ("SELECT row(c.*) FROM customers AS c", LineageError),
        ("SELECT COLUMNS('e.*') FROM customers", LineageError),
        ("SELECT [*COLUMNS(*)] FROM customers", LineageError),
        ("SELECT #2 FROM customers", LineageError),
        ("SELECT hash(*) FROM customers", LineageError),
        ("SELECT struct_pack(*) FROM customers", LineageError),
        ("SELECT x FROM (SELECT concat(*) AS x FROM customers)", LineageError),
        # sqlglot's lineage does not follow LATERAL subqueries or correlated references: no sources, no scan
        ("SELECT t.e FROM (SELECT 1 AS x) v, LATERAL (SELECT email AS e FROM customers WHERE id = v.x) t", LineageError),
        ("SELECT t.e FROM (VALUES (1)) v(x) JOIN LATERAL (SELECT email AS e FROM customers) t ON TRUE", LineageError),
        ("SELECT (SELECT c.email) AS e FROM customers c", LineageError),
    ],
)
def test_when_lineage_cannot_be_established_then_the_query_is_refused(sql: str, error: type) -> None:
    with pytest.raises(error):
        rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)


def test_when_a_query_counts_rows_then_count_star_is_not_refused(con) -> None:
    result = rewrite_query("SELECT count(*) AS n FROM customers", SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert con.execute(result.sql).fetchall() == [(2,)] and result.lineage == {"n": []}


@pytest.mark.parametrize(
    ("sql", "projected", "left_out"),
    [
        ("SELECT segment, count(*) FROM customers GROUP BY segment", {"segment"}, {"email", "ssn", "id"}),
        ("SELECT count(*) FROM customers", set(), {"email", "ssn", "segment"}),
        ("SELECT c.id FROM customers c JOIN orders o ON c.id = o.customer_id WHERE c.segment = 'gold'",
         {"id", "segment"}, {"email", "ssn"}),
        ("SELECT email FROM customers WHERE id IN (SELECT customer_id FROM orders)", {"email", "id"}, {"ssn", "segment"}),
        # a correlated subquery refers to the outer table's column: it stays in the outer projection
        ("SELECT id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)", {"id"},
         {"email", "ssn", "segment"}),
    ],
)
def test_when_a_query_reads_some_columns_of_a_masked_table_then_only_those_are_masked_and_read(
    con, sql: str, projected: set[str], left_out: set[str]
) -> None:
    result = rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    inner = result.sql[result.sql.index("(SELECT"):]
    assert all(f'"{c}"' in inner for c in projected)
    assert not any(f'"{c}"' in inner.split('FROM "main"."customers"')[0] for c in left_out)
    if not result.masked_outputs:  # nothing masked reaches the output: the answer is the raw one
        assert sorted(con.execute(result.sql).fetchall()) == sorted(con.execute(sql).fetchall())


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM customers",
        "SELECT c.* FROM customers c",
        "SELECT * EXCLUDE (segment) FROM customers",
        "SELECT * FROM customers JOIN customers AS d USING (id)",
        "SELECT * FROM customers NATURAL JOIN customers AS d",
    ],
)
def test_when_a_query_reads_every_column_or_names_them_implicitly_then_every_column_is_projected(con, sql: str) -> None:
    result = rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    inner = result.sql[result.sql.index("(SELECT"):].split('FROM "main"."customers"')[0]
    assert {"email", "ssn"} <= {c for c in SCHEMA["main"]["customers"] if f'"{c}"' in inner}
    released = {str(v) for row in con.execute(result.sql).fetchall() for v in row}
    assert not (released & REAL)


@pytest.mark.parametrize(
    ("sql", "names"),
    [
        ("SELECT a.email, b.email FROM customers a JOIN customers b ON a.id = b.id", ["email", "email_1"]),
        ("SELECT email, email, email FROM customers", ["email", "email_1", "email_2"]),
        ("SELECT email AS email_1, email FROM customers", ["email_1", "email"]),
        ("SELECT email, segment AS email_1, email FROM customers", ["email", "email_1", "email_2"]),
        ("SELECT a.*, b.* FROM customers a, customers b WHERE a.id = b.id",
         ["id", "email", "ssn", "segment", "id_1", "email_1", "ssn_1", "segment_1"]),
    ],
)
def test_when_output_names_repeat_then_each_gets_its_own_name_and_lineage(con, sql: str, names: list[str]) -> None:
    result = rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert list(result.lineage) == names
    assert [d[0] for d in con.execute(result.sql).description] == names
    from_email = {n for n, sources in result.lineage.items() if ("main.customers", "email") in sources}
    assert from_email and from_email <= set(result.masked_outputs)


NOTES_SCHEMA = {"main": {"tickets": {"id": "INTEGER", "notes": "VARCHAR"}}}
NOTES_MASKS = {"main.tickets": {"notes": ColumnMask(Kind.FREE_TEXT, MaskSpec(operator="scan"))}}


@pytest.mark.parametrize(
    "sql",
    [
        # the scan runs on whole values after the read: a piece or an encoding of the text would slip past it
        "SELECT substr(notes, 24, 3) FROM tickets",
        "SELECT to_base64(encode(notes)) FROM tickets",
        "SELECT reverse(notes) FROM tickets",
        "SELECT upper(notes) FROM tickets",
        "SELECT length(notes) FROM tickets",
        "SELECT string_agg(notes, '') FROM tickets",
        "WITH x AS (SELECT notes AS n FROM tickets) SELECT replace(n, '@', ' at ') FROM x",
        "SELECT (SELECT substr(t.notes, 1, 3)) AS p FROM tickets t",
        # ordering and grouping on the raw text tell rows apart by what it holds
        "SELECT id FROM tickets ORDER BY substr(notes, 24, 1)",
        "SELECT id FROM tickets ORDER BY notes",
        "SELECT notes AS n FROM tickets ORDER BY n",
        "SELECT notes FROM tickets ORDER BY ALL",
        "SELECT count(*) FROM tickets GROUP BY notes",
        "SELECT id, count(*) FROM tickets GROUP BY id, notes",
        "SELECT notes, count(*) FROM tickets GROUP BY substr(notes, 1, 1), notes",
        "SELECT upper(notes), count(*) FROM tickets GROUP BY ALL",
        "SELECT count(*) FROM tickets GROUP BY substr(notes, 1, 1)",
        "SELECT notes, count(*) FROM tickets GROUP BY ROLLUP (notes)",
        "SELECT id, count(*) OVER (PARTITION BY substr(notes, 24, 1)) FROM tickets",
        "SELECT DISTINCT ON (notes) id FROM tickets",
        # a set operation's own ORDER BY, by name, position or ALL, in any branch
        "SELECT notes FROM tickets UNION SELECT 'x' ORDER BY substr(notes, 14, 3)",
        "SELECT notes FROM tickets UNION ALL SELECT 'x' ORDER BY 1",
        "SELECT 'x' AS a UNION ALL (SELECT notes FROM tickets UNION ALL SELECT 'y') ORDER BY a",
        "SELECT id, 'x' AS n FROM tickets UNION ALL SELECT id, notes FROM tickets ORDER BY ALL",
        # other values in the same column as free text: max/min sort them, DISTINCT/UNION/INTERSECT match them
        "SELECT max(n) FROM (SELECT notes AS n FROM tickets WHERE id = 2 UNION ALL SELECT 'forwarded to m')",
        "SELECT count(*) FROM (SELECT notes FROM tickets UNION SELECT 'a guessed note')",
        "SELECT notes FROM tickets INTERSECT SELECT 'a guessed note'",
        "SELECT notes FROM tickets EXCEPT SELECT id FROM tickets",
        "SELECT DISTINCT n FROM (SELECT notes AS n FROM tickets UNION ALL SELECT 'a guessed note')",
        "WITH RECURSIVE r(n) AS (SELECT notes FROM tickets UNION SELECT 'a guessed note' FROM r) SELECT count(*) FROM r",
    ],
)
def test_when_a_query_computes_with_free_text_then_it_is_refused(sql: str) -> None:
    with pytest.raises(StatementRefused) as caught:
        rewrite_query(sql, NOTES_SCHEMA, NOTES_MASKS, "duckdb", "main", secret=SECRET)
    assert caught.value.rule == "free-text-computed" and "main.tickets.notes" in str(caught.value)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT notes FROM tickets",
        "SELECT t.notes AS n FROM tickets t ORDER BY t.id",
        "WITH x AS (SELECT notes FROM tickets) SELECT notes FROM x",
        "SELECT DISTINCT notes FROM tickets",
        # a group key output as it is: whole values, told apart no more than by DISTINCT
        "SELECT notes, count(*) FROM tickets GROUP BY notes",
        "SELECT id, notes AS n, count(*) FROM tickets GROUP BY id, notes ORDER BY id",
        "SELECT notes, count(*) FROM tickets GROUP BY ALL",
        "SELECT max(notes), min(notes) FROM tickets",
        "SELECT notes FROM tickets UNION SELECT notes FROM tickets",
        "SELECT id, notes FROM tickets UNION ALL SELECT id, notes FROM tickets ORDER BY id",
        "SELECT (SELECT max(notes) FROM tickets) AS n",
    ],
)
def test_when_free_text_is_selected_as_it_is_then_every_output_is_marked_for_the_scan(sql: str) -> None:
    result = rewrite_query(sql, NOTES_SCHEMA, NOTES_MASKS, "duckdb", "main", secret=SECRET)
    assert result.masked_outputs and all(m == ["main.tickets.notes:scan"] for m in result.masked_outputs.values())


def test_when_sqlglot_cannot_write_the_masked_query_faithfully_then_it_is_refused_and_nothing_is_logged(caplog) -> None:
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one("SELECT encode(email) FROM customers", read="duckdb")
    tree.selects[0].set("charset", exp.Literal.string("zz-canary-charset"))  # DuckDB has no charset argument
    with pytest.raises(StatementRefused) as caught:
        rewrite_query(tree, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert caught.value.rule == "unsupported-sql" and "zz-canary" not in str(caught.value)
    assert "zz-canary" not in caplog.text


def test_when_free_text_names_its_own_row_then_the_database_replaces_the_identifiers() -> None:
    db = duckdb.connect()
    db.execute("CREATE TABLE t AS SELECT 'Ann Lee' AS name, 'ann@x.io' AS email, 'Ann Lee wrote from ann@x.io' AS note")
    schema = {"main": {"t": {"name": "VARCHAR", "email": "VARCHAR", "note": "VARCHAR"}}}
    masks = {"main.t": {"name": ColumnMask(Kind.PERSON_NAME, MaskSpec(operator="hash")),
                        "email": ColumnMask(Kind.EMAIL, MaskSpec(operator="hash")),
                        "note": ColumnMask(Kind.FREE_TEXT, MaskSpec(operator="scan"))}}
    sql = rewrite_query("SELECT note FROM t", schema, masks, "duckdb", "main", secret=SECRET).sql
    duckdb_keys(db, sql)
    assert db.execute(sql).fetchone()[0] == "<PERSON_NAME> wrote from <EMAIL>"


@pytest.mark.parametrize(("kind", "replaced"), [(Kind.UNCLASSIFIED, True), (Kind.PERSON_NAME, True), (Kind.CITY, False)])
def test_when_free_text_names_a_value_its_row_masks_under_review_then_the_database_replaces_it(
        kind: Kind, replaced: bool) -> None:
    db = duckdb.connect()
    db.execute("CREATE TABLE t AS SELECT 'Ann Lee' AS a1, 'Ann Lee called' AS note")
    schema = {"main": {"t": {"a1": "VARCHAR", "note": "VARCHAR"}}}
    masks = {"main.t": {"a1": ColumnMask(kind, MaskSpec(operator="hash")),
                        "note": ColumnMask(Kind.FREE_TEXT, MaskSpec(operator="scan"))}}
    sql = rewrite_query("SELECT note FROM t", schema, masks, "duckdb", "main", secret=SECRET).sql
    duckdb_keys(db, sql)
    assert db.execute(sql).fetchone()[0] == (f"<{kind.value.upper()}> called" if replaced else "Ann Lee called")


def test_when_conditions_may_compare_raw_values_then_only_conditions_see_them(con) -> None:
    allowed = lambda table, column, kind: column == "email"  # noqa: E731
    sql = "SELECT id, email FROM customers WHERE email = 'ann@example.com'"
    rows = con.execute(rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET, probe_allowed=allowed).sql).fetchall()
    assert [r[0] for r in rows] == [1] and rows[0][1] != "ann@example.com"


def test_when_a_query_names_a_hidden_raw_copy_then_it_is_refused() -> None:
    with pytest.raises(LineageError):
        rewrite_query("SELECT __governed_raw__email FROM customers", SCHEMA, MASKS, "duckdb", "main", secret=SECRET,
                      probe_allowed=lambda *a: True)


@pytest.mark.parametrize(
    ("sql", "count"),
    [
        ("SELECT count(*) FILTER (WHERE email = 'ann@example.com') AS n FROM customers", 1),
        ("SELECT count(*) AS n FROM orders WHERE 'ann@example.com' IN (SELECT email FROM customers)", 1),
        ("SELECT count(*) AS n FROM orders WHERE (SELECT max(email) FROM customers WHERE id = 1) = 'ann@example.com'", 1),
        ("SELECT count(*) AS n FROM orders o WHERE EXISTS (SELECT 1 FROM customers c WHERE c.email = 'ann@example.com')", 1),
    ],
)
def test_when_a_condition_hides_in_a_filter_or_a_nested_query_then_it_is_a_predicate(con, sql: str, count: int) -> None:
    result = rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert result.masked_predicates == ["main.customers.email:email"]
    granted = rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET, probe_allowed=lambda *a: True)
    assert con.execute(granted.sql).fetchall() == [(count,)]


@pytest.mark.parametrize(
    "sql",
    [
        # the rows chosen by a masked order: another customer than the raw answer's, under an unmasked id
        "SELECT id FROM customers ORDER BY email LIMIT 1",
        "SELECT id FROM customers ORDER BY ssn DESC, id",
        "SELECT c.id FROM customers c JOIN orders o ON o.customer_id = c.id ORDER BY c.email LIMIT 3",
        "SELECT id FROM (SELECT id, email FROM customers ORDER BY email LIMIT 5) t",
        "SELECT id FROM (SELECT id, email AS e FROM customers ORDER BY e OFFSET 2) t",
    ],
)
def test_when_rows_are_ordered_by_a_masked_column_the_answer_does_not_show_then_it_is_refused(sql: str) -> None:
    with pytest.raises(StatementRefused) as caught:
        rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert caught.value.rule == "masked-order" and "main.customers." in str(caught.value)


@pytest.mark.parametrize(
    ("sql", "masked_output"),
    [
        # the column is shown, masked: its masked values show the order the rows are in
        ("SELECT id, email FROM customers ORDER BY email LIMIT 1", "email"),
        ("SELECT id, email AS e FROM customers ORDER BY 2", "e"),
        # what the order decides is itself an output derived from the column, and so reported masked
        ("SELECT id, row_number() OVER (ORDER BY email) AS n FROM customers", "n"),
        ("SELECT arg_max(id, email) AS top FROM customers", "top"),
        ("SELECT list(id ORDER BY ssn) AS ids FROM customers", "ids"),
    ],
)
def test_when_a_masked_order_is_visible_in_the_answer_then_it_runs_and_the_output_is_reported_masked(
        sql: str, masked_output: str) -> None:
    result = rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert masked_output in result.masked_outputs


@pytest.mark.parametrize(
    "sql",
    [
        # redact makes every SSN the same: one group of all rows instead of one per person
        "SELECT count(*) AS n FROM customers GROUP BY ssn",
        "SELECT segment, count(*) AS n FROM customers GROUP BY segment, ssn",
        "SELECT count(*) AS n FROM customers GROUP BY ROLLUP (ssn)",
        "SELECT count(*) AS n FROM (SELECT ssn AS s FROM customers) t GROUP BY s",
        # deduplicating is grouping too
        "SELECT count(*) AS n FROM (SELECT DISTINCT ssn FROM customers) t",
        "SELECT count(*) AS n FROM (SELECT DISTINCT ON (ssn) id FROM customers) t",
        "SELECT count(*) AS n FROM (SELECT ssn FROM customers UNION SELECT ssn FROM customers) t",
    ],
)
def test_when_rows_are_grouped_by_a_merging_mask_the_answer_does_not_show_then_it_is_refused(sql: str) -> None:
    with pytest.raises(StatementRefused) as caught:
        rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert caught.value.rule == "masked-group" and "main.customers.ssn (masked by redact)" in str(caught.value)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT count(*) AS n FROM customers GROUP BY email",  # a keyed digest keeps values apart: the raw groups
        "SELECT count(*) AS n FROM (SELECT DISTINCT email FROM customers) t",
        "SELECT count(*) AS n FROM (SELECT ssn FROM customers UNION ALL SELECT ssn FROM customers) t",  # no dedup
        "SELECT ssn, count(*) AS n FROM customers GROUP BY ssn",  # the merged groups are shown, masked
        "SELECT id, count(*) OVER (PARTITION BY ssn) AS n FROM customers",  # n derives from ssn: reported masked
    ],
)
def test_when_a_grouping_keeps_values_apart_or_shows_its_key_then_it_runs(con, sql: str) -> None:
    result = rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    raw, governed = con.execute(sql).fetchall(), con.execute(result.sql).fetchall()
    assert len(governed) == len(raw) or result.masked_outputs


@pytest.mark.parametrize(
    "sql",
    [
        # a digest's domain part is one empty string for every address: one group instead of one per domain
        "SELECT split_part(email, '@', 2) AS domain, count(*) AS n FROM customers GROUP BY 1",
        "SELECT split_part(email, '@', 2) AS domain, count(*) AS n FROM customers GROUP BY domain",
        "WITH d AS (SELECT split_part(email, '@', 2) AS domain FROM customers) SELECT domain, count(*) AS n FROM d "
        "GROUP BY domain",
        "SELECT DISTINCT lower(email) AS e FROM customers",
        "SELECT id, count(*) OVER (PARTITION BY substr(email, 1, 3)) AS n FROM customers",
    ],
)
def test_when_rows_are_grouped_by_an_expression_of_a_masked_column_then_it_is_refused_even_if_shown(sql: str) -> None:
    with pytest.raises(StatementRefused) as caught:
        rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert caught.value.rule == "masked-group" and "main.customers.email (masked by hash)" in str(caught.value)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT email, count(*) AS n FROM customers GROUP BY email",  # the column itself: the digest keeps it apart
        "WITH c AS (SELECT email FROM customers) SELECT email, count(*) AS n FROM c GROUP BY 1",  # passed through
        "SELECT upper(segment) AS s, count(*) AS n FROM customers GROUP BY 1",  # not masked
    ],
)
def test_when_rows_are_grouped_by_a_masked_column_as_it_is_or_by_unmasked_expressions_then_it_runs(
        con, sql: str) -> None:
    result = rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert len(con.execute(result.sql).fetchall()) == len(con.execute(sql).fetchall())
