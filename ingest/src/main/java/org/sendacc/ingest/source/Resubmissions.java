package org.sendacc.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sendacc.rules.contract.Problem;
import org.sendacc.rules.contract.ReturnSender;
import org.sendacc.rules.source.HashingInputStream;
import org.sendacc.rules.source.Source;

/**
 * Resubmitted local returns. A return's file name names who sent it ({@link ReturnSender}). Two
 * files of one return in a run naming the same sender are two submissions of it: only the latest is read, or its rows
 * would count twice, and the other is listed in the run's summary, with its checksum, as superseded
 * (docs/warehouse.md "Resubmitted returns"). The latest is the one whose name carries the later date
 * ({@code _2025-07-15}, {@code _20250715}); when the names give no dates, or the same, the one modified last; then the
 * later name.
 */
public final class Resubmissions {
    public static final String SUPERSEDED = "file.superseded";

    private static final Pattern DATE = Pattern.compile("(?<![0-9])(20\\d{2})-?([01]\\d)-?([0-3]\\d)(?![0-9])");
    private static final Comparator<InputFile> LATEST_LAST = Comparator.comparing(
                    (InputFile file) -> dateIn(file.relativePath()).orElse(""))
            .thenComparingLong(InputFile::modified)
            .thenComparing(InputFile::relativePath);

    private Resubmissions() {}

    /** A submission that a later one of the same return from the same sender replaced. */
    public record Superseded(InputFile file, InputFile by, String sender) {}

    /** The files of one source to read, and those superseded. */
    public record Outcome(List<InputFile> latest, List<Superseded> superseded) {}

    private static Optional<String> dateIn(String relativePath) {
        Matcher date = DATE.matcher(relativePath.substring(relativePath.lastIndexOf('/') + 1));
        return date.find() ? Optional.of(date.group(1) + date.group(2) + date.group(3)) : Optional.empty();
    }

    /** Splits a local return's files into the latest submission of each sender and those they superseded. */
    public static Outcome of(Source source, List<InputFile> files) {
        if (!source.isLocalReturn()) {
            return new Outcome(files, List.of());
        }
        Map<String, List<InputFile>> bySender = new LinkedHashMap<>();
        List<InputFile> latest = new ArrayList<>();
        for (InputFile file : files) {
            Optional<String> sender = ReturnSender.of(file.relativePath());
            if (sender.isPresent()) {
                bySender.computeIfAbsent(sender.get(), ignored -> new ArrayList<>())
                        .add(file);
            } else {
                latest.add(file);
            }
        }
        List<Superseded> superseded = new ArrayList<>();
        bySender.forEach((sender, submissions) -> {
            InputFile last = submissions.stream().max(LATEST_LAST).orElseThrow();
            latest.add(last);
            submissions.stream()
                    .filter(file -> !file.equals(last))
                    .forEach(file -> superseded.add(new Superseded(file, last, sender)));
        });
        latest.sort(Comparator.comparing(InputFile::relativePath));
        superseded.sort(Comparator.comparing(entry -> entry.file().relativePath()));
        return new Outcome(latest, superseded);
    }

    /**
     * What the run's summary says of a superseded file: its checksum and size (read here, once), no rows, and why it
     * was not read.
     */
    public static FileOutcome outcome(Superseded superseded, Configuration hadoop) throws IOException {
        Path path = new Path(superseded.file().uri());
        try (InputStream in = path.getFileSystem(hadoop).open(path);
                HashingInputStream hashing = new HashingInputStream(in)) {
            String sha256 = hashing.drainAndHash();
            return new FileOutcome(
                    superseded.file().relativePath(),
                    sha256,
                    hashing.bytes(),
                    0,
                    0,
                    List.of(Problem.ofFile(
                            SUPERSEDED,
                            superseded.file().relativePath() + " is an earlier submission of this return from "
                                    + superseded.sender() + ": "
                                    + superseded.by().relativePath()
                                    + " replaces it, and only that one is read")),
                    List.of(),
                    0,
                    null);
        }
    }
}
