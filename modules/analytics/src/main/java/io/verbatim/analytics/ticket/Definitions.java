package io.verbatim.analytics.ticket;

import io.verbatim.analytics.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Definition lines and notes shared by the KPIs, so every figure states its clock the same way. */
final class Definitions {

    private Definitions() {}

    static String clocks(BusinessCalendar calendar) {
        return "clocks: calendar = elapsed time; business = working time on " + calendar.describe();
    }

    static String localTimes(BusinessCalendar calendar) {
        return "times without an offset are read in " + calendar.zone().getId();
    }

    static boolean outside(BusinessCalendar calendar, Instant time) {
        return time != null && !calendar.covers(LocalDate.ofInstant(time, calendar.zone()));
    }

    /** A warning when tickets fall in years the calendar has no holiday list for, or nothing. */
    static List<String> coverage(BusinessCalendar calendar, long tickets) {
        if (tickets == 0) {
            return List.of();
        }
        return List.of(tickets + " tickets lie outside " + calendar.firstYear() + "–" + calendar.lastYear()
                + ", the years " + calendar.name() + " lists holidays for: their business time counts weekly hours"
                + " only (add the years to a copy of the calendar)");
    }

    static String count(long n, String what) {
        return n + (n == 1 ? " ticket " : " tickets ") + what;
    }
}
