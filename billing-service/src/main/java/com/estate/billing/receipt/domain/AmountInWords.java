package com.estate.billing.receipt.domain;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An amount in Chinese capital numerals (大写金额), as a receipt states its total so it cannot be altered:
 * 406.80 is 肆佰零陆元捌角整, 100010.00 is 壹拾万零壹拾元整, 0.05 is 伍分 (infra/BUSINESS-RULES.md §16, receipts).
 * A run of zeros inside the number is written as one 零; an amount without fen ends with 整.
 */
public final class AmountInWords {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private AmountInWords() {
    }

    public static String of(Money money) {
        BigDecimal amount = money.amount();
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a receipt states a positive amount: " + money.toPlainString());
        }
        BigInteger yuan = amount.toBigInteger();
        int fen = amount.subtract(new BigDecimal(yuan)).movePointRight(2).intValueExact();
        String integer = yuan(yuan);
        int jiao = fen / 10;
        int cents = fen % 10;
        StringBuilder words = new StringBuilder(integer);
        if (!integer.isEmpty()) {
            words.append('元');
        }
        if (jiao > 0) {
            words.append(DIGITS.charAt(jiao)).append('角');
        }
        if (cents > 0) {
            if (jiao == 0 && !integer.isEmpty()) {
                words.append('零');
            }
            words.append(DIGITS.charAt(cents)).append('分');
        } else {
            words.append(integer.isEmpty() && jiao == 0 ? "零元整" : "整");
        }
        return words.toString();
    }

    private static String yuan(BigInteger yuan) {
        if (yuan.signum() == 0) {
            return "";
        }
        java.util.List<Integer> groups = new java.util.ArrayList<>();
        for (BigInteger rest = yuan; rest.signum() > 0; rest = rest.divide(TEN_THOUSAND)) {
            groups.add(rest.mod(TEN_THOUSAND).intValue());
        }
        if (groups.size() > GROUPS.length) {
            throw new IllegalArgumentException("too large for a receipt: " + yuan);
        }
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        for (int g = groups.size() - 1; g >= 0; g--) {
            int group = groups.get(g);
            if (group == 0) {
                zeroPending = !words.isEmpty();
                continue;
            }
            if (!words.isEmpty() && (zeroPending || group < 1000)) {
                words.append('零');
            }
            words.append(group(group)).append(GROUPS[g]);
            zeroPending = false;
        }
        return words.toString();
    }

    private static String group(int group) {
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        for (int position = 3; position >= 0; position--) {
            int digit = group / (int) Math.pow(10, position) % 10;
            if (digit == 0) {
                zeroPending = !words.isEmpty();
            } else {
                if (zeroPending) {
                    words.append('零');
                    zeroPending = false;
                }
                words.append(DIGITS.charAt(digit)).append(IN_GROUP[position]);
            }
        }
        return words.toString();
    }
}
