package io.verbatim.text.privacy;

/**
 * A word of a text as {@link NameFinder} sees it: where it is, its folded form, whether it is written with a capital
 * and in which script, and whether only spaces (or an abbreviation's full stop) separate it from the next word.
 */
record NameToken(int start, int end, String folded, boolean capitalised, boolean cyrillic, boolean joinedToNext) {}
