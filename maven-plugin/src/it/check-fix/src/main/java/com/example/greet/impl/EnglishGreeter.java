package com.example.greet.impl;

import com.example.greet.Greeter;

public final class EnglishGreeter implements Greeter {

  @Override
  public String greet(String name) {
    return "Hello, " + name + "!";
  }
}
