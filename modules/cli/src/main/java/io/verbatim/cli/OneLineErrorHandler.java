package io.verbatim.cli;

import io.verbatim.analytics.calendar.CalendarException;
import io.verbatim.analytics.driver.DriverException;
import io.verbatim.analytics.mention.MentionException;
import io.verbatim.analytics.score.ScoreException;
import io.verbatim.analytics.ticket.KpiException;
import io.verbatim.analytics.weight.WeightingException;
import io.verbatim.domain.port.StoreException;
import io.verbatim.ingest.ImportException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into the one line a script or a person can act on. Known failures carry their own message
 * ({@code file:line:column: reason} for imports); anything else is a bug and says so, still on one line.
 */
final class OneLineErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String line =
                switch (e) {
                    case ImportException ie -> ie.getMessage();
                    case ScoreException se -> "cannot score: " + se.getMessage();
                    case KpiException ke -> ke.getMessage();
                    case CalendarException ce -> ce.getMessage();
                    case WeightingException we -> "cannot weight: " + we.getMessage();
                    case DriverException de -> "cannot rank drivers: " + de.getMessage();
                    case MentionException me -> "mentions: " + me.getMessage();
                    case StoreException se -> "workspace: " + se.getMessage();
                    case UserInputException ue -> ue.getMessage();
                    default ->
                        "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                                + " - please report it";
                };
        commandLine.getErr().println(line.replace('\n', ' '));
        return VerbatimCli.EXIT_FAILURE;
    }
}
