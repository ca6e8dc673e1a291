package io.verbatim.analytics.calendar;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a weekly schedule compactly, runs of equal days joined: {@code Mon–Fri 09:00-18:00}. */
final class WeekText {

    private WeekText() {}

    static String of(Map<DayOfWeek, DayHours> week) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            DayHours hours = week.get(days[i]);
            int j = i;
            while (j + 1 < days.length && week.get(days[j + 1]).equals(hours)) {
                j++;
            }
            if (!hours.isOff()) {
                String run = j == i ? day(days[i]) : day(days[i]) + "–" + day(days[j]);
                parts.add(run + " " + hours);
            }
            i = j + 1;
        }
        return parts.isEmpty() ? "no working hours" : String.join(", ", parts);
    }

    private static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
