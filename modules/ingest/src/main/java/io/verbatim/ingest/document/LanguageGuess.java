package io.verbatim.ingest.document;

/**
 * Which language a piece of text is written in, as one of {@link #RU}, {@link #EN} or {@link #OTHER}. Importers store
 * the answer beside each record; the text module (issue 5) is meant to supply a trained detector behind this same
 * interface, so the interim guess can be replaced without touching any importer.
 */
public interface LanguageGuess {

    String RU = "ru";
    String EN = "en";
    /** Another language or script, a mix with no clear majority, or too little text to tell. */
    String OTHER = "other";

    /** The language of {@code text}: {@code ru}, {@code en} or {@code other}; never null. */
    String languageOf(CharSequence text);
}
