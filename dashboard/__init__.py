"""Dashboard: everything that turns a query into pixels.

Cached state and labels (``state``, ``labels.yaml``), URL filters (``filters``), render helpers
(``render``), the editor forms (``edit``) and the folium maps and popups (``maps``, ``popups``,
``basemap``). ``app.py`` and ``pages/`` stay thin and call into this package.
"""
