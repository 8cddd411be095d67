"""``wmo-docs serve``: start the web app and the HTTP API (FastAPI on uvicorn)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_USAGE = 2


@click.command("serve", context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Adres om op te luisteren. Standaard alleen deze computer; een ander adres vraagt om een token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Poort.")
@click.option("--profile", type=click.Path(path_type=Path), default=None, metavar="MAP",
              help="Map van het gemeenteprofiel (standaard: het voorbeeldprofiel Voorbeeldstad).")
@click.option("--token", default=None, metavar="TOKEN",
              help="Token voor elke aanvraag (Authorization: Bearer TOKEN); ook via WMO_DOCS_TOKEN. "
                   "Verplicht als --host niet alleen deze computer is.")
def serve(host: str, port: int, profile: Path | None, token: str | None) -> None:
    """Start de webapp en de HTTP-API van wmo-docs.

    \b
    In de browser: http://127.0.0.1:8000/ (nieuwe brief, concept controleren,
    partij controleren, regels). De API staat onder /api/v1; de beschrijving op
    /docs en /openapi.json.

    \b
    Voorbeelden:
      wmo-docs serve
      wmo-docs serve --port 8080 --profile profielen/mijngemeente
      WMO_DOCS_TOKEN=geheim wmo-docs serve --host 0.0.0.0

    Stoppen: Ctrl-C. Exitcodes: 0 = gestopt, 2 = fout in gebruik (geen token, profiel onleesbaar, poort bezet).
    """
    from wmo_docs.errors import InputError
    from wmo_docs.web.settings import TOKEN_ENV, Settings

    settings = Settings.from_env(host=host, port=port, profile=profile, token=token)
    if settings.needs_token and not settings.token:
        click.echo(f"Fout: de server luistert dan op {host}, dus ook andere computers kunnen hem bereiken. "
                   f"Geef een token met --token of de omgevingsvariabele {TOKEN_ENV}, of gebruik --host 127.0.0.1.",
                   err=True)
        sys.exit(EXIT_USAGE)
    if settings.token is not None and len(settings.token) < 16:
        click.echo("Fout: het token is te kort; gebruik minstens 16 tekens (bijvoorbeeld: python -c "
                   "'import secrets; print(secrets.token_urlsafe(24))').", err=True)
        sys.exit(EXIT_USAGE)
    if profile is not None:
        from wmo_docs.profile import load_profile

        try:
            load_profile(profile)
        except InputError as exc:
            click.echo(f"Fout in --profile: {exc}", err=True)
            sys.exit(EXIT_USAGE)

    import socket

    try:  # say "port in use" in Dutch instead of uvicorn's English error
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        click.echo(f"Fout: kan niet luisteren op {host}:{port} ({exc.strerror}). Kies een andere poort met --port.",
                   err=True)
        sys.exit(EXIT_USAGE)

    import logging

    import uvicorn

    from wmo_docs.web.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"wmo-docs luistert op http://{shown}:{port}/ (API: /api/v1, uitleg: /docs). Stoppen: Ctrl-C.", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, access_log=False, log_level="warning",
                server_header=False, date_header=False)
