"""Plain-Python presenters: what each screen shows and decides, with no Qt."""
