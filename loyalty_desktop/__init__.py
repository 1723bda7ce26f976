"""loyalty-desktop: a point-of-sale loyalty client for small shops."""

__version__ = "0.1.0"
