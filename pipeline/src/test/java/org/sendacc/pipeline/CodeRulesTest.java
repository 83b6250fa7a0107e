package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sendacc.testing.RealData;

/**
 * The rules of docs/build.md that no compiler checks, over every module's main code, so that {@code ./mvnw verify}
 * enforces them: vocabularies are compared as the contract's enums, never as token text; England's code, the catalogue
 * entry and the Parquet column reader are each defined once.
 */
class CodeRulesTest {
    /** Tokens of the contract's vocabularies that must never be compared as text outside {@code contract}. */
    private static final List<String> TOKENS = List.of(
            "percent",
            "per_1000",
            "per_10000",
            "yes_no",
            "progress_score",
            "higher_is_better",
            "lower_is_better",
            "no_judgement",
            "wilson",
            "byar",
            "suppress_counts_1_to_4",
            "sen2_person_level_2023",
            "better_99.8",
            "better_95",
            "worse_95",
            "worse_99.8",
            "higher_99.8",
            "higher_95",
            "lower_95",
            "lower_99.8",
            "not_compared",
            "no_significant_change",
            "not_enough_data",
            "not_tested",
            "getting_better",
            "getting_worse");

    @Test
    void noMainCodeOutsideTheContractComparesAVocabularyTokenAsText() {
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            if (file.toString().contains("/contract/src/main/")) {
                continue;
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = withoutComment(lines.get(i));
                for (String token : TOKENS) {
                    if (code.contains('"' + token + '"')) {
                        found.add(relative(file) + ":" + (i + 1) + " \"" + token + "\"");
                    }
                }
            }
        }
        assertThat(found).as("token literals in main code outside contract").isEmpty();
    }

    @Test
    void theRowRulesAndTheServerRunWithoutSparkOrIngest() throws IOException {
        // the row rules are the server's too, for partners' uploads (issue 24): neither the rules module nor the
        // server may reach Spark or ingest, not even through a library; the build writes each module's runtime class
        // path beside its jar (target/classpath.txt), and the modules are built before this one
        List<String> found = new ArrayList<>();
        for (String module : List.of("contract", "reference", "rules", "dashboard-server")) {
            Path classPath = RealData.projectRoot().resolve(module).resolve("target/classpath.txt");
            assertThat(classPath)
                    .as("the build writes " + module + "'s class path")
                    .exists();
            for (String entry : Files.readString(classPath).strip().split(":")) {
                String jar = entry.substring(entry.lastIndexOf('/') + 1);
                if (jar.startsWith("spark-") || jar.startsWith("sendacc-ingest") || jar.startsWith("sendacc-spark")) {
                    found.add(module + ": " + jar);
                }
            }
        }
        for (Path file : mainSources()) {
            if (!file.toString().contains("/rules/src/main/java/")) {
                continue;
            }
            for (String line : lines(file)) {
                if (line.startsWith("import org.apache.spark") || line.startsWith("import org.sendacc.ingest")) {
                    found.add(relative(file) + ": " + line);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void englandsCodeIsWrittenOnceInMainCode() {
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (withoutComment(lines.get(i)).contains("\"E92000001\"")) {
                    found.add(relative(file));
                }
            }
        }
        assertThat(found).containsExactly("contract/src/main/java/org/sendacc/contract/snapshot/AreaLevel.java");
    }

    @Test
    void oneCatalogueEntryTypeAndOneParquetColumnReader() {
        Pattern catalogueEntry = Pattern.compile("@JsonProperty\\(\"ci_method\"\\)");
        Pattern columnReader = Pattern.compile("import org\\.apache\\.parquet\\.column\\.ColumnReader;");
        List<String> entries = new ArrayList<>();
        List<String> readers = new ArrayList<>();
        for (Path file : mainSources()) {
            String text = String.join("\n", lines(file));
            Matcher entry = catalogueEntry.matcher(text);
            if (entry.find()) {
                entries.add(relative(file));
            }
            if (columnReader.matcher(text).find()) {
                readers.add(relative(file));
            }
        }
        assertThat(entries).containsExactly("contract/src/main/java/org/sendacc/contract/catalogue/Indicator.java");
        assertThat(readers).containsExactly("parquet-support/src/main/java/org/sendacc/parquet/ColumnCursor.java");
    }

    private static List<Path> mainSources() {
        Path root = RealData.projectRoot();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sources = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/main/java/"))
                    .filter(path -> !root.relativize(path).startsWith("benchmarks"))
                    .filter(path -> !path.toString().contains("/target/"))
                    .sorted()
                    .toList();
            assertThat(sources).as("main sources under " + root).hasSizeGreaterThan(100);
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path file) {
        return RealData.projectRoot().relativize(file).toString();
    }

    /** The line without a trailing or whole-line comment (a comment may name a token). */
    private static String withoutComment(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("*") || stripped.startsWith("/*") || stripped.startsWith("//")) {
            return "";
        }
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }
}
