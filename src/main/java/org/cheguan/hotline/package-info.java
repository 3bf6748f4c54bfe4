/**
 * Hotline (12123 热线): tickets of kind consultation, help, complaint, praise and suggestion from phone, app, web and
 * Open311 GeoReport v2; routing to a department; a deadline per kind in working time (office hours of working days,
 * lunch and holidays excluded, make-up working days counted); escalation of overdue tickets; progress messages to the
 * caller through notifications; commendations credited to staff members praised by name. Publishes
 * HotlineTicketOpened, HotlineTicketProgressed, HotlineTicketEscalated, HotlineTicketClosed, StaffCommended and
 * StaffComplaintFiled; never the caller's mobile.
 */
@ApplicationModule(displayName = "Hotline (12123 热线)", allowedDependencies = { "identity", "outlets" })
@NullMarked
package org.cheguan.hotline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
