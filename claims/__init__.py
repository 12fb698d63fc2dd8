"""Extract and compare what news sources claim about South Korean leaders' China policy."""

__version__ = "0.1.0"
