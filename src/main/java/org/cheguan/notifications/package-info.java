/**
 * Notifications (消息通知): the outbox of SMS and app messages written in the transaction of the fact that causes
 * them, message templates, and delivery through an {@code SmsGateway} (a logging adapter by default). Nothing is sent
 * twice for the same entity, event and channel. Listens to events; no business rule calls it.
 */
@ApplicationModule(displayName = "Notifications (消息通知)", allowedDependencies = { "identity", "outlets", "licensing", "vehicles", "ebikes", "appointments", "transactions", "evaluation", "hotline" })
@NullMarked
package org.cheguan.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
