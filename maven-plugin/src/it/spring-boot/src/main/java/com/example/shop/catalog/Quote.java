package com.example.shop.catalog;

public record Quote(Product product, int quantity, long grossCents, long discountCents, long totalCents,
    String currency) {}
