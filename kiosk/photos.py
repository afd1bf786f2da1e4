"""Photos for success stories: checked, turned upright, downscaled and stripped of metadata.

A phone's photo carries EXIF (the camera, the time, often the GPS position of someone's home);
none of it is kept. Pillow decodes the file, the pixels are turned as the EXIF orientation says
and written again as a plain JPEG with no metadata at all.
"""

from __future__ import annotations

import io
import wave
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from kiosk.errors import ErrorCode, KioskError

PHOTO_SIDE = 1600  # longest side kept: sharp on a 1920x1080 slide, a few hundred kilobytes
PHOTO_QUALITY = 85
PHOTO_FILE_MAX = 40 * 1024 * 1024  # a file larger than this is no photo a kiosk should open
PHOTO_PIXELS_MAX = 60_000_000  # refuse decompression bombs before decoding
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
TESTIMONIAL_FILE_MAX = 8 * 1024 * 1024  # a minute of 16 kHz mono 16-bit is under 2 MB


def clean_photo(path: Path) -> bytes:
    """The photo at `path` as a JPEG of at most PHOTO_SIDE pixels a side, without metadata.

    Raises:
        KioskError: STORY_PHOTO_INVALID (reason: unreadable, too_large or not_image).
    """
    try:
        size = path.stat().st_size
        if size > PHOTO_FILE_MAX:
            raise KioskError(ErrorCode.STORY_PHOTO_INVALID, reason="too_large")
        raw = path.read_bytes()
    except OSError:
        raise KioskError(ErrorCode.STORY_PHOTO_INVALID, reason="unreadable") from None
    try:
        with Image.open(io.BytesIO(raw)) as image:
            if image.format not in ("JPEG", "PNG"):
                raise KioskError(ErrorCode.STORY_PHOTO_INVALID, reason="not_image")
            if image.width * image.height > PHOTO_PIXELS_MAX:
                raise KioskError(ErrorCode.STORY_PHOTO_INVALID, reason="too_large")
            image.load()
            upright = ImageOps.exif_transpose(image)
            rgb = upright.convert("RGB")  # no alpha, no palette: JPEG has neither
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise KioskError(ErrorCode.STORY_PHOTO_INVALID, reason="not_image") from None
    rgb.thumbnail((PHOTO_SIDE, PHOTO_SIDE), Image.Resampling.LANCZOS)
    # A new image holds pixels only: no EXIF, GPS, XMP, ICC or comments come across.
    plain = Image.new("RGB", rgb.size)
    plain.paste(rgb)
    out = io.BytesIO()
    plain.save(out, "JPEG", quality=PHOTO_QUALITY, optimize=True)
    return out.getvalue()


def testimonial_bytes(path: Path) -> bytes:
    """A recorded WAV testimonial, checked to be one.

    Raises:
        KioskError: STORY_TESTIMONIAL_INVALID (reason: unreadable or too_large).
    """
    try:
        if path.stat().st_size > TESTIMONIAL_FILE_MAX:
            raise KioskError(ErrorCode.STORY_TESTIMONIAL_INVALID, reason="too_large")
        raw = path.read_bytes()
        with wave.open(io.BytesIO(raw), "rb") as clip:
            if clip.getnframes() <= 0:
                raise KioskError(ErrorCode.STORY_TESTIMONIAL_INVALID, reason="unreadable")
    except (OSError, EOFError, wave.Error):
        raise KioskError(ErrorCode.STORY_TESTIMONIAL_INVALID, reason="unreadable") from None
    return raw


def wav_seconds(raw: bytes) -> float:
    """How long a WAV recording lasts (0.0 when it cannot be read)."""
    try:
        with wave.open(io.BytesIO(raw), "rb") as clip:
            return clip.getnframes() / float(clip.getframerate() or 1)
    except (EOFError, wave.Error):
        return 0.0
