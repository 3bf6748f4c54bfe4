package org.cheguan.evaluation;

import org.cheguan.transactions.ServiceRendered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites the citizen to rate every service rendered (一事一评, GB/T 39734-2020; the SMS invitation channel of
 * domain-rules.md §7). Runs after the service record commits, in its own transaction, at least once; the invitation's
 * unique key on the service makes a redelivery send nothing.
 */
@Component
class RatingInvitations {

	private final Ratings ratings;

	RatingInvitations(Ratings ratings) {
		this.ratings = ratings;
	}

	@ApplicationModuleListener
	void on(ServiceRendered event) {
		ratings.invite(event);
	}
}
