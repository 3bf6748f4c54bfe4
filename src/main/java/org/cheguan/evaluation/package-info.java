/**
 * Evaluation (好差评): one rating per service rendered and the rectification of bad ratings (国办发〔2019〕51号,
 * GB/T 39734-2020, GB/T 39735-2020). Learns about services from the events of transactions
 * ({@link org.cheguan.transactions.ServiceRendered}) and invites each citizen to rate through a one-time link; the API
 * is {@link org.cheguan.evaluation.Ratings} and {@link org.cheguan.evaluation.Rectifications} (whose {@code open} is
 * how a hotline complaint about a staff member opens a rectification); events
 * {@link org.cheguan.evaluation.RatingGiven}, {@link org.cheguan.evaluation.RatingInvited} and
 * {@link org.cheguan.evaluation.RectificationOpened}.
 */
@ApplicationModule(displayName = "Evaluation (好差评)", allowedDependencies = { "identity", "outlets", "hotline", "transactions" })
@NullMarked
package org.cheguan.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
