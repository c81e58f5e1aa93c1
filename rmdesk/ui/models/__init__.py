"""Qt item models: adapters from services to views (no SQL here)."""
