package org.sendacc.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;

/**
 * The pages' scripts, stylesheet and icon, as the build made them (src/main/web, docs/web-performance.md): each under
 * {@code /static/NAME.HASH.EXT}, held in memory in every form the build wrote (plain, gzip, brotli) and served with
 * {@code Cache-Control: immutable}, since a file's name changes whenever its bytes do. Nothing else is served from
 * {@code /static}: there is no folder behind it to wander in.
 */
public final class StaticAssets {
    /** Where the build puts the files and their manifest, on the class path. */
    static final String FOLDER = "/web/";

    /** A year: the longest lifetime caches honour; the name changes before the bytes could. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Map<String, String> urls;
    private final Map<String, Encoded> files;

    private StaticAssets(Map<String, String> urls, Map<String, Encoded> files) {
        this.urls = Map.copyOf(urls);
        this.files = Map.copyOf(files);
    }

    /** The assets the build bundled into the jar; fails at start-up, naming what is missing, if the build did not. */
    public static StaticAssets bundled(ObjectMapper mapper) {
        JsonNode manifest;
        try (InputStream in = open(FOLDER + "manifest.json")) {
            manifest = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + "manifest.json", e);
        }
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, Encoded> files = new LinkedHashMap<>();
        manifest.fields().forEachRemaining(entry -> {
            String file = entry.getValue().path("file").asText();
            String type = entry.getValue().path("type").asText();
            byte[] identity = read(FOLDER + file);
            files.put(
                    file,
                    new Encoded(
                            type,
                            identity,
                            read(FOLDER + file + ".gz"),
                            read(FOLDER + file + ".br"),
                            Encoded.tag(identity)));
            urls.put(entry.getKey(), "/static/" + file);
        });
        return new StaticAssets(urls, files);
    }

    /** The address of the asset the build calls {@code name} (e.g. {@code sendacc.css}), for the pages. */
    public String url(String name) {
        String url = urls.get(name);
        if (url == null) {
            throw new IllegalArgumentException("no web asset " + name + "; the build made " + urls.keySet());
        }
        return url;
    }

    /** Every asset's address by its name. */
    public Map<String, String> urls() {
        return urls;
    }

    /** The asset at {@code /static/FILE}, if the build made one so named. */
    public Optional<Encoded> file(String file) {
        return Optional.ofNullable(files.get(file));
    }

    /** {@code GET /static/{file}}: the file, or 404. */
    public void serve(Context context) {
        String name = context.pathParam("file");
        file(name)
                .orElseThrow(() -> new DashboardException(
                        ErrorCategory.NOT_FOUND, "No file " + DashboardException.quote(name) + " in /static"))
                .send(context, IMMUTABLE);
    }

    private static InputStream open(String resource) {
        InputStream in = StaticAssets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path: the build (src/main/web/build.sh)"
                    + " did not make the pages' assets");
        }
        return in;
    }

    private static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
