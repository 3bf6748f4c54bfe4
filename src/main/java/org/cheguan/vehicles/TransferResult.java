package org.cheguan.vehicles;

import java.time.LocalDate;

/**
 * The outcome of an ownership transfer.
 *
 * @param vin the vehicle
 * @param plate its plate (kept: a transfer within the city keeps the number)
 * @param ownerIdNumber the new owner, masked
 * @param transferredOn the transfer date
 * @param deliveredOn the delivery date
 * @param overdue applied more than 30 days after delivery (公安部令第164号 第二十五条), flagged
 * @param singleIdService whether the single-ID service (一证通办) applied
 */
public record TransferResult(String vin, String plate, String ownerIdNumber, LocalDate transferredOn,
		LocalDate deliveredOn, boolean overdue, boolean singleIdService) {
}
