package com.estate.activity.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    final MessageTemplate template = new MessageTemplate(new LocalizedText("账单 {billId}", "Bill {billId}"),
            new LocalizedText("金额 {amount} 元，{dueDate} 前缴纳", "CNY {amount}, due {dueDate}; it's {missing}"));

    @Test
    void fillsParametersByNameInBothLanguages() {
        var rendered = template.render(Map.of("billId", "b-1", "amount", "128.50", "dueDate", "2026-12-31"));
        assertThat(rendered.title()).isEqualTo(new LocalizedText("账单 b-1", "Bill b-1"));
        assertThat(rendered.body().zhCn()).isEqualTo("金额 128.50 元，2026-12-31 前缴纳");
        // an apostrophe is plain text (no MessageFormat quoting); a parameter the request lacks stays visible
        assertThat(rendered.body().en()).isEqualTo("CNY 128.50, due 2026-12-31; it's {missing}");
    }

    @Test
    void aParameterValueIsInsertedLiterally() {
        var rendered = template.render(Map.of("billId", "$1 \\{amount}"));
        assertThat(rendered.title().en()).isEqualTo("Bill $1 \\{amount}");
    }
}
