package tutor.packfile;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Jackson's YAML factory, reading through {@link LinearStreamReader} (linear in a value's length).
 */
final class LinearYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  LinearYamlFactory(LoaderOptions options) {
    super(YAMLFactory.builder().loaderOptions(options));
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) {
    return new Parser(
        context,
        _parserFeatures,
        _yamlParserFeatures,
        _objectCodec,
        reader,
        new ParserImpl(new LinearStreamReader(reader), _loaderOptions));
  }

  private static final class Parser extends YAMLParser {
    Parser(
        IOContext context,
        int parserFeatures,
        int yamlFeatures,
        ObjectCodec codec,
        Reader reader,
        ParserImpl parser) {
      super(context, parserFeatures, yamlFeatures, codec, reader, parser);
    }
  }
}
