package org.cheguan.outlets;

import java.util.List;

/**
 * An outlet with what a citizen needs to go there.
 *
 * @param outlet the outlet
 * @param address street address, may be empty for generated demo outlets
 * @param departments business departments (the main office's 8), otherwise empty
 * @param hours opening hours
 * @param closures temporary closures, past ones included, by start
 */
public record OutletDetails(Outlet outlet, String address, List<String> departments, OpeningHours hours,
		List<Closure> closures) {
}
