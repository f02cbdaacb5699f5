package com.example.tiny;

final class Counter {

  private int count;

  int next() {
    return ++count;
  }
}
