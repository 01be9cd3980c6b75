"""Scale-out: run the one extraction function over many reports, on every core or a cluster."""

from flashpoint.scale.runners import ExtractionError, Failure, chunked, default_workers
from flashpoint.scale.stream import extract_stream

__all__ = ["ExtractionError", "Failure", "chunked", "default_workers", "extract_stream"]
