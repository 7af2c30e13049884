"""The owner file: who has a memo open, so that two people never overwrite each other's work.

Beside ``Ärende.memo`` the program that has it open for editing writes ``.~lock.Ärende.memo#``
(hidden on Windows), a small JSON object naming the owner (Mina uppgifter's name, else the
login name), the computer, the process and since when. The file is created with
``O_CREAT | O_EXCL``, which is atomic on a local disk and on SMB shares, so of two programs
opening at once exactly one gets the lock.

The holder refreshes the file's modification time every :data:`REFRESH_SECONDS` while the memo
is open. A lock is *stale* when its process is gone on this same computer, or when it has not
been refreshed for :data:`STALE_SECONDS`; a stale lock may be taken over. Nothing here asks the
network anything: another computer's process is judged by the refresh time alone.

Every failure is explained in one Swedish sentence (:class:`LockUnavailable`); an unreadable
owner file (empty, cut off, from a newer version, a folder) is reported, never trusted blindly
and never deleted unless it is stale.
"""

from __future__ import annotations

import ctypes
import errno
import getpass
import json
import os
import socket
import sys
import time
import unicodedata
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from memo_builder.errors import UserError
from memo_builder.files.paths import resources_dir, templates_dir

FORMAT_NAME = "memo-builder/lock"
LOCK_VERSION = 1
#: How often the holder touches its owner file.
REFRESH_SECONDS = 60
#: An owner file not touched for this long belongs to a program that went away.
STALE_SECONDS = 10 * 60
#: An owner file that cannot be read and is older than this is a crash's leftover (writing
#: the few bytes takes milliseconds): younger, it may be one being written right now.
DAMAGED_GRACE_SECONDS = 30
MAX_LOCK_BYTES = 64 * 1024
MAX_NAME_CHARS = 80


class LockUnavailable(UserError):
    """No lock can be taken here (read-only folder, a folder in the lock's place, a share that
    cannot be reached); the memo can still be opened read-only. ``str()`` says why."""


def in_program_folder(memo: Path) -> bool:
    """The shipped example and other files of the program itself: never locked (no owner
    file is ever written into the program's folder; an installed one is read-only)."""

    try:
        folders = (resources_dir().resolve(), templates_dir().resolve())
        return any(memo.is_relative_to(folder) for folder in folders)
    except (OSError, FileNotFoundError):
        return False


def lock_path(memo: Path) -> Path:
    """Where the owner file of ``memo`` is: beside it, never in the program's folder."""
    return memo.parent / f".~lock.{memo.name}#"


