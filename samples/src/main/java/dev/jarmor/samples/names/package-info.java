/**
 * A program that finds its own code by name, the way plugin hosts and frameworks do:
 * {@link dev.jarmor.samples.names.PluginHost} loads plugins through ServiceLoader and a class named in
 * a properties file, sets options on them by field name, calls a method named in a constant, greets
 * through a dynamic proxy whose handler dispatches on method names, and reads a template next to its
 * class. No annotation or rule tells an obfuscator any of it.
 */
package dev.jarmor.samples.names;
