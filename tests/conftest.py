"""Shared fixtures: the seed article, the dev set, the bundled registry, the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from provenance.cli import main
from provenance.extractors import default_registry
from provenance.resolver import OutletRegistry

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SEED = ROOT / "examples" / "seed" / "000_80a42ec52d295585.txt"
DEV = SHARED / "dev"


@pytest.fixture(scope="session")
def registry() -> OutletRegistry:
    return default_registry()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not (DEV / "cases.jsonl").is_file():
        pytest.skip("the shared dev set is not beside this checkout")
    return DEV


@dataclass
class Run:
    status: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run the command line through its entry point and capture what it prints."""

    def run(*args: str) -> Run:
        status = main(list(args))
        captured = capsys.readouterr()
        return Run(status, captured.out, captured.err)

    return run
