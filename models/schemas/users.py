"""Input and output of the people who use Qamqor."""
from __future__ import annotations

from typing import Annotated

from pydantic import Field

from models.entities import Role
from models.entities.users import roles_of
from models.ids import UserId
from models.schemas.common import OUTPUT_CONFIG, Input, Output


class UserIn(Input):
    username: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._-]+$")]
    full_name: Annotated[str, Field(min_length=1, max_length=200)]
    role: Role
    also_admin: bool = False  # a caseworker or supervisor who also administers the office's Qamqor
    phone: Annotated[str | None, Field(max_length=40)] = None
    email: Annotated[str | None, Field(max_length=200)] = None


class UserOut(Output, UserIn):
    model_config = OUTPUT_CONFIG

    id: UserId  # Output.id, typed by what it names

    @property
    def roles(self) -> frozenset[Role]:
        return roles_of(self.role, self.also_admin)
