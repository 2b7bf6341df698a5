"""Quotemark's Qt GUI and its command line.

Importing this package imports no Qt: the command-line subcommands must start
fast. Qt is imported only when a window is opened.
"""
