"""The form's fixed wording (title, labels, area titles), read from resources/template.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from copeditor.resources import resource_path

# Plain frozen dataclasses rather than pydantic models: the template is our own shipped file,
# and building models costs start-up time that every command and the editor pay.


@dataclass(frozen=True)
class AreaTemplate:
    number: int
    title: str
    short_name: str


@dataclass(frozen=True)
class ProgrammeLabels:
    name: str  # contains "{number}", the area's number
    website: str
    summary: str
    additional_information: str


@dataclass(frozen=True)
class FormTemplate:
    title: str
    subtitle: str
    organisation_label: str
    area_heading: str  # contains "{number}" and "{title}"
    labels: ProgrammeLabels
    areas: tuple[AreaTemplate, ...]

    def heading_for(self, area_index: int) -> str:
        area = self.areas[area_index]
        return self.area_heading.format(number=area.number, title=area.title)

    def name_label_for(self, area_index: int) -> str:
        return self.labels.name.format(number=self.areas[area_index].number)


def parse_template(data: dict[str, Any]) -> FormTemplate:
    """Build the template from its JSON; a missing or extra key is a KeyError/TypeError."""
    template = FormTemplate(
        **{
            **data,
            "labels": ProgrammeLabels(**data["labels"]),
            "areas": tuple(AreaTemplate(**area) for area in data["areas"]),
        }
    )
    numbers = [area.number for area in template.areas]
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError(f"template.json: areas must be numbered 1..n in order, got {numbers}")
    return template


@cache
def form_template() -> FormTemplate:
    """The template, loaded once; its areas are in the form's order."""
    with resource_path("template.json").open(encoding="utf-8") as handle:
        return parse_template(json.load(handle))
