from pipeline.schema import markdown

from .conftest import ROOT


def test_readme_output_table_is_the_schema() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("<!-- schema:start -->")[1].split("<!-- schema:end -->")[0]
    assert block.strip() == markdown()


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "make test" in readme and "make test" in ci
