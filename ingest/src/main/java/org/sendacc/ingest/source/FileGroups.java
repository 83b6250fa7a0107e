package org.sendacc.ingest.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * How a source's files are shared out among Spark tasks. One task per file made a run pay a task's fixed costs (its
 * closure and Hadoop settings deserialized, a Parquet file opened, committed and checksummed) hundreds of times for
 * the local returns, which come one file per LA or provider; one task per source would leave a core idle. So a
 * source's files are packed into a few groups of about equal bytes, each read by one task into one Parquet file (see
 * docs/performance.md).
 */
public final class FileGroups {
    /** A task's share of bytes above which a source gets more groups than it needs to fill the cores. */
    static final long BYTES_PER_GROUP = 64L << 20;

    /** Groups per core, when a source has files enough: the last groups then fill the cores as the first finish. */
    static final int GROUPS_PER_CORE = 2;

    private FileGroups() {}

    /**
     * The files in groups of about equal bytes, largest group first: each file, largest first, joins the group with
     * the fewest bytes so far. As many groups as {@link #BYTES_PER_GROUP} asks for, at least {@link #GROUPS_PER_CORE}
     * per core of {@code parallelism}, never more than there are files.
     */
    public static List<List<InputFile>> of(List<InputFile> files, int parallelism) {
        long bytes = files.stream().mapToLong(InputFile::bytes).sum();
        long wanted = Math.max((long) GROUPS_PER_CORE * Math.max(1, parallelism), ceilDiv(bytes, BYTES_PER_GROUP));
        int count = (int) Math.min(files.size(), wanted);
        List<Group> groups = new ArrayList<>();
        PriorityQueue<Group> lightest =
                new PriorityQueue<>(Comparator.comparingLong(Group::bytes).thenComparingInt(Group::index));
        for (int i = 0; i < count; i++) {
            Group group = new Group(i);
            groups.add(group);
            lightest.add(group);
        }
        List<InputFile> largestFirst = new ArrayList<>(files);
        largestFirst.sort(Comparator.comparingLong(InputFile::bytes).reversed().thenComparing(InputFile::relativePath));
        for (InputFile file : largestFirst) {
            Group group = lightest.remove();
            group.add(file);
            lightest.add(group);
        }
        groups.sort(Comparator.comparingLong(Group::bytes).reversed().thenComparingInt(Group::index));
        return groups.stream().map(group -> List.copyOf(group.files)).toList();
    }

    private static long ceilDiv(long x, long y) {
        return (x + y - 1) / y;
    }

    private static final class Group {
        private final int index;
        private final List<InputFile> files = new ArrayList<>();
        private long bytes;

        Group(int index) {
            this.index = index;
        }

        void add(InputFile file) {
            files.add(file);
            bytes += file.bytes();
        }

        int index() {
            return index;
        }

        long bytes() {
            return bytes;
        }
    }
}
