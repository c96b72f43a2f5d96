package tutor.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The count and SHA-256 of a table's rows in a canonical text form, the same whether the rows were
 * written as JSON or CSV and read back as numbers or as text: for each row, its columns in name
 * order as {@code name=LENGTH:TEXT} (or {@code name=null}), then a line end. A number's text is
 * Java's ({@code Long.toString}, {@code Double.toString}), which is also what CSV holds.
 */
public final class RowDigest {
  private final MessageDigest sha;
  private long rows;

  public RowDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java has SHA-256
    }
  }

  public void add(Map<String, Object> row) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : new TreeMap<>(row).entrySet()) {
      sb.append(e.getKey()).append('=');
      if (e.getValue() == null) {
        sb.append("null");
      } else {
        String text = text(e.getValue());
        sb.append(text.length()).append(':').append(text);
      }
      sb.append('\u001f');
    }
    sb.append('\n');
    sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
    rows++;
  }

  public static String text(Object v) {
    return v.toString();
  }

  public long rows() {
    return rows;
  }

  public String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }
}
