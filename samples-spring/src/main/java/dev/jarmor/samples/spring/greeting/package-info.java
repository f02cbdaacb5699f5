/** The greeting service, its configuration properties and its answer. */
package dev.jarmor.samples.spring.greeting;
