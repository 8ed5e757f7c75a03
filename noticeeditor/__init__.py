"""noticeeditor: draft privacy notices from a questionnaire and clause templates."""

__version__ = "0.1.0"
