package org.sendacc.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.Key;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.account.AccountsDatabase;
import org.sendacc.server.area.AreaController;
import org.sendacc.server.change.ChangeLog;
import org.sendacc.server.change.ChangesController;
import org.sendacc.server.export.ExportController;
import org.sendacc.server.group.GroupController;
import org.sendacc.server.http.ClientAddress;
import org.sendacc.server.http.ConnectionGuard;
import org.sendacc.server.http.StaticAssets;
import org.sendacc.server.indicator.IndicatorController;
import org.sendacc.server.page.Boundaries;
import org.sendacc.server.page.Geography;
import org.sendacc.server.page.PageController;
import org.sendacc.server.page.PageRenderer;
import org.sendacc.server.partner.PartnerAccounts;
import org.sendacc.server.partner.PartnerController;
import org.sendacc.server.partner.PartnerRoutes;
import org.sendacc.server.partner.ReturnsController;
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
            "GET / (page: find an area, every LA against every indicator)",
            "GET /area/{code}?year=Y&inequalities=ID (page: area profile)",
            "GET /area/{code}/neighbours?year=Y (page: an LA and its statistical neighbours)",
            "GET /icb/{code}?year=Y&indicator=ID (page: ICB footprint)",
            "GET /indicator/{id}?period=P&source=S&area=CODE&compare=CODE (page: one indicator)",
            "GET /indicators (page: the catalogue)",
            "GET /changes?since=ID&kind=K&indicator=ID&area=CODE (page: what changed since the previous snapshot)",
            "GET /api/snapshot",
            "GET /api/areas",
            "GET /api/areas/{code}/profile?period=P",
            "GET /api/areas/{code}/findings",
            "GET /api/areas/{code}/breakdowns?indicator=ID&period=P",
            "GET /api/indicators",
            "GET /api/indicators/{id}?period=P&source=S&group=G",
            "GET /api/groups",
            "GET /api/changes?since=ID&kind=K&indicator=ID&area=CODE",
            "GET /export.csv?indicator=ID&period=P&source=S&area=CODE",
            "GET /export-metadata.csv?indicator=ID",
            "GET /changes.csv?since=ID&kind=K&indicator=ID&area=CODE",
            "GET /boundaries.geojson (when configured)",
            "GET /sign-in, POST /sign-in, POST /sign-out (page: partners sign in and out)",
            "GET /sign-in/oidc, GET /sign-in/oidc/callback (partners sign in through the identity provider, if any)",
            "GET /partner, GET /partner/{code} (page, signed in: the partner's own figures, not for publication)",
            "GET /returns, POST /returns, GET /returns/report.csv?id=ID (page, signed in: send a local return)");

    /** Where the app keeps the partners' accounts, when it has them. */
    private static final Key<Optional<CompletableFuture<PartnerAccounts>>> PARTNERS = new Key<>("sendacc.partners");

    private DashboardApp() {}

    /** Closes the accounts once they are open (a server stopped while they open closes them when they are). */
    private static void closeWhenOpen(CompletableFuture<PartnerAccounts> opening) {
        opening.whenComplete((opened, failure) -> {
                    if (opened != null) {
                        opened.close();
                    }
                })
                .exceptionally(failure -> null);
    }

    /** The partners' accounts of an app, when it has them. */
    static Optional<PartnerAccounts> partners(Javalin app) {
        return app.unsafeConfig().pvt.appDataManager.get(PARTNERS).map(PartnerAccounts::opened);
    }

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
        ResponseCache responses = new ResponseCache(mapper, store, CACHED_RESPONSE_BYTES);
        StaticAssets assets = StaticAssets.bundled(mapper);
        PageRenderer renderer = new PageRenderer(mapper, assets);
        ReferenceData reference = ReferenceData.bundled();
        Optional<Boundaries> boundaries =
                options.boundariesFile().map(file -> Boundaries.read(file, reference.laCodeResolver(), mapper));
        ChangeLog changeLog = new ChangeLog(store);
        Geography geography = new Geography(reference);
        PageController pages = new PageController(store, responses, renderer, geography, boundaries, changeLog);
        SnapshotController snapshots = new SnapshotController(store, responses);
        AreaController areas = new AreaController(store, responses, geography);
        IndicatorController indicators = new IndicatorController(store, responses);
        ChangesController changes = new ChangesController(store, responses, changeLog);
        ExportController exports = new ExportController(store, changeLog, responses);

        ServerOptions.Limits limits = options.limits();
        ClientAddress clients = new ClientAddress(limits.trustedProxies());
        // opened on a thread of its own, beside the snapshot's first read and Jetty's start: its migrations' check and
        // SQLite's native library cost about 0.7 s that the start need not wait for in line
        Optional<CompletableFuture<PartnerAccounts>> partners = options.accountsLocation()
                .map(location -> CompletableFuture.supplyAsync(
                        () -> new PartnerAccounts(AccountsDatabase.open(location), reference, Clock.systemUTC()),
                        DaemonThreads.each("accounts-open")));
        PartnerRoutes partnerRoutes = PartnerRoutes.create(
                partners, options.returnsOptions(), store, renderer, clients, reference, options.oidcOptions());
        PartnerController partner = partnerRoutes.partner();
        ReturnsController returns = partnerRoutes.returns();
        ConnectionGuard guard =
                new ConnectionGuard(limits.requestRead(), limits.answerWrite(), limits.connectionsPerClient(), clients);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.appData(ServerOptions.KEY, options);
            config.appData(PARTNERS, partners);
            partners.ifPresent(opening -> config.events(events -> events.serverStopped(() -> closeWhenOpen(opening))));
            // an upload is held in memory, never written to a temporary file, and refused past its size
            config.jetty.multipartConfig.maxFileSize(ReturnsController.MAX_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) ReturnsController.MAX_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(ReturnsController.MAX_BYTES + 64 * 1024, SizeUnit.BYTES);
            WebSecurity.configure(config, guard);
        });

        RateLimit limit = new RateLimit(limits.rateLimit(), limits.rateLimitLoopback(), clients);
        app.before(context -> {
            WebSecurity.headers(context);
            limit.check(context);
        });
        get(app, Routes.HOME, pages::home);
        get(app, Routes.SEARCH, pages::search);
        get(app, Routes.area("{code}"), pages::area);
        get(app, Routes.neighbours("{code}"), pages::neighbours);
        get(app, Routes.icb("{code}"), pages::icb);
        get(app, Routes.indicator("{id}"), pages::indicator);
        get(app, Routes.INDICATORS, pages::indicators);
        get(app, Routes.CHANGES, pages::changes);
        get(app, "/boundaries.geojson", pages::boundaries);
        // The scripts, stylesheet and icon the build made (src/main/web), fingerprinted; nothing else under /static.
        get(app, "/static/{file}", assets::serve);
        get(app, "/api", context -> context.json(new ApiIndex(ROUTES)));
        get(app, "/api/snapshot", snapshots::manifest);
        get(app, "/api/areas", areas::areas);
        get(app, "/api/areas/{code}/profile", areas::profile);
        get(app, "/api/areas/{code}/findings", areas::findings);
        get(app, "/api/areas/{code}/breakdowns", areas::breakdowns);
        get(app, "/api/indicators", indicators::catalogue);
        get(app, "/api/indicators/{id}", indicators::indicator);
        get(app, "/api/changes", changes::changes);
        get(app, "/api/groups", new GroupController(store, responses)::groups);
        get(app, "/export.csv", exports::export);
        get(app, "/changes.csv", exports::changes);
        get(app, "/export-metadata.csv", exports::metadata);
        // Partners (docs/security.md, "Accounts"): signed in, never cached, audited; at most 20 sign-in attempts in 10
        // minutes from one client, beside the lock of an account after 10 failures.
        RateLimit signInAttempts =
                new RateLimit(20, Duration.ofMinutes(10), "sign-in attempts in 10 minutes", true, clients);
        get(app, PartnerController.SIGN_IN, partner::signInPage);
        app.post(PartnerController.SIGN_IN, context -> {
            signInAttempts.check(context);
            partner.signIn(context);
        });
        app.post(PartnerController.SIGN_OUT, partner::signOut);
        get(app, PartnerController.OIDC_START, partner::oidcStart);
        get(app, PartnerController.OIDC_CALLBACK, partner::oidcCallback);
        get(app, PartnerController.PARTNER, partner::own);
        get(app, PartnerController.PARTNER + "/{code}", partner::organisation);
        get(app, ReturnsController.RETURNS, returns::page);
        // each upload is read and checked whole: at most 30 in 10 minutes from one client
        RateLimit uploads = new RateLimit(30, Duration.ofMinutes(10), "uploads in 10 minutes", true, clients);
        app.post(ReturnsController.RETURNS, context -> {
            uploads.check(context);
            returns.upload(context);
        });
        get(app, ReturnsController.REPORT, returns::report);

        app.exception(DashboardException.class, (failure, context) -> {
            if (failure.category().status() >= 500) {
                LOG.warn("{} {}: {}", context.method(), context.path(), failure.getMessage());
            }
            error(pages, context, failure.category().status(), failure.getMessage());
        });
        app.exception(HttpResponseException.class, (failure, context) -> {
            String message = failure.getStatus() == 404
                    ? "No route " + context.method() + " " + context.path() + "; GET /api lists the routes"
                    : failure.getMessage();
            error(pages, context, failure.getStatus(), message);
        });
        app.exception(Exception.class, (failure, context) -> {
            LOG.error("{} {} failed", context.method(), context.path(), failure);
            error(
                    pages,
                    context,
                    500,
                    "Internal error while answering " + context.path() + "; the server log has details");
        });
        return app;
    }

    /** Errors are JSON for the API, the exports and anything that is not a page; a page gets an error page. */
    private static void error(PageController pages, Context context, int status, String message) {
        if (isPage(context.path())) {
            try {
                pages.error(context, status, message);
                return;
            } catch (RuntimeException e) {
                LOG.error("cannot render the error page for {}", context.path(), e);
            }
        }
        context.status(status).json(new ErrorBody(status, message));
    }

    /** A GET route, and HEAD on the same path: the same status and headers, no body. */
    private static void get(Javalin app, String path, io.javalin.http.Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    static boolean isPage(String path) {
        return Routes.isPage(path);
    }

    /** The body of {@code GET /api}: a list of what there is to ask for. */
    record ApiIndex(List<String> routes) {
        ApiIndex {
            routes = List.copyOf(routes);
        }
    }
}
