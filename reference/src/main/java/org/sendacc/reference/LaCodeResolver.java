package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves an LA code as published for a period to our canonical code.
 *
 * <p>Publishers do not agree on codes after a reorganisation: DfE keeps the county codes of North Yorkshire and
 * Somerset after they became unitary, flips Buckinghamshire between two codes inside one file, and ONS recoded
 * Barnsley and Sheffield in 2025. A recode keeps the footprint, so its old code is an alias for any period. Any other
 * change (merger, split, boundary change) is a break: the old code resolves only for periods when the old authority
 * existed, and the successor only once it was created, so a series is never silently joined across the change.
 */
public final class LaCodeResolver implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, LocalAuthority> authoritiesByCode;
    private final Map<String, String> canonicalCodeByRecodedCode;
    private final Map<String, List<LocalAuthority>> authoritiesByOldNumber;

    /**
     * Builds a resolver over the given authorities and declared code changes.
     *
     * @throws IllegalArgumentException if two authorities share a code, a recode chain loops, or a recode does not end
     *     at a known authority
     */
    public LaCodeResolver(List<LocalAuthority> localAuthorities, List<LaCodeChange> codeChanges) {
        requireNonNull(localAuthorities, "localAuthorities is null");
        requireNonNull(codeChanges, "codeChanges is null");
        Map<String, LocalAuthority> byCode = new HashMap<>();
        Map<String, List<LocalAuthority>> byOldNumber = new HashMap<>();
        for (LocalAuthority authority : localAuthorities) {
            if (byCode.putIfAbsent(authority.code(), authority) != null) {
                throw new IllegalArgumentException("LA code '" + authority.code() + "' appears twice");
            }
            byOldNumber
                    .computeIfAbsent(authority.oldLaCode(), number -> new ArrayList<>())
                    .add(authority);
        }
        Map<String, String> recodes = new HashMap<>();
        for (LaCodeChange change : codeChanges) {
            if (change.type() != LaChangeType.RECODE) {
                continue;
            }
            if (byCode.containsKey(change.oldCode())) {
                throw new IllegalArgumentException(
                        "recoded LA code '" + change.oldCode() + "' is also a code of its own in the LA table");
            }
            String previous = recodes.putIfAbsent(change.oldCode(), change.newCode());
            if (previous != null && !previous.equals(change.newCode())) {
                throw new IllegalArgumentException("LA code '" + change.oldCode() + "' is recoded to both '" + previous
                        + "' and '" + change.newCode() + "'");
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (String oldCode : recodes.keySet()) {
            canonical.put(oldCode, followRecodes(oldCode, recodes, byCode));
        }
        Map<String, List<LocalAuthority>> frozenByOldNumber = new HashMap<>();
        byOldNumber.forEach((number, authorities) -> frozenByOldNumber.put(number, List.copyOf(authorities)));
        this.authoritiesByCode = Map.copyOf(byCode);
        this.canonicalCodeByRecodedCode = Map.copyOf(canonical);
        this.authoritiesByOldNumber = Map.copyOf(frozenByOldNumber);
    }

    private static String followRecodes(
            String oldCode, Map<String, String> recodes, Map<String, LocalAuthority> authoritiesByCode) {
        Set<String> seen = new HashSet<>();
        String code = oldCode;
        while (recodes.containsKey(code)) {
            if (!seen.add(code)) {
                throw new IllegalArgumentException(
                        "recode chain from LA code '" + oldCode + "' loops at '" + code + "'");
            }
            code = recodes.get(code);
        }
        if (!authoritiesByCode.containsKey(code)) {
            throw new IllegalArgumentException(
                    "recode chain from LA code '" + oldCode + "' ends at '" + code + "', which is not in the LA table");
        }
        return code;
    }

    /**
     * Resolves a GSS code (E06/E08/E09/E10) published for the period [periodStart, periodEnd], both inclusive.
     *
     * <p>The code is trimmed; otherwise matching is exact (case-sensitive).
     */
    public LaResolution resolve(String publishedCode, LocalDate periodStart, LocalDate periodEnd) {
        requireNonNull(publishedCode, "publishedCode is null");
        checkPeriod(periodStart, periodEnd);
        String code = publishedCode.trim();
        LocalAuthority authority = authoritiesByCode.get(code);
        if (authority != null) {
            if (authority.isInUseDuring(periodStart, periodEnd)) {
                return new LaResolution.Resolved(authority, false);
            }
            return new LaResolution.Unresolved(
                    notInUse("LA code '" + code + "' (" + authority.name() + ")", authority, periodStart, periodEnd));
        }
        String canonicalCode = canonicalCodeByRecodedCode.get(code);
        if (canonicalCode != null) {
            return new LaResolution.Resolved(authoritiesByCode.get(canonicalCode), true);
        }
        return new LaResolution.Unresolved("unknown LA code '" + code + "'");
    }

    /**
     * Resolves DfE's 3-digit LA number (e.g. "835") published for the period [periodStart, periodEnd] to the authority
     * that had that number then.
     *
     * <p>The number is trimmed; otherwise matching is exact.
     */
    public LaResolution resolveOldNumber(String threeDigitNumber, LocalDate periodStart, LocalDate periodEnd) {
        requireNonNull(threeDigitNumber, "threeDigitNumber is null");
        checkPeriod(periodStart, periodEnd);
        String number = threeDigitNumber.trim();
        List<LocalAuthority> candidates = authoritiesByOldNumber.getOrDefault(number, List.of());
        if (candidates.isEmpty()) {
            return new LaResolution.Unresolved("unknown LA number '" + number + "'");
        }
        List<LocalAuthority> inUse = new ArrayList<>();
        for (LocalAuthority candidate : candidates) {
            if (candidate.isInUseDuring(periodStart, periodEnd)) {
                inUse.add(candidate);
            }
        }
        if (inUse.size() == 1) {
            return new LaResolution.Resolved(inUse.get(0), false);
        }
        if (inUse.isEmpty() && candidates.size() == 1) {
            LocalAuthority only = candidates.get(0);
            return new LaResolution.Unresolved(
                    notInUse("LA number '" + number + "' (" + only.name() + ")", only, periodStart, periodEnd));
        }
        String problem = inUse.isEmpty() ? "was not in use" : "is ambiguous";
        return new LaResolution.Unresolved("LA number '" + number + "' " + problem + " in " + periodStart + ".."
                + periodEnd + ": it belongs to " + codesOf(inUse.isEmpty() ? candidates : inUse));
    }

    private static String codesOf(List<LocalAuthority> authorities) {
        List<String> codes = new ArrayList<>();
        for (LocalAuthority authority : authorities) {
            codes.add(authority.code());
        }
        return String.join(", ", codes);
    }

    private static String notInUse(
            String subject, LocalAuthority authority, LocalDate periodStart, LocalDate periodEnd) {
        String why = authority.validTo() != null && periodStart.isAfter(authority.validTo())
                ? "abolished " + authority.validTo().plusDays(1)
                : "created " + authority.validFrom();
        return subject + " was not in use in " + periodStart + ".." + periodEnd + ": " + why;
    }

    private static void checkPeriod(LocalDate periodStart, LocalDate periodEnd) {
        requireNonNull(periodStart, "periodStart is null");
        requireNonNull(periodEnd, "periodEnd is null");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("period end " + periodEnd + " is before its start " + periodStart);
        }
    }
}
