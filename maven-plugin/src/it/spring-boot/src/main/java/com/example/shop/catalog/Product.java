package com.example.shop.catalog;

public record Product(int id, String name, long priceCents) {}
