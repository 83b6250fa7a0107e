package org.sendacc.server;

/**
 * {@code ./sendacc serve --warehouse DIR --port 7070}: will serve the dashboards, JSON API and CSV exports from the
 * published snapshot. Until the server is built it only explains itself.
 */
public final class DashboardServer {
    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: sendacc serve --warehouse DIR [--port 7070]",
            "",
            "Serves the comparison dashboards, JSON API and CSV exports from the current snapshot.",
            "Not built yet: this release ingests only.");

    private DashboardServer() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(USAGE);
            return 0;
        }
        System.err.println("sendacc serve: the dashboard server is not built yet; see --help");
        return 2;
    }
}
