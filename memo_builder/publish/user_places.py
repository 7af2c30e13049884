"""The user's settings as render needs them (``render/places.py``), for both clients."""

from __future__ import annotations

from memo_builder.files import settings
from memo_builder.render import places


def from_settings() -> places.UserPlaces:
    return places.UserPlaces(
        organisation_profiles=settings.organisation_profile_dir(),
        personal_profiles=settings.personal_profile_dir(),
        default_profile=settings.default_profile_key(),
        template_cache=settings.cache_dir() / "templates",
    )


def install() -> None:
    """Called once by each client at start: render then reads these settings on every use."""
    places.install(from_settings)
