package org.sendacc.server.page;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import org.sendacc.server.http.StaticAssets;

/**
 * Renders the pages: Pebble templates under {@code templates/} (HTML-escaped unless a template says otherwise), with
 * the built assets' addresses (docs/web-performance.md), and the JSON each page hands its charts. That JSON sits inside a {@code <script>} element, so
 * {@code <}, {@code >} and {@code &} are written as unicode escapes and no area name can close the element.
 */
public final class PageRenderer {
    private final PebbleEngine engine;
    private final ObjectMapper chartJson;
    private final Map<String, String> assets;

    public PageRenderer(ObjectMapper mapper, StaticAssets assets) {
        ClasspathLoader loader = new ClasspathLoader(PageRenderer.class.getClassLoader());
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .newLineTrimming(true)
                .build();
        this.chartJson = requireNonNull(mapper, "mapper is null").copy();
        this.chartJson.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
        this.chartJson.registerModule(new SimpleModule("chart-figures")
                .addSerializer(Double.class, new ChartFigure())
                .addSerializer(double.class, new ChartFigure()));
        this.assets = requireNonNull(assets, "assets is null").urls();
    }

    /** The page {@code template} with the model, plus {@code assets} (each built asset's address by its name). */
    public String render(String template, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("assets", assets);
        PebbleTemplate compiled = engine.getTemplate(template);
        StringWriter out = new StringWriter(32 * 1024);
        try {
            compiled.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template, e);
        }
        return out.toString();
    }

    /**
     * JSON safe to place inside a {@code <script type="application/json">} element, its figures rounded as {@link
     * ChartFigure} says (docs/web-performance.md, "The charts' figures").
     */
    public String scriptJson(Object value) {
        try {
            return chartJson.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write chart data", e);
        }
    }

    /**
     * A chart's figure to {@value #SIGNIFICANT_DIGITS} significant digits, and never fewer than its whole digits (a
     * count of 1,234,567 stays whole): the charts show one decimal place at most, and a figure's 17 digits made a third
     * of the area page's chart data. The tables, the API and the CSV keep every digit.
     */
    static final class ChartFigure extends StdSerializer<Double> {
        static final int SIGNIFICANT_DIGITS = 6;

        ChartFigure() {
            super(Double.class);
        }

        static double round(double value) {
            if (!Double.isFinite(value) || value == 0) {
                return value;
            }
            BigDecimal exact = new BigDecimal(value);
            int wholeDigits = exact.precision() - exact.scale();
            return exact.round(new MathContext(Math.max(SIGNIFICANT_DIGITS, wholeDigits)))
                    .doubleValue();
        }

        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeNumber(round(value));
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // U+2028 and U+2029 end a line in older JavaScript parsers.
            if (ch == 0x2028) {
                return new SerializedString("\\u2028");
            }
            if (ch == 0x2029) {
                return new SerializedString("\\u2029");
            }
            return null;
        }
    }
}
