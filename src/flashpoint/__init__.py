"""flashpoint: coded, sourced conflict and diplomacy events from news reports."""

__version__ = "0.1.0"
