package dev.jarmor.samples.data;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.nodes.Tag;

/** Loads a configuration with SnakeYAML into JavaBeans and dumps it back. */
public final class YamlConfig {

  private static final String YAML = "name: edge\nport: 8443\nservers:\n  - host: a.example\n    weight: 3\n"
      + "  - host: b.example\n    weight: 1\n";

  private YamlConfig() {}

  public static void main(String[] args) {
    Config config = new Yaml(new Constructor(Config.class, new LoaderOptions())).load(YAML);
    System.out.println("loaded " + config.getName() + ":" + config.getPort() + " servers " + config.getServers().size()
        + " weight " + config.totalWeight());
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    System.out.print("dumped\n" + new Yaml(options).dumpAs(config, Tag.MAP, DumperOptions.FlowStyle.BLOCK));
  }
}
