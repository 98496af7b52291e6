"""Benchmarks beside the algorithms: each module scores accord and its baselines in the same run.

Modules register an ``accord eval NAME`` command on ``accord.cli.eval_app``; ``cli`` imports them.
"""
