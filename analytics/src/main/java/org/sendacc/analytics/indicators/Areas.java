package org.sendacc.analytics.indicators;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sendacc.reference.Icb;
import org.sendacc.reference.IcbMembership;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.reference.ReferenceData;
import org.sendacc.reference.StatisticalNeighbour;

/**
 * The areas indicators are computed for, as Spark tables built from the reference data: England, the nine regions,
 * the 42 ICB footprints and the LAs (current and predecessors), with each LA's region, main ICB and neighbours, and
 * the LA-ICB membership used to aggregate LAs to ICB footprints and to apportion ICB figures to LAs.
 */
public final class Areas {
    public static final String AREA_NAME = "area_name";
    public static final String REGION_CODE = "region_code";
    public static final String REGION_NAME = "region_name";
    public static final String ICB_CODE = "icb_code";
    public static final String ICB_ODS_CODE = "icb_ods_code";
    public static final String LA_CODE = "la_code";
    public static final String NEIGHBOUR_CODE = "neighbour_code";
    /** The share of the LA's 0-25 population that lives in the ICB (the LA's shares sum to 1). */
    public static final String SHARE_OF_LA = "share_of_la";
    /** The share of the ICB's 0-25 population that lives in the LA (the ICB's shares sum to 1). */
    public static final String SHARE_OF_ICB = "share_of_icb";

    public static final String POPULATION_0_25 = "population_0_25";
    public static final String CURRENT = "is_current";
    public static final String VALID_FROM = "valid_from";
    public static final String CHANGED_ON = "changed_on";

