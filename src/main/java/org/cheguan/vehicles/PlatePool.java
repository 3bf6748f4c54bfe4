package org.cheguan.vehicles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cheguan.shared.PlateKind;

/**
 * A random pool of free plate numbers held for one requester (选号, domain-rules.md §2; 50 by product decision).
 *
 * @param id the pool
 * @param kind the plate layout of every number in it
 * @param plates the numbers, each held by this pool only
 * @param heldUntil when the hold ends
 */
public record PlatePool(UUID id, PlateKind kind, List<String> plates, Instant heldUntil) {
}
