"""Fixtures shared by the test modules (a test module never imports from another one).

- ``sample``: the Kazakhstan sample folder beside the repository; a test using it is skipped when
  ``../shared`` is absent.
- ``texts``: small stories written for the tests (two earthquakes a week apart, a wire story and an
  outlet's re-edit of it), for grouping, copies and their benchmarks.
- ``make_article``: builds an ``Article`` from a text with optional fields.
- ``db``: a path for a fresh library file in the test's temporary folder.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from accord.model import Article

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "kazakhstan-2022"


@pytest.fixture(scope="session")
def sample() -> Path:
    """The sample story's folder (five articles as .txt), or the test is skipped."""
    if not SAMPLE.is_dir():
        pytest.skip(f"sample not found at {SAMPLE} (../shared not beside the repository)")
    return SAMPLE


@dataclass(frozen=True)
class StoryTexts:
    """Article texts of three stories: an earthquake in Peru (``quake_a``, followed up by
    ``more_a``), another in Turkey the same week (``quake_b``, ``more_b``), and a wire story
    (``wire``) with another outlet's reworded, trimmed re-edit of it (``wire_copy``)."""

    quake_a: tuple[str, ...]
    quake_b: tuple[str, ...]
    more_a: tuple[str, ...]
    more_b: tuple[str, ...]
    wire: str
    wire_copy: str


TEXTS = StoryTexts(
    quake_a=(
        ("A magnitude 6.8 earthquake struck northern Peru on Tuesday, killing 14 people in the town of "
         "Moyobamba, Peru's civil defence institute said. The quake hit at 3:40 local time at a depth of "
         "40 km. Rescue teams in San Martin province searched collapsed adobe houses in Moyobamba."),
        ("Peru earthquake death toll rises to 14 in San Martin. Officials in Moyobamba said the magnitude "
         "6.8 quake destroyed 200 adobe homes. President Vizcarra flew to Moyobamba on Wednesday to see the "
         "damage and promised aid to San Martin province."),
        ("Survivors of Tuesday's earthquake in Moyobamba, Peru, slept outdoors as aftershocks shook San Martin. "
         "The 6.8 magnitude quake killed 14 people, and Vizcarra declared an emergency in the region."),
    ),
    quake_b=(
        ("A magnitude 5.9 earthquake hit western Turkey on Thursday, killing 3 people in the district of "
         "Sindirgi in Balikesir province, Turkey's disaster agency AFAD said. The quake was felt in Izmir "
         "and Istanbul. Erdogan said teams were sent to Sindirgi."),
        ("Turkey quake: 3 dead in Sindirgi as AFAD rescuers search rubble. The 5.9 magnitude earthquake in "
         "Balikesir province on Thursday toppled 16 buildings, AFAD said, and Erdogan promised help."),
        ("Residents of Sindirgi spent the night in tents after Thursday's 5.9 earthquake in Balikesir killed "
         "3 people. AFAD counted 120 aftershocks; Erdogan spoke to the governor of Balikesir."),
    ),
    more_a=(
        "In Moyobamba, aid from Lima reached families whose adobe homes fell in the 6.8 quake; San Martin "
        "officials raised the toll to 14 and said 200 houses were lost.",
        "Vizcarra visited Moyobamba hospital, where 40 people hurt in the Peru earthquake were treated, and "
        "San Martin schools stayed shut after the 6.8 tremor.",
    ),
    more_b=(
        "AFAD tents went up in Sindirgi after the 5.9 earthquake; Balikesir officials said 3 people died and "
        "16 buildings collapsed, and Erdogan called the mayor.",
        "Schools in Balikesir stayed closed as AFAD engineers inspected Sindirgi homes after the 5.9 quake "
        "that killed 3, Erdogan's office said.",
    ),
    wire=(
        "The decision to send troops was a first for the regional alliance, often described by its "
        "leaders as a defensive pact but previously reluctant to intervene in unrest among its members.\n"
        "At a ceremony marking the end of the mission, soldiers lined up as the anthems of each of the six "
        "member countries were played before official speeches began.\n"
        "The peacekeeping operation is over and the tasks have been completed, said the general who "
        "commanded the contingent, which arrived in the former republic on the sixth of the month.\n"
        "The defence ministry said the forces were beginning to prepare equipment and materials for loading "
        "into transport aircraft and would return to their permanent bases within ten days.\n"
        "Critics said the mission had given the largest member new leverage over its smaller neighbour."
    ),
    # another outlet's re-edit: reworded in places, a paragraph dropped, the end trimmed
    wire_copy=(
        "The decision to dispatch troops was a first for the regional alliance, often described by its "
        "leaders as a defensive pact, following an urgent plea from the government.\n"
        "At a ceremony marking the end of the mission, soldiers lined up as anthems from each of the six "
        "member countries were played before official speeches.\n"
        "The defence ministry said the forces were beginning to prepare equipment and materials for loading "
        "into transport aircraft and would return to their bases within ten days."
    ),
)


@pytest.fixture(scope="session")
def texts() -> StoryTexts:
    return TEXTS


@pytest.fixture()
def make_article() -> Callable[..., Article]:
    """``make_article(id, text, title="", **fields)``: an Article whose raw text is its text."""

    def make(article_id: str, text: str, title: str = "", **fields: Any) -> Article:
        return Article(id=article_id, title=title, text=text, raw_text=fields.pop("raw_text", text), **fields)

    return make


@pytest.fixture()
def db(tmp_path: Path) -> str:
    """A library path in the test's own folder (created by the first ingest)."""
    return str(tmp_path / "lib.db")
