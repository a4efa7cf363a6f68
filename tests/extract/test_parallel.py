"""Extraction with a pool of workers gives exactly what one process gives, in input order."""

import json

import pytest

from factcheck.extract.parallel import extract_in_order

pytestmark = pytest.mark.spacy

TEMPLATE = (
    "Officials in {town} said on Monday that the tunnel would reopen in {month}. "
    "According to the regional engineer, repairs cost {cost} million euros. "
    "Drivers have reportedly waited hours at the detour (though the operator denies this). "
    "\u201cWe expect traffic to return to normal,\u201d said councillor {name}.\n\n"
)
TOWNS = ["Ostrava Vale", "Bellmoor", "Quillan", "Tarnby", "Wexmouth", "Pellory", "Ardeen"]


def _texts(count):
    return [
        (
            f"tunnel_{i:02d}",
            "".join(
                TEMPLATE.format(
                    town=TOWNS[i % 7], month="June", cost=3 + i + k, name=f"Ivo Marr{i}"
                )
                for k in range(1 + i % 4)
            ),
        )
        for i in range(count)
    ]


def test_two_workers_give_the_results_of_one_in_the_same_order():
    from factcheck.extract import Extractor

    extractor = Extractor()
    items = [(n, name, text, None) for n, (name, text) in enumerate(_texts(9))]
    one = [(n, r.to_json()) for n, r in extract_in_order(extractor, items, batch_size=2)]
    two = [(n, r.to_json()) for n, r in extract_in_order(extractor, items, workers=2, batch_size=2)]
    assert [n for n, _ in two] == list(range(9))  # contexts come back with their texts
    assert two == one
    assert all(result["claims"] for _, result in one)


def test_extract_command_prints_the_same_lines_with_two_workers(tmp_path):
    from typer.testing import CliRunner

    from factcheck.cli import app

    for name, text in _texts(5):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(app, ["extract", str(tmp_path), "--workers", "1"])
    two = runner.invoke(app, ["extract", str(tmp_path), "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout
    lines = [json.loads(line) for line in one.stdout.splitlines()]
    assert [line["article"] for line in lines] == [f"tunnel_{i:02d}.txt" for i in range(5)]
