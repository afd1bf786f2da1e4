"""Device adapters: audio, scanner, printer, displays."""
