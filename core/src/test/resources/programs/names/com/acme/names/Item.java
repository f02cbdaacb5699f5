package com.acme.names;

public class Item {
}
