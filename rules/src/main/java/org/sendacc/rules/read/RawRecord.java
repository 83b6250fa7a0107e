package org.sendacc.rules.read;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.sendacc.rules.contract.Problem;

/**
 * One record as a reader found it: its row number in the source (the 1-based line in a text file, the row number
 * Excel shows in a workbook), its cells by column name, and any layout problem that stops it being validated.
 */
public record RawRecord(long row, Map<String, String> cells, List<Problem> problems) {
    public RawRecord {
        requireNonNull(cells, "cells is null");
        problems = List.copyOf(requireNonNull(problems, "problems is null"));
    }

    public static RawRecord of(long row, Map<String, String> cells) {
        return new RawRecord(row, cells, List.of());
    }

    public static RawRecord broken(long row, Problem problem) {
        return new RawRecord(row, Map.of(), List.of(problem));
    }
}
