package dev.jarmor.samples.data;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.util.Map;
import java.util.TreeMap;

/** Reads and writes profiles with Gson, which maps fields by name. */
public final class GsonProfiles {

  private GsonProfiles() {}

  public static void main(String[] args) {
    Gson gson = new Gson();
    Profile profile = gson.fromJson("{\"name\":\"Grace\",\"age\":45,\"home\":{\"street\":\"1 Main St\","
        + "\"city\":\"Arlington\"},\"tags\":[\"navy\",\"cobol\"]}", Profile.class);
    System.out.println("read " + profile.summary());
    System.out.println("wrote " + gson.toJson(profile));
    Map<String, Address> offices = gson.fromJson("{\"hq\":{\"street\":\"5 Elm\",\"city\":\"Boston\"}}",
        new TypeToken<TreeMap<String, Address>>() { }.getType());
    System.out.println("offices " + offices.get("hq").city + " " + gson.toJson(offices));
  }
}
