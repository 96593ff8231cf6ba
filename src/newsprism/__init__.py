"""newsprism: see one news story through every outlet that covers it."""

__version__ = "0.1.0"

from newsprism.pipeline import analyze  # noqa: E402

__all__ = ["__version__", "analyze"]
