package com.example.greet.impl;

import com.example.greet.Greeter;

public final class FrenchGreeter implements Greeter {

  @Override
  public String greet(String name) {
    return "Bonjour, " + name + " !";
  }
}
