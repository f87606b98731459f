package com.estate.billing.provider.simulated;

import com.estate.billing.provider.CallbackAcknowledgement;
import com.estate.billing.provider.CallbackRequest;
import com.estate.billing.provider.InvalidCallbackException;
import com.estate.billing.provider.OrderRequest;
import com.estate.billing.provider.PaymentProvider;
import com.estate.billing.provider.ProviderNotice;
import com.estate.billing.provider.ProviderOrder;
import com.estate.billing.provider.ProviderPaymentState;
import com.estate.billing.provider.ProviderUnavailableException;
import com.estate.platform.money.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payment provider simulated inside billing-service, for the embedded default and the tests: it keeps its own
 * orders, serves a pay page ({@code /api/billing/simulated-provider/orders/{tradeNo}}), calls back asynchronously
 * with an HMAC-signed notice, and answers status queries, with the failures a real provider has (declined, lost
 * callbacks, duplicates, out of order, unavailable). It moves no real money.
 */
@Component
@ConditionalOnProperty(prefix = "app.billing.providers.simulated", name = "enabled", havingValue = "true",
        matchIfMissing = true)
class SimulatedProvider implements PaymentProvider {

    static final String NAME = "simulated";
    static final String PAY_PATH = "/api/billing/simulated-provider/orders/";

    private final MongoTemplate mongo;
    private final SimulatedProviderProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    SimulatedProvider(MongoTemplate mongo, SimulatedProviderProperties properties, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderOrder createOrder(OrderRequest request) {
        if (properties.unavailable()) {
            throw new ProviderUnavailableException(NAME, "the simulated provider is set to refuse orders");
        }
        SimulatedOrderDocument order = new SimulatedOrderDocument();
        order.tradeNo = request.tradeNo();
        order.amount = request.amount().amount();
        order.description = request.description();
        order.notifyUrl = request.notifyUrl();
        order.createdAt = clock.instant();
        Instant latest = order.createdAt.plus(properties.orderTimeout());
        order.expiresAt = request.expiresAt().isBefore(latest) ? request.expiresAt() : latest;
        order.state = ProviderPaymentState.PENDING;
        try {
            mongo.insert(order);
        } catch (DuplicateKeyException placedBefore) {
            // the same trade number again: a provider answers with the order it has
        }
        return new ProviderOrder(request.tradeNo(), PAY_PATH + request.tradeNo());
    }

    @Override
    public ProviderNotice verifyCallback(CallbackRequest callback) {
        String timestamp = callback.header(HmacSignature.TIMESTAMP);
        if (!HmacSignature.verify(properties.secret(), timestamp, callback.header(HmacSignature.NONCE),
                callback.body(), callback.header(HmacSignature.SIGNATURE))) {
            throw new InvalidCallbackException(NAME, "signature does not verify");
        }
        requireFresh(timestamp);
        try {
            SimulatedNotice notice = json.readValue(callback.body(), SimulatedNotice.class);
            return new ProviderNotice(notice.tradeNo(), notice.state(), notice.transactionId(),
                    notice.amount() == null ? null : Money.yuan(notice.amount()), notice.paidAt());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidCallbackException(NAME, "unreadable notice");
        }
    }

    @Override
    public CallbackAcknowledgement acknowledgement() {
        return new CallbackAcknowledgement(200, "application/json", "{\"code\":\"SUCCESS\"}");
    }

    @Override
    public ProviderNotice query(String tradeNo) {
        SimulatedOrderDocument order = mongo.findById(tradeNo, SimulatedOrderDocument.class);
        if (order == null) {
            return new ProviderNotice(tradeNo, ProviderPaymentState.CLOSED, null, null, null);
        }
        return SimulatedNotice.of(order, order.stateAt(clock.instant())).toNotice();
    }

    private void requireFresh(String timestamp) {
        try {
            Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
            if (Duration.between(sent, clock.instant()).abs().compareTo(properties.maxClockSkew()) > 0) {
                throw new InvalidCallbackException(NAME, "timestamp outside the accepted window");
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidCallbackException(NAME, "timestamp unreadable");
        }
    }
}
