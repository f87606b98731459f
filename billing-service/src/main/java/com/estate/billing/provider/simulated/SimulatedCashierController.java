package com.estate.billing.provider.simulated;

import java.math.RoundingMode;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated provider's pay page, as JSON: what a payer would see on WeChat Pay's or Alipay's page, and the
 * button that pays. Anyone signed in who has the link may pay, as with a real provider's QR code.
 */
@RestController
@ConditionalOnProperty(prefix = "app.billing.providers.simulated", name = "enabled", havingValue = "true",
        matchIfMissing = true)
class SimulatedCashierController {

    private final SimulatedCashier cashier;

    SimulatedCashierController(SimulatedCashier cashier) {
        this.cashier = cashier;
    }

    record OrderView(String tradeNo, String provider, String amount, String currency, String description,
            String state, String transactionId, Instant expiresAt, Instant paidAt) {

        static OrderView of(SimulatedOrderDocument order) {
            return new OrderView(order.tradeNo, SimulatedProvider.NAME,
                    order.amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), "CNY", order.description,
                    order.state.name(), order.transactionId, order.expiresAt, order.paidAt);
        }
    }

    /** @param outcome what should happen (default: the configured outcome, normally PAID) */
    record PayRequest(SimulatedOutcome outcome) {
    }

    @GetMapping(SimulatedProvider.PAY_PATH + "{tradeNo}")
    @PreAuthorize("isAuthenticated()")
    OrderView order(@PathVariable String tradeNo) {
        return OrderView.of(cashier.order(tradeNo));
    }

    @PostMapping(SimulatedProvider.PAY_PATH + "{tradeNo}/pay")
    @PreAuthorize("isAuthenticated()")
    OrderView pay(@PathVariable String tradeNo, @RequestBody(required = false) PayRequest request) {
        return OrderView.of(cashier.pay(tradeNo, request == null ? null : request.outcome()));
    }
}
