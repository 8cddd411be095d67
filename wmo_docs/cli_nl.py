"""Dutch for click's own texts ("Usage:", "Error: …", "No such option …").

Click marks its strings for gettext but ships no Dutch catalogue, so users of a Dutch
tool would otherwise read English at exactly the moment they need help. We give
click's modules a lookup that translates the known message ids and passes anything
else through unchanged.
"""

from __future__ import annotations

import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.types

NL: dict[str, str] = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon de versie en stop.",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Probeer '{command} {option}' voor hulp.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "Missing argument": "Argument ontbreekt",
    "Missing option": "Optie ontbreekt",
    "Missing parameter": "Parameter ontbreekt",
    "Missing command.": "Geef een opdracht.",
    "Missing {param_type}": "{param_type} ontbreekt",
    "Missing parameter: {param_name}": "Parameter ontbreekt: {param_name}",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Aborted!": "Afgebroken.",
    "default: {default}": "standaard: {default}",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Option {name!r} requires an argument.": "Optie {name!r} heeft een waarde nodig.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} neemt {nargs} waarden.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig {number_type}.",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is niet schrijfbaar.",
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "Could not open file {filename!r}: {message}": "Kan bestand {filename!r} niet openen: {message}",
    "unknown error": "onbekende fout",
    "required": "verplicht",
    "env var: {var}": "omgevingsvariabele: {var}",
    "deprecated": "verouderd",
    "(dynamic)": "(wisselend)",
    "Choose from:\n\t{choices}": "Kies uit:\n\t{choices}",
    "Choice({choices})": "Keuze({choices})",
    "%(prog)s, version %(version)s": "%(prog)s, versie %(version)s",
    "Confirm the action without prompting.": "Bevestig zonder te vragen.",
    "Do you want to continue?": "Wilt u doorgaan?",
    "Error: The two entered values do not match.": "Fout: de twee waarden zijn niet gelijk.",
    "Error: invalid input": "Fout: ongeldige invoer",
    "Repeat for confirmation": "Herhaal ter bevestiging",
    "Press any key to continue...": "Druk op een toets om door te gaan...",
    "Invalid start character for option ({option})": "Ongeldig eerste teken voor een optie ({option})",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}":
        "Let op: de opdracht {name!r} is verouderd.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}":
        "Let op: {param_type} {name!r} is verouderd.{extra_message}",
    "Value must be an iterable.": "De waarde moet een lijst zijn.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} is niet uitvoerbaar.",
    "{value!r} is not a valid UUID.": "{value!r} is geen geldige UUID.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} is geen geldige ja/nee-waarde. Bekende waarden: {states}",
    "{editor}: Editing failed": "{editor}: bewerken mislukt",
    "{editor}: Editing failed: {e}": "{editor}: bewerken mislukt: {e}",
    "Windows error: {error}": "Windows-fout: {error}",
    "Unknown color {colour!r}": "Onbekende kleur {colour!r}",
    "Couldn't detect Bash version, shell completion is not supported.":
        "Bash-versie niet herkend; automatisch aanvullen werkt niet.",
    "Shell completion is not supported for Bash versions older than 4.4.":
        "Automatisch aanvullen werkt pas vanaf Bash 4.4.",
}

# Messages click raises only for mistakes in our own code (never for a user's input);
# tests/test_cli_dutch.py checks that every other message id of click is translated.
DEVELOPER_ONLY = {
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Could not determine name for option with declarations {decls!r}",
    "Name '{name}' defined twice",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? "
    "Did you mean to pass '--{name}'?",
    "Unknown standard stream '{name}'",
    "d",  # a format code inside the progress bar, not a sentence
}
NL_PLURAL: dict[str, tuple[str, str]] = {
    "Got unexpected extra argument ({args})": ("Onverwacht extra argument ({args})", "Onverwachte extra argumenten ({args})"),
    "Did you mean {possibility}?": ("Bedoelde u {possibility}?", "(Bedoelde u een van: {possibilities}?)"),
    "{value!r} is not {choice}.": ("{value!r} is niet {choice}.", "{value!r} is geen van {choices}."),
    "Takes {nargs} values but 1 was given.": ("Neemt {nargs} waarden, maar er is 1 gegeven.", "Neemt {nargs} waarden, maar er zijn er {len} gegeven."),
    "{value!r} does not match the format {format}.": ("{value!r} past niet bij de vorm {format}.", "{value!r} past bij geen van de vormen {formats}."),
    "Option {name!r} requires an argument.": ("Optie {name!r} heeft een waarde nodig.", "Optie {name!r} heeft {nargs} waarden nodig."),
    "{len_type} values are required, but {len_value} was given.": (
        "Er is {len_type} waarde nodig, maar er zijn er {len_value} gegeven.",
        "Er zijn {len_type} waarden nodig, maar er zijn er {len_value} gegeven.",
    ),
}

# Dutch metavars for option types that have no explicit one ("TEXT" -> "TEKST").
METAVARS = {"text": "TEKST", "integer": "GETAL", "float": "GETAL", "path": "PAD", "file": "BESTAND",
            "directory": "MAP", "boolean": "JA|NEE", "filename": "BESTAND"}


def _gettext(message: str) -> str:
    return NL.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    nl = NL_PLURAL.get(singular)
    if nl is None:
        return singular if n == 1 else plural
    return nl[0] if n == 1 else nl[1]


def install() -> None:
    """Point click's gettext hooks at the Dutch table (idempotent)."""
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types):
        if hasattr(module, "_"):
            module._ = _gettext
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext
