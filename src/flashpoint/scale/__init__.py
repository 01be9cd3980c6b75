"""Scale-out: run the one extraction function over many reports, on every core or a cluster."""

from flashpoint.scale.pool import ExtractionError, Failure, chunked, default_workers, extract_stream

__all__ = ["ExtractionError", "Failure", "chunked", "default_workers", "extract_stream"]
