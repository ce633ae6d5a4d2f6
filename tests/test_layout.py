"""The project layout works for python main.py, cdk8s synth and pytest alike."""

import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_the_pip_constructs_package_is_the_one_imported():
    import cdk8s

    import constructs

    location = pathlib.Path(constructs.__file__).resolve()
    assert "site-packages" in location.parts, f"`constructs` resolved to {location}"
    assert hasattr(constructs, "Construct")
    assert cdk8s.Chart is not None


def test_constructs_folder_is_a_source_root_not_a_package():
    assert not (ROOT / "constructs" / "__init__.py").exists()
    import potatostack

    assert pathlib.Path(potatostack.__file__).resolve().parent == ROOT / "constructs" / "potatostack"


def test_top_level_layout():
    for entry in ("cdk8s.yaml", "main.py", "constructs", "imports", "policies", "dist", "tests", "README.md"):
        assert (ROOT / entry).exists(), f"{entry} is missing at the top level"
