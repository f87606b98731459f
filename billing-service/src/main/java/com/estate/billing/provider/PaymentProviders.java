package com.estate.billing.provider;

import com.estate.platform.problem.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The providers this instance has (each adapter is a bean only when enabled) and which one takes a channel: the
 * real adapter of a wallet when it is enabled, otherwise the simulated provider (the embedded default).
 */
@Component
public class PaymentProviders {

    /** The adapter named for each wallet channel, used when it is enabled. */
    private static final Map<String, String> ADAPTER_OF_CHANNEL = Map.of("WECHAT_PAY", "wechat-pay",
            "ALIPAY", "alipay");

    private final Map<String, PaymentProvider> byName;

    PaymentProviders(List<PaymentProvider> providers) {
        this.byName = providers.stream().collect(Collectors.toMap(PaymentProvider::name, Function.identity()));
    }

    /** @throws ProviderUnavailableException when neither the channel's adapter nor the simulated one is enabled */
    public PaymentProvider forChannel(String channel) {
        return Optional.ofNullable(ADAPTER_OF_CHANNEL.get(channel)).map(byName::get)
                .or(() -> Optional.ofNullable(byName.get("simulated")))
                .orElseThrow(() -> new ProviderUnavailableException(channel, "no provider enabled for " + channel));
    }

    /** @throws NotFoundException when no enabled provider has this name (a callback to an unknown path) */
    public PaymentProvider named(String name) {
        PaymentProvider provider = byName.get(name);
        if (provider == null) {
            throw new NotFoundException("payment provider", name);
        }
        return provider;
    }
}
