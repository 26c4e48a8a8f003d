"""unkg: a knowledge-graph builder for United Nations meeting records."""

__version__ = "0.1.0"
