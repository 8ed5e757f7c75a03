"""Exporters that turn a NoticeDocument into files: HTML and Word."""
