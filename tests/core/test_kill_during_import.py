"""SIGKILL an import at random moments: the case must pass integrity_check and hold no half-stored evidence."""

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from desktop.core.lifecycle import create_case, open_case
from desktop.core.verify import verify_case
from tests.helpers import PHOTOS, ROOT

IMPORTER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from desktop.core.lifecycle import open_case
    from desktop.core.importer import import_paths
    case = open_case({case!r})
    print("started", flush=True)
    import_paths(case, [{source!r}], progress=lambda where: print(where.files_done, flush=True))
    print("finished", flush=True)
""")


@pytest.fixture(scope="module")
def source_folder(tmp_path_factory):
    """40 distinct files, a few megabytes each, so a kill lands inside chunk writes as well as between files."""
    folder = tmp_path_factory.mktemp("source")
    photos = sorted(p for p in PHOTOS.iterdir() if p.suffix.lower() == ".jpg")
    for index in range(40):
        if index % 3 == 0:
            data = photos[index % len(photos)].read_bytes() + index.to_bytes(4, "big")
            (folder / f"photo_{index:02}.jpg").write_bytes(data)
        else:
            (folder / f"recording_{index:02}.m4a").write_bytes(os.urandom(2 * 1024 * 1024 + index))
    return folder


@pytest.mark.slow
def test_sigkill_at_random_moments_leaves_a_sound_case(tmp_path, source_folder):
    seed = int(os.environ.get("KILL_TEST_SEED", time.time()))
    rng = random.Random(seed)
    path = tmp_path / "killed.refundcase"
    create_case(path).close()
    stored_before = 0
    for round_number in range(6):
        script = IMPORTER.format(root=str(ROOT), case=str(path), source=str(source_folder))
        process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert process.stdout.readline().strip() == "started"
        # Wait for a random number of files to go through, then a random fraction of the next one.
        for _ in range(rng.randint(0, 6)):
            if not process.stdout.readline():
                break
        time.sleep(rng.uniform(0, 0.05))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        # A read-only command first: it finishes what the kill left (rolls the change back, clears the
        # journal and the lock), then checks every item.
        verified = subprocess.run([sys.executable, str(ROOT / "main.py"), "verify", str(path)], capture_output=True,
                                  text=True, timeout=120)
        assert verified.returncode == 0 and verified.stdout.startswith("ok:"), (seed, verified.stdout, verified.stderr)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["killed.refundcase"], f"seed {seed}"
        with open_case(path, read_only=True) as case:
            assert case.file.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {seed}"
            report = verify_case(case)
            assert report.ok, (seed, report)
            assert case.file.conn.execute("SELECT count(*) FROM blobs WHERE sha256 IS NULL").fetchone()[0] == 0
            orphans = case.file.conn.execute(
                "SELECT count(*) FROM blobs b LEFT JOIN evidence e ON e.blob_id = b.id WHERE e.id IS NULL").fetchone()[0]
            assert orphans == 0, f"seed {seed}"
            sizes = case.file.conn.execute(
                "SELECT e.size, (SELECT sum(length(data)) FROM blob_chunks c WHERE c.blob_id = e.blob_id) "
                "FROM evidence e").fetchall()
            assert all(expected == stored for expected, stored in sizes), f"seed {seed}"
            count = case.evidence.count()
            assert count >= stored_before
            stored_before = count
    assert sorted(p.name for p in tmp_path.iterdir()) == ["killed.refundcase"]


@pytest.mark.slow
def test_sigkill_while_a_big_file_is_staged_leaves_no_trace(tmp_path):
    """Big files go in over several commits; a kill between them leaves unhashed content that the
    next open discards (and logs)."""
    path = tmp_path / "big.refundcase"
    create_case(path).close()
    big = tmp_path / "src" / "video.mp4"
    big.parent.mkdir()
    big.write_bytes(os.urandom(40 * 1024 * 1024))
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        import desktop.core.importer as importer
        importer.STAGE_ABOVE, importer.STAGE_BATCH = 4 * 1024 * 1024, 2 * 1024 * 1024
        import desktop.core.blobs as blobs
        real_write = blobs.BlobWriter.write
        def write(self, conn, until):
            real_write(self, conn, until)
            if self.size >= 16 * 1024 * 1024:
                print("staged", flush=True)
                sys.stdin.readline()
        blobs.BlobWriter.write = write
        from desktop.core.lifecycle import open_case
        importer.import_paths(open_case({str(path)!r}), [{str(big)!r}])
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout.readline().strip() == "staged"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    import sqlite3

    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] >= 8  # committed staging batches
    raw.close()
    with open_case(path) as case:
        assert case.file.conn.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] == 0
        assert case.file.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
        assert case.evidence.count() == 0
        assert case.audit_entries()[-1]["action"] == "case.recovered"
        assert case.audit_entries()[-1]["detail"]["unfinished_imports_discarded"] == 1
        assert verify_case(case).ok
        # And the same file imports completely afterwards.
        from desktop.core.importer import import_paths

        outcome = import_paths(case, [big])[0]
        assert outcome.status == "stored"
        assert case.evidence.recompute_hash(outcome.evidence_id) == outcome.sha256


def test_an_import_killed_between_batches_keeps_whole_batches_and_a_rerun_completes_it(tmp_path):
    """Small files share a commit; a kill loses at most the batch in progress, and the same import
    run again stores only what is missing and names the rest as already there."""
    source = tmp_path / "screenshots"
    source.mkdir()
    for index in range(60):  # chat screenshots of 100-300 KB
        (source / f"IMG_{index:03}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(100_000 + index * 3_000))
    path = tmp_path / "batches.refundcase"
    create_case(path).close()
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        import desktop.core.importer as importer
        importer.BATCH_BYTES, importer.BATCH_SECONDS = 1024 * 1024, 60.0  # about six files a commit
        from desktop.core.lifecycle import open_case
        case = open_case({str(path)!r})
        importer.import_paths(case, [{str(source)!r}], progress=lambda where: print(where.files_done, flush=True))
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    for line in process.stdout:
        if int(line) >= 20:  # past three commits, inside the fourth batch
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with open_case(path) as case:
        kept = case.evidence.count()
        assert 0 < kept <= 20 and verify_case(case).ok
        sizes = case.file.conn.execute(
            "SELECT e.size, (SELECT sum(length(data)) FROM blob_chunks c WHERE c.blob_id = e.blob_id) "
            "FROM evidence e").fetchall()
        assert all(expected == stored for expected, stored in sizes)  # whole items only
        from desktop.core.importer import import_paths

        outcomes = import_paths(case, [source])
        assert sum(o.status == "duplicate" for o in outcomes) == kept
        assert sum(o.status == "stored" for o in outcomes) == 60 - kept
        assert all("already in the case" in o.reason for o in outcomes if o.status == "duplicate")
        assert case.evidence.count() == 60 and verify_case(case).ok
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batches.refundcase", "screenshots"]
