package org.sendacc.rules.contract;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * A publisher's own legend of the symbols it writes instead of numbers. A symbol is a missing value with a reason,
 * never a zero, unless the legend itself says it means zero (the MoJ tribunal table writes " - " for zero).
 */
public record MissingValueLegend(String publisher, Map<String, String> reasons, Map<String, String> zeroSymbols)
        implements Serializable {

    /** DfE's Explore Education Statistics symbols. */
    public static final MissingValueLegend DFE = new MissingValueLegend(
            "DfE",
            Map.of(
                    "x", "not available (x)",
                    "z", "not applicable (z)",
                    "c", "suppressed (c)",
                    "low", "rounds to zero (low)",
                    "u", "low reliability (u)"),
            Map.of());

    /** The MoJ SEND tribunal table's footnotes: ".." not available, "~" suppressed, "-" zero. */
    public static final MissingValueLegend MOJ =
            new MissingValueLegend("MoJ", Map.of("..", "not available (..)", "~", "suppressed (~)"), Map.of("-", "0"));

    /** NHS England and other publishers: "-" and "NA" for not available; "*" (early 2023 editions) for disclosure control. */
    public static final MissingValueLegend NHS = new MissingValueLegend(
            "NHS England",
            Map.of(
                    "-",
                    "not available (-)",
                    "NA",
                    "not available (NA)",
                    "*",
                    "published only as an England total, to prevent disclosure (*)"),
            Map.of());

    /** Ofsted's area SEND inspection table: a revisit date column says "Not revisited yet". */
    public static final MissingValueLegend OFSTED =
            new MissingValueLegend("Ofsted", Map.of("Not revisited yet", "not revisited yet"), Map.of());

    /** The LA analysts' network's scrape of Ofsted reports: Python's "nan" and "None", and 01/01/1900 for "none found". */
    public static final MissingValueLegend D2I = new MissingValueLegend(
            "Data to Insight",
            Map.of(
                    "nan", "not given in the scrape (nan)",
                    "None", "not given in the scrape (None)",
                    "01/01/1900", "no previous inspection found (01/01/1900)"),
            Map.of());

    /** R's write.csv, as DfE re-saved Ofsted's management information: NA for not available. */
    public static final MissingValueLegend R_NA =
            new MissingValueLegend("DfE (R export)", Map.of("NA", "not available (NA)"), Map.of());

    /** Our local return templates: an empty cell is the only way to say "not known". */
    public static final MissingValueLegend NONE = new MissingValueLegend("local return", Map.of(), Map.of());

    public MissingValueLegend {
        requireNonNull(publisher, "publisher is null");
        reasons = Map.copyOf(requireNonNull(reasons, "reasons is null"));
        zeroSymbols = Map.copyOf(requireNonNull(zeroSymbols, "zeroSymbols is null"));
    }

    /** The reason a symbol stands for, when the (trimmed) text is one of this legend's missing-value symbols. */
    public Optional<String> reasonFor(String text) {
        return Optional.ofNullable(reasons.get(text));
    }

    /** The value a symbol stands for, when the legend says the symbol means a number (MoJ's "-" = 0). */
    public Optional<String> valueFor(String text) {
        return Optional.ofNullable(zeroSymbols.get(text));
    }
}
