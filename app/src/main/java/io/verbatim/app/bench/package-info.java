/** Benchmarks that drive the desktop's view-models without a screen, the way the window does. */
package io.verbatim.app.bench;
