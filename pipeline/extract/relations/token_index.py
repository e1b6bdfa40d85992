"""Which tokens of a Doc have a given lower-cased lemma or form, found once per Doc.

Several relation rules start from a trigger word ("visit", "sign", "located") and used to
walk every token of the Doc to find it, each walk making a Token object per token and
reading its lemma. ``TokenIndex`` reads the lemma column once (token arrays: integers,
no Token objects, one string look-up per distinct lemma) and gives each rule its
candidate tokens in Doc order, so the rule's loop body sees the tokens it acted on before,
in the same order, and skips only those it did nothing with.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token


class TokenIndex:
    def __init__(self, doc: Doc):
        self.doc = doc
        self._lemma_column = doc.to_array(LEMMA) if len(doc) else np.zeros(0, np.uint64)
        self._lower_column: np.ndarray | None = None  # read when first asked
        strings = doc.vocab.strings
        self._lemma_ids: dict[str, list[int]] = {}  # lower-cased lemma -> its lemma ids
        for value in np.unique(self._lemma_column).tolist():
            self._lemma_ids.setdefault(strings[value].lower(), []).append(value)

    def tokens(self, lemmas: Iterable[str] = (), lowers: Iterable[str] = ()) -> list[Token]:
        """The tokens whose ``lemma_.lower()`` is in ``lemmas`` or whose ``lower_`` is in
        ``lowers``, in Doc order, each once."""
        ids = [value for w in lemmas for value in self._lemma_ids.get(w, ())]
        mask = _holding(self._lemma_column, ids)
        if lowers:
            if self._lower_column is None:
                self._lower_column = self.doc.to_array(LOWER)
            strings = self.doc.vocab.strings
            found = _holding(self._lower_column, [strings[w] for w in lowers])
            mask = found if mask is None else mask | found
        if mask is None:
            return []
        doc = self.doc
        return [doc[i] for i in np.flatnonzero(mask).tolist()]


def _holding(column: np.ndarray, ids: list[int]) -> np.ndarray | None:
    """Where ``column`` holds one of ``ids`` (None when there are none to look for)."""
    if not ids:
        return None
    return np.isin(column, np.array(ids, dtype=column.dtype))
