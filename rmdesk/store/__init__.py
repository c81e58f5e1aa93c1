"""The only code that speaks SQL. Never imports Qt."""
