"""accord: many outlets, one story. Briefs with citations, aligned facts and disagreements."""
__version__ = "0.1.0"
