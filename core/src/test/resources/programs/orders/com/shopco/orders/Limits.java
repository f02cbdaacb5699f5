package com.shopco.orders;

class Limits {
  static final int MAX = compute();

  private static int compute() {
    String configured = System.getProperty("shopco.max");
    if (configured == null) {
      throw new IllegalStateException("no limit configured");
    }
    return Integer.parseInt(configured);
  }
}
