package dev.storyline.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How much of a date the evidence gives: a URL's {@code /2012/07/} names a month, a crawl stamp "2022-04" too;
 * such a date is kept as its first day with this precision, so that it can still tell July 2012 from
 * October 2013 without claiming a day.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** The last day the date may stand for ({@code first} itself for a day). */
    public LocalDate last(LocalDate first) {
        return switch (this) {
            case DAY -> first;
            case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /** Days between two dates of these precisions: 0 when the spans they stand for overlap. */
    public static long gapDays(LocalDate a, DatePrecision pa, LocalDate b, DatePrecision pb) {
        LocalDate aEnd = pa.last(a);
        LocalDate bEnd = pb.last(b);
        if (aEnd.isBefore(b)) return ChronoUnit.DAYS.between(aEnd, b);
        if (bEnd.isBefore(a)) return ChronoUnit.DAYS.between(bEnd, a);
        return 0;
    }
}
