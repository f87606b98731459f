package com.estate.workorder.returnvisit.messaging;

/** What every order event a return visit follows names: the order, and what its visit needs to exist. */
interface OrderFacts {

    String orderId();

    String communityId();

    String unitId();

    String category();
}
