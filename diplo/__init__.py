"""diplo: conflict-diplomacy events from Arabic and English news, offline."""
__version__ = "0.1.0"
