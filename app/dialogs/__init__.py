"""The main window's dialogs: export, preferences, the shortcuts sheet and
the import report."""
