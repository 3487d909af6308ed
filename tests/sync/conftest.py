from tests.office_fixtures import *  # noqa: F403
from tests.sync.helpers import office_server  # noqa: F401
