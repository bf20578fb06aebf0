"""The Submission model, the template data and the completeness rules."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from copeditor.model import (
    REQUIRED_FIELDS,
    AreaEntry,
    Programme,
    Submission,
    find_problems,
    form_template,
)
from copeditor.resources import resource_path


def test_template_comes_from_resources_in_form_order() -> None:
    data = json.loads(resource_path("template.json").read_text(encoding="utf-8"))
    template = form_template()
    assert [a.title for a in template.areas] == [a["title"] for a in data["areas"]]
    assert [a.number for a in template.areas] == [1, 2, 3, 4, 5]
    assert template.heading_for(2) == (
        "Area 3: Identify risks and vulnerabilities to children in cyberspace"
    )
    assert template.name_label_for(0) == "Name of the program related to Area 1 :"


def test_new_submission_has_one_empty_entry_per_area() -> None:
    submission = Submission()
    assert len(submission.areas) == 5
    assert all(area.programmes == [] for area in submission.areas)
    assert not any(area.is_answered() for area in submission.areas)


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Submission.model_validate({"schema_version": 1, "organisation": "x", "colour": "red"})


def test_assignment_is_validated() -> None:
    programme = Programme()
    with pytest.raises(ValidationError):
        programme.name = 42  # type: ignore[assignment]


def test_wrong_number_of_areas_is_refused() -> None:
    with pytest.raises(ValidationError, match="exactly 5 areas"):
        Submission(areas=[AreaEntry()] * 4)


def test_lone_surrogates_are_refused_so_every_submission_can_be_saved() -> None:
    with pytest.raises(ValidationError, match="invalid character"):
        Submission(organisation="bad \ud800 text")


def test_blank_programme_does_not_answer_an_area() -> None:
    area = AreaEntry(programmes=[Programme(name="  ")])
    assert not area.is_answered()
    area.programmes.append(Programme(summary="Something"))
    assert area.is_answered()


def _complete() -> Submission:
    submission = Submission(organisation="ECPAT International")
    submission.areas[0].programmes.append(
        Programme(name="Make-IT-Safe", website="https://ecpat.org", summary="Training.")
    )
    return submission


def test_complete_submission_has_no_problems() -> None:
    assert find_problems(_complete()) == []


def test_each_completeness_rule_reports_its_field() -> None:
    submission = Submission()
    messages = [str(problem) for problem in find_problems(submission)]
    assert messages == [
        "The partner organisation is not named.",
        "No action area is answered: describe at least one programme.",
    ]
    submission = _complete()
    submission.areas[2].programmes.append(Programme(website="our web site"))
    problems = find_problems(submission)
    assert [(p.area_index, p.programme_index, p.field) for p in problems] == [
        (2, 0, "name"),
        (2, 0, "summary"),
        (2, 0, "website"),
    ]
    assert "Area 3, programme 1" in problems[0].message


def test_the_required_fields_are_those_the_checks_ask_for() -> None:
    submission = Submission()
    submission.areas[0].programmes.append(Programme(website="https://ecpat.org"))  # begun
    asked = {problem.field for problem in find_problems(submission)} - {None}
    assert asked == REQUIRED_FIELDS


@pytest.mark.parametrize(
    ("address", "valid"),
    [
        ("http://www.ecpat.net", True),
        ("HTTPS://example.org/a?b=c", True),
        ("www.example.org", True),  # as browsers read it: printed so, linked to http://...
        ("example.org/reports", True),
        ("our web site", False),
        ("www", False),
        ("ftp://example.org", False),
        ("javascript:alert(1)", False),
        ("http://", False),
        ("http://exa mple.org", False),
    ],
)
def test_website_must_be_a_web_address(address: str, valid: bool) -> None:
    submission = _complete()
    submission.areas[0].programmes[0].website = address
    assert (find_problems(submission) == []) is valid


def test_json_schema_describes_the_draft() -> None:
    schema = Submission.model_json_schema()
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == {
        "schema_version",
        "organisation",
        "language",
        "areas",
        "last_modified",
    }
    programme = schema["$defs"]["Programme"]["properties"]
    assert set(programme) == {"name", "website", "summary", "additional_information"}


def test_template_refuses_areas_out_of_order() -> None:
    from copeditor.model.template import parse_template

    data = json.loads(resource_path("template.json").read_text(encoding="utf-8"))
    data["areas"][0], data["areas"][1] = data["areas"][1], data["areas"][0]
    with pytest.raises(ValueError, match="numbered 1..n"):
        parse_template(data)
    del data["labels"]["website"]
    with pytest.raises(TypeError):
        parse_template(json.loads(resource_path("template.json").read_text()) | {"colour": 1})
