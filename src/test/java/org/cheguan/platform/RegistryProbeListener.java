package org.cheguan.platform;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A module listener that exists only in the test classpath, for {@link EventPublicationRegistryTests}. It is a
 * top-level class because Spring Boot's test filter leaves out components nested in test classes.
 */
@Component
class RegistryProbeListener {

	/** Ids of the probes delivered so far. */
	static final Set<UUID> received = ConcurrentHashMap.newKeySet();

	/** A test-only event. */
	record RegistryProbe(UUID id) {
	}

	@ApplicationModuleListener
	void on(RegistryProbe probe) {
		received.add(probe.id());
	}
}
