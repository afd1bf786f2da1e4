"""The reference central register: FastAPI app, its own database, overview pages."""
