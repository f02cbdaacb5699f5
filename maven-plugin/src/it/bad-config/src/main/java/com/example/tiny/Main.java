package com.example.tiny;

public final class Main {

  public static void main(String[] args) {
    System.out.println(new Counter().next());
  }
}
