package com.acme.host;

public interface Plugin {
  String greet(String who);
}
