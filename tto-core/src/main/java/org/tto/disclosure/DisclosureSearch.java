package org.tto.disclosure;

import java.util.Collection;

/**
 * A search of the caller's institution's disclosures.
 *
 * @param references  only these references (the engine's answer to "which cases are at step X"), or null for all
 */
public record DisclosureSearch(DisclosureStatus status, Collection<String> references, String text, int page,
        int size) {}
