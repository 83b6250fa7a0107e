package org.sendacc.testing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system under the scheme {@code faulty:}, failing on demand as a full disk or a read-only mount does,
 * for tests that cannot mount one (CI runs without root). Paths are local paths: {@code faulty:///tmp/w} is /tmp/w.
 * The fault is shared by every instance in the JVM, Spark's tasks included; {@link #heal()} ends it.
 */
public final class FaultyFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "faulty";

    private enum Fault {
        NONE,
        READ_ONLY,
        DISK_FULL
    }

    private static volatile Fault fault = Fault.NONE;
    private static final AtomicLong SPACE_LEFT = new AtomicLong(Long.MAX_VALUE);

    /** Registers the scheme with a Hadoop configuration (FileSystem and FileContext alike), uncached. */
    public static void install(Configuration configuration) {
        configuration.set("fs." + SCHEME + ".impl", FaultyFileSystem.class.getName());
        configuration.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
        configuration.set("fs.AbstractFileSystem." + SCHEME + ".impl", Context.class.getName());
    }

    /** The URI of a local folder on this file system. */
    public static String uri(java.nio.file.Path local) {
        return SCHEME + "://" + local.toAbsolutePath();
    }

    /** From now on, every write, folder, rename or removal fails as on a read-only mount. */
    public static void readOnly() {
        fault = Fault.READ_ONLY;
    }

    /** From now on, writes succeed until {@code bytes} more have been written, then fail as on a full disk. */
    public static void diskFullAfter(long bytes) {
        SPACE_LEFT.set(bytes);
        fault = Fault.DISK_FULL;
    }

    public static void heal() {
        fault = Fault.NONE;
        SPACE_LEFT.set(Long.MAX_VALUE);
    }

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    private static void refuse(Path path) throws IOException {
        if (fault == Fault.READ_ONLY) {
            throw new IOException(path + " (Read-only file system)");
        }
    }

    @Override
    protected OutputStream createOutputStream(Path path, boolean append) throws IOException {
        refuse(path);
        return new Filling(super.createOutputStream(path, append));
    }

    @Override
    protected OutputStream createOutputStreamWithMode(Path path, boolean append, FsPermission permission)
            throws IOException {
        refuse(path);
        return new Filling(super.createOutputStreamWithMode(path, append, permission));
    }

    @Override
    public FSDataOutputStream append(Path path, int bufferSize, Progressable progress) throws IOException {
        refuse(path);
        return super.append(path, bufferSize, progress);
    }

    @Override
    public boolean mkdirs(Path path) throws IOException {
        if (fault == Fault.READ_ONLY && !exists(path)) {
            refuse(path);
        }
        return super.mkdirs(path);
    }

    @Override
    public boolean mkdirs(Path path, FsPermission permission) throws IOException {
        if (fault == Fault.READ_ONLY && !exists(path)) {
            refuse(path);
        }
        return super.mkdirs(path, permission);
    }

    @Override
    public boolean rename(Path source, Path target) throws IOException {
        refuse(source);
        return super.rename(source, target);
    }

    @Override
    public boolean delete(Path path, boolean recursive) throws IOException {
        if (exists(path)) {
            refuse(path);
        }
        return super.delete(path, recursive);
    }

    @Override
    public void setPermission(Path path, FsPermission permission) throws IOException {
        refuse(path);
        super.setPermission(path, permission);
    }

    @Override
    public void setTimes(Path path, long modified, long accessed) throws IOException {
        refuse(path);
        super.setTimes(path, modified, accessed);
    }

    /** An output stream that takes from the space left, and fails as a full disk does when none is. */
    private static final class Filling extends FilterOutputStream {
        Filling(OutputStream out) {
            super(out);
        }

        private static void take(long bytes) throws IOException {
            if (fault == Fault.DISK_FULL && SPACE_LEFT.addAndGet(-bytes) < 0) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void write(int b) throws IOException {
            take(1);
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            take(length);
            out.write(bytes, offset, length);
        }
    }

    /** The same file system for FileContext (an atomic rename goes through it). */
    public static final class Context extends DelegateToFileSystem {
        public Context(URI uri, Configuration configuration) throws IOException, URISyntaxException {
            super(uri, new FaultyFileSystem(), configuration, SCHEME, false);
        }
    }
}
