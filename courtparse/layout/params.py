"""The tuning decisions of layout cleaning, in one frozen object.

Every threshold the layout modules use (a share of the page, a multiple of the font
size, a count of glyphs) is a field of ``LayoutParams`` with its default beside the
filing or the printed wording that taught it. The modules read ``DEFAULT`` (imported
as ``P``); changing a default is a rule change like any other: measure it with
``benchmarks/accuracy.py`` and ``benchmarks/pool_diff.py`` (docs/layout.md).

Sizes are in PDF points (1/72 inch); "font sizes" multiply the size of the glyphs
concerned; shares are of the page's height or width.
"""

from __future__ import annotations

from typing import Literal

import attrs

PageEdge = Literal["top", "bottom"]
"""The band at a page's top or bottom edge a line is printed in."""


@attrs.frozen
class PageBands:
    """The page's top and bottom bands, as shares of its height.

    The one page-band rule: a line *lies in* a band when all of it is inside (page
    furniture: a folio, a running header), and *reaches into* a band when any of it is
    (the ECF stamp, whose row may be taller than the band or start lower)."""

    top: float
    bottom: float

    def edge_holding(self, top: float, bottom: float, height: float) -> PageEdge | None:
        """'top' or 'bottom' when the line lies wholly inside that band, else None."""
        if bottom <= self.top * height:
            return "top"
        if top >= (1.0 - self.bottom) * height:
            return "bottom"
        return None

    def reached_by(self, top: float, bottom: float, height: float) -> bool:
        """Whether any part of the line is inside the top or the bottom band."""
        return top < self.top * height or bottom > (1.0 - self.bottom) * height


