/** Interfaces the domain needs from the outside (storage); implemented by the store module. */
package io.verbatim.domain.port;
