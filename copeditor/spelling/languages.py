"""Which shipped dictionary serves a language tag: fr-CA -> fr_FR, en -> en_GB, ar-EG -> ar."""

from __future__ import annotations

# The dictionaries in resources/dictionaries/, by the language subtag they serve first.
# ITU writes British English, so plain "en" and any English region but the US get en_GB.
_DEFAULT_FOR_LANGUAGE = {
    "en": "en_GB",
    "fr": "fr_FR",
    "es": "es_ES",
    "ru": "ru_RU",
    "ar": "ar",
}
_EXACT = {"en-US": "en_US"}

# The languages a draft can be set to in the editor, with their names in that language.
LANGUAGE_NAMES = {
    "en-GB": "English (United Kingdom)",
    "en-US": "English (United States)",
    "fr-FR": "Français",
    "es-ES": "Español",
    "ru-RU": "Русский",
    "ar": "العربية",
}


def dictionary_name(language: str) -> str | None:
    """The shipped dictionary for a BCP 47 tag, or None when there is none (Chinese, say)."""
    parts = language.replace("_", "-").split("-")
    primary = parts[0].lower()
    region = next((part.upper() for part in parts[1:] if len(part) == 2), None)
    if region and f"{primary}-{region}" in _EXACT:
        return _EXACT[f"{primary}-{region}"]
    return _DEFAULT_FOR_LANGUAGE.get(primary)


def shipped_dictionaries() -> list[str]:
    return sorted({*_DEFAULT_FOR_LANGUAGE.values(), *_EXACT.values()})
