"""The document model: Submission and its parts, the form template, completeness rules."""

from copeditor.model.completeness import (
    REQUIRED_FIELDS,
    Completion,
    Problem,
    completion,
    find_problems,
    is_web_address,
)
from copeditor.model.submission import (
    MAX_FIELD_CHARACTERS,
    MAX_PROGRAMMES_PER_AREA,
    SCHEMA_VERSION,
    AreaEntry,
    Programme,
    Submission,
    too_long_message,
)
from copeditor.model.template import FormTemplate, form_template

__all__ = [
    "MAX_FIELD_CHARACTERS",
    "MAX_PROGRAMMES_PER_AREA",
    "REQUIRED_FIELDS",
    "SCHEMA_VERSION",
    "AreaEntry",
    "Completion",
    "FormTemplate",
    "Problem",
    "Programme",
    "Submission",
    "completion",
    "find_problems",
    "form_template",
    "is_web_address",
    "too_long_message",
]
