/**
 * Transactions (业务流水): the record of every service rendered — what, for whom, where, through which channel, by
 * whom, when and how long — built from the events of the business modules (so far those of licensing) and from the
 * clerk endpoint for services no module models. The API is {@link org.cheguan.transactions.ServiceRecords} (record
 * once per source fact, search), the catalogue {@link org.cheguan.transactions.ServiceType} and the event
 * {@link org.cheguan.transactions.ServiceRendered}.
 */
@ApplicationModule(displayName = "Transactions (业务流水)", allowedDependencies = { "identity", "outlets", "licensing", "vehicles", "ebikes", "appointments", "hotline" })
@NullMarked
package org.cheguan.transactions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
