package io.verbatim.cli.bench;

import picocli.CommandLine.Command;

/** {@code verbatim bench}: benchmarks that run the real commands; {@code bench query} joins with the cube. */
@Command(
        name = "bench",
        description = "Measure Verbatim's commands on this machine.",
        subcommands = {
            DashboardBenchCommand.class,
            ImportBenchCommand.class,
            QueryBenchCommand.class,
            SentimentBenchCommand.class,
            TopicsBenchCommand.class
        })
public final class BenchCommand {}
