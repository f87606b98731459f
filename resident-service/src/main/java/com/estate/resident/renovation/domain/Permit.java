package com.estate.resident.renovation.domain;

import com.estate.platform.money.Money;
import java.time.Instant;

/**
 * The renovation permit (装修施工许可证).
 *
 * @param number     gapless per community and year, e.g. ZX-2026-0001
 * @param wasteFee   the waste-removal fee (装修垃圾清运费) assessed from the community's rule
 * @param unitStatus the unit's status the renovation replaced, put back on acceptance
 */
public record Permit(String number, Money wasteFee, String unitStatus, String issuedBy, Instant issuedAt) {
}
