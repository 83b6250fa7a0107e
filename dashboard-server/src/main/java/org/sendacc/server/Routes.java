package org.sendacc.server;

import org.sendacc.server.partner.PartnerController;

/**
 * The pages' paths, defined once: the server registers its routes with them, and the findings, pages and API build
 * their links with them (docs/api.md lists the routes).
 */
public final class Routes {
    public static final String HOME = "/";
    public static final String SEARCH = "/search";
    public static final String AREA = "/area/";
    public static final String ICB = "/icb/";
    public static final String INDICATOR = "/indicator/";
    public static final String INDICATORS = "/indicators";
    public static final String CHANGES = "/changes";
    /** What follows an area's path for its statistical neighbours' view. */
    public static final String NEIGHBOURS = "/neighbours";

    private Routes() {}

    /** {@code /area/CODE}: an LA's, a region's or England's profile. */
    public static String area(String code) {
        return AREA + code;
    }

    /** {@code /area/CODE/neighbours}: an LA among its statistical neighbours. */
    public static String neighbours(String code) {
        return AREA + code + NEIGHBOURS;
    }

    /** {@code /icb/CODE}: an ICB footprint and its LAs. */
    public static String icb(String code) {
        return ICB + code;
    }

    /** {@code /indicator/ID}: every area ranked on one indicator. */
    public static String indicator(String id) {
        return INDICATOR + id;
    }

    /** True for the path of a page (HTML), as against the API, exports and static files. */
    public static boolean isPage(String path) {
        return path.equals(HOME)
                || path.equals(SEARCH)
                || path.equals(INDICATORS)
                || path.equals(CHANGES)
                || path.startsWith(AREA)
                || path.startsWith(ICB)
                || path.startsWith(INDICATOR)
                || PartnerController.isPartnerPath(path);
    }
}
