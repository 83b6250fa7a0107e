package org.sendacc.server;

import static java.util.Objects.requireNonNull;

import io.javalin.config.Key;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line of {@code ./sendacc serve}, checked.
 *
 * @param boundaries GeoJSON of the upper-tier LAs for the indicator page's map, or null when none is configured
 * @param rateLimit requests per minute per client address, 0 for none (docs/security.md)
 * @param rateLimitLoopback whether loopback clients are limited too (not by default)
 */
public record ServerOptions(Path warehouse, int port, Path boundaries, int rateLimit, boolean rateLimitLoopback) {
    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_RATE_LIMIT = 600;
    /** Where the app keeps these options, for routes that need them later (the map reads the boundaries). */
    public static final Key<ServerOptions> KEY = new Key<>("sendacc.server-options");

    public ServerOptions {
        requireNonNull(warehouse, "warehouse is null");
        if (port < 0 || port > 65_535) {
            throw new DashboardException(ErrorCategory.BAD_REQUEST, "--port " + port + " is not a port (0-65535)");
        }
        if (rateLimit < 0) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST,
                    "--rate-limit " + rateLimit + " is not a number of requests (0 for none)");
        }
    }

    /** The default rate limit, loopback clients not limited. */
    public ServerOptions(Path warehouse, int port, Path boundaries) {
        this(warehouse, port, boundaries, DEFAULT_RATE_LIMIT, false);
    }

    public Optional<Path> boundariesFile() {
        return Optional.ofNullable(boundaries);
    }

    /**
     * Parses the arguments after {@code serve}.
     *
     * @return the options, or empty when help was asked for
     * @throws DashboardException (bad request) naming the argument that is wrong
     */
    public static Optional<ServerOptions> parse(String... arguments) {
        Path warehouse = null;
        Path boundaries = null;
        int port = DEFAULT_PORT;
        int rateLimit = DEFAULT_RATE_LIMIT;
        boolean rateLimitLoopback = false;
        for (int index = 0; index < arguments.length; index++) {
            String argument = arguments[index];
            switch (argument) {
                case "--help":
                case "-h":
                    return Optional.empty();
                case "--warehouse":
                    warehouse = Path.of(value(arguments, ++index, argument));
                    break;
                case "--port":
                    port = port(value(arguments, ++index, argument));
                    break;
                case "--boundaries":
                    boundaries = Path.of(value(arguments, ++index, argument));
                    break;
                case "--rate-limit":
                    rateLimit = wholeNumber(value(arguments, ++index, argument), argument);
                    break;
                case "--rate-limit-loopback":
                    rateLimitLoopback = true;
                    break;
                default:
                    throw new DashboardException(
                            ErrorCategory.BAD_REQUEST, "unknown argument " + DashboardException.quote(argument));
            }
        }
        if (warehouse == null) {
            throw new DashboardException(ErrorCategory.BAD_REQUEST, "--warehouse DIR is required");
        }
        if (!Files.isDirectory(warehouse)) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST,
                    "--warehouse " + warehouse + " is not a folder (run ./sendacc ingest to create one)");
        }
        if (boundaries != null && !Files.isRegularFile(boundaries)) {
            throw new DashboardException(ErrorCategory.BAD_REQUEST, "--boundaries " + boundaries + " is not a file");
        }
        return Optional.of(new ServerOptions(warehouse, port, boundaries, rateLimit, rateLimitLoopback));
    }

    private static int wholeNumber(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST,
                    option + " " + DashboardException.quote(text) + " is not a whole number");
        }
    }

    private static String value(String[] arguments, int index, String option) {
        if (index >= arguments.length || arguments[index].startsWith("--")) {
            throw new DashboardException(ErrorCategory.BAD_REQUEST, option + " needs a value");
        }
        return arguments[index];
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST, "--port " + DashboardException.quote(text) + " is not a number");
        }
    }
}
