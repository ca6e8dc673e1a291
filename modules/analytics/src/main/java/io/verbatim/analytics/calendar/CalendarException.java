package io.verbatim.analytics.calendar;

/** A calendar text that cannot be read; the message names the calendar, the line and what to write instead. */
public class CalendarException extends RuntimeException {

    public CalendarException(String message) {
        super(message);
    }
}
