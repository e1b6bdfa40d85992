"""Symbolic links are followed only while their target stays inside the corpus folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.ingest import OUTSIDE_LINK, iter_inputs
from pipeline.model import InputError, RawDoc

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")

TEXT = (
    "HAMBURG, June 4 - The port authority opened a new container terminal on Monday, its "
    "director said. The terminal can handle two million containers a year.\n"
)
SECRET = (
    "Private notes: the board will meet on Friday to discuss the merger with the "
    "supplier, which nobody outside the company knows about yet.\n"
)


@pytest.fixture
def layout(tmp_path):
    """corpus/ with links in and out; outside/ beside it holds a file and a folder."""
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    (corpus / "sub").mkdir(parents=True)
    (outside / "folder").mkdir(parents=True)
    (corpus / "sub" / "real.txt").write_text(TEXT)
    (outside / "secret.txt").write_text(SECRET)
    (outside / "folder" / "inner.txt").write_text(SECRET.replace("Friday", "Sunday"))
    os.symlink("sub/real.txt", corpus / "inside.txt")  # relative, stays inside
    os.symlink(corpus / "sub", corpus / "sub_again")  # absolute, folder, stays inside
    os.symlink(outside / "secret.txt", corpus / "absolute_out.txt")
    os.symlink("../outside/secret.txt", corpus / "relative_out.txt")
    os.symlink(outside / "folder", corpus / "folder_out")
    os.symlink("absolute_out.txt", corpus / "chain.txt")  # a link inside, to a link out
    os.symlink("../../outside/missing.txt", corpus / "sub" / "broken_out.txt")
    return corpus


def _by_path(corpus: Path, **kwargs) -> dict[str, RawDoc | InputError]:
    return {item.source_path: item for item in iter_inputs(corpus, **kwargs)}


def test_links_leading_outside_are_errors_not_documents(layout):
    items = _by_path(layout)
    refused = ("absolute_out.txt", "relative_out.txt", "folder_out", "chain.txt",
               "sub/broken_out.txt")
    for path in refused:
        assert isinstance(items[path], InputError), path
        assert items[path].message == OUTSIDE_LINK and items[path].severity == "error"
    assert not any(SECRET[:20] in item.content for item in items.values()
                   if isinstance(item, RawDoc))
    assert "folder_out/inner.txt" not in items


def test_links_inside_the_corpus_are_followed(layout):
    items = _by_path(layout)
    assert items["inside.txt"].content == items["sub/real.txt"].content
    assert "already walked" in items["sub_again"].message  # the same folder, read once


def test_follow_links_reads_every_target(layout):
    items = _by_path(layout, follow_links=True)
    for path in ("absolute_out.txt", "relative_out.txt", "chain.txt", "folder_out/inner.txt"):
        assert isinstance(items[path], RawDoc), path
    assert "broken symbolic link" in items["sub/broken_out.txt"].message


def test_a_corpus_reached_through_a_link_is_its_own_inside(layout, tmp_path):
    alias = tmp_path / "corpus_alias"
    os.symlink(layout, alias)
    items = _by_path(alias)
    assert isinstance(items["inside.txt"], RawDoc)
    assert items["absolute_out.txt"].message == OUTSIDE_LINK


def test_aliases_file_linked_from_outside_is_refused(tmp_path):
    from pipeline.run import RunOptions, _aliases

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "aliases.csv").write_text("alias,canonical\nHamburg,Hamburg City\n")
    os.symlink(tmp_path / "aliases.csv", corpus / "aliases.csv")
    errors: list[InputError] = []
    assert not _aliases(RunOptions(corpus=corpus, out=tmp_path / "out"), errors)
    assert [(e.source_path, e.stage, e.message) for e in errors] == [
        ("aliases.csv", "resolve", OUTSIDE_LINK)]
    followed = _aliases(RunOptions(corpus=corpus, out=tmp_path / "out", follow_links=True),
                        errors)
    assert len(followed) == 1 and len(errors) == 1
