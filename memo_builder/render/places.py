"""Where the user's profiles and caches are, as the client says: render reads no setting.

The clients (the command line, the window; ``publish/user_places.py`` builds the answer from
the user's settings for both) install a source once at start. It is asked on every use, so a
setting changed in the window (the organisation's profile folder, the default profile) counts
from the next build. Without a client (a test, a bench) only the program's own profiles exist,
the neutral profile is the default and compiled templates are not cached.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

NEUTRAL_PROFILE = "kommun"


@dataclass(frozen=True)
class UserPlaces:
    #: The organisation's shared folder of profiles (often a read-only share), if any.
    organisation_profiles: Path | None = None
    #: The user's own profiles ("Skapa profil från Word-mall"), if any.
    personal_profiles: Path | None = None
    #: The profile a memo that names none is built with.
    default_profile: str = NEUTRAL_PROFILE
    #: Where compiled templates are kept between runs (None: not kept).
    template_cache: Path | None = None


_source: Callable[[], UserPlaces] = UserPlaces


def install(source: Callable[[], UserPlaces]) -> None:
    """The client's answer to "where?", asked on every use."""
    global _source
    _source = source


def current() -> UserPlaces:
    return _source()
