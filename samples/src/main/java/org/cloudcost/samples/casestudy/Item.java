package org.cloudcost.samples.casestudy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One billed or listed resource of the estate: how the bill names it, what it costs this month,
 * and what the inventory says about it.
 */
record Item(String id, String category, String service, String billType, String sku, String account,
            Map<String, String> tags, BigDecimal monthlyCost, String pricingUnit,
            String inventoryType, String spec, Integer vcpu, Integer memoryGiB, String state, String createdAt,
            String attachedTo, Integer bandwidthMbps, String bandwidthBilling) {

    static Builder of(String id, String category, String service) {
        return new Builder(id, category, service);
    }

    Item withCost(BigDecimal cost) {
        return new Item(id, category, service, billType, sku, account, tags, cost, pricingUnit, inventoryType, spec, vcpu,
                memoryGiB, state, createdAt, attachedTo, bandwidthMbps, bandwidthBilling);
    }

    /** Fills an item field by field; what is not set is empty. */
    static final class Builder {
        private final String id;
        private final String category;
        private final String service;
        private String billType = "";
        private String sku = "";
        private String account = CaseStudyData.PROD_ACCOUNT;
        private Map<String, String> tags = Map.of();
        private BigDecimal cost = BigDecimal.ZERO;
        private String unit = "Hours";
        private String inventoryType;
        private String spec = "";
        private Integer vcpu;
        private Integer memory;
        private String state = "running";
        private String createdAt = "2025-06-01T00:00:00Z";
        private String attachedTo = "";
        private Integer mbps;
        private String billing = "";

        private Builder(String id, String category, String service) {
            this.id = id;
            this.category = category;
            this.service = service;
        }

        Builder bill(String type, String skuId, String pricingUnit) {
            billType = type;
            sku = skuId;
            unit = pricingUnit;
            return this;
        }

        Builder account(String a) {
            account = a;
            return this;
        }

        Builder tags(Map<String, String> t) {
            tags = t;
            return this;
        }

        Builder cost(BigDecimal c) {
            cost = c;
            return this;
        }

        Builder inventory(String type, String specName, String st, String created) {
            inventoryType = type;
            spec = specName;
            state = st;
            createdAt = created;
            return this;
        }

        Builder size(int cpus, int memGiB) {
            vcpu = cpus;
            memory = memGiB;
            return this;
        }

        Builder attachedTo(String resource) {
            attachedTo = resource;
            return this;
        }

        Builder bandwidth(int provisionedMbps, String billingMode) {
            mbps = provisionedMbps;
            billing = billingMode;
            return this;
        }

        Item build() {
            return new Item(id, category, service, billType, sku, account, tags, cost, unit, inventoryType, spec, vcpu, memory,
                    state, createdAt, attachedTo, mbps, billing);
        }
    }
}
