package org.sendacc.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.sendacc.ingest.source.InputFile;
import org.sendacc.rules.source.Source;

/** The input folder's files, matched to sources by name; files no source knows are listed as skipped. */
record InputFolder(Map<Source, List<InputFile>> filesBySource, List<String> skipped, boolean isSynthetic) {
    static InputFolder scan(String input, Configuration hadoop, List<Source> sources) {
        try {
            Path root = new Path(input);
            FileSystem fileSystem = root.getFileSystem(hadoop);
            if (!fileSystem.exists(root) || !fileSystem.getFileStatus(root).isDirectory()) {
                throw new IngestException(
                        IngestException.Category.USER_ERROR, "input folder " + input + " does not exist");
            }
            Path qualified = fileSystem.makeQualified(root);
            String prefix = qualified.toUri().getPath();
            List<InputFile> files = new ArrayList<>();
            for (FileStatus status : filesUnder(fileSystem, qualified)) {
                String relative = status.getPath()
                        .toUri()
                        .getPath()
                        .substring(prefix.length())
                        .replaceFirst("^/", "");
                files.add(new InputFile(
                        status.getPath().toString(), relative, status.getLen(), status.getModificationTime()));
            }
            files.sort(java.util.Comparator.comparing(InputFile::relativePath));
            Map<Source, List<InputFile>> bySource = new LinkedHashMap<>();
            List<String> skipped = new ArrayList<>();
            boolean synthetic = false;
            for (InputFile file : files) {
                if (file.relativePath().equals(IngestRun.SYNTHETIC_MARKER)) {
                    synthetic = true;
                    continue;
                }
                List<Source> matching = sources.stream()
                        .filter(source -> source.handles(file.relativePath()))
                        .toList();
                if (matching.size() > 1) {
                    throw new IngestException(
                            IngestException.Category.INTERNAL,
                            file.relativePath() + " matches more than one source: "
                                    + matching.stream().map(Source::id).toList());
                }
                if (matching.isEmpty()) {
                    skipped.add(file.relativePath());
                } else {
                    bySource.computeIfAbsent(matching.get(0), ignored -> new ArrayList<>())
                            .add(file);
                }
            }
            Map<Source, List<InputFile>> ordered = new LinkedHashMap<>();
            bySource.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Source::table)))
                    .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
            return new InputFolder(ordered, skipped, synthetic);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + input, e);
        }
    }

    /**
     * Every file under a folder, at any depth. Not {@code FileSystem.listFiles}: its located statuses ask for each
     * file's permissions, which Hadoop's local file system, without its native library, gets by running
     * {@code ls} once per file.
     */
    private static List<FileStatus> filesUnder(FileSystem fileSystem, Path folder) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        RemoteIterator<FileStatus> listing = fileSystem.listStatusIterator(folder);
        while (listing.hasNext()) {
            FileStatus status = listing.next();
            if (status.isDirectory()) {
                files.addAll(filesUnder(fileSystem, status.getPath()));
            } else {
                files.add(status);
            }
        }
        return files;
    }
}
