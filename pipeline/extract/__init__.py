"""The extraction stages, each a package with its rule tables beside its code.

``entities`` (mentions and in-document coreference), ``dates`` (detection and
normalisation against the publication date), ``figures`` (amounts, shares, money, ranks)
and ``relations`` (typed links between entities, built on the other three). They read one
annotated spaCy ``Doc`` and return the plain records of ``pipeline.model``;
``pipeline.run.process`` calls them in that order.
"""
