"""What a security reviewer sees in the Dagster UI, proven in a real browser.

The example project is seeded with 400 customers (canary values planted in customer 1), the governed job and the
naive job run into a Dagster instance in a temporary DAGSTER_HOME, a real ``dagster-webserver`` serves that
instance on a free loopback port, and headless chromium (Debian's /usr/bin/chromium, driven by Playwright) opens
the pages a reviewer opens. Every expected value comes from somewhere else than the page: the policy file, the OS
user, the audit store.

Full-page screenshots of the pages land in the test's temporary directory; with GOVERNANCE_UPDATE_SCREENSHOTS=1
the documented ones are also written to docs/images (see docs/reviewer-ui.md)::

    GOVERNANCE_UPDATE_SCREENSHOTS=1 .venv/bin/python -m pytest -m browser tests/browser
"""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.chain import Event
from governance_dagster.store.audit.store import open_audit_store
from tests.conftest import ALL_CANARIES, contains_canary
from tests.test_example_project import _dump_duckdb, _env, _seed_with_canaries

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("GOVERNANCE_TEST_CHROMIUM", "/usr/bin/chromium"))
IMAGES = ROOT / "docs" / "images"
WIDTH = 1280
TIMEOUT_MS = 60_000

# Both jobs in one process with the in-process executor: the same runs `make demo` makes, in half the time.
RUN_JOBS = """
from dagster import DagsterInstance, execute_job, reconstructable
from example_project.demo import audit_job, governed_job, naive_job

in_process = {"execution": {"config": {"in_process": {}}}}
for job in (governed_job, naive_job, audit_job):
    result = execute_job(reconstructable(job), instance=DagsterInstance.get(), run_config=in_process,
                         raise_on_error=False)
    print("RESULT", job.__name__, "success" if result.success else "failure", result.run_id)
"""


@dataclass(frozen=True)
class PageSpec:
    """A page a reviewer opens: its path, a text that shows it has rendered, a text that shows it has rendered
    in full once the window is as tall as the page, and the docs image it refreshes."""

    path: str
    ready: str
    complete: str | None = None
    image: str | None = None


PAGES = {
    "synthetic_customers": PageSpec("/assets/synthetic_customers", "governance/audit_chain_head",
                                    image="governed-asset.png"),
    "masked_customers": PageSpec("/assets/masked_customers", "governance/masked_columns", image="column-schema.png"),
    "naive_check": PageSpec("/assets/naive_synthetic_customers?view=checks&checkDetail=no_identifier_replay",
                            "governance/replayed_values",
                            image="naive-check-failed.png"),
    "runs": PageSpec("/runs", "naive_job"),
    "audit_trail": PageSpec("/assets/audit_trail", "governance/last_events"),
}


@dataclass(frozen=True)
class SeenPage:
    """What the browser rendered: the visible text, the HTML, and each table row as its cells' texts."""

    text: str
    html: str
    rows: list[list[str]]

    def metadata(self, key: str) -> str:
        """The value shown in the metadata row named ``key`` (the row's last cell)."""
        found = [row[-1] for row in self.rows if row and row[0] == key]
        assert found, f"no metadata row {key!r} on the page"
        return found[0]

    def column(self, name: str) -> str:
        """The first cell of the column-schema row of column ``name``: its name and its tags."""
        found = [row[0] for row in self.rows if row and row[0].split("\n", 1)[0].strip() == name]
        assert found, f"no column-schema row for {name!r} on the page"
        return found[0]


@dataclass(frozen=True)
class ReviewerUI:
    base_url: str
    runs: dict[str, str]
    events: list[Event]
    data: Path
    log: Path


@pytest.fixture(scope="module")
def chromium() -> Path:
    """Debian's chromium (or GOVERNANCE_TEST_CHROMIUM) for the browser tier; skipped (or, in CI, failed) when it
    is not installed."""
    if not CHROMIUM.exists():
        message = (f"browser tier: no chromium at {CHROMIUM}; install Debian's chromium "
                   "(`apt-get install -y chromium`) to enable these tests")
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI forces the browser tier on. {message}")
        pytest.skip(message)
    return CHROMIUM


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_answering(url: str, server: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"dagster-webserver exited with {server.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/server_info", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"dagster-webserver did not answer on {url} within {timeout:.0f}s:\n{log.read_text()[-3000:]}")


