"""Exports: events and acts in the formats analysts' tools read, one registry for every command.

Cluster formats (acled, gdelt, geojson) count each act once; event formats (jsonl, table, csv,
parquet) keep every mention with its report. The registry is `flashpoint.export.writers.WRITERS`;
`flashpoint.export.records` writes from the store (`write_stored`, `export`) or from extraction
(imported on first use: listing the formats for `--help` needs no database driver). Stored data is
exported as acts that happened (occurred or claimed) unless `status` says otherwise; every column of
every format is described in docs/exports.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.export.errors import OutputError, UnknownFormat
from flashpoint.export.writers import FORMATS, WRITERS, Writer
from flashpoint.lazy import lazy

if TYPE_CHECKING:
    from flashpoint.export.records import export, write_extracted, write_stored

__getattr__ = lazy(__name__, dict.fromkeys(("export", "write_extracted", "write_stored"), "flashpoint.export.records"))


__all__ = ["FORMATS", "WRITERS", "OutputError", "UnknownFormat", "Writer", "export", "write_extracted",
           "write_stored"]  # fmt: skip
