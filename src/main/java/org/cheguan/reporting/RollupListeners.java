package org.cheguan.reporting;

import org.cheguan.evaluation.RatingGiven;
import org.cheguan.evaluation.RectificationMoved;
import org.cheguan.evaluation.RectificationOpened;
import org.cheguan.hotline.HotlineTicketClosed;
import org.cheguan.hotline.HotlineTicketEscalated;
import org.cheguan.hotline.HotlineTicketOpened;
import org.cheguan.hotline.StaffCommended;
import org.cheguan.transactions.ServiceRendered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The events reporting listens to: each is handled asynchronously after the publisher's commit, in its own
 * transaction, and kept in the event publication registry until done ({@code @ApplicationModuleListener}), so a
 * failure is retried; {@link Rollups} makes the retry harmless. Listeners run in parallel, so an event may be handled
 * before one published earlier (a closing before its opening): Rollups copes with either order.
 *
 * <p>Only the events reporting needs: rectification steps come as evaluation's RectificationMoved, not as the audit
 * event StateChanged, which every module publishes for every change (a listener on it would add a row to the event
 * publication registry for each state change of the platform).
 */
@Component
class RollupListeners {

	private final Rollups rollups;

	RollupListeners(Rollups rollups) {
		this.rollups = rollups;
	}

	@ApplicationModuleListener
	void on(ServiceRendered event) {
		rollups.on(event);
	}

	@ApplicationModuleListener
	void on(RatingGiven event) {
		rollups.on(event);
	}

	@ApplicationModuleListener
	void on(RectificationOpened event) {
		rollups.on(event);
	}

	@ApplicationModuleListener
	void on(RectificationMoved event) {
		rollups.on(event);
	}

	@ApplicationModuleListener
	void on(HotlineTicketOpened event) {
		rollups.on(event);
	}

	@ApplicationModuleListener
	void on(HotlineTicketClosed event) {
		rollups.on(event);
	}

	@ApplicationModuleListener
	void on(HotlineTicketEscalated event) {
		rollups.on(event);
	}

	@ApplicationModuleListener
	void on(StaffCommended event) {
		rollups.on(event);
	}
}
