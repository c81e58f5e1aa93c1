"""The Reflections page's widgets: the editor, the list's rows and the prompt offer."""
