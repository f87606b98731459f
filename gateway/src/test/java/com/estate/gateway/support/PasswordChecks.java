package com.estate.gateway.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts the password comparisons made against each stored hash, by wrapping the application's
 * {@link PasswordEncoder}: a test can then tell how many guesses really reached an account's password, which the
 * answers alone (all the same 401) cannot show.
 */
public final class PasswordChecks implements BeanPostProcessor {

    private static final Map<String, AtomicInteger> BY_HASH = new ConcurrentHashMap<>();

    /** How many times a presented password was compared with this hash. */
    public static int against(String hash) {
        AtomicInteger count = BY_HASH.get(hash);
        return count == null ? 0 : count.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof PasswordEncoder encoder ? new Counting(encoder) : bean;
    }

    private record Counting(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            BY_HASH.computeIfAbsent(encodedPassword, hash -> new AtomicInteger()).incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
