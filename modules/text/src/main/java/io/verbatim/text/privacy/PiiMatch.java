package io.verbatim.text.privacy;

/** One piece of personal data found in a text: characters {@code [start, end)} of a {@link PiiKind}. */
record PiiMatch(int start, int end, PiiKind kind) {}
