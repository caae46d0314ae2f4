"""PDF backends: each yields, page by page, the positioned characters of a PDF.

The PDF layer knows about glyphs, boxes and pages only; it never interprets text.
"""
