"""The office server: PostgreSQL under the same entities and services, an HTTPS API for the laptops,
the devices enrolled with it, the accounts it serves and each device's audit chain (issue 14).

Headless like `models.cli`: nothing here imports Qt.
"""