def _stop(server: subprocess.Popen) -> None:
    """Stop the webserver and the code server it started (its own process group), forcefully if need be."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def ui(chromium: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReviewerUI]:
    """The example project's governed and naive runs, served by a real dagster-webserver on 127.0.0.1."""
    tmp = tmp_path_factory.mktemp("reviewer_ui")
    env = _env(tmp)
    data = tmp / "data"
    _seed_with_canaries(data)
    jobs = subprocess.run([sys.executable, "-c", RUN_JOBS], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600, check=False)
    results = [line.split()[1:] for line in jobs.stdout.splitlines() if line.startswith("RESULT ")]
    outcome = {job: status for job, status, _ in results}
    assert outcome == {"governed_job": "success", "naive_job": "failure", "audit_job": "success"}, jobs.stdout[-2000:] + jobs.stderr[-3000:]
    runs = {job: run_id for job, _, run_id in results}
    events = list(open_audit_store(f"duckdb:///{data / 'audit.duckdb'}").events())

    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    log = tmp / "webserver.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "dagster_webserver", "-m", "example_project.definitions", "-h", "127.0.0.1",
             "-p", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        _wait_until_answering(base_url, server, log)
        yield ReviewerUI(base_url, runs, events, data, log)
    finally:
        _stop(server)


def _see(page: Page, url: str, spec: PageSpec, screenshots: list[Path]) -> SeenPage:
    """Open the page, wait until it has rendered, and read and photograph all of it.

    Dagster scrolls inside its own panes and renders long lists (run logs) lazily, so the window is first made as
    tall as its tallest pane.
    """
    page.set_viewport_size({"width": WIDTH, "height": 1000})
    page.goto(url + spec.path)
    expect(page.get_by_text(spec.ready, exact=True).first).to_be_visible()
    height = page.evaluate("Math.max(...Array.from(document.querySelectorAll('body *'), e => e.scrollHeight))")
    page.set_viewport_size({"width": WIDTH, "height": min(int(height) + 40, 40_000)})
    expect(page.get_by_text(spec.complete or spec.ready, exact=True).first).to_be_visible()
    rows = page.evaluate(
        "Array.from(document.querySelectorAll('tr'), tr => Array.from(tr.cells, cell => cell.innerText.trim()))"
    )
    for path in screenshots:
        page.screenshot(path=str(path), full_page=True)
    return SeenPage(page.inner_text("body"), page.content(), rows)


@pytest.fixture(scope="module")
def pages(ui: ReviewerUI, chromium: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, SeenPage]:
    """Every page a reviewer opens, each waited for until its content is visible, with a full-page screenshot."""
    shots = tmp_path_factory.mktemp("screenshots")
    update_docs = os.environ.get("GOVERNANCE_UPDATE_SCREENSHOTS") == "1"
    if update_docs:
        IMAGES.mkdir(parents=True, exist_ok=True)
    seen: dict[str, SeenPage] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), headless=True)
        try:
            context = browser.new_context(viewport={"width": WIDTH, "height": 1000})
            # the community sign-up dialog the UI shows on a fresh instance would cover the screenshots
            context.add_init_script("window.localStorage.setItem('communityNux', JSON.stringify('1'))")
            page = context.new_page()
            page.set_default_timeout(TIMEOUT_MS)
            expect.set_options(timeout=TIMEOUT_MS)
            # a run's log opens scrolled to its last event
            last = {"governed_job": "RUN_SUCCESS", "naive_job": "RUN_FAILURE", "audit_job": "RUN_SUCCESS"}
            run_pages = {f"run {job}": PageSpec(f"/runs/{run_id}", last[job], complete="RUN_START")
                         for job, run_id in ui.runs.items()}
            for name, spec in {**PAGES, **run_pages}.items():
                screenshots = [shots / f"{name.replace(' ', '-')}.png"]
                if update_docs and spec.image:
                    screenshots.append(IMAGES / spec.image)
                seen[name] = _see(page, ui.base_url, spec, screenshots)
        finally:
            browser.close()
    return seen


