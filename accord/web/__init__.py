"""The web UI and JSON API (``accord serve``): FastAPI + Jinja2, every asset served locally.

``create_app(Config(options))`` gives the ASGI app; pages are rendered from the dicts of
``accord.web.views``, which ``/api/`` returns as JSON. Needs the ``web`` extra.
"""
from __future__ import annotations

from accord.web.app import Config, create_app

__all__ = ["Config", "create_app"]
