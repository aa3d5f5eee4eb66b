"""ziyarat: Arabic news about leaders' visits -> an evidence-backed database."""
__version__ = "0.1.0"
