"""The reading of strace logs that the built app's smoke test relies on, on lines strace printed."""

from pathlib import Path

from tests.portable.traced_writes import outside, writes_in_line

CWD = Path("/work/case")
LINES = """\
openat(AT_FDCWD</work/case>, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3</usr/lib/locale/locale-archive>
openat(AT_FDCWD</work/case>, "c.refundcase", O_RDWR|O_CREAT|O_NOFOLLOW|O_CLOEXEC, 0644) = 5</work/case/c.refundcase>
openat(7</work/app/data>, "settings.ini.lock", O_WRONLY|O_CREAT|O_EXCL, 0644) = 8</work/app/data/settings.ini.lock>
openat(AT_FDCWD</work/case>, "/work/app/data", O_RDWR|O_CLOEXEC|O_TMPFILE, 0666) = 8</work/app/data/#2154995>(deleted)
linkat(AT_FDCWD</work/case>, "/proc/self/fd/8", AT_FDCWD</work/case>, "/work/app/data/settings.ini", 0x400) = 0
openat(AT_FDCWD</work/case>, "/dev/shm/sem.Tpzu4z", O_RDWR|O_CREAT|O_EXCL, 0600) = 9</dev/shm/sem.Tpzu4z>
link("/dev/shm/sem.Tpzu4z", "/dev/shm/sem.mp-px7og0_w") = 0
unlink("/dev/shm/sem.Tpzu4z")     = 0
unlink("/dev/shm/sem.mp-px7og0_w") = 0
openat(AT_FDCWD</work/case>, "/dev/shm/sem.left", O_RDWR|O_CREAT|O_EXCL, 0600) = 9</dev/shm/sem.left>
unlink("c.refundcase.lock")       = 0
mkdir("/root/.cache/fontconfig", 0777) = 0
openat(AT_FDCWD</work/case>, "/tmp/\\346\\202\\246 \\"x\\".tmp", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 4</tmp/x>
renameat2(AT_FDCWD</work/case>, "d.pdf.part", 6</work/elsewhere>, "d.pdf", RENAME_NOREPLACE) = 0
openat(AT_FDCWD</work/case>, "/dev/null", O_WRONLY|O_CLOEXEC) = 3</dev/null>
+++ exited with 0 +++
"""


def test_writes_are_read_with_their_folders_and_reads_are_not():
    writes = [write for line in LINES.splitlines() for write in writes_in_line(line, CWD)]
    assert ("openat", Path("/work/case/c.refundcase")) in writes
    assert ("openat", Path("/work/app/data/settings.ini.lock")) in writes
    assert ("linkat", Path("/work/app/data/settings.ini")) in writes
    assert ("unlink", Path("/work/case/c.refundcase.lock")) in writes
    assert ("openat", Path('/tmp/悦 "x".tmp')) in writes
    assert ("renameat2 from", Path("/work/case/d.pdf.part")) in writes
    assert not any(path in (Path("/usr/lib/locale/locale-archive"), Path("/proc/self/fd/8")) for _, path in writes)

    assert outside(writes, [Path("/work/app"), Path("/work/case")]) == [
        "openat /dev/shm/sem.left", "mkdir /root/.cache/fontconfig", 'openat /tmp/悦 "x".tmp',
        "renameat2 /work/elsewhere/d.pdf"]
