package com.example.shop.web;

public record ShopInfo(String name, String currency, int products) {}
