package org.sendacc.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import okhttp3.Response;

/** What the HTTP round-trip tests share: an app over a published sample, and reading a response's JSON. */
public final class TestHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestHttp() {}

    /** Publishes the sample as the first snapshot and assembles the app over it (not started). */
    public static Javalin sampleApp(Path warehouse) {
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        return DashboardApp.create(TestSnapshots.store(warehouse), TestSnapshots.options(warehouse));
    }

    /** The response's body as JSON (the body can be read once). */
    public static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Response response) {
        try {
            return response.body().string();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
