package com.example.greet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreetersTest {

  @Test
  void greetsInEnglish() throws Exception {
    assertEquals("Hello, Ada!", Greeters.forLanguage("English").greet("Ada"));
  }

  @Test
  void greetsInFrench() throws Exception {
    assertEquals("Bonjour, Ada !", Greeters.forLanguage("French").greet("Ada"));
  }

  @Test
  void greetsByInterface() {
    Greeter shout = name -> name.toUpperCase();
    assertEquals("ADA", shout.greet("Ada"));
  }
}
