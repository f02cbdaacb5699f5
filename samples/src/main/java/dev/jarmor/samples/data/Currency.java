package dev.jarmor.samples.data;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Written as an object: with this shape Jackson writes an enum's getters as properties, not its name. */
@JsonFormat(shape = JsonFormat.Shape.OBJECT)
public enum Currency {
  EUR("EUR", 2), JPY("JPY", 0);

  private final String code;
  private final int digits;

  Currency(String code, int digits) {
    this.code = code;
    this.digits = digits;
  }

  public String getCode() {
    return code;
  }

  public int getDigits() {
    return digits;
  }
}
