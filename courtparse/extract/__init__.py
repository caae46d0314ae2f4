"""Extractors: small pure functions from a CleanText to typed records.

They never see the PDF and never raise on any string: on text they do not
understand they return fewer results.
"""
