"""The dashboard in a real browser: pages, a leader filter through the UI, row selection, CSV."""
import io
import re
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

PAGES = ["", "claims", "agreements", "contradictions", "timeline", "sources", "upload"]
TIMEOUT_MS = 30_000
MATCH_COUNT = re.compile(r"([\d,]+) claim\(s\) match")
LAPTOP = {"width": 1440, "height": 900}


def wait_for_app(page: Page) -> None:
    """As Streamlit's own e2e suite: connected, script finished, no skeleton placeholders."""
    page.wait_for_selector('[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=TIMEOUT_MS)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=TIMEOUT_MS)
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=TIMEOUT_MS)
    page.wait_for_timeout(300)  # let charts and canvases paint before screenshots and clicks
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=TIMEOUT_MS)


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    wait_for_app(page)


def matching_claims(page: Page) -> int:
    caption = page.get_by_text(MATCH_COUNT).first.inner_text()
    return int(MATCH_COUNT.search(caption).group(1).replace(",", ""))


def select_first_row(page: Page) -> None:
    """Click the row marker of the first data row of the first table (a glide-data-grid canvas)."""
    grid = page.get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
    wait_for_app(page)


def screenshot(page: Page, path) -> None:
    """A laptop-sized screenshot, and one tall enough for the whole page (``*_full.png``)."""
    page.screenshot(path=path)
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": LAPTOP["width"], "height": max(LAPTOP["height"], height)})
    page.wait_for_timeout(800)
    page.screenshot(path=path.with_name(path.stem + "_full.png"))
    page.set_viewport_size(LAPTOP)


@pytest.mark.parametrize("path", PAGES)
def test_every_page_opens(page, app_url, screenshots, path):
    open_page(page, f"{app_url}/{path}")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.locator("h1").first).to_be_visible()
    screenshot(page, screenshots / f"page_{path or 'overview'}.png")


def test_leader_filter_row_selection_and_csv(page, app_url, screenshots):
    open_page(page, f"{app_url}/claims")
    everything = matching_claims(page)

    leader = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").first
    leader.click()
    page.keyboard.type("Moon Jae")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    wait_for_app(page)
    filtered = matching_claims(page)
    assert 0 < filtered < everything
    assert parse_qs(urlparse(page.url).query)["leader"] == ["Moon Jae-in"]

    select_first_row(page)
    expect(page.get_by_text("Selected claim")).to_be_visible()
    expect(page.get_by_test_id("stHtml").locator("mark").first).to_contain_text("Moon Jae-in")
    screenshot(page, screenshots / "claims_selected.png")

    with page.expect_download() as download_info:
        page.get_by_test_id("stDownloadButton").first.get_by_role("button").click()
    exported = pd.read_csv(io.BytesIO(open(download_info.value.path(), "rb").read()), dtype=str,
                           keep_default_na=False)
    assert len(exported) == filtered and set(exported["leader"]) == {"Moon Jae-in"}
    assert {"outlet", "published", "file", "start", "end", "group_id"} <= set(exported.columns)

    page.goto(page.url.replace("/claims", "/timeline"))  # the filter travels with the URL
    wait_for_app(page)
    assert "leader=Moon+Jae-in" in page.url or "leader=Moon%20Jae-in" in page.url
    screenshot(page, screenshots / "timeline_filtered.png")


@pytest.mark.parametrize("query, shown", [
    ("onerror", "<img src=x onerror=alert(1)>"),
    (":red", ":red[x] and $x^2$"),
    ("javascript", "**bold** [link](javascript:alert(1))"),
])
def test_hostile_claim_shows_as_plain_text(page, app_url, screenshots, query, shown):
    open_page(page, f"{app_url}/claims?q={query}")
    assert matching_claims(page) == 1
    select_first_row(page)
    claim = page.get_by_test_id("stHtml").first
    expect(claim.locator("mark")).to_contain_text(shown)
    expect(claim.locator("img, a, strong, [style*='color']")).to_have_count(0)
    screenshot(page, screenshots / f"hostile_{query.strip(':')}.png")


def test_formula_claim_is_neutralised_in_the_downloaded_csv(page, app_url):
    open_page(page, f"{app_url}/claims?q=hyperlink")
    with page.expect_download() as download_info:
        page.get_by_test_id("stDownloadButton").first.get_by_role("button").click()
    text = open(download_info.value.path(), encoding="utf-8").read()
    assert "'=HYPERLINK(" in text and ",=HYPERLINK(" not in text and "\n=HYPERLINK(" not in text
