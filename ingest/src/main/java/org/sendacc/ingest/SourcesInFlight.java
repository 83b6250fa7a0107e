package org.sendacc.ingest;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.SparkSession;
import org.sendacc.ingest.source.InputFile;
import org.sendacc.rules.source.Source;

/**
 * The sources of a run, ingested two at a time: a source of one file is one Spark task, and a source's first job
 * waits on Spark's warm-up, so running the next source beside it keeps both cores busy. Results are taken in the
 * run's order, so the summary and rejections do not depend on which finished first. The sources with the most
 * bytes start first.
 */
final class SourcesInFlight {
    private static final int SOURCES_AT_ONCE = 2;

    private final ExecutorService pool;
    private final Map<Source, Future<SourceRun>> futures = new HashMap<>();

    interface Ingest {
        SourceRun ingest(Source source, List<InputFile> files) throws IOException;
    }

    SourcesInFlight(Map<Source, List<InputFile>> filesBySource, Ingest ingest) {
        java.util.concurrent.atomic.AtomicInteger threads = new java.util.concurrent.atomic.AtomicInteger();
        this.pool = Executors.newFixedThreadPool(SOURCES_AT_ONCE, runnable -> {
            Thread thread = new Thread(runnable, "sendacc-ingest-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        filesBySource.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong((Map.Entry<Source, List<InputFile>> entry) ->
                        -entry.getValue().stream().mapToLong(InputFile::bytes).sum()))
                .forEach(entry -> futures.put(
                        entry.getKey(), pool.submit(() -> ingest.ingest(entry.getKey(), entry.getValue()))));
    }

    SourceRun await(Source source) throws IOException {
        try {
            return futures.get(source).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ingesting " + source.table(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops what is still running (after a failure) and waits for it, so nothing writes once the run ends. */
    void close(SparkSession spark) {
        boolean unfinished = futures.values().stream().anyMatch(future -> !future.isDone());
        if (unfinished) {
            spark.sparkContext().cancelAllJobs();
        }
        pool.shutdown();
        for (Future<SourceRun> future : futures.values()) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // the run has failed already, or a source was cancelled because it did
            }
        }
    }
}
