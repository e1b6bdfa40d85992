"""The prebuilt store: tables built once from installed packages, equal to a fresh build."""

from __future__ import annotations

import marshal

import numpy as np
import pytest

from pipeline import prebuilt
from pipeline.clean import language
from pipeline.extract.entities import gazetteer as gazetteer_module


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv(prebuilt.FOLDER_VARIABLE, str(tmp_path / "store"))
    return tmp_path / "store"


def _marshalled(name: str, build, sources=("prebuilt.py",), packages=("numpy",)):
    return prebuilt.stored(name, build, sources=sources, packages=packages,
                           suffix=".marshal",
                           write=lambda path, value: path.write_bytes(marshal.dumps(value)),
                           read=lambda path: marshal.loads(path.read_bytes()))


def test_built_once_then_read_back(store):
    calls = []

    def build():
        calls.append(1)
        return {"b": (1, "x"), "a": (2, "y")}

    first = _marshalled("table", build)
    second = _marshalled("table", build)
    assert first == second == {"b": (1, "x"), "a": (2, "y")}
    assert list(second) == ["b", "a"]  # insertion order kept
    assert len(calls) == 1
    [stored] = store.iterdir()
    assert stored.name.startswith("table-") and stored.suffix == ".marshal"
    assert stored.stat().st_mode & 0o644 == 0o644


def test_name_follows_sources_and_packages(monkeypatch):
    base = prebuilt.digest(["prebuilt.py"], ["numpy"])
    assert prebuilt.digest(["prebuilt.py"], ["numpy"]) == base
    assert prebuilt.digest(["prebuilt.py", "model.py"], ["numpy"]) != base
    monkeypatch.setattr(prebuilt, "installed_versions",
                        lambda names: {n: "0.0-other" for n in names})
    assert prebuilt.digest(["prebuilt.py"], ["numpy"]) != base


def test_installed_versions_reads_dist_info_names():
    versions = prebuilt.installed_versions(("numpy", "no-such-package-here"))
    assert versions["numpy"] == np.__version__
    assert versions["no-such-package-here"] == "?"


def test_a_new_build_replaces_older_ones(store, monkeypatch):
    _marshalled("table", lambda: 1)
    _marshalled("other", lambda: 2)
    monkeypatch.setattr(prebuilt, "installed_versions",
                        lambda names: {n: "0.0-other" for n in names})
    assert _marshalled("table", lambda: 3) == 3
    names = sorted(p.name.split("-")[0] for p in store.iterdir())
    assert names == ["other", "table"]


def test_damaged_file_is_rebuilt(store):
    _marshalled("table", lambda: [1, 2, 3])
    [stored] = store.iterdir()
    stored.write_bytes(b"\x00garbage")
    assert _marshalled("table", lambda: [1, 2, 3]) == [1, 2, 3]
    assert marshal.loads(stored.read_bytes()) == [1, 2, 3]


def test_unwritable_folder_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(prebuilt.FOLDER_VARIABLE, str(blocker / "store"))
    assert _marshalled("table", lambda: {"k": 1}) == {"k": 1}
    assert _marshalled("table", lambda: {"k": 1}) == {"k": 1}


def test_stored_gazetteer_equals_a_fresh_build(store):
    fresh = gazetteer_module._tables()
    gazetteer_module.gazetteer.cache_clear()
    try:
        gazetteer_module.gazetteer()  # builds and stores
        gazetteer_module.gazetteer.cache_clear()
        loaded = gazetteer_module.gazetteer()  # read back
    finally:
        gazetteer_module.gazetteer.cache_clear()
    assert any(p.suffix == ".marshal" for p in store.iterdir())
    tables = (loaded.countries, loaded.regions, loaded.cities, loaded.codes)
    for built, read in zip(fresh, tables, strict=True):
        assert list(built.items()) == list(read.items())


def test_stored_language_model_equals_the_shipped_one(store):
    fresh = language._limited_model()
    language.language_model()  # builds and stores
    loaded = language.language_model()  # read back
    assert any(p.suffix == ".npy" for p in store.iterdir())
    for built, read in zip(fresh, loaded, strict=True):
        if isinstance(built, np.ndarray):
            assert built.dtype == read.dtype and np.array_equal(built, read)
        else:
            assert list(built) == list(read)


def test_limited_model_scores_as_the_library_limits_it(store):
    """Single-precision weights give the scores of the shipped half-precision ones."""
    from py3langid.langid import LanguageIdentifier

    shipped = LanguageIdentifier.from_model_file("data/model.npz.xz", norm_probs=True)
    limited = language._identifier.__wrapped__()
    shipped.set_languages(limited.nb_classes)
    assert limited.nb_ptc.dtype == np.float32 and limited.nb_ptc.flags.c_contiguous
    texts = ["The minister said on Monday the bank would open an office in March.",
             "Le ministre a dit lundi que la banque ouvrirait un bureau en mars.",
             "Net 1.2 mln vs 900,000 Revs 12 mln", "x", ""]
    for text in texts:
        assert limited.rank(text) == shipped.rank(text)
