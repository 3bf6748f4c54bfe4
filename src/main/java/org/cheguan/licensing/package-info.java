/**
 * Licensing (驾驶证): licence applications, learner permits, exam venues and sessions, booking requests and fair
 * allocation, results, licences, renewals and military exchange (公安部令第162号 as amended by 第172号). The rules are
 * plain Java: {@link org.cheguan.licensing.LicensingRules} (age limits, added classes, subjects, waits, pass marks,
 * licence terms), {@link org.cheguan.licensing.ExamRecord} (the exam history of one application) and
 * {@link org.cheguan.licensing.ScoringPeriods} (scoring periods, 公安部令第163号). The 12-point records of the
 * traffic-violation system, which Cheguan does not run, come through the
 * {@link org.cheguan.licensing.ScoringRecords} port.
 */
@ApplicationModule(displayName = "Licensing (驾驶证)", allowedDependencies = { "identity", "outlets" })
@NullMarked
package org.cheguan.licensing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
