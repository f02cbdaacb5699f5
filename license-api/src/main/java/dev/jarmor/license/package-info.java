/**
 * The licence API a protected program compiles against ({@code dev.jarmor:jarmor-license-api}):
 * {@link dev.jarmor.license.License} reads the licence, {@link dev.jarmor.license.LicenseException} is what a failed
 * check throws where the vendor chose so. jarmor binds both to the check it weaves into the protected jar, which
 * needs none of this jar at run time.
 */
package dev.jarmor.license;