def _event(events: list[Event], kind: str, asset: str, *, first: bool = False) -> Event:
    """The last (or first) audit event of ``kind`` recorded for ``asset``."""
    found = [e for e in events if e.kind == kind and e.payload.get("asset") == asset]
    assert found, f"no {kind} event for {asset} in the audit store"
    return found[0] if first else found[-1]


POLICY = load_policy(ROOT / "example_project" / "policy.yaml")


@pytest.mark.parametrize("page_name", ["synthetic_customers", "masked_customers"])
def test_when_a_reviewer_opens_a_governed_asset_then_it_names_who_ran_it_under_which_policy(
    pages: dict[str, SeenPage], page_name: str
) -> None:
    page = pages[page_name]
    assert page.metadata("governance/identity") == getpass.getuser()
    assert page.metadata("governance/identity_source") == "os_user"
    assert page.metadata("governance/identity_verified") == "false"
    assert page.metadata("governance/policy_hash") == POLICY.digest


@pytest.mark.parametrize("page_name, asset", [("synthetic_customers", "synthetic_customers"),
                                              ("masked_customers", "masked_customers")])
def test_when_a_reviewer_opens_a_governed_asset_then_its_audit_event_is_the_one_in_the_store(
    pages: dict[str, SeenPage], ui: ReviewerUI, page_name: str, asset: str
) -> None:
    written = _event(ui.events, "write", asset)
    assert pages[page_name].metadata("governance/audit_event") == str(written.seq)
    assert pages[page_name].metadata("governance/audit_chain_head") == written.hash


def test_when_a_reviewer_opens_the_synthetic_asset_then_it_says_which_personal_data_was_generated(
    pages: dict[str, SeenPage],
) -> None:
    generated = json.loads(pages["synthetic_customers"].metadata("governance/generated_pii_columns"))
    assert {"full_name", "email", "phone", "ssn", "street"} <= set(generated)
    learned = json.loads(pages["synthetic_customers"].metadata("governance/learned_columns"))
    assert not {"full_name", "email", "phone", "ssn", "street"} & set(learned)


MASKED = {  # column of masked_customers: the source column and operator the policy file names
    "full_name": "main.customers.full_name:hash",
    "email": "main.customers.email:hash",
    "phone": "main.customers.phone:mask",
    "ssn": "main.customers.ssn:redact",
    "street": "main.customers.street:redact",
    "postal_code": "main.customers.postal_code:generalize",
    "birth_date": "main.customers.birth_date:generalize",
    "support_notes": "main.customers.support_notes:scan",
    "card_number": "main.customers.card_number:mask",
    "iban": "main.customers.iban:hash",
    "ip_address": "main.customers.ip_address:hash",
}


def test_when_a_reviewer_opens_the_masked_read_then_each_masked_column_names_its_source_and_operator(
    pages: dict[str, SeenPage], ui: ReviewerUI
) -> None:
    shown = json.loads(pages["masked_customers"].metadata("governance/masked_columns"))
    assert shown == {column: [source] for column, source in MASKED.items()}
    # the asset's own read of production; later reads of masked_customers are its downstream loads
    assert shown == _event(ui.events, "read", "masked_customers", first=True).payload["masked"]


SCHEMA = [  # column, personal-data kind, operator the policy applies when it is read (None: kept)
    ("customer_id", "none", None),
    ("full_name", "person_name", "hash"),
    ("email", "email", "hash"),
    ("phone", "phone", "mask"),
    ("ssn", "ssn", "redact"),
    ("street", "street_address", "redact"),
    ("city", "city", None),
    ("postal_code", "postal_code", "generalize"),
    ("birth_date", "date_of_birth", "generalize"),
    ("income", "none", None),
    ("segment", "none", None),
    ("support_notes", "free_text", "scan"),
    ("card_number", "credit_card", "mask"),  # columns the canary seeding adds (tests/test_example_project.py)
    ("iban", "iban", "hash"),
    ("ip_address", "ip_address", "hash"),
]


