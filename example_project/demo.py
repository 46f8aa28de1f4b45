"""``make demo``: seed the production database if it has no customers table yet, run the governed job, run the
naive job and show that its leakage check failed, then print the audit summary.

It runs on whatever GOVERNANCE_PRODUCTION_URL, GOVERNANCE_WAREHOUSE_URL and GOVERNANCE_AUDIT_URL name (DuckDB files
under example_project/data by default, or PostgreSQL databases). Runs land in the Dagster instance in
``.dagster_home`` (DAGSTER_HOME), so ``make ui`` shows them afterwards.
"""

import logging
import os
import sys
import time
from collections import Counter

from dagster import AssetCheckSeverity, DagsterEventType, DagsterInstance, execute_job, reconstructable

from example_project import definitions
from example_project.raw import display_url, has_table
from example_project.seed import seed_database
from governance_dagster.store.audit.store import open_audit_store


def governed_job():
    return definitions.defs.resolve_job_def("governed_job")


def naive_job():
    return definitions.defs.resolve_job_def("naive_job")


def audit_job():
    return definitions.defs.resolve_job_def("audit_job")


def _say(message: str) -> None:
    print(message, flush=True)


def _run(instance: DagsterInstance, job_fn, name: str, log_level: str = "INFO"):
    _say(f"\n== running {name} (full logs: `make ui`) ...")
    started = time.perf_counter()
    quiet = {"loggers": {"console": {"config": {"log_level": log_level}}}}
    result = execute_job(reconstructable(job_fn), instance=instance, run_config=quiet, raise_on_error=False)
    checks = []
    for record in instance.all_logs(result.run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION):
        evaluation = record.dagster_event.event_specific_data
        verdict = "passed" if evaluation.passed else (
            "FAILED" if evaluation.severity == AssetCheckSeverity.ERROR else "WARNING")
        checks.append((evaluation.asset_key.to_user_string(), evaluation.check_name, verdict,
                       evaluation.metadata.get("governance/summary")))
    _say(f"   {name}: {'SUCCESS' if result.success else 'FAILED'} in {time.perf_counter() - started:.0f}s (run {result.run_id[:8]})")
    for asset_key, check, verdict, summary in checks:
        text = summary.value if summary is not None else ""
        _say(f"   check {asset_key}.{check}: {verdict} - {text}")
    return result, checks


def audit_summary(audit_url: str) -> bool:
    """Print events by kind, identities, masked columns, check results and whether the chain verifies."""
    store = open_audit_store(audit_url)
    events = list(store.events())
    _say("\n== audit summary " + "=" * 60)
    _say(f"store: {display_url(audit_url)}")
    _say(f"events: {len(events)}")
    for kind, count in sorted(Counter(e.kind for e in events).items()):
        _say(f"  {kind:<20} {count}")
    identities = Counter((e.identity, "verified" if e.verified else "unverified") for e in events)
    _say("identities: " + ", ".join(f"{name} ({state}, {n} events)" for (name, state), n in identities.items()))
    masked: dict[str, set[str]] = {}
    for e in events:
        for sources in e.payload.get("masked", {}).values() if e.kind == "read" else ():
            for source in sources:
                table_column, operator = source.rsplit(":", 1)
                table, column = table_column.rsplit(".", 1)
                masked.setdefault(table, set()).add(f"{column}:{operator}")
    _say("masked on read (column:operator):")
    for table, columns in sorted(masked.items()):
        _say(f"  {table}: {', '.join(sorted(columns))}")
    _say("leakage checks:")
    for e in events:
        if e.kind == "check":
            state = "passed" if e.payload.get("passed") else (
                "WARNING" if e.payload.get("severity") == "warn" else "FAILED")
            if e.payload.get("check") == "contract":
                found = f"{e.payload.get('successful')} of {e.payload.get('evaluated')} expectations hold"
            elif e.payload.get("check") == "copied_records":
                found = f"{e.payload.get('copied_rows')} rows copied from real rows"
            elif e.payload.get("check") == "free_text_identifiers":
                found = f"{e.payload.get('hits')} free-text cells hold real identifiers"
            elif e.payload.get("check") == "rare_combinations":
                found = f"{e.payload.get('rare_rows')} rows carry a combination unique to one real person"
            else:
                found = f"{e.payload.get('replayed_values')} replayed real values"
            _say(f"  {e.payload.get('synthetic_table')} {e.payload.get('check')}: {state} ({found})")
    verification = store.verify()
    if verification.ok:
        _say(f"hash chain: intact ({verification.events} events, head {verification.head[:16]})")
    else:
        _say(f"hash chain: BROKEN at event {verification.first_bad}: {verification.problem}")
    return verification.ok


def main() -> int:
    logging.getLogger("dagster").setLevel(logging.WARNING)
    production = definitions.PRODUCTION_URL
    if not has_table(production, "customers"):
        customers = int(os.environ.get("GOVERNANCE_EXAMPLE_CUSTOMERS", "50000"))
        _say(f"== seeding {display_url(production)} with {customers:,} fake customers (fixed seed) ...")
        started = time.perf_counter()
        counts = seed_database(production, customers)
        _say(f"   {counts['customers']:,} customers, {counts['orders']:,} orders in {time.perf_counter() - started:.0f}s")
    instance = DagsterInstance.get()
    governed, _ = _run(instance, governed_job, "governed_job")
    # the naive job is meant to fail: its expected step failure is not printed as a traceback
    naive, naive_checks = _run(instance, naive_job, "naive_job", log_level="CRITICAL")
    caught = not naive.success and any(verdict == "FAILED" for *_, verdict, _ in naive_checks)
    if caught:
        _say("   -> the naive job's leakage check caught real identifiers in its synthetic table, as intended;"
             " its downstream asset did not run.")
    intact = audit_summary(definitions.AUDIT_URL)
    ok = governed.success and caught and intact
    _say(f"\ndemo {'OK' if ok else 'FAILED'}: open the runs with `make ui` (http://127.0.0.1:3000)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
