"""Eight clients import and clip in one shared library at once: every clip
is stored once, keys stay unique, a post imported by two clients at the
same moment is stored once, nobody is left waiting, the checks pass."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from quotemark.library.service import Library
from tests.conftest import ROOT
from tests.library.engines import second_connection
from tests.library.test_store_pages import PARAGRAPHS, write_post

CLIENTS = 8
CLIPS = 500

_CLIENT = """
import json, sys
from pathlib import Path
from quotemark.library.service import Library

url, count = sys.argv[1], int(sys.argv[2])
files = [Path(p) for p in sys.argv[3:]]
made = []
with Library.open(url, timeout=120) as lib:
    ids = [r.post_id for r in lib.import_paths(files).results]
    assert all(ids), ids
    for number in range(count):
        post_id = ids[number % len(ids)]
        span = lib.find_span(post_id, paragraph=1 + number % 3)
        clip, _ = lib.clip(post_id, span, note=f"{sys.argv[2]}-{number}")
        made.append([clip.id, clip.key])
print(json.dumps({"posts": ids, "clips": made}))
"""


@pytest.mark.slow
def test_eight_clients_import_and_clip_at_once(pg_url: str, tmp_path: Path) -> None:
    posts = [
        write_post(
            tmp_path / "saved",
            f"p{n}.html",
            title,
            url=f"https://x.example/{n}",
            paragraphs=[f"{title}: {p}" for p in PARAGRAPHS],
        )
        for n, title in enumerate(("Night Ferry", "Lock Strike", "Harbour Lights", "Bridge"))
    ]
    Library.open(pg_url).close()
    clients = []
    for number in range(CLIENTS):
        count = CLIPS // CLIENTS + (1 if number < CLIPS % CLIENTS else 0)
        # Each client imports two posts, each post by four clients at once.
        mine = [posts[number % 4], posts[(number + 1) % 4]]
        clients.append(
            subprocess.Popen(
                [sys.executable, "-c", _CLIENT, pg_url, str(count), *map(str, mine)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    results = []
    for client in clients:
        out, err = client.communicate(timeout=600)
        assert client.returncode == 0, err
        results.append(json.loads(out))
    made = [tuple(c) for r in results for c in r["clips"]]
    assert len(made) == CLIPS
    with Library.open(pg_url) as lib:
        stored = lib.clips()
        assert sorted((c.id, c.key) for c in stored) == sorted(made)  # each stored once
        assert len({c.key.casefold() for c in stored}) == CLIPS
        assert len(lib.posts()) == 4  # each post stored once
        assert len({p.key for p in lib.posts()}) == 4
        assert {i for r in results for i in r["posts"]} == {p.id for p in lib.posts()}
        assert sum(p.clip_count for p in lib.posts()) == CLIPS
        assert lib.check().ok


_IMPORTER = """
import sys
from pathlib import Path
from quotemark.library.service import Library

with Library.open(sys.argv[1], timeout=120) as lib:
    lib.import_paths([Path(sys.argv[2])])
"""


@pytest.mark.slow
def test_a_client_killed_mid_import_leaves_no_partial_post(pg_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    for n in range(60):
        write_post(folder, f"p{n:02d}.html", f"Diary {n}", url=f"https://x.example/{n}",
                   paragraphs=[f"Day {n}: {p}" for p in PARAGRAPHS])  # fmt: skip
    Library.open(pg_url).close()
    client = subprocess.Popen([sys.executable, "-c", _IMPORTER, pg_url, str(folder)], cwd=ROOT)
    try:
        with closing(second_connection(pg_url)) as conn:
            for _ in range(1200):  # until some posts are in (or the import ended)
                if conn.execute("SELECT count(*) FROM posts").fetchone()[0] >= 3:
                    break
                if client.poll() is not None:
                    break
                time.sleep(0.05)
        client.send_signal(signal.SIGKILL)
    finally:
        client.wait(timeout=60)
    assert client.returncode == -signal.SIGKILL, "the import ended before it was killed"
    with Library.open(pg_url, timeout=30) as lib:
        posts = lib.posts()
        assert 0 < len(posts) <= 60
        assert lib.check().ok  # every post whole: content, search row, counts
        for post in posts:
            assert lib.post(post.id).blocks
        # The killed client's write lock went with its connection.
        first = posts[0].id
        clip, _ = lib.clip(first, lib.find_span(first, paragraph=1))
        assert clip.key
        # Importing again brings the rest, each post once.
        lib.import_paths([folder])
        assert len(lib.posts()) == 60
