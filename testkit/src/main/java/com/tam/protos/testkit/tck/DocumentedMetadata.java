package com.tam.protos.testkit.tck;

import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import com.tam.protos.events.EventRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ErrorInfo.metadata} keys each error reason documents: the {@code Metadata:} sentence
 * of the reason's comment ({@code Metadata: `available`, `requested` (decimal strings).}), read
 * from the descriptor set the tam-protos jar ships with its comments ({@link
 * EventRegistry#DESCRIPTOR_SET}), by the reason's full name ({@code
 * wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS}).
 *
 * <p>The suites hold every error they check to it ({@code [errors.metadata]}); {@code
 * ErrorReasonCoverageTest} also holds the reference services to sending no undocumented key.
 */
public final class DocumentedMetadata {
  /** The {@code Metadata:} sentence of a comment, up to its first full stop outside brackets. */
  private static final Pattern SENTENCE =
      Pattern.compile("Metadata:((?:[^.(]|\\([^)]*\\))*)", Pattern.DOTALL);

  /** A key as the comments write it: a lowerCamelCase name in backticks. */
  private static final Pattern KEY = Pattern.compile("`([a-z][A-Za-z0-9]*)`");

  private static final int ENUM_VALUE_FIELD_NUMBER = 2;

  private static volatile Map<String, Keys> all;

  private DocumentedMetadata() {}

  /**
   * A reason's documented metadata.
   *
   * @param keys the keys
   * @param optional true when the sentence says some of them are left out in some cases (it says
   *     "omitted" or "when"), so that no single error must carry all of them
   */
  public record Keys(Set<String> keys, boolean optional) {
    /**
     * Documented keys.
     *
     * @param keys the keys
     * @param optional whether some may be left out
     */
    public Keys {
      keys = Collections.unmodifiableSet(new TreeSet<>(keys));
    }
  }

  /**
   * Every reason that documents metadata, by full name.
   *
   * @return reason full name to its keys, sorted
   */
  public static Map<String, Keys> all() {
    Map<String, Keys> out = all;
    if (out == null) {
      out = read();
      all = out;
    }
    return out;
  }

  /**
   * What a reason documents.
   *
   * @param reasonFullName the reason's full name
   * @return its keys; none, not optional, when it documents none
   */
  public static Keys of(String reasonFullName) {
    return all().getOrDefault(reasonFullName, new Keys(Set.of(), false));
  }

  private static Map<String, Keys> read() {
    Map<String, Keys> out = new TreeMap<>();
    for (FileDescriptorProto file : descriptorSet().getFileList()) {
      Map<List<Integer>, String> comments = new HashMap<>();
      for (SourceCodeInfo.Location l : file.getSourceCodeInfo().getLocationList()) {
        comments.put(l.getPathList(), l.getLeadingComments());
      }
      for (int e = 0; e < file.getEnumTypeCount(); e++) {
        EnumDescriptorProto type = file.getEnumType(e);
        if (!type.getName().endsWith("ErrorReason")) {
          continue;
        }
        for (int v = 0; v < type.getValueCount(); v++) {
          List<Integer> path =
              List.of(FileDescriptorProto.ENUM_TYPE_FIELD_NUMBER, e, ENUM_VALUE_FIELD_NUMBER, v);
          Matcher sentence = SENTENCE.matcher(comments.getOrDefault(path, "").replace('\n', ' '));
          if (!sentence.find()) {
            continue;
          }
          String text = sentence.group(1);
          Set<String> keys = new TreeSet<>();
          Matcher key = KEY.matcher(text);
          while (key.find()) {
            keys.add(key.group(1));
          }
          boolean optional = text.contains("omitted") || text.contains(" when ");
          out.put(
              file.getPackage() + "." + type.getName() + "." + type.getValue(v).getName(),
              new Keys(keys, optional));
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static FileDescriptorSet descriptorSet() {
    try (InputStream in =
        DocumentedMetadata.class
            .getClassLoader()
            .getResourceAsStream(EventRegistry.DESCRIPTOR_SET)) {
      if (in == null) {
        throw new IllegalStateException(EventRegistry.DESCRIPTOR_SET + " is not on the classpath");
      }
      return FileDescriptorSet.parseFrom(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
