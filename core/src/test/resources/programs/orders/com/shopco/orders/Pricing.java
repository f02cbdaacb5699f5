package com.shopco.orders;

import java.util.List;

/** Methods of different descriptors, which renaming gives one new name. */
class Pricing {
  int priorityOf(String tag) {
    int length = tag.length();
    if (tag.endsWith("!")) {
      return check(length);
    }
    return 1;
  }

  private int check(int length) {
    if (length > 3) {
      throw new IllegalStateException("priority too high: " + length);
    }
    return length;
  }

  long total(List<Integer> prices) {
    long sum = 0;
    for (int price : prices) {
      sum += price;
    }
    return sum;
  }

  String label(int priority) {
    return "priority " + priority;
  }
}
