/**
 * Licensing (驾驶证): licence applications, learner permits, exam venues and sessions, booking requests and fair
 * allocation, results, licences, renewals and military exchange (公安部令第162号 as amended by 第172号). So far the rules
 * only, as plain Java: {@link org.cheguan.licensing.LicensingRules} (age limits, added classes, subjects, waits, pass
 * marks, licence terms) and {@link org.cheguan.licensing.ExamRecord} (the exam history of one application); persistence
 * and HTTP are not built yet.
 */
@ApplicationModule(displayName = "Licensing (驾驶证)", allowedDependencies = { "identity", "outlets" })
@NullMarked
package org.cheguan.licensing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
