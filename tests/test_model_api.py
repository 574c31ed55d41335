"""The Python objects as a newcomer meets them: errors, reprs, iteration, collections."""
from __future__ import annotations

import pytest

import speechdoc
from speechdoc import InputError, MissingFileError, UnreadableFileError


def test_a_missing_file_is_an_input_error_and_a_file_not_found_error(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(FileNotFoundError) as info:
        speechdoc.parse_file(missing)
    e = info.value
    assert isinstance(e, InputError) and isinstance(e, MissingFileError) and isinstance(e, OSError)
    assert str(e) == f"no such file: {missing}" and e.filename == str(missing)


def test_an_unreadable_file_is_a_permission_error(tmp_path, monkeypatch):
    f = tmp_path / "locked.txt"
    f.write_text("一、甲", encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(f), "read_bytes", denied)  # as root, chmod 0 would not stop the read
    with pytest.raises(PermissionError) as info:
        speechdoc.parse_file(f)
    assert isinstance(info.value, UnreadableFileError) and isinstance(info.value, InputError)
    assert str(info.value) == f"cannot read {f}: permission denied"