    private static final StructType AREA_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(BaseRows.AREA_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(AREA_NAME, DataTypes.StringType, false),
            DataTypes.createStructField(BaseRows.AREA_LEVEL, DataTypes.StringType, false),
            DataTypes.createStructField(REGION_CODE, DataTypes.StringType, true),
            DataTypes.createStructField(REGION_NAME, DataTypes.StringType, true),
            DataTypes.createStructField(ICB_CODE, DataTypes.StringType, true),
            DataTypes.createStructField(ICB_ODS_CODE, DataTypes.StringType, true),
            DataTypes.createStructField(POPULATION_0_25, DataTypes.DoubleType, true),
            DataTypes.createStructField(CURRENT, DataTypes.BooleanType, false),
            DataTypes.createStructField(VALID_FROM, DataTypes.DateType, true)));

    private static final StructType CHANGE_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(BaseRows.AREA_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(CHANGED_ON, DataTypes.DateType, false)));

    private static final StructType MEMBERSHIP_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(LA_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(ICB_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(ICB_ODS_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(SHARE_OF_LA, DataTypes.DoubleType, false),
            DataTypes.createStructField(SHARE_OF_ICB, DataTypes.DoubleType, false)));

    private static final StructType NEIGHBOUR_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(LA_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(NEIGHBOUR_CODE, DataTypes.StringType, false)));

    private final Dataset<Row> areas;
    private final Dataset<Row> memberships;
    private final Dataset<Row> neighbours;
    private final Dataset<Row> changes;

    private Areas(Dataset<Row> areas, Dataset<Row> memberships, Dataset<Row> neighbours, Dataset<Row> changes) {
        this.areas = areas;
        this.memberships = memberships;
        this.neighbours = neighbours;
        this.changes = changes;
    }

    public static Areas from(SparkSession spark, ReferenceData reference) {
        requireNonNull(reference, "reference is null");
        Map<String, Icb> icbsByOds = new HashMap<>();
        reference.icbs().forEach(icb -> icbsByOds.put(icb.odsCode(), icb));
        Map<String, Double> population = new HashMap<>();
        reference.populations().forEach(row -> population.put(row.laCode(), (double) row.age0to25()));
        Map<String, IcbMembership> mainIcb = new HashMap<>();
        Map<String, Double> icbPopulation = new HashMap<>();
        for (IcbMembership membership : reference.memberships()) {
            mainIcb.merge(membership.laCode(), membership, (a, b) -> a.share0to25() >= b.share0to25() ? a : b);
            icbPopulation.merge(membership.icbOdsCode(), (double) membership.population0to25(), Double::sum);
        }

        List<Row> areaRows = new ArrayList<>();
        areaRows.add(RowFactory.create(
                BaseRows.ENGLAND_CODE,
                "England",
                BaseRows.ENGLAND,
                null,
                null,
                null,
                null,
                sum(population),
                true,
                null));
        Map<String, String> regions = new LinkedHashMap<>();
        Map<String, Double> regionPopulation = new HashMap<>();
        for (LocalAuthority authority : reference.localAuthorities()) {
            regions.putIfAbsent(authority.regionCode(), authority.regionName());
            if (authority.isCurrent()) {
                regionPopulation.merge(
                        authority.regionCode(), population.getOrDefault(authority.code(), 0.0), Double::sum);
            }
            IcbMembership main = mainIcb.get(authority.code());
            Icb icb = main == null ? null : icbsByOds.get(main.icbOdsCode());
            areaRows.add(RowFactory.create(
                    authority.code(),
                    authority.name(),
                    BaseRows.LA,
                    authority.regionCode(),
                    authority.regionName(),
                    icb == null ? null : icb.code(),
                    icb == null ? null : icb.odsCode(),
                    population.get(authority.code()),
                    authority.isCurrent(),
                    authority.validFrom() == null ? null : java.sql.Date.valueOf(authority.validFrom())));
        }
        regions.forEach((code, name) -> areaRows.add(RowFactory.create(
                code, name, BaseRows.REGION, code, name, null, null, regionPopulation.get(code), true, null)));
        for (Icb icb : reference.icbs()) {
            areaRows.add(RowFactory.create(
                    icb.code(),
                    icb.name(),
                    BaseRows.ICB,
                    null,
                    null,
                    icb.code(),
                    icb.odsCode(),
                    icbPopulation.get(icb.odsCode()),
                    true,
                    null));
        }

        List<Row> membershipRows = new ArrayList<>();
        for (IcbMembership membership : reference.memberships()) {
            Icb icb = icbsByOds.get(membership.icbOdsCode());
            membershipRows.add(RowFactory.create(
                    membership.laCode(),
                    icb.code(),
                    icb.odsCode(),
                    membership.share0to25(),
                    membership.population0to25() / icbPopulation.get(membership.icbOdsCode())));
        }
        List<Row> changeRows = new ArrayList<>();
        for (LocalAuthority authority : reference.localAuthorities()) {
            if (authority.validFrom() != null) {
                java.sql.Date changedOn = java.sql.Date.valueOf(authority.validFrom());
                changeRows.add(RowFactory.create(authority.code(), changedOn));
                changeRows.add(RowFactory.create(authority.regionCode(), changedOn));
                for (IcbMembership membership : reference.memberships()) {
                    if (membership.laCode().equals(authority.code())) {
                        changeRows.add(RowFactory.create(
                                icbsByOds.get(membership.icbOdsCode()).code(), changedOn));
                    }
                }
            }
        }
        List<Row> neighbourRows = new ArrayList<>();
        for (StatisticalNeighbour neighbour : reference.statisticalNeighbours()) {
            neighbourRows.add(RowFactory.create(neighbour.laCode(), neighbour.neighbourLaCode()));
        }
        return new Areas(
                spark.createDataFrame(areaRows, AREA_SCHEMA).cache(),
                spark.createDataFrame(membershipRows, MEMBERSHIP_SCHEMA).cache(),
                spark.createDataFrame(neighbourRows, NEIGHBOUR_SCHEMA).cache(),
                spark.createDataFrame(changeRows, CHANGE_SCHEMA).cache());
    }

    private static double sum(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** area_code, area_name, area_level, region_code, region_name, icb_code, icb_ods_code, population_0_25, is_current, valid_from. */
    public Dataset<Row> areas() {
        return areas;
    }

    /** la_code, icb_code, icb_ods_code, share_of_la, share_of_icb. */
    public Dataset<Row> memberships() {
        return memberships;
    }

    /**
     * area_code, changed_on: the date an area's boundary changed: an LA created from others (BCP, the
     * Northamptonshires, Cumberland, Westmorland and Furness), and the region and ICB footprints it lies in.
     */
    public Dataset<Row> changes() {
        return changes;
    }

    /** la_code, neighbour_code: ten rows per current LA. */
    public Dataset<Row> neighbours() {
        return neighbours;
    }
}
