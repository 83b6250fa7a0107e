package org.sendacc.reference.tool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendacc.reference.Icb;
import org.sendacc.reference.IcbMembership;
import org.sendacc.reference.LaCodeChange;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.reference.Population;
import org.sendacc.reference.ReferenceData;
import org.sendacc.reference.ReferenceTable;
import org.sendacc.reference.StatisticalNeighbour;
import org.sendacc.reference.SubIcbLocation;

/**
 * Turns reference data into the text fields of each table, in the column order of {@link ReferenceTable}.
 *
 * <p>Every value has one spelling (ISO dates, empty for null, decimals without trailing zeros or exponent) so that the
 * written files are byte-identical from one run to the next.
 */
final class TableRows {

    private TableRows() {}

    static Map<ReferenceTable, List<List<String>>> of(ReferenceData data) {
        Map<ReferenceTable, List<List<String>>> tables = new EnumMap<>(ReferenceTable.class);
        List<List<String>> authorities = new ArrayList<>();
        for (LocalAuthority authority : data.localAuthorities()) {
            authorities.add(List.of(
                    authority.code(),
                    authority.oldLaCode(),
                    authority.name(),
                    authority.regionCode(),
                    authority.regionName(),
                    date(authority.validFrom()),
                    date(authority.validTo())));
        }
        tables.put(ReferenceTable.LOCAL_AUTHORITIES, authorities);
        List<List<String>> changes = new ArrayList<>();
        for (LaCodeChange change : data.codeChanges()) {
            changes.add(List.of(
                    change.oldCode(),
                    change.oldName(),
                    change.newCode(),
                    change.newName(),
                    date(change.effectiveDate()),
                    change.type().name(),
                    change.note()));
        }
        tables.put(ReferenceTable.LA_CODE_CHANGES, changes);
        List<List<String>> icbs = new ArrayList<>();
        for (Icb icb : data.icbs()) {
            icbs.add(List.of(
                    icb.odsCode(),
                    icb.code(),
                    icb.previousCode() == null ? "" : icb.previousCode(),
                    icb.name(),
                    icb.nhsRegionCode(),
                    icb.nhsRegionOdsCode(),
                    icb.nhsRegionName()));
        }
        tables.put(ReferenceTable.ICBS, icbs);
        List<List<String>> locations = new ArrayList<>();
        for (SubIcbLocation location : data.subIcbLocations()) {
            locations.add(List.of(
                    location.odsCode(),
                    location.code(),
                    location.previousCode() == null ? "" : location.previousCode(),
                    location.name(),
                    location.icbOdsCode()));
        }
        tables.put(ReferenceTable.SUB_ICB_LOCATIONS, locations);
        List<List<String>> memberships = new ArrayList<>();
        for (IcbMembership membership : data.memberships()) {
            memberships.add(List.of(
                    membership.laCode(),
                    membership.icbOdsCode(),
                    decimal(membership.share0to25()),
                    Long.toString(membership.population0to25())));
        }
        tables.put(ReferenceTable.LA_ICB_MEMBERSHIP, memberships);
        List<List<String>> neighbours = new ArrayList<>();
        for (StatisticalNeighbour neighbour : data.statisticalNeighbours()) {
            neighbours.add(List.of(
                    neighbour.laCode(),
                    Integer.toString(neighbour.rank()),
                    neighbour.neighbourLaCode(),
                    neighbour.closeness()));
        }
        tables.put(ReferenceTable.STATISTICAL_NEIGHBOURS, neighbours);
        List<List<String>> populations = new ArrayList<>();
        for (Population population : data.populations()) {
            populations.add(List.of(
                    population.laCode(),
                    Integer.toString(population.midYear()),
                    Long.toString(population.age0to25()),
                    Long.toString(population.age0to4()),
                    Long.toString(population.age5to10()),
                    Long.toString(population.age11to15()),
                    Long.toString(population.age16to17()),
                    Long.toString(population.age18to25())));
        }
        tables.put(ReferenceTable.POPULATION_0_25, populations);
        return tables;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The shortest decimal that reads back as the same double, in plain notation: 1 not 1.0, 0.0001 not 1.0E-4. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
