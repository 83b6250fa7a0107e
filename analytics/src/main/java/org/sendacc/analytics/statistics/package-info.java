/**
 * The statistics every published indicator depends on: confidence intervals for proportions (Wilson score) and
 * counts or rates (Byar), the public-health-profiles comparison of an area with a benchmark, the chi-square test
 * for trend over the latest five periods, and the small-count disclosure rule (DOMAIN.md section 5).
 *
 * <p>Pure Java and free of Spark so that each method can be checked by hand against the published formulae and then
 * called from Spark user-defined functions: every method is static and side-effect free, and every value type is a
 * serialisable record or enum so that it can be shipped to executors.
 */
package org.sendacc.analytics.statistics;
