package org.sendacc.server;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.account.AccountsException;
import org.sendacc.server.partner.PartnerAccounts;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotReader;
import org.sendacc.server.snapshot.SnapshotStore;

/**
 * {@code ./sendacc serve --warehouse DIR --port 7070}: serves the JSON API and CSV exports from the warehouse's
 * current snapshot, and picks up a newly published one without a restart.
 *
 * <p>Start-up is kept short (the goal is well under 2 s) by loading the snapshot while Jetty starts, on the other core;
 * the URL is printed only once both are ready. With no snapshot published yet, the server starts all the same and
 * answers 503 with what to run.
 */
public final class DashboardServer {
    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: sendacc serve --warehouse DIR [--port 7070] [--boundaries FILE.geojson] [--rate-limit N]",
            "                     [--trusted-proxy ADDRESS[/BITS]]... [--connections-per-client N]",
            "                     [--accounts LOCATION | --no-accounts] [--returns-to DIR [--batch-time HH:MM]]",
            "                     [--oidc-issuer URL --oidc-client-id ID --public-url URL]",
            "",
            "Serves the JSON API and CSV exports of the dashboards from the warehouse's current snapshot",
            "(DIR/snapshots/CURRENT, published by ./sendacc analytics), and picks up a newly published",
            "snapshot within seconds, without a restart.",
            "",
            "  --warehouse DIR     the warehouse the pipeline writes to (required)",
            "  --port N            the port to listen on (default 7070; 0 picks a free port)",
            "  --boundaries FILE   GeoJSON of the upper-tier LAs, for the indicator map (optional)",
            "  --rate-limit N      requests per minute per client address, then 429 (default 600; 0 for none)",
            "  --rate-limit-loopback  limit loopback clients too (not by default)",
            "  --trusted-proxy A   a reverse proxy (an address, or a block like 10.0.0.0/8; may repeat) whose",
            "                      X-Forwarded-For names the client; without one, X-Forwarded-For is ignored",
            "  --connections-per-client N  connections one client may hold at once (default 32; 0 for no cap)",
            "  --accounts LOCATION the partners' accounts database: a SQLite file, or a jdbc:postgresql: URL with",
            "                      SENDACC_ACCOUNTS_USER and SENDACC_ACCOUNTS_PASSWORD (default",
            "                      DIR/private/accounts.sqlite; ./sendacc users manages the accounts)",
            "  --no-accounts       public pages only: no sign-in, no partner routes",
            "  --returns-to DIR    take partners' local returns at /returns: accepted files go to",
            "                      DIR/partner-returns/ (DIR: the input folder the batch run's ingest reads)",
            "  --batch-time HH:MM  when the batch run starts each day (UK time), for the returns page",
            "  --oidc-issuer URL   also sign in through this OpenID Connect provider (an NHS or council identity",
            "                      service); with --oidc-client-id ID, --public-url URL (this server's address as",
            "                      browsers reach it) and the client secret in SENDACC_OIDC_CLIENT_SECRET",
            "  --help              show this help",
            "",
            "Open http://localhost:PORT/ for the list of routes; docs/api.md describes them.");

    /** How often {@code snapshots/CURRENT} is looked at. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

    private DashboardServer() {}

    public static void main(String[] arguments) {
        int status = run(arguments, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command; when it serves, returns 0 while the server keeps running on its own threads.
     *
     * @return 0 on success or help, 1 when the port is taken, 2 for a wrong command line
     */
    static int run(String[] arguments, PrintStream out, PrintStream err) {
        Optional<ServerOptions> options;
        try {
            options = ServerOptions.parse(arguments);
        } catch (DashboardException e) {
            err.println("sendacc serve: " + e.getMessage() + " (see --help)");
            return 2;
        }
        if (options.isEmpty()) {
            out.println(USAGE);
            return 0;
        }
        RunningServer server;
        try {
            server = start(options.get(), out);
        } catch (JavalinBindException e) {
            err.println("sendacc serve: cannot listen on port " + options.get().port()
                    + ": it is in use (stop the other server or give --port)");
            return 1;
        } catch (AccountsException e) {
            err.println("sendacc serve: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "dashboard-stop"));
        return 0;
    }

    /** Loads the snapshot and starts listening; prints the URL and how long the start took. */
    static RunningServer start(ServerOptions options, PrintStream out) {
        SnapshotStore store =
                new SnapshotStore(options.warehouse(), new SnapshotReader(ReferenceData::bundled), POLL_INTERVAL);
        CompletableFuture<Boolean> firstLoad =
                CompletableFuture.supplyAsync(store::refresh, DaemonThreads.each("snapshot-first-load"));
        Javalin app;
        try {
            app = DashboardApp.create(store, options).start(options.port());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        firstLoad.join();
        Optional<PartnerAccounts> partners;
        try {
            partners = DashboardApp.partners(app);
        } catch (RuntimeException e) {
            app.stop();
            store.close();
            throw e;
        }
        store.startPolling();
        // the sign-in's decoy hash, made once the server answers rather than on its start's path (docs/performance.md)
        partners.ifPresent(opened -> DaemonThreads.start("sign-in-prepare", opened::prepare));
        Instant now = Instant.now();
        Duration startup = Duration.ofMillis(
                now.toEpochMilli() - ManagementFactory.getRuntimeMXBean().getStartTime());
        String url = "http://localhost:" + app.port() + "/";
        out.println("sendacc dashboard server: " + url);
        out.println("  " + describe(store) + "; warehouse "
                + options.warehouse().toAbsolutePath().normalize());
        out.println("  partners' accounts: "
                + partners.map(PartnerAccounts::description).orElse("none (public pages only)"));
        out.println(String.format(
                Locale.ROOT,
                "  started at %s in %.2f s (from JVM start); Ctrl-C stops it",
                now,
                startup.toMillis() / 1000.0));
        return new RunningServer(app, store);
    }

    private static String describe(SnapshotStore store) {
        Optional<Snapshot> snapshot = store.loaded();
        if (snapshot.isEmpty()) {
            return "no snapshot yet (requests get 503 until ./sendacc analytics publishes one)";
        }
        return "snapshot " + snapshot.get().id() + (snapshot.get().isSynthetic() ? " (synthetic sample)" : "") + ", "
                + snapshot.get().rows().size() + " rows";
    }

    /** A started server, for the shutdown hook and for tests. */
    record RunningServer(Javalin app, SnapshotStore store) {
        void stop() {
            app.stop();
            store.close();
        }
    }
}