def clean_name(value: object) -> str:
    """A name from an owner file made safe to show: no control or direction characters, no
    line breaks, at most :data:`MAX_NAME_CHARS` characters."""
    if not isinstance(value, str):
        return ""
    kept = "".join(" " if ch in "\r\n\t" else ch for ch in value
                   if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\r\n\t")
    kept = " ".join(kept.split())
    return kept if len(kept) <= MAX_NAME_CHARS else kept[:MAX_NAME_CHARS - 1] + "…"


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no USER/LOGNAME and no passwd entry (a container, a service)
        return ""


def owner_name(preferred: str = "") -> str:
    """The name others see: ``preferred`` (Mina uppgifter), else the login name."""
    return clean_name(preferred) or clean_name(login_name()) or "okänd användare"


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            if kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return code.value == 259  # STILL_ACTIVE
            return True
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return True
    return True


def _hide(path: Path) -> None:
    if sys.platform == "win32":
        try:
            ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # FILE_ATTRIBUTE_HIDDEN
        except Exception:
            pass


@dataclass(frozen=True)
class Holder:
    """What an owner file says (or could not say) about who has the memo open."""

    owner: str = ""
    login: str = ""
    host: str = ""
    pid: int = 0
    since: datetime | None = None
    token: str = ""
    #: The owner file's modification time (seconds since the epoch): the last refresh.
    refreshed: float = 0.0
    #: Why the file could not be read as an owner file ("" when it could).
    damage: str = ""

    @property
    def name(self) -> str:
        return self.owner or self.login or "någon annan"

    def is_me(self) -> bool:
        """The same login on this computer: the user has it open in another window."""
        return bool(self.login) and self.login == login_name() and self.host == socket.gethostname()

    def stale_reason(self, now: float | None = None) -> str:
        """Why this lock no longer holds anyone (Swedish), or "" while it does."""
        now = time.time() if now is None else now
        age = now - self.refreshed
        if self.damage and age > DAMAGED_GRACE_SECONDS:
            return f"låsfilen är skadad ({self.damage}) och ändrades senast {_clock(self.refreshed)}"
        if self.host and self.host == socket.gethostname() and self.pid and not _process_alive(self.pid):
            return "programmet som öppnade ärendet på den här datorn körs inte längre"
        if age > STALE_SECONDS:
            return (f"låset har inte förnyats sedan {_clock(self.refreshed)} "
                    "(programmet avslutades troligen oväntat eller datorn tappade kontakten)")
        return ""

    def describe(self) -> str:
        """"Ärendet är öppet hos Eva Andersson sedan 09:14" (and where, when known)."""
        since = f" sedan {_clock(self.since.timestamp())}" if self.since else ""
        if self.damage and not self.owner:
            return (f"Ärendet verkar vara öppet hos någon annan: låsfilen går inte att läsa "
                    f"({self.damage}), senast ändrad {_clock(self.refreshed)}.")
        if self.is_me():
            return f"Ärendet är redan öppet hos dig ({self.name}) i ett annat fönster{since}."
        where = f" på datorn {clean_name(self.host)}" if self.host else ""
        return f"Ärendet är öppet hos {self.name}{since}{where}."


def _clock(seconds: float) -> str:
    """09:14 today, else 3/12 09:14."""
    try:
        moment = datetime.fromtimestamp(seconds)
    except (OverflowError, OSError, ValueError):
        return "okänd tid"
    if moment.date() == datetime.now().date():
        return f"{moment:%H:%M}"
    return f"{moment.day}/{moment.month} {moment:%H:%M}"


def read_holder(memo: Path) -> Holder | None:
    """Who holds ``memo``'s lock, or None when there is no owner file.

    Raises :class:`LockUnavailable` for a lock path that is a folder or cannot be read."""
    path = lock_path(memo)
    try:
        info = path.stat()
        if path.is_dir():
            raise LockUnavailable(
                f"Det finns en mapp med låsfilens namn ({path.name}) bredvid {memo.name}, så "
                "ärendet kan inte låsas. Be IT ta bort mappen.")
        with path.open("rb") as fh:
            raw = fh.read(MAX_LOCK_BYTES + 1)
    except FileNotFoundError:
        return None
    except PermissionError:
        raise LockUnavailable(
            f"Låsfilen {path.name} bredvid {memo.name} får inte läsas (behörighet saknas).") from None
    except OSError as exc:
        raise LockUnavailable(
            f"Låsfilen {path.name} kunde inte läsas: {exc.strerror or exc}.") from None
    return _parse(raw, info.st_mtime)


def _parse(raw: bytes, mtime: float) -> Holder:
    if not raw.strip():
        return Holder(refreshed=mtime, damage="den är tom")
    if len(raw) > MAX_LOCK_BYTES:
        return Holder(refreshed=mtime, damage="den är för stor för att vara en låsfil")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return Holder(refreshed=mtime, damage="den är ofullständig eller inte en låsfil")
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        return Holder(refreshed=mtime, damage="den är inte en låsfil från Memo Builder")
    version = data.get("version")
    damage = ""
    if not isinstance(version, int) or isinstance(version, bool):
        damage = "den saknar versionsnummer"
    elif version > LOCK_VERSION:
        damage = "den är skriven av en nyare version av Memo Builder"
    pid = data.get("pid")
    since = None
    if isinstance(data.get("since"), str):
        try:
            since = datetime.fromisoformat(data["since"])
            since = since.astimezone() if since.tzinfo else since
        except ValueError:
            since = None
    holder = Holder(
        owner=clean_name(data.get("owner")),
        login=clean_name(data.get("login")),
        host=clean_name(data.get("host")),
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) and 0 < pid < 2**32 else 0,
        since=since,
        token=data.get("token") if isinstance(data.get("token"), str) else "",
        refreshed=mtime,
        damage=damage,
    )
    if damage and holder.owner and version is not None and not isinstance(version, bool) \
            and isinstance(version, int):
        # A newer version's lock still names its owner: respect it like any other lock (it
        # goes stale by its refresh time like ours).
        return replace(holder, damage="")
    return holder


