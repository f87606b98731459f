package com.estate.billing.provider.simulated;

import com.estate.billing.provider.ProviderPaymentState;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The payer's side of the simulated provider: paying an order, and the callbacks that follow. */
@Service
@ConditionalOnProperty(prefix = "app.billing.providers.simulated", name = "enabled", havingValue = "true",
        matchIfMissing = true)
class SimulatedCashier {

    private final MongoTemplate mongo;
    private final SimulatedCallbacks callbacks;
    private final SimulatedProviderProperties properties;
    private final JsonMapper json;
    private final Environment environment;
    private final Clock clock;

    SimulatedCashier(MongoTemplate mongo, SimulatedCallbacks callbacks, SimulatedProviderProperties properties,
            JsonMapper json, Environment environment, Clock clock) {
        this.mongo = mongo;
        this.callbacks = callbacks;
        this.properties = properties;
        this.json = json;
        this.environment = environment;
        this.clock = clock;
    }

    SimulatedOrderDocument order(String tradeNo) {
        SimulatedOrderDocument order = mongo.findById(tradeNo, SimulatedOrderDocument.class);
        if (order == null) {
            throw new NotFoundException("simulated order", tradeNo);
        }
        order.state = order.stateAt(clock.instant());
        return order;
    }

    /**
     * Pays an open order with the outcome chosen (or the configured default). Paying an order that is paid already
     * changes nothing and sends nothing; an expired or failed order cannot be paid.
     */
    SimulatedOrderDocument pay(String tradeNo, SimulatedOutcome chosen) {
        SimulatedOutcome outcome = chosen == null ? properties.defaultOutcome() : chosen;
        for (int attempt = 1; ; attempt++) {
            SimulatedOrderDocument order = order(tradeNo);
            if (order.state == ProviderPaymentState.PAID) {
                return order;
            }
            if (order.state != ProviderPaymentState.PENDING) {
                throw new BusinessRuleException("simulated-order-closed", "the order can no longer be paid", tradeNo,
                        order.state);
            }
            Instant now = clock.instant();
            order.outcome = outcome;
            if (outcome == SimulatedOutcome.DECLINED) {
                order.state = ProviderPaymentState.FAILED;
            } else {
                order.state = ProviderPaymentState.PAID;
                order.paidAt = now;
                order.transactionId = "SIM" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
            }
            try {
                SimulatedOrderDocument saved = mongo.save(order);
                notifyBilling(saved, outcome);
                return saved;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void notifyBilling(SimulatedOrderDocument order, SimulatedOutcome outcome) {
        String url = notifyUrl(order);
        Duration delay = properties.callbackDelay();
        String notice = json.writeValueAsString(SimulatedNotice.of(order, order.state));
        switch (outcome) {
            case PAID, DECLINED -> callbacks.send(url, notice, delay);
            case NO_CALLBACK -> {
                // the callback is lost on the way: billing's status query has to find the payment
            }
            case DUPLICATE_CALLBACKS -> {
                callbacks.send(url, notice, delay);
                callbacks.send(url, notice, delay);
            }
            case OUT_OF_ORDER -> {
                callbacks.send(url, notice, delay);
                String stale = json.writeValueAsString(new SimulatedNotice(order.tradeNo, ProviderPaymentState.FAILED,
                        null, null, null));
                callbacks.send(url, stale, delay.multipliedBy(3));
            }
        }
    }

    /** The order's notify URL if absolute, else resolved against the configured base or this service's port. */
    private String notifyUrl(SimulatedOrderDocument order) {
        if (order.notifyUrl.startsWith("http://") || order.notifyUrl.startsWith("https://")) {
            return order.notifyUrl;
        }
        String base = properties.notifyBaseUrl().isBlank()
                ? "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080")
                : properties.notifyBaseUrl().replaceAll("/+$", "");
        return base + order.notifyUrl;
    }
}
