/**
 * Programs whose names cross a process boundary: {@link dev.jarmor.samples.wire.WireParent} sends
 * serialized objects (custom writeObject/readObject, readResolve, serializable lambdas and method
 * references, records, enums) to child JVMs it starts by class name and reads their answers;
 * {@link dev.jarmor.samples.wire.StreamStore} writes a stream in one run and reads it in another,
 * so an unprotected and a protected build can read each other's files.
 */
package dev.jarmor.samples.wire;
