package org.sendacc.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.sendacc.server.area.AreaController;
import org.sendacc.server.export.ExportController;
import org.sendacc.server.indicator.IndicatorController;
import org.sendacc.server.snapshot.SnapshotController;
import org.sendacc.server.snapshot.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles the dashboard server: every route is declared here, and every error is mapped here, once, to a JSON body
 * {@code {"status": 404, "error": "..."}}. Controllers only read input, write output and throw.
 */
public final class DashboardApp {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardApp.class);
    /**
     * Bytes of serialised answers kept per snapshot: every area's default profile (some 25 kB each for the sample's
     * 210 areas) many times over, without letting a crawler of every area and period grow the heap without bound.
     */
    private static final long CACHED_RESPONSE_BYTES = 64L * 1024 * 1024;

    /** The routes, for the index at {@code /} and for anyone opening this class. */
    static final List<String> ROUTES = List.of(
            "GET /api/snapshot",
            "GET /api/areas",
            "GET /api/areas/{code}/profile?period=P",
            "GET /api/indicators",
            "GET /api/indicators/{id}?period=P&source=S",
            "GET /export.csv?indicator=ID&period=P&source=S&area=CODE",
            "GET /export-metadata.csv?indicator=ID");

    private DashboardApp() {}

    /** The JSON mapping of every response: snake_case names, as the snapshot's columns; dates as 2024-01-01. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The app, not yet started. */
    public static Javalin create(SnapshotStore store, ServerOptions options) {
        requireNonNull(store, "store is null");
        requireNonNull(options, "options is null");
        ObjectMapper mapper = objectMapper();
        JsonResponseCache responses = new JsonResponseCache(mapper, store, CACHED_RESPONSE_BYTES);
        SnapshotController snapshots = new SnapshotController(store, responses);
        AreaController areas = new AreaController(store, responses);
        IndicatorController indicators = new IndicatorController(store, responses);
        ExportController exports = new ExportController(store);

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            // The boundaries file is kept for the map on the indicator page, which is still to come.
            config.appData(ServerOptions.KEY, options);
        });

        app.get("/", context -> context.json(new ApiIndex(ROUTES)));
        app.get("/api/snapshot", snapshots::manifest);
        app.get("/api/areas", areas::areas);
        app.get("/api/areas/{code}/profile", areas::profile);
        app.get("/api/indicators", indicators::catalogue);
        app.get("/api/indicators/{id}", indicators::indicator);
        app.get("/export.csv", exports::export);
        app.get("/export-metadata.csv", exports::metadata);

        app.exception(DashboardException.class, (failure, context) -> {
            if (failure.category().status() >= 500) {
                LOG.warn("{} {}: {}", context.method(), context.path(), failure.getMessage());
            }
            error(context, failure.category().status(), failure.getMessage());
        });
        app.exception(HttpResponseException.class, (failure, context) -> {
            String message = failure.getStatus() == 404
                    ? "No route " + context.method() + " " + context.path() + "; GET / lists the routes"
                    : failure.getMessage();
            error(context, failure.getStatus(), message);
        });
        app.exception(Exception.class, (failure, context) -> {
            LOG.error("{} {} failed", context.method(), context.path(), failure);
            error(context, 500, "Internal error while answering " + context.path() + "; the server log has details");
        });
        return app;
    }

    private static void error(Context context, int status, String message) {
        context.status(status).json(new ErrorBody(status, message));
    }

    /** The body of {@code GET /}: until the pages come, a list of what there is to ask for. */
    record ApiIndex(List<String> routes) {
        ApiIndex {
            routes = List.copyOf(routes);
        }
    }
}
