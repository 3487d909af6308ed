"""Input and output of the labour quota: allocations per year, region and category; employers' staff figures."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, ValidationInfo, field_validator

from models import regions
from models.clock import today
from models.entities import WorkCategory
from models.ids import EmployerId
from models.schemas.common import OUTPUT_CONFIG, Input, Output
from models.schemas.validation import invalid

Count = Annotated[int, Field(ge=0, le=10_000_000)]


class QuotaAllocationIn(Input):
    """Units of the foreign labour quota a region may issue in a year, per permit category [000:L448]."""

    year: Annotated[int, Field(ge=2000, le=2100)]
    region: Annotated[str, Field(min_length=1, max_length=100)]
    category: WorkCategory
    units: Count

    @field_validator("region")
    @classmethod
    def _known_region(cls, value: str) -> str:
        found = regions.canonical(value)
        if found is None:
            raise invalid("region.unknown")
        return found


class QuotaAllocationOut(Output, QuotaAllocationIn):
    model_config = OUTPUT_CONFIG


class EmployerHeadcountIn(Input):
    """An employer's staff on a day, for the local-content check [004:L142]."""

    employer_id: EmployerId
    counted_on: dt.date
    managers: Count  # managers and heads of subdivisions (permit categories 1 and 2)
    managers_citizens: Count
    specialists: Count  # specialists and skilled workers (permit categories 3 and 4)
    specialists_citizens: Count
    source: Annotated[str | None, Field(max_length=200)] = None

    @field_validator("managers_citizens", "specialists_citizens")
    @classmethod
    def _part_of_the_total(cls, value: int, info: ValidationInfo) -> int:
        assert info.field_name is not None  # a field validator always has its field
        total_field = info.field_name.removesuffix("_citizens")
        total = info.data.get(total_field)
        if total is not None and value > total:
            raise invalid("quota.more_than_total", total_field=total_field, total=total)
        return value

    @field_validator("counted_on")
    @classmethod
    def _not_in_the_future(cls, value: dt.date) -> dt.date:
        if value > today() + dt.timedelta(days=1):
            raise invalid("quota.future")
        return value


class EmployerHeadcountOut(Output, EmployerHeadcountIn):
    model_config = OUTPUT_CONFIG


