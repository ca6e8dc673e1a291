package io.verbatim.cli;

import picocli.CommandLine.Command;

/** {@code verbatim link}: questions that join sources, by customer or by date. */
@Command(
        name = "link",
        description = "Join sources: survey scores by what happened to the customer's tickets, mention spikes before"
                + " ticket spikes.",
        subcommands = {LinkBreachesCommand.class, LinkSpikesCommand.class})
public final class LinkCommand {}
