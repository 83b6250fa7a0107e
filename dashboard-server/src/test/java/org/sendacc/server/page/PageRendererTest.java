package org.sendacc.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendacc.server.DashboardApp;
import org.sendacc.server.http.StaticAssets;

class PageRendererTest {
    private final PageRenderer renderer =
            new PageRenderer(DashboardApp.objectMapper(), StaticAssets.bundled(DashboardApp.objectMapper()));

    /** A figure: the value and the digits a chart needs. */
    record Point(double value, Double lower) {}

    @Test
    void chartFiguresKeepSixSignificantDigitsAndEveryWholeDigit() {
        Map<String, Object> chart = new LinkedHashMap<>();
        // worked by hand: 20.19598|5985... rounds up at the sixth digit; 0.1 + 0.2's tail goes; a count of seven digits
        // keeps them all; 99.999951 carries to 100; a small rate keeps six significant digits; nulls stay
        chart.put(
                "values",
                Arrays.asList(20.195985985385203, 0.1 + 0.2, 1234567.0, 1.5, 99.999951, -0.000123456789, null));
        chart.put("point", new Point(33.333333333333336, 2.0 / 3.0));
        assertThat(renderer.scriptJson(chart))
                .isEqualTo("{\"values\":[20.196,0.3,1234567.0,1.5,100.0,-1.23457E-4,null],"
                        + "\"point\":{\"value\":33.3333,\"lower\":0.666667}}");
    }

    @Test
    void chartTextCannotCloseItsScriptElement() {
        assertThat(renderer.scriptJson(Map.of("name", "</script><b>&")))
                .isEqualTo("{\"name\":\"\\u003C/script\\u003E\\u003Cb\\u003E\\u0026\"}");
    }
}
