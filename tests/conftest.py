import os
import pathlib

import manifests
import pytest
import toolchain

# Tests that build charts in-process run jsii on the project's Node.js, as main.py does.
os.environ.setdefault("JSII_NODE", str(toolchain.ROOT / "node_modules" / ".bin" / "node"))


def _synth_or_fail(out: pathlib.Path, what: str, settings: pathlib.Path = None) -> pathlib.Path:
    result = toolchain.synth(out, settings=settings)
    if result.returncode != 0:
        pytest.fail(f"synth of {what} failed:\n{result.stderr}", pytrace=False)
    return out


@pytest.fixture(scope="session")
def fresh_dist(tmp_path_factory) -> pathlib.Path:
    """One synth of the committed code into a temporary folder, shared by the session."""
    return _synth_or_fail(tmp_path_factory.mktemp("synth") / "dist", "the committed settings")


@pytest.fixture(scope="session")
def fresh_tree(fresh_dist) -> manifests.Tree:
    return manifests.load(fresh_dist)


@pytest.fixture(scope="session")
def complete_settings(tmp_path_factory) -> pathlib.Path:
    """The committed settings.yaml with every service on (`profile: complete`), on a node they fit."""
    path = tmp_path_factory.mktemp("complete") / "settings.yaml"
    path.write_text(toolchain.every_service_settings())
    return path


@pytest.fixture(scope="session")
def complete_dist(tmp_path_factory, complete_settings) -> pathlib.Path:
    """One synth of every service, so those the default profile leaves out are checked
    (schemas, policies, network paths, snapshots) like the rest."""
    return _synth_or_fail(tmp_path_factory.mktemp("synth-complete") / "dist", "the complete profile", complete_settings)


@pytest.fixture(scope="session")
def complete_tree(complete_dist) -> manifests.Tree:
    return manifests.load(complete_dist)


@pytest.fixture(scope="session", params=["essentials", "complete"])
def profile(request):
    """(name, dist folder, tree, settings file) of each profile: tests that take it run
    on what the owner deploys and on every service at once."""
    if request.param == "essentials":
        dist = request.getfixturevalue("fresh_dist")
        return request.param, dist, request.getfixturevalue("fresh_tree"), toolchain.ROOT / "settings.yaml"
    dist = request.getfixturevalue("complete_dist")
    return request.param, dist, request.getfixturevalue("complete_tree"), request.getfixturevalue("complete_settings")


@pytest.fixture(scope="session")
def box():
    """The real control plane (tests/box.py), started once for the session and stopped
    whatever happens. Tests that use it carry `pytest.mark.xdist_group("box")`, so one
    worker runs them all against this one box."""
    import box as box_module

    toolchain.which_or_fail("openssl", "install it with `apt-get install openssl` (`make install` does)")
    folder = box_module.scratch_folder()
    try:
        from potatostack import k3s

        # With the settings the generated k3s configuration gives the board's server.
        with box_module.Box.started(
            toolchain.box_tools(),
            folder,
            apiserver_flags=k3s.APISERVER_MEMORY_FLAGS,
            environment=k3s.SERVICE_ENVIRONMENT,
        ) as started:
            yield started
    except box_module.BoxError as error:
        pytest.fail(f"the box did not start: {error}", pytrace=False)
    finally:
        box_module.remove(folder)
