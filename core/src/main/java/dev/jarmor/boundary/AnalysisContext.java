package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.Program;

/** What analyzers read: the program as it came in and its hierarchy. */
public record AnalysisContext(Program program, Hierarchy hierarchy) {}
