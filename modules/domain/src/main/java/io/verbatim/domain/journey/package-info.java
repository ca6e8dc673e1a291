/**
 * Customer-journey maps: personas, stages and lanes with sticky notes, each stage optionally bound to the data that
 * measures it. Maps are immutable values; every edit makes a new map, which is what undo, redo, autosave and sync build
 * on (ADR 0032).
 */
package io.verbatim.domain.journey;
