"""The office fixtures come from tests/office_fixtures.py, loaded for the whole run by tests/conftest.py."""
