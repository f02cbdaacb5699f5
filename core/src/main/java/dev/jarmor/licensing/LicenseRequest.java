package dev.jarmor.licensing;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a licence grants, as the vendor asks {@code jarmor license issue} for it. Each value is as the licence file
 * spells it; {@link LicenseIssuer} checks them.
 *
 * @param product the product it is for, or null for any
 * @param holder whom it is issued to, or null
 * @param notBefore the first day (UTC) or instant it is valid, or null for now
 * @param expires the last day (UTC) it is valid, an instant it ends at, or a number of days from today; null for never
 * @param period how often a running program checks it again ({@code 30m}, {@code 1h}, {@code 1d}), or null
 * @param bindings the machine identifiers it binds to, {@code <kind>:<value>}
 * @param bindAny whether one of {@code bindings} is enough, rather than all
 * @param timeSources URLs whose {@code Date} header, or {@code ntp:<host>} servers whose time, the program checks
 *     it against, in order
 * @param refuseLocalClock whether a program none of {@code timeSources} answers refuses to run, rather than trust its clock
 * @param data the vendor's own values, by name, which the program reads through the licence API
 */
public record LicenseRequest(String product, String holder, String notBefore, String expires, String period,
    List<String> bindings, boolean bindAny, List<String> timeSources, boolean refuseLocalClock,
    SortedMap<String, String> data) {

  public LicenseRequest {
    bindings = List.copyOf(bindings);
    timeSources = List.copyOf(timeSources);
    data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
  }
}