@pytest.mark.parametrize("page_name", ["synthetic_customers", "masked_customers"])
@pytest.mark.parametrize("column, kind, operator", SCHEMA)
def test_when_a_reviewer_opens_the_column_schema_then_each_column_shows_its_kind_and_operator(
    pages: dict[str, SeenPage], page_name: str, column: str, kind: str, operator: str | None
) -> None:
    tags = pages[page_name].column(column)
    assert f"governance/kind: {kind}" in tags
    if operator is None:
        assert "governance/operator" not in tags
    else:
        assert f"governance/operator: {operator}" in tags


def test_when_a_reviewer_opens_the_naive_check_then_it_failed_and_says_how_many_real_values_leaked(
    pages: dict[str, SeenPage], ui: ReviewerUI
) -> None:
    page = pages["naive_check"]
    report = [e.payload for e in ui.events if e.kind == "check" and e.payload.get("check") == "identifier_replay"
              and e.payload.get("synthetic_table") == "naive.naive_synthetic_customers"][-1]
    assert report["passed"] is False
    assert "no_identifier_replay" in page.text and "Failed" in page.text
    assert page.metadata("governance/check") == "identifier_replay"
    assert int(page.metadata("governance/replayed_values")) == report["replayed_values"] > 0
    assert page.metadata("governance/max_replayed_values") == "0"
    summary = " ".join(page.metadata("governance/summary").split())
    # names and streets are weak identifiers: judged against chance, and the naive model is far beyond it
    weak = report["weak_identifiers"]["columns"]
    assert {"full_name", "street"} <= {c for c, w in weak.items() if w["blocked"]}, "the naive model replays names and streets"
    for column, found in report["columns"].items():
        assert f"{column} replays {found['replayed_values']} real values" in summary
        assert f"governance/replayed/{column}" in page.text


@pytest.mark.parametrize("job, status", [("governed_job", "Success"), ("naive_job", "Failure")])
def test_when_a_reviewer_opens_a_run_then_its_status_is_shown(
    pages: dict[str, SeenPage], ui: ReviewerUI, job: str, status: str
) -> None:
    short_id = ui.runs[job][:8]
    assert short_id in pages["runs"].text
    assert f"{short_id}\n{status}" in pages[f"run {job}"].text


def test_when_a_reviewer_opens_the_naive_run_then_it_names_the_failed_check_and_nothing_ran_downstream(
    pages: dict[str, SeenPage],
) -> None:
    text = pages["run naive_job"].text
    # the run stops on its blocking leakage checks: the step list shows both failed checks as errored
    errored = text[text.index("Errored (2)"):text.index("Succeeded (")]
    assert "naive_synthetic_customers_no_identifier_replay" in errored
    assert "naive_synthetic_customers_no_free_text_identifiers" in errored
    assert "Check no_free_text_identifiers failed for materialization of naive_synthetic_customers" in text
    assert "Not executed (1)" in text and "naive_customer_segments" in text
    assert "Finished execution of step \"naive_customer_segments\"" not in text


def test_when_a_reviewer_opens_any_page_then_no_canary_value_is_in_it(
    pages: dict[str, SeenPage], ui: ReviewerUI
) -> None:
    # the planted values were really there to be leaked: production holds every one of them
    assert sorted(contains_canary(_dump_duckdb(ui.data / "production.duckdb"))) == sorted(ALL_CANARIES)
    assert set(pages) >= {*PAGES, "run governed_job", "run naive_job"}
    for name, page in pages.items():
        assert contains_canary(page.text) == [], f"canary in the text of the {name} page"
        assert contains_canary(page.html) == [], f"canary in the HTML of the {name} page"
    assert contains_canary(ui.log.read_text()) == [], "canary in the webserver's log"


def test_when_a_reviewer_opens_the_audit_trail_asset_then_it_shows_the_chain_head_and_counts_of_the_store(
    ui: ReviewerUI, pages: dict[str, SeenPage]
) -> None:
    page = pages["audit_trail"]
    assert page.metadata("governance/audit_chain_head") == ui.events[-1].hash
    assert page.metadata("governance/audit_events") == str(ui.events[-1].seq)
    assert "check" in page.metadata("governance/events_by_kind")
    assert contains_canary(page.text + page.html) == []
