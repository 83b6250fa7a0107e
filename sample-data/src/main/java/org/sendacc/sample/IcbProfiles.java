package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendacc.reference.Icb;

/**
 * Draws every ICB's {@link IcbProfile}, including its made-up providers.
 *
 * <p>Each ICB's profile comes from its own random stream. Provider codes depend only on the ICB's position in ODS
 * order, never on the seed, so the provider list of an ICB is stable across seeds (only shares and sizes vary).
 */
final class IcbProfiles {

    static final int FIRST_YEAR = LaProfiles.FIRST_YEAR;

    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String[] COMMUNITY_TRUST_PREFIXES = {"RZ", "RU"};
    private static final String[] HOSPITAL_TRUST_PREFIXES = {"RS", "R9"};
    private static final String[] INTEREST_COMPANY_PREFIXES = {"NZ", "NU"};

    private static final double ADVICE_TARGET = 0.6;
    private static final double ADVICE_EFFECT_SPREAD = 1.0;
    private static final double ADVICE_DRIFT_SPREAD = 0.3;
    private static final double DRIFT_PERSISTENCE = 0.75;
    private static final double REFERRAL_SPREAD = 0.2;
    private static final double SLT_BACKLOG_CHANCE = 0.15;
    private static final double SLT_BACKLOG_FACTOR = 1.7;

    private IcbProfiles() {}

    static Map<String, IcbProfile> build(SampleGeography geography, long seed, int lastYear) {
        requireNonNull(geography, "geography is null");
        int years = lastYear - FIRST_YEAR + 1;
        Map<String, IcbProfile> profiles = new LinkedHashMap<>();
        List<Icb> icbs = geography.icbs();
        for (int position = 0; position < icbs.size(); position++) {
            Icb icb = icbs.get(position);
            SplittableRandom random = AreaRandom.of(seed, icb.odsCode(), "icb-profile");
            double adviceEffect = Draws.normal(random, 0, ADVICE_EFFECT_SPREAD);
            double[] advice = new double[years];
            double[] caseloadPerWte = new double[years];
            double drift = 0;
            double caseload = 40 + 110 * random.nextDouble();
            for (int year = 0; year < years; year++) {
                drift = DRIFT_PERSISTENCE * drift + Draws.normal(random, 0, ADVICE_DRIFT_SPREAD);
                advice[year] = Draws.expit(Draws.logit(ADVICE_TARGET) + adviceEffect + drift);
                caseload = Draws.clamp(caseload * Draws.logNormalFactor(random, 0.06), 38, 155);
                caseloadPerWte[year] = caseload;
            }
            Map<TherapyService, Double> referralFactor = new EnumMap<>(TherapyService.class);
            Map<TherapyService, Double> waitFactor = new EnumMap<>(TherapyService.class);
            for (TherapyService service : TherapyService.values()) {
                referralFactor.put(service, Draws.logNormalFactor(random, REFERRAL_SPREAD));
                waitFactor.put(service, Draws.logNormalFactor(random, waitSpread(service)));
            }
            if (Draws.chance(random, SLT_BACKLOG_CHANCE)) {
                waitFactor.put(TherapyService.SLT, waitFactor.get(TherapyService.SLT) * SLT_BACKLOG_FACTOR);
            }
            double sltWtePer10k = 2.4 * Draws.logNormalFactor(random, 0.3);
            List<SyntheticProvider> providers = providers(icb, position, random);
            profiles.put(
                    icb.odsCode(),
                    new IcbProfile(
                            icb,
                            geography.icbPopulation0to25(icb),
                            FIRST_YEAR,
                            advice,
                            referralFactor,
                            waitFactor,
                            sltWtePer10k,
                            caseloadPerWte,
                            providers));
        }
        return profiles;
    }

    private static double waitSpread(TherapyService service) {
        return switch (service) {
            case SLT -> 0.4;
            case COMMUNITY_PAEDIATRICS -> 0.35;
            case OT -> 0.35;
            case PHYSIO -> 0.3;
        };
    }

    private static List<SyntheticProvider> providers(Icb icb, int position, SplittableRandom random) {
        String place = shortName(icb).toUpperCase(Locale.ROOT);
        Map<TherapyService, Double> community = new EnumMap<>(TherapyService.class);
        Map<TherapyService, Double> hospital = new EnumMap<>(TherapyService.class);
        Map<TherapyService, Double> interestCompany = new EnumMap<>(TherapyService.class);
        for (TherapyService service : TherapyService.values()) {
            community.put(service, 1.0);
        }
        hospital.put(TherapyService.COMMUNITY_PAEDIATRICS, 0.4 + 0.9 * random.nextDouble());
        if (Draws.chance(random, 0.5)) {
            hospital.put(TherapyService.PHYSIO, 0.2 + 0.6 * random.nextDouble());
        }
        boolean hasInterestCompany = Draws.chance(random, 0.5);
        if (hasInterestCompany) {
            TherapyService service = Draws.chance(random, 0.6) ? TherapyService.SLT : TherapyService.OT;
            interestCompany.put(service, 0.25 + 0.5 * random.nextDouble());
        }
        List<Map<TherapyService, Double>> weights = List.of(community, hospital, interestCompany);
        Map<TherapyService, Double> totals = new EnumMap<>(TherapyService.class);
        for (Map<TherapyService, Double> provider : weights) {
            provider.forEach((service, weight) -> totals.merge(service, weight, Double::sum));
        }
        List<SyntheticProvider> providers = new ArrayList<>();
        providers.add(new SyntheticProvider(
                code(COMMUNITY_TRUST_PREFIXES, position),
                place + " COMMUNITY HEALTHCARE NHS TRUST",
                icb.odsCode(),
                normalised(community, totals)));
        providers.add(new SyntheticProvider(
                code(HOSPITAL_TRUST_PREFIXES, position),
                place + " HOSPITALS NHS FOUNDATION TRUST",
                icb.odsCode(),
                normalised(hospital, totals)));
        if (hasInterestCompany) {
            providers.add(new SyntheticProvider(
                    code(INTEREST_COMPANY_PREFIXES, position),
                    place + " CHILDREN'S THERAPIES CIC",
                    icb.odsCode(),
                    normalised(interestCompany, totals)));
        }
        return providers;
    }

    private static Map<TherapyService, Double> normalised(
            Map<TherapyService, Double> weights, Map<TherapyService, Double> totals) {
        Map<TherapyService, Double> shares = new EnumMap<>(TherapyService.class);
        weights.forEach((service, weight) -> shares.put(service, weight / totals.get(service)));
        return shares;
    }

    private static String code(String[] prefixes, int position) {
        int prefix = position / CODE_CHARACTERS.length();
        if (prefix >= prefixes.length) {
            throw new IllegalStateException("too many ICBs for the synthetic provider code space");
        }
        return prefixes[prefix] + CODE_CHARACTERS.charAt(position % CODE_CHARACTERS.length());
    }

    /** "NHS Kent and Medway Integrated Care Board" becomes "Kent and Medway", as NHS England writes ICBs. */
    static String shortName(Icb icb) {
        String name = icb.name().trim();
        if (name.startsWith("NHS ")) {
            name = name.substring(4);
        }
        for (String suffix : List.of(" Integrated Care Board", " ICB")) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return name.trim();
    }
}
