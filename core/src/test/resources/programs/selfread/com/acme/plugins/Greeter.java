package com.acme.plugins;

import com.acme.host.Plugin;

public class Greeter implements Plugin {
  @Override
  public String greet(String who) {
    return "hello, " + who;
  }
}
