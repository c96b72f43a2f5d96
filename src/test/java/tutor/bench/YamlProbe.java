package tutor.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The baseline of the pack benchmark: Jackson's YAML parser reading every token of a pack's YAML
 * files and nothing else, in a fresh JVM with default flags.
 */
public final class YamlProbe {
  private YamlProbe() {}

  public static void main(String[] args) throws Exception {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    long tokens = 0;
    for (Path f : files) {
      try (JsonParser p = factory.createParser(f.toFile())) {
        while (p.nextToken() != null) {
          p.getText();
          tokens++;
        }
      }
    }
    System.out.println(tokens + " tokens in " + files.size() + " files");
  }
}
