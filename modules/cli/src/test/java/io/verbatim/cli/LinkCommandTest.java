package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.DiscreteDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code link}: survey scores by the SLA outcome of the customer's tickets, and mention spikes before ticket spikes. */
class LinkCommandTest {

    @TempDir
    Path workspace;

    @TempDir
    Path files;

    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(workspace);
    }

    @Test
    void detractorsWhoHadAnSlaBreachAreScoredApartFromCustomersWhoseTicketsKeptIt() throws IOException {
        // First reply within 1 hour (24/7): T1 30 min kept, T2 3 h breached, T3 20 min kept, T4 3 h breached,
        // T5 10 min kept. Anna has a breached ticket (T2), so she is "breached" although T1 kept its SLA.
        importFile(
                "tickets.csv",
                "tickets",
                "Ticket ID,Requester,Created at,First reply at,Priority,Status",
                "T1,anna@example.com,2025-03-03 09:00,2025-03-03 09:30,normal,solved",
                "T2,anna@example.com,2025-03-04 09:00,2025-03-04 12:00,normal,solved",
                "T3,boris@example.com,2025-03-04 10:00,2025-03-04 10:20,high,solved",
                "T4,C-7,2025-03-05 10:00,2025-03-05 13:00,normal,solved",
                "T5,dora@example.com,2025-03-05 10:00,2025-03-05 10:10,low,solved");
        // Breached: Anna 3 and 6, C-7 0 → D = 3 of 3 → −100. Kept: Boris 10, Dora 9 → +100. No ticket: Erik 10,
        // Fay 8 → (1 − 0)/2 = +50. The respondent without an e-mail cannot be linked and is in no group.
        importFile(
                "pulse.csv",
                "survey",
                "Email,NPS",
                "anna@example.com,3",
                "ANNA@example.com ,6",
                "boris@example.com,10",
                "C-7,0",
                "dora@example.com,9",
                "erik@example.com,10",
                "fay@example.com,8",
                ",9");

        JsonNode json = cli.json(
                "link",
                "breaches",
                "--survey",
                "pulse",
                "--customer",
                "Email",
                "--tickets",
                "tickets",
                "--sla",
                "*=1h",
                "--calendar",
                "24x7");

        JsonNode groups = json.get("groups");
        assertThat(groups.findValuesAsText("group")).containsExactly("SLA breached", "SLA kept", "no ticket");
        assertThat(groups.get(0).get("n").asLong()).isEqualTo(3);
        assertThat(groups.get(0).get("value").asDouble()).isCloseTo(-100, within(1e-9));
        assertThat(groups.get(1).get("n").asLong()).isEqualTo(2);
        assertThat(groups.get(1).get("value").asDouble()).isCloseTo(100, within(1e-9));
        assertThat(groups.get(2).get("n").asLong()).isEqualTo(2);
        assertThat(groups.get(2).get("value").asDouble()).isCloseTo(50, within(1e-9));
        assertThat(json.get("tickets_breached").asLong()).isEqualTo(2);
        assertThat(json.get("comparison")).isNotNull();
    }

    @Test
    void aTicketSpikeAMentionSpikeCameBeforeIsPairedWithItAndOneWithoutIsNot() throws IOException {
        // 60 days of about 20 mentions and 20 tickets a day; mentions spike on day 30, tickets on days 32 and 50 (more
        // than a baseline window apart).
        LocalDate first = LocalDate.of(2025, 1, 1);
        series(
                "mentions.csv",
                "mentions",
                "Date,Source,Author,Text,URL",
                first,
                30,
                (day, i) ->
                        day + " 12:00,vk.com,user" + i + ",очередь в отделении,https://example.com/" + day + "/" + i);
        series(
                "tickets.csv",
                "tickets",
                "Ticket ID,Created at,Status,Priority",
                first,
                32,
                (day, i) -> "T" + day + "-" + i + "," + day + " 10:00,open,normal");

        JsonNode json = cli.json("link", "spikes", "--mentions", "mentions", "--tickets", "tickets", "--lag", "3");

        assertThat(texts(json.get("mention_spikes")))
                .containsExactly(first.plusDays(30).toString());
        assertThat(texts(json.get("ticket_spikes")))
                .containsExactly(
                        first.plusDays(32).toString(), first.plusDays(50).toString());
        JsonNode led = json.get("led");
        assertThat(led).hasSize(1);
        assertThat(led.get(0).get("ticket_spike").asText())
                .isEqualTo(first.plusDays(32).toString());
        assertThat(led.get(0).get("lag_days").asLong()).isEqualTo(2);
    }

    /** Rows of a daily Poisson(20) series over 60 days, with a fivefold day at {@code spike} (and day 50 for tickets). */
    private void series(String name, String dataset, String header, LocalDate first, int spike, Row row)
            throws IOException {
        UniformRandomProvider rng = new SplittableRandom(name.length())::nextLong;
        DiscreteDistribution.Sampler level = PoissonDistribution.of(20).createSampler(rng);
        List<String> lines = new ArrayList<>(List.of(header));
        for (int day = 0; day < 60; day++) {
            boolean spiked = day == spike || (dataset.equals("tickets") && day == 50);
            int count = spiked ? 100 : level.sample();
            for (int i = 0; i < count; i++) {
                lines.add(row.of(first.plusDays(day), i));
            }
        }
        Path csv = Files.write(files.resolve(name), lines, StandardCharsets.UTF_8);
        CliRun.Result imported = cli.run("import", csv.toString(), "--kind", dataset, "--dataset", dataset);
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    private void importFile(String name, String kind, String... lines) throws IOException {
        Path csv = Files.write(files.resolve(name), List.of(lines), StandardCharsets.UTF_8);
        String dataset = name.substring(0, name.indexOf('.'));
        CliRun.Result imported = kind.equals("survey")
                ? cli.run("import", csv.toString(), "--kind", kind, "--dataset", dataset, "--role", "NPS=nps:0-10")
                : cli.run("import", csv.toString(), "--kind", kind, "--dataset", dataset);
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @FunctionalInterface
    private interface Row {
        String of(LocalDate day, int index);
    }
}
