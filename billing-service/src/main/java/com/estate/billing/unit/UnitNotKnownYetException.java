package com.estate.billing.unit;

import org.springframework.dao.TransientDataAccessException;

/**
 * An event needs a unit's facts that billing has not learned yet (its unit.registered travels on another partition
 * and may come later): transient, so the platform's error handler retries the event until they are there, instead of
 * sending it to the DLT.
 */
public class UnitNotKnownYetException extends TransientDataAccessException {

    public UnitNotKnownYetException(String unitId) {
        super("unit " + unitId + " is not known to billing yet");
    }
}
