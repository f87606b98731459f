package com.estate.resident.renovation.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The permit number drawn for a renovation, keyed by the renovation: drawn once, kept through retries. */
@Document("renovation_permit_numbers")
public record PermitNumberDocument(@Id String renovationId, String number) {
}
