/**
 * The vendor's side of licensing: {@link dev.jarmor.licensing.VendorKeys} makes and reads the key pair and derives
 * the content key that binds encrypted code to licences,
 * {@link dev.jarmor.licensing.LicenseIssuer} writes and signs a licence from a
 * {@link dev.jarmor.licensing.LicenseRequest}, {@link dev.jarmor.licensing.LicenseFile} reads one back and checks its
 * signature. The licence format and its checks are the runtime's ({@link dev.jarmor.runtime.LicenseText},
 * {@link dev.jarmor.runtime.LicenseTerms}): the vendor's tools and the protected program read a licence with one
 * code. Weaving the check into a program is the pass {@link dev.jarmor.passes.checks.CheckWeavingPass}'s.
 */
package dev.jarmor.licensing;
