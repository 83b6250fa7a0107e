package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * A made-up NHS provider of children's community services in one ICB.
 *
 * <p>NHS England publishes waiting lists by provider and sums them to ICB, region and England, so the workbook
 * needs providers. Their codes use ODS-like prefixes that no real trust uses (RZ, RU, RS... and NZ... for community
 * interest companies) so that a synthetic provider can never be mistaken for a real one.
 *
 * @param shares the provider's share of the ICB's waiting list for each service it runs (missing = not provided)
 */
record SyntheticProvider(String code, String name, String icbOdsCode, Map<TherapyService, Double> shares) {

    SyntheticProvider {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(icbOdsCode, "icbOdsCode is null");
        shares = Map.copyOf(requireNonNull(shares, "shares is null"));
    }

    boolean provides(TherapyService service) {
        return shares.containsKey(service);
    }

    double share(TherapyService service) {
        return shares.getOrDefault(service, 0.0);
    }
}
