"""Domain services: every business rule lives here, free of Qt, called by the UI and the CLI.

Each function takes an open ``Session`` (the caller's one transaction) and, where someone acts,
the ``Actor`` doing it; none of them commits.
"""
