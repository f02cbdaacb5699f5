package dev.jarmor.runtime;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URL;
import java.util.List;

/**
 * The time a licence is checked against: the first of the licence's {@code time-source} lines that answers (an
 * {@code http:} or {@code https:} URL, whose {@code Date} header is read, or {@code ntp:<host>[:<port>]}, asked
 * by SNTP), else the local clock unless the licence says {@code time-fallback: refuse}. Each source has
 * {@link #TIMEOUT_MILLIS} to answer.
 */
final class LicenseClock {

  static final int TIMEOUT_MILLIS = 3000;
  /** Seconds from 1900, NTP's epoch, to 1970. */
  private static final long NTP_EPOCH_OFFSET = 2208988800L;

  /** A time and whether a source the vendor named gave it, rather than the local clock. */
  static final class Reading {
    final long millis;
    final boolean trusted;

    Reading(long millis, boolean trusted) {
      this.millis = millis;
      this.trusted = trusted;
    }
  }

  private LicenseClock() {}

  /** The time, or null when no source answered and the local clock is refused. */
  static Reading now(List<String> sources, boolean localAllowed) {
    for (String source : sources) {
      long millis = ask(source);
      if (millis > 0) {
        return new Reading(millis, true);
      }
    }
    return sources.isEmpty() || localAllowed ? new Reading(System.currentTimeMillis(), false) : null;
  }

  private static long ask(String source) {
    try {
      if (source.startsWith("ntp:")) {
        return ntp(source.substring(4));
      }
      HttpURLConnection connection = (HttpURLConnection) new URL(source).openConnection();
      connection.setRequestMethod("HEAD");
      connection.setConnectTimeout(TIMEOUT_MILLIS);
      connection.setReadTimeout(TIMEOUT_MILLIS);
      connection.setUseCaches(false);
      try {
        connection.getResponseCode();
        return connection.getHeaderFieldDate("Date", -1);
      } finally {
        connection.disconnect();
      }
    } catch (Exception e) {
      // a source that cannot be reached, or answers nonsense, is passed over for the next
      return -1;
    }
  }

  private static long ntp(String hostAndPort) throws Exception {
    int colon = hostAndPort.lastIndexOf(':');
    String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    int port = colon < 0 ? 123 : Integer.parseInt(hostAndPort.substring(colon + 1));
    byte[] message = new byte[48];
    message[0] = 0x1B; // version 3, client mode
    DatagramSocket socket = new DatagramSocket();
    try {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      socket.send(new DatagramPacket(message, message.length, InetAddress.getByName(host), port));
      DatagramPacket answer = new DatagramPacket(new byte[48], 48);
      socket.receive(answer);
      byte[] data = answer.getData();
      long seconds = 0;
      for (int i = 40; i < 44; i++) {
        seconds = seconds << 8 | (data[i] & 0xFF);
      }
      long fraction = 0;
      for (int i = 44; i < 48; i++) {
        fraction = fraction << 8 | (data[i] & 0xFF);
      }
      return seconds == 0 ? -1 : (seconds - NTP_EPOCH_OFFSET) * 1000 + fraction * 1000 / 0x100000000L;
    } finally {
      socket.close();
    }
  }
}
