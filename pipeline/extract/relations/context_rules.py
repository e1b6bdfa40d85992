"""Shared words and limits of the relation context (context.py and the modules its
methods live in)."""

from __future__ import annotations

from pipeline.extract.relations import patterns as rp

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
FINITE_TAGS = ("VBD", "VBZ", "VBP")
DATELINE_MARKS = frozenset({"–", "—", "-", "--", ":"})  # "--": an ASCII dash
DATE_KINDS = ("date", "range")
GRANULARITY_RANK = {"day": 3, "week": 2, "month": 2, "range": 2, "year": 1}
# How many sentences back a pronoun or "the city" may reach for its referent.
CARRY_WINDOW = 3
# How many sentences back a paragraph's event date may come from.
PARAGRAPH_WINDOW = 3
# How far into a sentence its leading date may start ("OSLO, May 2", "On May 2").
LEADING = 2


def coarse(label: str) -> str:
    return rp.COARSE.get(label, "")
