"""The form's fixed wording (title, labels, area titles), read from resources/template.json."""

from __future__ import annotations

import json
from functools import cache

from pydantic import BaseModel, ConfigDict

from copeditor.resources import resource_path


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AreaTemplate(_Frozen):
    number: int
    title: str
    short_name: str


class ProgrammeLabels(_Frozen):
    name: str
    website: str
    summary: str
    additional_information: str


class FormTemplate(_Frozen):
    title: str
    subtitle: str
    organisation_label: str
    area_heading: str
    labels: ProgrammeLabels
    areas: tuple[AreaTemplate, ...]

    def heading_for(self, area_index: int) -> str:
        area = self.areas[area_index]
        return self.area_heading.format(number=area.number, title=area.title)

    def name_label_for(self, area_index: int) -> str:
        return self.labels.name.format(number=self.areas[area_index].number)


@cache
def form_template() -> FormTemplate:
    """The template, loaded once; its areas are in the form's order."""
    with resource_path("template.json").open(encoding="utf-8") as handle:
        template = FormTemplate.model_validate(json.load(handle))
    numbers = [area.number for area in template.areas]
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError(f"template.json: areas must be numbered 1..n in order, got {numbers}")
    return template
