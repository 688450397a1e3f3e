"""Read an Open Referral HSDS export (JSON or CSV; HSDS 1.1, 2.0 and 3.0) into resources, with a
report (pure apart from reading the export and the category mapping).

- `files`: the file or folder -> service records (JSON via `shapes`, CSV packages), joined with
  their linked tables by `links` (organisations, locations, phones, schedules, terms).
- `importer`: one service -> one Resource (id `hsds-<id>`, source "import"), or a rejection
  with the reason; `contacts` (phone, website, email: the service's own, else its locations',
  else its organisation's), `categories` (taxonomy terms, by content/hsds_categories.toml;
  unmapped services go to "other"), `schedules` (weekly opening hours).

Texts are taken to be in one language (`language`, English unless told). Records that cannot be
a useful resource are rejected with the reason; smaller problems are warnings.
"""

from bot.resources.hsds.categories import (
    MAP_FILE,
    OTHER,
    default_category_map,
    load_category_map,
)
from bot.resources.hsds.importer import ID_PREFIX, parse_hsds
from bot.resources.hsds.report import HsdsError, ImportReport

__all__ = [
    "ID_PREFIX",
    "MAP_FILE",
    "OTHER",
    "HsdsError",
    "ImportReport",
    "default_category_map",
    "load_category_map",
    "parse_hsds",
]
