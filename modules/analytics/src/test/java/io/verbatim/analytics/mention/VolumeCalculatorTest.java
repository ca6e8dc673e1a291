package io.verbatim.analytics.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.analytics.score.Period;
import io.verbatim.domain.dataset.MentionField;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Volume on seven mentions (one undated), 4–7 March 2024 with nothing on the 6th:
 *
 * <pre>
 * published_at                source  reach    engagement
 * 2024-03-04T09:15:00         vk      100      5
 * 2024-03-04T23:30:00+03:00   tg      (blank)  2
 * 2024-03-05                  vk      50       (blank)
 * 2024-03-05T10:00:00Z        vk      0        0
 * 2024-03-07T00:30:00+03:00   tg      1000     40
 * 2024-03-07                  tg      25       1
 * (blank)                     vk      7        7      ← undated: in no period
 * </pre>
 */
class VolumeCalculatorTest {

    private static final String[] DATES = {
        "2024-03-04T09:15:00",
        "2024-03-04T23:30:00+03:00",
        "2024-03-05",
        "2024-03-05T10:00:00Z",
        "2024-03-07T00:30:00+03:00",
        "2024-03-07",
        ""
    };
    private static final String[] SOURCE = {"vk", "tg", "vk", "vk", "tg", "tg", "vk"};
    private static final String[] REACH = {"100", "", "50", "0", "1000", "25", "7"};
    private static final String[] ENGAGEMENT = {"5", "2", "", "0", "40", "1", "7"};

    private static final MentionColumns MENTIONS = new MentionColumns(
            "d",
            DATES.length,
            Map.of(
                    MentionField.PUBLISHED_AT, DATES,
                    MentionField.SOURCE, SOURCE,
                    MentionField.REACH, REACH,
                    MentionField.ENGAGEMENT, ENGAGEMENT));

    private final VolumeCalculator calculator = new VolumeCalculator();

    @Test
    void everyDayFromFirstToLastIsListedWithItsCountAndSums() {
        VolumeTable table = volume(null, Period.DAY, null, Groups.all(DATES.length));

        VolumeSeries all = table.series().get(0);
        assertThat(all.cells())
                .extracting(VolumeCell::period)
                .containsExactly("2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07");
        // 4th: rows 0, 1; 5th: rows 2, 3; 6th: none; 7th: rows 4, 5
        assertThat(all.counts()).containsExactly(2, 2, 0, 2);
        assertThat(table.undated()).isEqualTo(1);
        // 4th reach: 100 + blank → sum 100 from 1 number, 1 blank; 5th: 50 + 0 → 50 from 2 numbers (0 is a number)
        assertThat(all.cells().get(0).reach()).isEqualTo(new MeasureSum(100, 1, 1));
        assertThat(all.cells().get(1).reach()).isEqualTo(new MeasureSum(50, 2, 0));
        assertThat(all.cells().get(1).engagement()).isEqualTo(new MeasureSum(0, 1, 1));
        assertThat(all.cells().get(2).reach()).isEqualTo(new MeasureSum(0, 0, 0));
        // totals over dated mentions: reach 100 + 50 + 0 + 1000 + 25 = 1175 (5 numbers, 1 blank); engagement 48
        assertThat(all.total().mentions()).isEqualTo(6);
        assertThat(all.total().reach()).isEqualTo(new MeasureSum(1175, 5, 1));
        assertThat(all.total().engagement()).isEqualTo(new MeasureSum(48, 5, 1));
        assertThat(table.definition()).contains("per day").contains("blank cells counted apart");
    }

    @Test
    void onTheMoscowClockOffsetTimestampsMoveToTheirMoscowDate() {
        // With Europe/Moscow: row 3 (10:00Z) is 13:00 on the 5th, unchanged; the +03:00 rows are already Moscow
        // time; rows without an offset keep their written date. With UTC, row 1 (23:30+03:00 = 20:30Z) stays on the
        // 4th but row 4 (00:30+03:00 on the 7th) moves to 21:30Z on the 6th.
        VolumeSeries moscow = volume(ZoneId.of("Europe/Moscow"), Period.DAY, null, Groups.all(7))
                .series()
                .get(0);
        assertThat(moscow.counts()).containsExactly(2, 2, 0, 2);
        VolumeSeries utc = volume(ZoneId.of("UTC"), Period.DAY, null, Groups.all(7))
                .series()
                .get(0);
        assertThat(utc.counts()).containsExactly(2, 2, 1, 1);
    }

    @Test
    void byColumnEachGroupHasTheWholeAxisAndTheLargerGroupComesFirst() {
        // vk has 4 mentions (one undated), tg 3; both series span the 4th–7th
        VolumeTable table = volume(null, Period.DAY, "source", Groups.by(SOURCE, SOURCE.length));

        assertThat(table.series()).extracting(VolumeSeries::group).containsExactly("vk", "tg");
        assertThat(table.series().get(0).counts()).containsExactly(1, 2, 0, 0);
        assertThat(table.series().get(1).counts()).containsExactly(1, 0, 0, 2);
    }

    @Test
    void weeksAreIsoWeeksAndMonthsCalendarMonths() {
        String[] dates = {"2024-12-30", "2025-01-05", "2025-01-06", "2025-02-01"};
        MentionColumns mentions = new MentionColumns("d", 4, Map.of(MentionField.PUBLISHED_AT, dates));
        LocalDatesAxis weeks = new LocalDatesAxis(mentions, Period.WEEK);
        // 30 Dec 2024 – 5 Jan 2025 is ISO week 2025-W01; 6 Jan starts W02; 1 Feb is in W05 (W03, W04 empty)
        assertThat(weeks.labels()).containsExactly("2025-W01", "2025-W02", "2025-W03", "2025-W04", "2025-W05");
        assertThat(weeks.counts()).containsExactly(2, 1, 0, 0, 1);
        LocalDatesAxis months = new LocalDatesAxis(mentions, Period.MONTH);
        assertThat(months.labels()).containsExactly("2024-12", "2025-01", "2025-02");
        assertThat(months.counts()).containsExactly(1, 2, 1);
    }

    @Test
    void aDatasetWithoutReadableDatesIsRefused() {
        MentionColumns mentions =
                new MentionColumns("d", 2, Map.of(MentionField.PUBLISHED_AT, new String[] {"", "soon"}));
        assertThatThrownBy(() -> new LocalDatesAxis(mentions, Period.DAY))
                .isInstanceOf(MentionException.class)
                .hasMessageContaining("no mention has a readable publication date");
    }

    private VolumeTable volume(ZoneId zone, Period period, String by, Groups groups) {
        MentionDates dates = new MentionDates(zone);
        PeriodAxis axis = PeriodAxis.of(dates.of(DATES), period);
        return calculator.volume(MENTIONS, axis, by, groups, dates.clock());
    }

    /** The volume series of a dataset on its written dates. */
    private record LocalDatesAxis(java.util.List<String> labels, long[] counts) {
        LocalDatesAxis(MentionColumns mentions, Period period) {
            this(axis(mentions, period).labels(), volume(mentions, period));
        }

        private static PeriodAxis axis(MentionColumns mentions, Period period) {
            return PeriodAxis.of(
                    new MentionDates(null).of(mentions.require(MentionField.PUBLISHED_AT, "test")), period);
        }

        private static long[] volume(MentionColumns mentions, Period period) {
            return new VolumeCalculator()
                    .volume(mentions, axis(mentions, period), null, Groups.all(mentions.rows()), "")
                    .series()
                    .get(0)
                    .counts();
        }
    }
}