class LockBusy(UserError):
    """Someone else holds the lock; ``holder`` says who, ``stale`` why it may be taken over."""

    def __init__(self, holder: Holder, stale: str) -> None:
        self.holder = holder
        self.stale = stale
        text = holder.describe()
        if stale:
            text += f" Låset ser övergivet ut: {stale}."
        super().__init__(text)


def _describe_create_error(exc: OSError, memo: Path) -> str:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return (f"Du får läsa men inte skapa filer i mappen {memo.parent}, så ärendet kan inte "
                "låsas för redigering. Det öppnas skrivskyddat; spara en egen kopia med "
                "Spara som … på en plats där du får skriva.")
    if exc.errno == errno.ENOSPC:
        return f"Disken där {memo.name} ligger är full, så ärendet kan inte låsas."
    return (f"Ärendet kan inte låsas: mappen {memo.parent} gick inte att skriva i "
            f"({exc.strerror or exc}).")


class MemoLock:
    """A lock this program holds on one memo file."""

    def __init__(self, memo: Path, token: str) -> None:
        self.memo = memo
        self.path = lock_path(memo)
        self.token = token

    @classmethod
    def acquire(cls, memo: Path, owner: str = "", *, take_over: Holder | None = None) -> MemoLock:
        """Take the lock on ``memo`` (a resolved path).

        Raises :class:`LockBusy` while someone holds it, :class:`LockUnavailable` when no lock
        can be taken here. ``take_over`` is the stale holder the user agreed to replace: its
        owner file is removed only if it is still that same file."""
        if take_over is not None:
            cls._remove_stale(memo, take_over)
        token = uuid.uuid4().hex
        payload = {
            "format": FORMAT_NAME,
            "version": LOCK_VERSION,
            "owner": owner_name(owner),
            "login": login_name(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().astimezone().isoformat(timespec="seconds"),
            "token": token,
        }
        path = lock_path(memo)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        except (FileExistsError, IsADirectoryError):
            holder = read_holder(memo)  # raises LockUnavailable for a folder
            if holder is None:  # released between our try and our look: try once more
                return cls.acquire(memo, owner)
            raise LockBusy(holder, holder.stale_reason()) from None
        except OSError as exc:
            raise LockUnavailable(_describe_create_error(exc, memo)) from None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            try:
                path.unlink()
            except OSError:
                pass
            raise LockUnavailable(_describe_create_error(exc, memo)) from None
        _hide(path)
        return cls(memo, token)

    @staticmethod
    def _remove_stale(memo: Path, seen: Holder) -> None:
        """Move the stale owner file aside and delete it, unless it changed since it was judged
        stale (someone else took over first: then acquiring reports them)."""
        path = lock_path(memo)
        aside = path.with_name(f"{path.name}.{uuid.uuid4().hex[:8]}.stale")
        try:
            os.rename(path, aside)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise LockUnavailable(
                f"Det övergivna låset på {memo.name} kunde inte tas bort: {exc.strerror or exc}.") from None
        try:
            now = _parse(aside.read_bytes(), aside.stat().st_mtime)
        except OSError:
            now = seen
        if now.token != seen.token or (now.refreshed > seen.refreshed and not seen.damage):
            try:  # a fresh lock of someone who was quicker: put it back
                os.rename(aside, path)
                return
            except OSError:
                pass
        try:
            aside.unlink()
        except OSError:
            pass

    def holds(self) -> bool:
        """True while the owner file is still this lock's (raises OSError when unreachable)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return False
        holder = _parse(raw, 0.0)
        return holder.token == self.token

    def refresh(self) -> bool:
        """Touch the owner file; False when it is no longer ours (taken over or deleted).
        Raises OSError when the folder cannot be reached."""
        if not self.holds():
            return False
        os.utime(self.path, None)
        return True

    def release(self) -> None:
        """Remove the owner file if it is still ours; never raises."""
        try:
            if self.holds():
                self.path.unlink()
        except OSError:
            pass


def inspect(memo: Path) -> tuple[Holder | None, str]:
    """(holder, why it is stale) for showing a lock; (None, "") when the memo is free."""
    holder = read_holder(memo)
    if holder is None:
        return None, ""
    return holder, holder.stale_reason()
