/**
 * Journey maps on disk: the JSON document format the workspace stores them in (with its version) and the built-in
 * templates written in it (ADR 0032).
 */
package io.verbatim.store.journey;
