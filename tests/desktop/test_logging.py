"""Nothing sensitive goes to the log file: a fault is logged by type and place, never by its message."""
from __future__ import annotations

import logging

from desktop import errors


def test_log_file_holds_no_case_data(qapp, tmp_path) -> None:
    path = tmp_path / "qamqor.log"
    errors.setup_logging(path)
    handler = logging.getLogger().handlers[-1]
    person = "Юсупов Алишер, passport FA1234567"  # data, as a fault would carry it (not in the source)
    try:
        try:
            raise KeyError(person)
        except KeyError as error:
            errors.log.error("unexpected error", exc_info=error)
            logging.getLogger("qamqor.operations").warning("error after its window closed: %r", error)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    written = path.read_text(encoding="utf-8")
    assert "test_log_file_holds_no_case_data" in written and "KeyError" in written  # the fault can be found
    assert "Юсупов" not in written and "FA1234567" not in written
