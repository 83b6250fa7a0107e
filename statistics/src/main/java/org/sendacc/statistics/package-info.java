/**
 * The statistics every published indicator depends on: confidence intervals for proportions (Wilson score) and
 * counts or rates (Byar), the public-health-profiles comparison of an area with a benchmark, the chi-square test
 * for trend over the latest five periods, and the small-count disclosure rule (docs/snapshot.md "Statistics").
 *
 * <p>Pure Java and free of Spark, in a module of its own, so that each method can be checked by hand against the
 * published formulae and used both by the analytics job and by the dashboard server (which compares areas with groups
 * chosen on request): every method is static and side-effect free, and every value type is a serialisable record or
 * enum.
 */
package org.sendacc.statistics;
