"""Expanding folders into the posts inside them."""

from __future__ import annotations

from pathlib import Path

from quotemark.library.importers import discover


def tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path: Path) -> None:
    tree(
        tmp_path,
        [
            "b.html",
            "a.txt",
            "nested/z.mhtml",
            "nested/deeper/m.htm",
            "c.html",
            "c_files/photo.jpg",
            "c_files/inner.html",
            ".hidden.html",
            ".cache/post.html",
            "assets/site.css",
            "assets/app.js",
            "assets/logo.png",
            "tools/make.py",
            "data/table.csv",
            "notes",
        ],
    )
    found = [path.relative_to(tmp_path).as_posix() for path in discover([tmp_path])]
    assert found == [
        "a.txt",
        "b.html",
        "c.html",
        "nested/deeper/m.htm",
        "nested/z.mhtml",
        "notes",
    ]
    assert [p.as_posix() for p in discover([tmp_path])] == [
        p.as_posix() for p in discover([tmp_path])
    ]


def test_files_pass_through_as_given(tmp_path: Path) -> None:
    tree(tmp_path, ["b.html", "a.png", "folder/x.txt"])
    given = [tmp_path / "b.html", tmp_path / "a.png", tmp_path / "missing.html"]
    assert list(discover([*given, tmp_path / "folder"])) == [*given, tmp_path / "folder/x.txt"]


def test_a_files_folder_without_its_page_is_walked(tmp_path: Path) -> None:
    tree(tmp_path, ["orphan_files/post.html"])
    assert list(discover([tmp_path])) == [tmp_path / "orphan_files/post.html"]
