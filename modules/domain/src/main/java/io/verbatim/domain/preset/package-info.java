/** Saved import presets: a named column mapping and the header shape it is offered again for. */
package io.verbatim.domain.preset;
