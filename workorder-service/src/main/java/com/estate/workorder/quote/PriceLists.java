package com.estate.workorder.quote;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.money.Money;
import com.estate.workorder.category.CommunityLists;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * A community's price list (the defaults until its supervisors save their own: revision 0, so the first change is
 * made with {@code If-Match: "0"}), and quotes priced from it.
 */
@Service
public class PriceLists {

    private final CommunityLists<PriceItem, PriceListDocument> lists;

    PriceLists(MongoTemplate mongo, PriceListProperties properties, ConditionalSave conditionalSave) {
        this.lists = new CommunityLists<>(mongo, conditionalSave, PriceListDocument.class, PriceListDocument::new,
                properties.defaults());
    }

    public Revised<List<PriceItem>> of(String communityId) {
        return lists.of(communityId);
    }

    public Revised<List<PriceItem>> replace(String communityId, List<PriceItem> items, IfMatch ifMatch) {
        return lists.replace(communityId, items, ifMatch);
    }

    /** How much of which item a quote asks for. */
    public record Wanted(String itemCode, BigDecimal quantity) {
    }

    /** A quote priced from the community's list: each line the item's price times the quantity, to the fen. */
    public Quote quote(String communityId, List<Wanted> wanted, String by, Instant at) {
        Map<String, PriceItem> items = of(communityId).value().stream()
                .collect(Collectors.toMap(PriceItem::code, Function.identity(), (a, b) -> a));
        List<QuoteLine> lines = wanted.stream().map(w -> {
            PriceItem item = items.get(w.itemCode());
            if (item == null) {
                throw new UnknownPriceItemException(w.itemCode());
            }
            Money unitPrice = new Money(item.price(), Money.CNY);
            Money amount = new Money(item.price().multiply(w.quantity())
                    .setScale(2, java.math.RoundingMode.HALF_UP), Money.CNY);
            return new QuoteLine(item.code(), item.name(), item.kind(), w.quantity(), item.unit(), unitPrice, amount);
        }).toList();
        return Quote.propose(lines, by, at);
    }
}
