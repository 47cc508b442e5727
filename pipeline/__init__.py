"""Extraction pipeline for German press releases: ingest → clean → nlp →
extract → reconcile → export."""

__version__ = "0.1.0"
