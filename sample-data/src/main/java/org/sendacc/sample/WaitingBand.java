package org.sendacc.sample;

/**
 * NHS England's weeks-waited bands for community services, with their sheet and day range.
 *
 * <p>The workbook's own titles give the day ranges (0-7, 8-14, 15-28, 29-84, 85-126, 127-364, over 365); day 365 is
 * counted in the over-52-weeks band.
 */
enum WaitingBand {
    UP_TO_1_WEEK("Table 4a", "Number waiting 0-1 weeks (0-7 days) by service", 0, 7),
    OVER_1_TO_2_WEEKS("Table 4b", "Number waiting >1-2 weeks (8-14 days) by service", 8, 14),
    OVER_2_TO_4_WEEKS("Table 4c", "Number waiting >2-4 weeks (15-28 days) by service", 15, 28),
    OVER_4_TO_12_WEEKS("Table 4d", "Number waiting >4-12 weeks (29-84 days) by service", 29, 84),
    OVER_12_TO_18_WEEKS("Table 4e", "Number waiting >12-18 weeks (85-126 days) by service", 85, 126),
    OVER_18_TO_52_WEEKS("Table 4f", "Number waiting >18-52 weeks (127-364 days) by service", 127, 364),
    OVER_52_WEEKS("Table 4g", "Number waiting over 52 weeks (over 365 days) by service", 365, Integer.MAX_VALUE);

    private final String sheetName;
    private final String title;
    private final int firstDay;
    private final int lastDay;

    WaitingBand(String sheetName, String title, int firstDay, int lastDay) {
        this.sheetName = sheetName;
        this.title = title;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    String sheetName() {
        return sheetName;
    }

    String title() {
        return title;
    }

    static WaitingBand of(int daysWaited) {
        for (WaitingBand band : values()) {
            if (daysWaited >= band.firstDay && daysWaited <= band.lastDay) {
                return band;
            }
        }
        throw new IllegalArgumentException("negative wait " + daysWaited);
    }
}
