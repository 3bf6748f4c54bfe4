package org.cheguan.shared;

import java.util.Map;

/**
 * The resource does not exist, or the caller may not know that it exists (a citizen asking for another citizen's
 * resource gets this too, never a 403), 404 {@code not-found}.
 */
public class NotFound extends ProblemException {

	/**
	 * @param what kind of resource, e.g. {@code licence-application}
	 * @param id its identifier as given
	 */
	public NotFound(String what, Object id) {
		super("not-found", 404, "problem.not-found", new Object[] { what, id }, null, Map.of());
	}
}
