/**
 * Transactions (业务流水): the record of every service rendered — what, for whom, where, through which channel, by
 * whom, when and how long — built from the events of the business modules. Not built yet.
 */
@ApplicationModule(displayName = "Transactions (业务流水)", allowedDependencies = { "identity", "outlets", "licensing", "vehicles", "ebikes", "appointments", "hotline" })
@NullMarked
package org.cheguan.transactions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
