package io.verbatim.cli.journey;

import picocli.CommandLine.Command;

/** {@code verbatim journey}: the workspace's customer-journey maps, their stages' data and their scores. */
@Command(
        name = "journey",
        description = "Customer-journey maps: list, show with each stage's score, create from a template, bind a stage"
                + " to data, delete.",
        subcommands = {
            JourneyListCommand.class,
            JourneyShowCommand.class,
            JourneyNewCommand.class,
            JourneyBindCommand.class,
            JourneyDeleteCommand.class
        })
public final class JourneyCommand {}
