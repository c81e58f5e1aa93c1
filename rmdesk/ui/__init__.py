"""Qt only: windows, pages, dialogs and the task runner. Never imports the store."""
