package com.estate.resident.movein;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a move-in asks of every owner ({@code app.move-in.*}).
 *
 * @param requiredAgreements the agreements every owner signs at registration (管理规约, 前期物业服务协议)
 * @param feeItems           the fee item codes the case asks billing for; billing prices them from its schedule
 */
@ConfigurationProperties("app.move-in")
public record MoveInProperties(
        @DefaultValue({"community-regulations", "property-service-agreement"}) Set<String> requiredAgreements,
        @DefaultValue({"property-management-fee"}) List<String> feeItems) {

    public MoveInProperties {
        requiredAgreements = Set.copyOf(requiredAgreements);
        feeItems = List.copyOf(feeItems);
        if (feeItems.isEmpty()) {
            throw new IllegalArgumentException("app.move-in.fee-items names at least one fee item");
        }
    }
}
