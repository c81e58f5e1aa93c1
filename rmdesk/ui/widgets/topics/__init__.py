"""The Topics page's widgets: the topic editor, the bank's rows, the agenda, the prepare panel."""
