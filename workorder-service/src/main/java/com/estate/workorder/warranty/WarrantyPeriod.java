package com.estate.workorder.warranty;

/**
 * How long a category's repairs are covered from the unit's handover (infra/BUSINESS-RULES.md §14.1): a number of
 * years, a number of heating seasons (heating and cooling systems), or nothing.
 */
public sealed interface WarrantyPeriod {

    record Years(int years) implements WarrantyPeriod {
        public Years {
            if (years < 1) {
                throw new IllegalArgumentException("a warranty of years is at least 1 year");
            }
        }
    }

    record HeatingSeasons(int seasons) implements WarrantyPeriod {
        public HeatingSeasons {
            if (seasons < 1) {
                throw new IllegalArgumentException("a warranty of heating seasons is at least 1 season");
            }
        }
    }

    record None() implements WarrantyPeriod {
    }
}