@attrs.frozen
class LayoutParams:
    """Thresholds of layout cleaning; ``DEFAULT`` holds the measured defaults."""

    # -- page: text layer, scans, sideways pages (layout/__init__.py) -------------------
    min_ink: int = 10
    """A page with fewer printed characters than this (besides the stamp) has no text
    layer."""
    textless_image_area: float = 0.05
    """...when an image covers more than this share of it (or it prints a stamp): a
    blank separator page with no image is not sent to OCR."""
    scan_ink: int = 100
    """A page mostly covered by an image, with fewer characters than this, is a scan
    (the few characters are the stamp and a clerk's FILED box)."""
    scan_image_area: float = 0.5
    """...'mostly covered': the image's share of the page."""
    sideways_majority: float = 3.0
    """A page with this many times more sideways than upright characters is a
    landscape page (an exhibit's table) and is turned upright, not its margin text
    dropped."""

    # -- the ECF stamp's row (layout/__init__.py _find_stamp) ---------------------------
    stamp_bands: PageBands = PageBands(top=0.20, bottom=0.20)
    """The ECF stamp's row reaches into the top or bottom fifth of the page ("Case
    3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 2" at the top of N.D. Cal.
    orders, the foot of a 2d Cir. page); a row anywhere else is not read as a stamp."""
    stamp_junk_len: int = 3
    """Words this short before a stamp's first word may be OCR's reading of a mark
    ("= Case 3:20-mb-04298-CDB Document 1 ...", "ry Case ...", azd.1257439.1.0)."""
    stamp_junk_words: int = 2
    """At most this many such words precede the stamp."""
    stamp_companion_reach: float = 3.0
    """A stamp's second line (the bankruptcy courts' "Desc Main Document Page 1 of
    16", C.D. Cal.'s wrapped "Page ID #:1912") prints within this many font sizes of
    the stamp's top..."""
    stamp_min_size: float = 8.0
    """...counting the stamp's font as at least this size (a stamp set in 6 pt)."""
    stamp_max_chars: int = 400
    """A line longer than this is running text that quotes a stamp, not a stamp (the
    longest stamps, the 9th Cir.'s and C.D. Cal.'s with their Page ID, are ~120)."""

    # -- characters into rows and words (layout/lines.py) -------------------------------
    row_tolerance: float = 0.6
    """Characters whose vertical middles differ by less than this many (half) font
    sizes, or glyph heights when those are smaller, print on one row."""
    min_row_tolerance: float = 2.0
    """...but never less than this (in the doubled middles the rows are sorted by)."""
    space_reach: float = 0.6
    """A space glyph (placed off the line by some PDFs) joins a row whose middle is
    within this many font sizes of its own."""
    super_ratio: float = 0.85
    """A character this much smaller than its row and raised above the baseline is a
    superscript (a footnote marker)."""
    super_raise: float = 0.15
    """...'raised': its bottom this many font sizes above the row's baseline."""
    baseline_size_tolerance: float = 0.6
    """Glyphs within this many points of the row's dominant size set its baseline."""
    marker_glyphs: int = 4
    """A row of at most this many glyphs may be a raised footnote marker ("12", "*")
    printed on a row of its own."""
    marker_len: int = 3
    """A footnote marker prints at most this many characters ("1", "12", "***", "†")."""
    word_gap: float = 0.24
    """A horizontal gap wider than this share of the font size separates words (when
    the PDF prints no space character). Just under Times New Roman's space (0.25 em, the
    narrowest of the usual court fonts): a gap of one space's width is a word space even
    where the PDF leaves the space out (caed.380641.4.0, pdfplumber: "908DB",
    "THESEARCH" with exactly 3.0 pt at 12 pt)."""
    font_change_gap: float = 0.1
    """Where the font changes, a gap wider than this share of the font size separates
    words: a value typed into a form's blank in another font ("September" in Times, "23"
    in Helvetica 1.5 pt on, caed.380451.6.0), where a word's own letters touch."""
    inked_space: float = 0.8
    """A space drawn where an ink glyph of its font is drawn — starting within this share
    of its width of the glyph's start and covered by it for this share of its width — is an
    overprinted copy's glyph without a mapping, not a word space (caed.380641.4.0 under
    pdfium). A word space before an italic word is overlapped too, by the italic glyph's
    slanted box, but starts a space's width earlier."""
    fill_in_edge: float = 0.2
    """A fill-in may overlap the glyphs either side of its blank by this share of the font
    size (the typed "23" of "September 23, 2020" runs under the comma, caed.380451.6.0)."""
    duplicate_offset: float = 0.8
    """The same glyph printed again within this many points is a shadow (fake bold),
    dropped."""
    overprint_share: float = 0.5
    """A glyph starting more than this share of its width left of the previous one's
    end overprints it (an ECF stamp drawn over a firm's footer)..."""
    overprint_min_width: float = 0.5
    """...among glyphs at least this many points wide."""
    overlay_share: float = 0.4
    """When an overprinted row is split into one row per font, a glyph continues a row
    when it starts no more than this share of its width before that row's end..."""
    overlay_min_width: float = 0.1
    """...counting widths of at least this many points..."""
    overlay_size_tolerance: float = 0.5
    """...and prefers a row of its font whose size is within this many points."""
    spaced_letters: int = 3
    """A letter-spaced heading ("O R D E R") has at least this many single capitals..."""
    spaced_letter_gap: float = 1.5
    """...at gaps of at most this many font sizes ("R E L A T E D   R E L I E F"'s
    word space is wider than the letters' gap, not than this)."""
    column_gap: float = 2.5
    """A gap wider than this many font sizes separates two fragments of one row (a
    caption's party column and its case-number column)."""

    # -- form fields (layout/forms.py) ---------------------------------------------------
    label_gap: float = 1.0
    """A form prints a field's value at least this many font sizes after its label
    ("Date    July 1, 2019"); a body sentence's word space is a quarter of that."""
    label_reach: float = 8.0
    """A value starts within this many font sizes of its label: a form's tab stop, not
    a second blank field ("Date ________ Signature of pro se or counsel", cafc_3)."""
    label_words: int = 3
    """A field's label is at most this many words ("Case No.", "Present: The
    Honorable" of C.D. Cal. minutes)."""
    value_align: float = 2.0
    """A field's value goes on under itself on the next row when that row starts within
    this many points of the value (cacd.664551.368.0's title above the clerk table)."""

    # -- sideways margin text (layout/margins.py) ----------------------------------------
    sideways_column: float = 1.0
    """Two sideways glyphs within this many points across the line print in one
    column; their order tells whether the text reads up or down the page."""

    # -- pleading-paper line numbers (layout/linenumbers.py) ----------------------------
    min_line_numbers: int = 5
    """Fewer numerals than this in one column are not pleading paper."""
    line_number_span: float = 0.35
    """The column must run over at least this share of the page height."""
    max_line_number: int = 40
    """Pleading paper numbers its lines 1..28 (a transcript 1..25); numbers above this
    are a body's figures."""
    line_number_column: float = 0.3
    """The numbers print left of this share of the page width."""
    line_number_edge: float = 3.0
    """The numbers' right (or left: a transcript's "1" over "10") edges agree within
    this many points..."""
    line_number_edge_slack: float = 0.5
    """...and reach at most this many points past the column's edge."""
    line_numbers_rising: float = 0.7
    """At least this share of consecutive numbers down the column rise."""
    time_stamp_gap: float = 1.0
    """A real-time transcript's time stamp left of its line numbers ("0 2 : 0 2   1
    SANTA ANA, CALIFORNIA", cacd.600795.150.0) ends at the first gap wider than this
    many font sizes after its colon."""

    # -- page furniture (layout/furniture.py) --------------------------------------------
    furniture_bands: PageBands = PageBands(top=0.10, bottom=0.13)
    """Shares of the page height at the top where running headers print, and at the
    bottom where footers and folios print."""
    head_band: float = 0.15
    """A running header may print this low, under the ECF stamp (the 5th Cir.'s "No.
    21-50498" at 74-85 pt of 792; the Federal Circuit's case name and page number at
    77-86 pt): a page's first row there is removed where a neighbour page repeats it.
    A clerk's docketing stamp (N.D. Ala. "FILED / 2021 Feb-16 AM 08:55") starts there
    too."""
    name_header_words: int = 16
    """A case-name header is at most this many words: a longer line is a sentence."""
    stamp_block_gap: float = 2.0
    """Lines of a clerk's stamp follow each other within this many font sizes..."""
    clerk_stamp_depth: float = 2.0
    """...and the court's lines under its time (D. Utah "CLERK / U.S. DISTRICT COURT")
    print above this many ``head_band`` depths."""

    # -- footnotes (layout/footnotes.py) ------------------------------------------------
    footnote_small: float = 0.93
    """A footnote line is printed at most this share of the body's font size."""
    foot_zone: float = 0.35
    """Footnotes never start above this share of the page's height."""
    body_size_notes: float = 0.4
    """A footnote printed at body size, started by a marker the body printed above it,
    starts below this share of the page's height."""
    typewriter_marker_len: int = 4
    """A typewriter footnote's "1." at text height prints at most this many
    characters."""

    # -- two-column captions (layout/columns.py) ----------------------------------------
    separator_column: int = 3
    """A caption's ")" column stacks at least this many separators at one x..."""
    separator_x: float = 4.0
    """...within this many points."""
    row_overlap: float = 0.3
    """Two fragments print on one row when their heights overlap by this share of the
    shorter (caption columns drift against each other, so baselines do not agree)..."""
    min_row_overlap: float = 0.5
    """...and by at least this many points."""
    column_slack: float = 2.0
    """Points of tolerance on the right column's left edge (glyph side bearings)."""
    cut_gap: float = 1.0
    """A gap of this many font sizes at the column edge separates the columns of one
    row."""
    min_split_rows: int = 2
    """A two-column block holds at least this many rows printed on both sides."""
    block_gap: float = 2.5
    """The block grows over a neighbouring line within this many font sizes."""

    # -- joining lines into running text (layout/assemble.py) ---------------------------
    default_left: float = 72.0
    """A page's left margin when it prints no body line (one inch)."""
    wide_line: float = 0.4
    """A line wider than this share of the page width sets the right margin..."""
    right_margin_rank: float = 0.8
    """...at this rank among such lines' right ends (a few lines run into the margin)."""
    max_pitch: float = 80.0
    """Steps between consecutive lines longer than this many points are no line pitch."""
    default_pitch: float = 14.0
    """A page's line pitch when it has no two lines to measure (12 pt type)."""
    full_line: float = 0.12
    """A line ending within this share of the text width from the right margin runs to
    it: the sentence goes on on the next line..."""
    min_text_width: float = 50.0
    """...for a text width of at least this many points."""
    indent: float = 1.5
    """A line starting this many font sizes right of the left margin is indented: a new
    paragraph after a short line."""
    paragraph_gap: float = 1.6
    """A step down of more than this many line pitches (plus ``pitch_slack``) starts a
    paragraph..."""
    pitch_slack: float = 0.5
    """...plus this many points (line positions rounded by the PDF's producer)."""

    # -- glyphs without a Unicode mapping (layout/glyphs.py) ----------------------------
    min_standard_glyphs: int = 8
    """A font's shift is read from at least this many of its glyphs on a page."""
    min_printable: float = 0.8
    """Under the chosen shift at least this share of the font's glyphs must be
    printable ASCII (the rest: curly quotes and dashes beyond ASCII in the font's
    order, a date in a block of its own)."""
    min_english: float = -4.6
    """Mean log-probability per glyph (under English character frequencies) the chosen
    shift must reach: running English text scores -3.0 to -3.8, a table of figures and
    capitals about -4.2, a wrong shift -5 and below (C.D. Cal. exhibits in the pool)."""
    min_margin: float = 0.3
    """The chosen shift must beat the other standard one by this much mean
    log-probability (the two are 2 apart: one reads English, the other letters two
    places off, about 1.5 worse)."""
    settle_glyphs: int = 200
    """A font no shift reads on a page with this many of its glyphs is not tried again
    on later pages (a Type 3 font of arbitrary codes, a subset in the font's own
    order)."""
    mostly_unreadable: float = 0.5
    """A page whose glyphs are more than this share dropped (no mapping, no shift) is
    unreadable: warned about and sent to OCR."""
    date_run_min: int = 6
    """A date run is at least this many glyphs ("4/1/21")..."""
    date_run_max: int = 12
    """...and at most this many ("12/31/2021" is 10)."""
    date_run_baseline: float = 0.5
    """Glyphs of one date run share a baseline within this many font sizes."""


DEFAULT = LayoutParams()
"""The thresholds layout cleaning runs with."""
