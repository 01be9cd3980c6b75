"""Scale-out: run the one extraction function over many reports, on every core or a cluster."""

from flashpoint.scale.pool import chunked, extract_stream

__all__ = ["chunked", "extract_stream"]
