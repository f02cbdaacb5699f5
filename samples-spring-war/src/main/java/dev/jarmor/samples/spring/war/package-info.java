/** The servlet initializer of the Spring Boot sample's WAR. */
package dev.jarmor.samples.spring.war;
