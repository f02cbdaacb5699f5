package com.example.greet;

public interface Greeter {

  String greet(String name);
}
