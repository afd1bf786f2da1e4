"""Bundled assets: theme, translations, sounds, images."""
