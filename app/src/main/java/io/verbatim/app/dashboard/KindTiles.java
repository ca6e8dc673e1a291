package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.MentionDashboardResult;
import io.verbatim.analytics.dashboard.TicketDashboardResult;
import io.verbatim.analytics.dashboard.TicketTile;
import io.verbatim.analytics.mention.BrandShare;
import io.verbatim.analytics.mention.PeriodCheck;
import io.verbatim.app.i18n.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formats the tiles of a ticket or a mention dashboard in the interface language. */
final class KindTiles {

    private static final int LOW_BASE = 30;

    private KindTiles() {}

    static List<KpiTile> tickets(Messages messages, TicketDashboardResult result) {
        List<KpiTile> tiles = new ArrayList<>();
        for (TicketTile tile : result.tiles()) {
            String name = messages.get("kinds.tile." + tile.kind().name().toLowerCase(Locale.ROOT));
            if (tile.isMissing()) {
                tiles.add(new KpiTile(name, "—", "", "", "", false, tile.problem()));
                continue;
            }
            String base = messages.format("kpi.base", integers(messages).format(tile.n()));
            boolean low = tile.n() < LOW_BASE;
            if (tile.kind().share()) {
                tiles.add(new KpiTile(
                        name,
                        percent(messages, tile.value()),
                        Double.isNaN(tile.low())
                                ? ""
                                : messages.format(
                                        "kinds.interval", number(messages, tile.low()), percent(messages, tile.high())),
                        base,
                        variant(messages, tile),
                        low,
                        messages.get("kinds.definition." + tile.kind().name().toLowerCase(Locale.ROOT))));
            } else {
                tiles.add(new KpiTile(
                        name,
                        Double.isNaN(tile.value()) ? "—" : hours(messages, tile.value()),
                        "",
                        base,
                        messages.get("kinds.axis.clock." + tile.clock().replace(' ', '-')),
                        low,
                        messages.get("kinds.definition." + tile.kind().name().toLowerCase(Locale.ROOT))));
            }
        }
        return tiles;
    }

    static List<KpiTile> mentions(Messages messages, MentionDashboardResult result) {
        List<KpiTile> tiles = new ArrayList<>();
        NumberFormat integers = integers(messages);
        tiles.add(new KpiTile(
                messages.get("kinds.tile.mentions"),
                integers.format(result.rows()),
                "",
                "",
                "",
                false,
                messages.get("kinds.definition.mentions")));
        long spikes = result.spikes()
                .map(s -> s.series().getFirst().checks().stream()
                        .filter(PeriodCheck::spike)
                        .count())
                .orElse(0L);
        tiles.add(new KpiTile(
                messages.get("kinds.tile.spikes"),
                integers.format(spikes),
                "",
                "",
                "",
                false,
                messages.get("kinds.definition.spikes")));
        result.share().ifPresent(share -> {
            List<BrandShare> brands = share.groups().getFirst().brands();
            if (!brands.isEmpty()) {
                BrandShare first = brands.getFirst();
                tiles.add(new KpiTile(
                        messages.format("kinds.tile.share", first.brand()),
                        percent(messages, first.share() / 100),
                        messages.format(
                                "kinds.interval",
                                number(messages, first.ciLow() / 100),
                                percent(messages, first.ciHigh() / 100)),
                        messages.format(
                                "kpi.base",
                                integers.format(share.groups().getFirst().n())),
                        "",
                        share.groups().getFirst().n() < LOW_BASE,
                        messages.get("kinds.definition.share")));
            }
        });
        return tiles;
    }

    /** SLA's clock, repeat contacts' reading, or first-contact resolution's profile. */
    private static String variant(Messages messages, TicketTile tile) {
        return switch (tile.kind()) {
            case FCR -> messages.format("kinds.variant.profile", capitalised(tile.clock()));
            default -> messages.get("kinds.variant." + tile.clock().replace(' ', '-'));
        };
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** Minutes as hours with one decimal ("3.5 h", "3,5 ч"), or as minutes under an hour. */
    static String hours(Messages messages, double minutes) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(1);
        return minutes < 60
                ? messages.format("kinds.minutes", format.format(minutes))
                : messages.format("kinds.hours", format.format(minutes / 60));
    }

    /** A fraction as a percentage without the sign, for the low end of "98.4–99.6%". */
    static String number(Messages messages, double fraction) {
        String text = percent(messages, fraction);
        return text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
    }

    static String percent(Messages messages, double fraction) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(1);
        return Double.isNaN(fraction) ? "—" : format.format(fraction * 100) + "%";
    }

    private static NumberFormat integers(Messages messages) {
        return NumberFormat.getIntegerInstance(messages.locale());
    }
}
