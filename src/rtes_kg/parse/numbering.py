"""The number that opens an item of a list: never part of what the item says."""

from __future__ import annotations

import re

# "1. ", "2) ", "3 / ", "a) ", "IV. ", "4/ "
NUMBER = re.compile(r"^(?:(?:\d{1,2}|[a-zA-Z]|[IVX]{1,4})(?:[.)]|\s+/|\s+[-–—])|(?:\d{1,2}|[IVX]{1,4})/)\s+(?=\S)")
