from tests.office_fixtures import *  # noqa: F403
