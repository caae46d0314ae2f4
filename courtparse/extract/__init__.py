"""Extractors: small pure functions from a CleanText to typed records.

They never see the PDF and never raise on any string: on text they do not
understand they return fewer results. None catches its own exceptions: a bug that
raises reaches ``courtparse.document._run``, which turns it into a warning naming the
extractor (or fails the test suite, which runs strict).

No extractor imports another: ``courtparse.document`` runs them in order and passes one
extractor's result to the next as an argument (the court and the "Re:" entries to the
caption, the dates to the signature), and what several read is computed once into
``courtparse.regions.Regions``. Pattern fragments they share are in ``patterns``.
"""
