package io.verbatim.app.importer;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The zone the mapping step places timestamps written without an offset in, or none to store them as written.
 *
 * @param zone the zone, or null for "as written"
 */
public record ZoneChoice(ZoneId zone) {

    /** Timestamps without an offset are stored as local times, as without a mapping. */
    public static final ZoneChoice AS_WRITTEN = new ZoneChoice(null);

    private static final List<String> COMMON = List.of(
            "UTC",
            "Europe/London",
            "Europe/Berlin",
            "Europe/Kaliningrad",
            "Europe/Moscow",
            "Europe/Samara",
            "Asia/Yekaterinburg",
            "Asia/Omsk",
            "Asia/Novosibirsk",
            "Asia/Krasnoyarsk",
            "Asia/Irkutsk",
            "Asia/Vladivostok",
            "Asia/Almaty",
            "Asia/Dubai",
            "Asia/Kolkata",
            "Asia/Shanghai",
            "Asia/Tokyo",
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Los_Angeles",
            "America/Sao_Paulo",
            "Australia/Sydney");

    /** "As written", then the common zones, with {@code extra} (the system's or a preset's zone) added when missing. */
    public static List<ZoneChoice> choices(ZoneId... extra) {
        List<ZoneChoice> choices = new ArrayList<>();
        choices.add(AS_WRITTEN);
        COMMON.forEach(id -> choices.add(new ZoneChoice(ZoneId.of(id))));
        for (ZoneId zone : extra) {
            ZoneChoice choice = new ZoneChoice(zone);
            if (zone != null && !choices.contains(choice)) {
                choices.add(1, choice);
            }
        }
        return List.copyOf(choices);
    }
}
