package org.sendacc.server;

import static java.util.Objects.requireNonNull;

import io.javalin.config.Key;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendacc.server.account.AccountsDatabase;
import org.sendacc.server.http.AddressBlock;

/**
 * The command line of {@code ./sendacc serve}, checked.
 *
 * @param boundaries GeoJSON of the upper-tier LAs for the indicator page's map, or null when none is configured
 * @param limits what one client may ask of the server (docs/security.md)
 * @param accounts where the partners' accounts database is (a SQLite file or a {@code jdbc:postgresql:} URL), or null
 *     for a server with public pages only
 * @param returns where accepted local returns go and when the batch run reads them, or null when this server takes no
 *     uploads
 */
public record ServerOptions(
        Path warehouse,
        int port,
        Path boundaries,
        Limits limits,
        String accounts,
        ReturnsOptions returns,
        OidcOptions oidc) {
    /** Where the identity provider's client secret is read from: never the command line. */
    public static final String OIDC_SECRET_VARIABLE = "SENDACC_OIDC_CLIENT_SECRET";

    /**
     * Sign-in through an OpenID Connect provider (docs/security.md, "Sign-in through an identity provider").
     *
     * @param issuer the provider's issuer, whose {@code /.well-known/openid-configuration} describes it
     * @param clientId this server's client id at the provider
     * @param clientSecret its secret (from {@link #OIDC_SECRET_VARIABLE})
     * @param publicUrl this server's address as browsers reach it, for the redirect back from the provider
     */
    public record OidcOptions(URI issuer, String clientId, String clientSecret, URI publicUrl) {
        public OidcOptions {
            requireNonNull(issuer, "issuer is null");
            requireNonNull(clientId, "clientId is null");
            requireNonNull(clientSecret, "clientSecret is null");
            requireNonNull(publicUrl, "publicUrl is null");
        }

        @Override
        public String toString() {
            return "OidcOptions[issuer=" + issuer + ", clientId=" + clientId + ", publicUrl=" + publicUrl + "]";
        }
    }

    /**
     * Partners' uploads (docs/security.md, "Returns").
     *
     * @param inputFolder the folder the batch run's ingest reads; accepted returns go into its {@code partner-returns/}
     * @param batchTime when the batch run starts each day (UK time), or null when it is run by hand
     */
    public record ReturnsOptions(Path inputFolder, LocalTime batchTime) {
        public ReturnsOptions {
            requireNonNull(inputFolder, "inputFolder is null");
        }

        public Optional<LocalTime> batch() {
            return Optional.ofNullable(batchTime);
        }
    }

    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_RATE_LIMIT = 600;

    /**
     * What one client may ask of the server (docs/security.md, "Limits").
     *
     * @param rateLimit requests per minute per client, 0 for none
     * @param rateLimitLoopback whether loopback clients are limited too (not by default)
     * @param trustedProxies the proxies whose {@code X-Forwarded-For} names the client
     * @param connectionsPerClient connections one client may hold at once, 0 for no cap
     * @param requestRead the longest a request may take to arrive, from its first byte
     * @param answerWrite the longest an answer may take to be made and written
     */
    public record Limits(
            int rateLimit,
            boolean rateLimitLoopback,
            List<AddressBlock> trustedProxies,
            int connectionsPerClient,
            Duration requestRead,
            Duration answerWrite) {
        public static final Limits DEFAULT =
                new Limits(DEFAULT_RATE_LIMIT, false, List.of(), 32, Duration.ofSeconds(10), Duration.ofSeconds(30));

        public Limits {
            trustedProxies = List.copyOf(trustedProxies);
            requireNonNull(requestRead, "requestRead is null");
            requireNonNull(answerWrite, "answerWrite is null");
            if (rateLimit < 0) {
                throw new DashboardException(
                        ErrorCategory.BAD_REQUEST,
                        "--rate-limit " + rateLimit + " is not a number of requests (0 for none)");
            }
            if (connectionsPerClient < 0) {
                throw new DashboardException(
                        ErrorCategory.BAD_REQUEST,
                        "--connections-per-client " + connectionsPerClient + " is not a number of connections (0 for"
                                + " no cap)");
            }
            if (requestRead.isNegative() || requestRead.isZero() || answerWrite.isNegative() || answerWrite.isZero()) {
                throw new DashboardException(ErrorCategory.BAD_REQUEST, "a time limit must be positive");
            }
        }

        public Limits withRateLimit(int perMinute, boolean loopback) {
            return new Limits(perMinute, loopback, trustedProxies, connectionsPerClient, requestRead, answerWrite);
        }

        public Limits withTrustedProxies(List<AddressBlock> proxies) {
            return new Limits(rateLimit, rateLimitLoopback, proxies, connectionsPerClient, requestRead, answerWrite);
        }

        public Limits withConnectionsPerClient(int connections) {
            return new Limits(rateLimit, rateLimitLoopback, trustedProxies, connections, requestRead, answerWrite);
        }

        public Limits withTimes(Duration read, Duration write) {
            return new Limits(rateLimit, rateLimitLoopback, trustedProxies, connectionsPerClient, read, write);
        }
    }
    /** Where the app keeps these options, for routes that need them later (the map reads the boundaries). */
    public static final Key<ServerOptions> KEY = new Key<>("sendacc.server-options");

    public ServerOptions {
        requireNonNull(warehouse, "warehouse is null");
        requireNonNull(limits, "limits is null");
        if (port < 0 || port > 65_535) {
            throw new DashboardException(ErrorCategory.BAD_REQUEST, "--port " + port + " is not a port (0-65535)");
        }
    }

    /** The default limits. */
    public ServerOptions(Path warehouse, int port, Path boundaries) {
        this(warehouse, port, boundaries, Limits.DEFAULT);
    }

    /** Public pages only: no partners' accounts. */
    public ServerOptions(Path warehouse, int port, Path boundaries, Limits limits) {
        this(warehouse, port, boundaries, limits, null, null, null);
    }

    public Optional<OidcOptions> oidcOptions() {
        return Optional.ofNullable(oidc);
    }

    public ServerOptions withOidc(OidcOptions options) {
        return new ServerOptions(warehouse, port, boundaries, limits, accounts, returns, options);
    }

    public Optional<ReturnsOptions> returnsOptions() {
        return Optional.ofNullable(returns);
    }

    public ServerOptions withReturns(ReturnsOptions options) {
        return new ServerOptions(warehouse, port, boundaries, limits, accounts, options, oidc);
    }

    public Optional<String> accountsLocation() {
        return Optional.ofNullable(accounts);
    }

    public ServerOptions withAccounts(String location) {
        return new ServerOptions(warehouse, port, boundaries, limits, location, returns, oidc);
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
        Limits limits = Limits.DEFAULT;
        List<AddressBlock> proxies = new ArrayList<>();
        String accounts = null;
        boolean noAccounts = false;
        Path returnsTo = null;
        LocalTime batchTime = null;
        URI oidcIssuer = null;
        String oidcClient = null;
        URI publicUrl = null;
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
                    limits = limits.withRateLimit(
                            wholeNumber(value(arguments, ++index, argument), argument), limits.rateLimitLoopback());
                    break;
                case "--rate-limit-loopback":
                    limits = limits.withRateLimit(limits.rateLimit(), true);
                    break;
                case "--trusted-proxy":
                    proxies.add(addressBlock(value(arguments, ++index, argument)));
                    break;
                case "--accounts":
                    accounts = value(arguments, ++index, argument);
                    if (accounts.startsWith("jdbc:") && !accounts.startsWith("jdbc:postgresql:")) {
                        throw new DashboardException(
                                ErrorCategory.BAD_REQUEST,
                                "--accounts is a SQLite file or a jdbc:postgresql: URL, not "
                                        + DashboardException.quote(accounts.replaceFirst("\\?.*", "")));
                    }
                    break;
                case "--no-accounts":
                    noAccounts = true;
                    break;
                case "--returns-to":
                    returnsTo = Path.of(value(arguments, ++index, argument));
                    break;
                case "--oidc-issuer":
                    oidcIssuer = uri(value(arguments, ++index, argument), argument);
                    break;
                case "--oidc-client-id":
                    oidcClient = value(arguments, ++index, argument);
                    break;
                case "--public-url":
                    publicUrl = uri(value(arguments, ++index, argument), argument);
                    break;
                case "--batch-time":
                    batchTime = time(value(arguments, ++index, argument));
                    break;
                case "--connections-per-client":
                    limits =
                            limits.withConnectionsPerClient(wholeNumber(value(arguments, ++index, argument), argument));
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
        if (noAccounts && accounts != null) {
            throw new DashboardException(ErrorCategory.BAD_REQUEST, "give --accounts or --no-accounts, not both");
        }
        if (!noAccounts && accounts == null) {
            accounts = AccountsDatabase.defaultLocation(warehouse);
        }
        if (returnsTo != null && !Files.isDirectory(returnsTo)) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST,
                    "--returns-to " + returnsTo + " is not a folder (the input folder ingest reads)");
        }
        if (returnsTo != null && noAccounts) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST, "--returns-to needs the accounts: not --no-accounts");
        }
        if (batchTime != null && returnsTo == null) {
            throw new DashboardException(ErrorCategory.BAD_REQUEST, "--batch-time goes with --returns-to");
        }
        OidcOptions oidc = null;
        if (oidcIssuer != null || oidcClient != null) {
            if (oidcIssuer == null || oidcClient == null || publicUrl == null) {
                throw new DashboardException(
                        ErrorCategory.BAD_REQUEST,
                        "sign-in through an identity provider needs --oidc-issuer, --oidc-client-id and --public-url");
            }
            String secret = System.getenv(OIDC_SECRET_VARIABLE);
            if (secret == null || secret.isBlank()) {
                throw new DashboardException(
                        ErrorCategory.BAD_REQUEST, "--oidc-issuer needs the client secret in " + OIDC_SECRET_VARIABLE);
            }
            if (noAccounts) {
                throw new DashboardException(
                        ErrorCategory.BAD_REQUEST, "--oidc-issuer needs the accounts: not --no-accounts");
            }
            oidc = new OidcOptions(oidcIssuer, oidcClient, secret, publicUrl);
        }
        return Optional.of(new ServerOptions(
                warehouse,
                port,
                boundaries,
                limits.withTrustedProxies(proxies),
                noAccounts ? null : accounts,
                returnsTo == null ? null : new ReturnsOptions(returnsTo, batchTime),
                oidc));
    }

    private static URI uri(String text, String option) {
        try {
            URI uri = new URI(text);
            boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
                throw new DashboardException(
                        ErrorCategory.BAD_REQUEST, option + " " + DashboardException.quote(text) + " must be https://");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST, option + " " + DashboardException.quote(text) + " is not a URL");
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST,
                    "--batch-time " + DashboardException.quote(text) + " is not a time (HH:MM)");
        }
    }

    private static AddressBlock addressBlock(String text) {
        try {
            return AddressBlock.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DashboardException(ErrorCategory.BAD_REQUEST, "--trusted-proxy " + e.getMessage());
        }
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
