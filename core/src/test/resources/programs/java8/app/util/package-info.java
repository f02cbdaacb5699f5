/** Utilities; the annotation below is read at run time through Package.getAnnotation. */
@Marker("util")
package app.util;
