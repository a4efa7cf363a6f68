"""factcheck.toml: settings from the file, overridden by the environment and by flags."""

import pytest

from factcheck import config
from factcheck.db import resolve_url
from factcheck.errors import BadInput
from factcheck.services.common import current_user

TOML = """database = "sqlite:///newsroom.db"
reviewer = "ana"
base_url = "https://check.example"

[organization]
name = "Aver Check"
url = "https://check.example/about"
"""


@pytest.fixture
def in_folder(tmp_path, monkeypatch):
    for name in ("FACTCHECK_CONFIG", "FACTCHECK_DB", "FACTCHECK_REVIEWER", "FACTCHECK_BASE_URL",
                 "FACTCHECK_ORGANIZATION", "FACTCHECK_ORGANIZATION_URL"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_file_in_the_working_folder_is_read(in_folder):
    (in_folder / "factcheck.toml").write_text(TOML, encoding="utf-8")
    assert config.value("organization_name") == "Aver Check"
    assert config.setting("base_url").origin.startswith("file ")
    assert resolve_url() == "sqlite:///newsroom.db"
    assert current_user() == "ana"


def test_environment_beats_the_file_and_a_flag_beats_both(in_folder, monkeypatch):
    (in_folder / "factcheck.toml").write_text(TOML, encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_REVIEWER", "ben")
    monkeypatch.setenv("FACTCHECK_DB", "sqlite:///other.db")
    assert current_user() == "ben" and current_user("cara") == "cara"
    assert resolve_url() == "sqlite:///other.db"
    assert resolve_url("sqlite:///flag.db") == "sqlite:///flag.db"
    assert config.setting("reviewer").origin == "env FACTCHECK_REVIEWER"


def test_factcheck_config_names_another_file(in_folder, monkeypatch):
    other = in_folder / "elsewhere.toml"
    other.write_text('[organization]\nname = "Elsewhere"\n', encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CONFIG", str(other))
    assert config.value("organization_name") == "Elsewhere"
    assert config.value("base_url") is None
    monkeypatch.setenv("FACTCHECK_CONFIG", str(in_folder / "missing.toml"))
    with pytest.raises(BadInput, match="is not a file"):
        config.value("base_url")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("base_url = ", "not valid TOML"),
        ('base_ulr = "x"', "unknown settings base_ulr"),
        ('[organization]\nnmae = "x"', "unknown settings organization.nmae"),
        ("reviewer = 3", "reviewer must be a non-empty string"),
    ],
)
def test_mistakes_in_the_file_are_one_line_errors(in_folder, text, message):
    (in_folder / "factcheck.toml").write_text(text, encoding="utf-8")
    with pytest.raises(BadInput, match=message):
        config.all_settings()


def test_config_show_tells_value_and_origin(in_folder, monkeypatch):
    import json

    from typer.testing import CliRunner

    from factcheck.cli import app

    (in_folder / "factcheck.toml").write_text(
        TOML.replace("sqlite:///newsroom.db", "postgresql+psycopg://ed:secret@db/fc"),
        encoding="utf-8",
    )
    monkeypatch.setenv("FACTCHECK_BASE_URL", "https://env.example")
    result = CliRunner().invoke(app, ["config", "show", "--format", "json"])
    assert result.exit_code == 0, result.output
    settings = {s["setting"]: s for s in json.loads(result.output)["settings"]}
    assert settings["base_url"] == {
        "setting": "base_url", "value": "https://env.example", "origin": "env FACTCHECK_BASE_URL"
    }  # fmt: skip
    assert "secret" not in settings["database"]["value"]
    assert settings["organization_url"]["value"] == "https://check.example/about"
    (in_folder / "factcheck.toml").write_text("nonsense = 1", encoding="utf-8")
    broken = CliRunner().invoke(app, ["config", "show"])
    assert broken.exit_code == 1 and "unknown settings nonsense" in broken.output
