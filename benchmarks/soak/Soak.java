// Benchmark tool (not a test), run by benchmarks/server-soak.sh with the JDK's source launcher: a mixed load across
// every route of the dashboard server over N connections, for a time or a number of requests; it prints, per route,
// requests, errors, p50 and p99, and per 10-second window the throughput and errors, marking the window in which the
// snapshot in service changed. Usage: java Soak.java BASE_URL SECONDS CONNECTIONS [MAX_REQUESTS]
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Soak {
    static final List<String> ROUTES = List.of(
            "/",
            "/search?q={name}",
            "/area/{la}",
            "/area/{la}?group={la},{la2}",
            "/icb/{icb}",
            "/indicator/{indicator}",
            "/indicators",
            "/changes",
            "/api",
            "/api/snapshot",
            "/api/areas",
            "/api/areas/{la}/profile",
            "/api/areas/{la}/findings",
            "/api/areas/{la}/breakdowns?indicator=ehcp_20wk_excl_exceptions",
            "/api/indicators",
            "/api/indicators/{indicator}",
            "/api/indicators/{indicator}?group={la},{la2}",
            "/api/changes",
            "/api/groups",
            "/export.csv?indicator={indicator}",
            "/export.csv?area={la}",
            "/export-metadata.csv",
            "/changes.csv",
            "{stylesheet}",
            "{script}");

    record Sample(String route, long nanos, int status, long at) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long seconds = Long.parseLong(args[1]);
        int connections = Integer.parseInt(args[2]);
        long maxRequests = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String areas = get(client, base + "/api/areas");
        List<String> las = codes(areas, "la");
        List<String> icbs = codes(areas, "icb");
        List<String> names = new ArrayList<>();
        Matcher name = Pattern.compile("\"area_name\":\"([A-Za-z ]{4,})\"").matcher(areas);
        while (name.find()) {
            names.add(name.group(1).split(" ")[0]);
        }
        List<String> indicators = new ArrayList<>();
        Matcher id = Pattern.compile("\"id\":\"([a-z0-9_]+)\"").matcher(get(client, base + "/api/indicators"));
        while (id.find()) {
            indicators.add(id.group(1));
        }
        // the built files' addresses change with their bytes: take them from a page
        String page = get(client, base + "/indicators");
        String stylesheet = first(page, "href=\"(/static/sendacc\\.[0-9a-f]+\\.css)\"");
        String script = first(page, "src=\"(/static/govuk\\.[0-9a-f]+\\.js)\"");
        System.out.printf("soak: %d routes, %d LAs, %d ICB footprints, %d indicators, %d connections, %d s%n",
                ROUTES.size(), las.size(), icbs.size(), indicators.size(), connections, seconds);

        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        AtomicLong sent = new AtomicLong();
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        Map<Long, String> snapshotByWindow = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(connections);
        for (int worker = 0; worker < connections; worker++) {
            long seed = worker;
            new Thread(() -> {
                Random random = new Random(seed);
                try {
                    while (System.nanoTime() < end && sent.incrementAndGet() <= maxRequests) {
                        String route = ROUTES.get(random.nextInt(ROUTES.size()));
                        // two different LAs for a group (one LA twice is one LA: a 400, rightly)
                        int first = random.nextInt(las.size());
                        int second = (first + 1 + random.nextInt(las.size() - 1)) % las.size();
                        String path = route.replace("{la2}", las.get(second))
                                .replace("{la}", las.get(first))
                                .replace("{icb}", icbs.get(random.nextInt(icbs.size())))
                                .replace("{indicator}", indicators.get(random.nextInt(indicators.size())))
                                .replace("{name}", names.get(random.nextInt(names.size())))
                                .replace("{stylesheet}", stylesheet)
                                .replace("{script}", script);
                        long before = System.nanoTime();
                        int status;
                        String body = "";
                        try {
                            HttpResponse<String> response = client.send(
                                    HttpRequest.newBuilder(URI.create(base + path))
                                            .timeout(Duration.ofSeconds(30))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            status = response.statusCode();
                            body = route.equals("/api/snapshot") ? response.body() : "";
                        } catch (Exception e) {
                            status = -1;
                        }
                        long after = System.nanoTime();
                        samples.add(new Sample(route, after - before, status, after - start));
                        Matcher snapshot = Pattern.compile("\"snapshot_id\":\"([^\"]+)\"").matcher(body);
                        if (snapshot.find()) {
                            snapshotByWindow.merge((after - start) / 10_000_000_000L, snapshot.group(1),
                                    (a, b) -> a.endsWith(b) ? a : a + " -> " + b);
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;

        Map<String, List<Sample>> byRoute = new TreeMap<>();
        long errors = 0;
        for (Sample sample : samples) {
            byRoute.computeIfAbsent(sample.route(), r -> new ArrayList<>()).add(sample);
            if (sample.status() < 200 || sample.status() >= 400) {
                errors++;
            }
        }
        System.out.printf("%-62s %8s %7s %9s %9s%n", "route", "requests", "errors", "p50_ms", "p99_ms");
        for (Map.Entry<String, List<Sample>> entry : byRoute.entrySet()) {
            List<Long> nanos = new ArrayList<>();
            long routeErrors = 0;
            for (Sample sample : entry.getValue()) {
                nanos.add(sample.nanos());
                routeErrors += sample.status() < 200 || sample.status() >= 400 ? 1 : 0;
            }
            Collections.sort(nanos);
            System.out.printf("%-62s %8d %7d %9.2f %9.2f%n", entry.getKey(), nanos.size(), routeErrors,
                    nanos.get((int) Math.floor(0.50 * (nanos.size() - 1))) / 1e6,
                    nanos.get((int) Math.floor(0.99 * (nanos.size() - 1))) / 1e6);
        }
        Map<Long, long[]> windows = new TreeMap<>();
        for (Sample sample : samples) {
            long[] window = windows.computeIfAbsent(sample.at() / 10_000_000_000L, w -> new long[2]);
            window[0]++;
            window[1] += sample.status() < 200 || sample.status() >= 400 ? 1 : 0;
        }
        System.out.println("window_s  requests_per_s  errors  snapshot");
        windows.forEach((window, counts) -> System.out.printf("%8d  %14.1f  %6d  %s%n", window * 10,
                counts[0] / 10.0, counts[1], snapshotByWindow.getOrDefault(window, "")));
        System.out.printf("soak_requests %d%nsoak_errors %d%nsoak_seconds %.1f%nsoak_requests_per_s %.1f%n",
                samples.size(), errors, elapsed, samples.size() / elapsed);
    }

    static String get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static List<String> codes(String areas, String level) {
        List<String> codes = new ArrayList<>();
        Matcher area = Pattern.compile("\"area_code\":\"([A-Z0-9]+)\"[^}]*?\"area_level\":\"" + level + "\"")
                .matcher(areas);
        while (area.find()) {
            codes.add(area.group(1));
        }
        return codes;
    }

    private static String first(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no match for " + pattern + " in the page");
        }
        return matcher.group(1);
    }
}
