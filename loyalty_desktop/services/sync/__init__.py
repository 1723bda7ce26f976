"""Offline sync between the tills of one shop (DESIGN.md §5, issue 16): each till exports the
rows it made since its last export as a package (``export``), and imports the packages of the
others (``merge``); the facts are merged by union on their uuids, and every derived number
(balances, tiers, rollups, sale refund totals) is recomputed from the merged facts.

- ``tables``: what travels, column by column, and how the ids between rows travel (as uuids);
- ``package``: the package on disk (CSV files and a manifest), written atomically and verified
  whole before anything is read from it;
- ``shop``: the shop's id, this till's export sequence, the packages already imported;
- ``export``, ``merge``: the two directions; ``merge`` writes rows by ``inserts``, brings the
  derived numbers up to date by ``derived``, settles a birthday bonus two tills gave by
  ``bonuses`` and reports in a ``summary``; ``ids``: ids by uuid and back;
- ``origins``: what ``loyalty check`` needs to verify the imported rows' hash chains.
"""
