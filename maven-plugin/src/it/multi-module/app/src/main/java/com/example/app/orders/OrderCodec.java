package com.example.app.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

public final class OrderCodec {

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String write(Order order) throws Exception {
    return mapper.writeValueAsString(order);
  }

  public Order read(String json) throws Exception {
    return mapper.readValue(json, Order.class);
  }
}
