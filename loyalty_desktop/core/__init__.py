"""The core vocabulary every layer shares: money, time, limits, errors and how values are shown."""
