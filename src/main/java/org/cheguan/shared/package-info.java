/**
 * Shared kernel (公共): the value types and rules every module uses, each validated on construction and citing
 * its standard — {@code ResidentIdNumber} (GB 11643-1999), {@code Vin} (GB 16735 / ISO 3779), {@code PlateNumber}
 * (GA 36-2018), {@code MobileNumber}, {@code DistrictCode} (GB/T 2260), {@code GeoPoint} (WGS84), the official
 * {@code WorkingCalendar}, personal-data protection, and the exceptions that become RFC 9457 problems. No Spring beans.
 */
@ApplicationModule(displayName = "Shared kernel (公共)", allowedDependencies = {  })
@NullMarked
package org.cheguan.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
