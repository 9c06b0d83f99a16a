"""How the passages of ``test38/`` (held out) were chosen (run it to see the draw; ``--write``
writes them).

    python benchmarks/data/events/select_test38.py [--write]

test18's item rule (``select_test18.py``), on the tree of this commit: a news item of the
transcripts is free when no developer can have read it. It is left out when its day is one of
test18's left-out days, when it is listed in ``probed_xwlb.txt`` (sessions 10 to 17) or in
``probed_xwlb38.txt`` (the 4,572 items whose text, a rare 14-character stretch of it, is in a file
developers kept while probing in sessions 50 to 63: builds, dumps and logs of days they read;
listed once from those files, which do not live in the repository), or when it shares a rare
stretch with a file of the repository (every earlier split, test and rule quoting it).

The free items (200-2500 characters) are drawn as test18's were, by the kinds of
``draws.KINDS`` (each ``QUOTA`` twice over, then items of any kind), at most one a day, with
``random.Random(3838)``, 30 items.
"""

from __future__ import annotations

import sys

from draws import QUOTA, read_xwlb
from select_test18 import draw, free_items, show

TOTAL = 30
PROBE_LISTS = ("probed_xwlb.txt", "probed_xwlb38.txt")
OWN = ("test38",)  # the draw's own output, not read for the exclusions


def main() -> None:
    xwlb = read_xwlb()
    free = free_items(xwlb, PROBE_LISTS, OWN)
    print(f"{len(free)} free items on {len({d for d, _ in free})} days", file=sys.stderr)
    show("test38", draw(xwlb, free, 3838, [(k, 2 * q) for k, q in QUOTA], TOTAL, set()), xwlb)


if __name__ == "__main__":
    main()
