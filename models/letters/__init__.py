"""Printed documents, made with reportlab from the templates in `resources/letters/`.

Headless: nothing here touches the database (the services hand over what a letter
may carry) or Qt (the desktop previews and prints the PDF bytes these return).
"""
