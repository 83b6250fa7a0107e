package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code ees/sen2_dmo_dco.csv}: whether each LA reported a Designated Medical Officer, Designated Clinical
 * Officer and Designated Social Care Officer in post in January, in DfE's exact layout (LA rows only).
 *
 * <p>An LA's answers persist from year to year (each year it keeps last year's answer four times in five), drifting
 * towards DfE's national shares. The social care officer was first asked in 2025 and is {@code n/a} before. Two LAs
 * did not return the form in one year ({@code Not returned}).
 */
final class DmoDcoTable {

    static final String FILE = "ees/sen2_dmo_dco.csv";
    static final String TIME_IDENTIFIER = "Calendar year";
    static final String YES = "Yes";
    static final String NO = "No";
    static final String RECRUITING = "Recruiting";
    static final String NOT_APPLICABLE = "n/a";
    static final String NOT_RETURNED = "Not returned";

    static final List<String> HEADER = EesTidyCsvWriter.header("des_med_off", "des_clin_off", "des_so_care_off");

    private static final int FIRST_SOCIAL_CARE_YEAR = 2025;
    private static final double KEEP_LAST_ANSWER = 0.8;
    private static final double RECRUITING_SHARE = 0.015;

    private DmoDcoTable() {}

    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options, MissingReturns missing) {
        requireNonNull(missing, "missing is null");
        try (EesTidyCsvWriter writer = new EesTidyCsvWriter(outputFolder, FILE, HEADER)) {
            for (int year = options.fromYear(); year <= options.toYear(); year++) {
                LocalDate referenceDay = DfeCodeConvention.januaryReferenceDay(year);
                for (LocalAuthority authority : geography.authoritiesOn(referenceDay)) {
                    String code = DfeCodeConvention.publishedCode(
                            authority, DfeCodeConvention.Publication.DMO_DCO, referenceDay);
                    List<String> answers = missing.dmoDcoNotReturned(authority.code(), year)
                            ? List.of(
                                    NOT_RETURNED,
                                    NOT_RETURNED,
                                    year >= FIRST_SOCIAL_CARE_YEAR ? NOT_RETURNED : NOT_APPLICABLE)
                            : answers(authority, year, options.seed());
                    writer.write(
                            EesTidyCsvWriter.localAuthority(Integer.toString(year), TIME_IDENTIFIER, authority, code),
                            answers);
                }
            }
            return writer.records();
        }
    }

    /** The LA's three answers for the year, from a chain that starts in 2010 whatever {@code --from} is. */
    private static List<String> answers(LocalAuthority authority, int year, long seed) {
        SplittableRandom random = AreaRandom.of(seed, authority.code(), "dmo-dco");
        String medical = null;
        String clinical = null;
        String socialCare = null;
        for (int chainYear = LaProfiles.FIRST_YEAR; chainYear <= year; chainYear++) {
            medical = next(random, medical, NationalTrajectory.dmoInPost(chainYear));
            clinical = next(random, clinical, NationalTrajectory.dcoInPost(chainYear));
            String drawn = socialCare(random);
            socialCare = socialCare == null || !Draws.chance(random, KEEP_LAST_ANSWER) ? drawn : socialCare;
        }
        return List.of(medical, clinical, year >= FIRST_SOCIAL_CARE_YEAR ? socialCare : NOT_APPLICABLE);
    }

    private static String next(SplittableRandom random, String last, double inPost) {
        boolean keep = Draws.chance(random, KEEP_LAST_ANSWER);
        double draw = random.nextDouble();
        if (last != null && keep) {
            return last;
        }
        if (draw < RECRUITING_SHARE) {
            return RECRUITING;
        }
        return draw < RECRUITING_SHARE + inPost ? YES : NO;
    }

    private static String socialCare(SplittableRandom random) {
        double draw = random.nextDouble();
        if (draw < 0.77) {
            return YES;
        }
        if (draw < 0.89) {
            return NO;
        }
        if (draw < 0.92) {
            return RECRUITING;
        }
        return NOT_RETURNED;
    }
}
