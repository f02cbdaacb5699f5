package dev.jarmor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time a licence is checked against: an NTP server's, the first source that answers, else the local clock or none. */
class LicenseClockTest {

  @Test
  void readsAnNtpServersTransmitTime() throws Exception {
    long served = Instant.parse("2031-05-06T07:08:09.500Z").toEpochMilli();
    try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      Thread answering = new Thread(() -> {
        try {
          DatagramPacket request = new DatagramPacket(new byte[48], 48);
          server.receive(request);
          byte[] answer = new byte[48];
          answer[0] = 0x1C; // version 3, server mode
          long seconds = served / 1000 + 2208988800L;
          long fraction = (served % 1000) * 0x100000000L / 1000;
          for (int i = 0; i < 4; i++) {
            answer[40 + i] = (byte) (seconds >>> (24 - 8 * i));
            answer[44 + i] = (byte) (fraction >>> (24 - 8 * i));
          }
          server.send(new DatagramPacket(answer, 48, request.getSocketAddress()));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      answering.start();
      LicenseClock.Reading reading = LicenseClock.now(
          List.of("http://127.0.0.1:1/", "ntp:127.0.0.1:" + server.getLocalPort()), false);
      answering.join();
      assertThat(reading.trusted).isTrue();
      assertThat(reading.millis).isBetween(served - 1, served + 1);
    }
  }

  @Test
  void fallsBackToTheLocalClockOnlyWhereTheLicenceAllows() {
    long before = System.currentTimeMillis();
    LicenseClock.Reading local = LicenseClock.now(List.of("http://127.0.0.1:1/"), true);
    assertThat(local.trusted).isFalse();
    assertThat(local.millis).isGreaterThanOrEqualTo(before);
    assertThat(LicenseClock.now(List.of("http://127.0.0.1:1/"), false)).isNull();
    assertThat(LicenseClock.now(List.of(), false).trusted).as("no source named: the local clock").isFalse();
  }
}
