package com.shopco.orders;

/** Prints the stack trace of every failure the order service meets: what retrace must give back. */
public class App {
  public static void main(String[] args) {
    OrderService service = new OrderService(new Pricing());
    for (String scenario : new String[] {"constructor", "lambda", "shared", "initializer", "nested"}) {
      try {
        service.run(scenario);
      } catch (Throwable failure) {
        failure.printStackTrace(System.out);
      }
    }
  }
}
