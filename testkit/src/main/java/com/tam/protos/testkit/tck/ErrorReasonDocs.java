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
 * The error reasons the contracts declare (every value but the zero value of every top-level enum
 * whose name ends in {@code ErrorReason}) and the {@code ErrorInfo.metadata} keys each documents in
 * the {@code Metadata:} sentence of its comment ({@code Metadata: `available`, `requested` (decimal
 * strings).}), by the reason's full name ({@code
 * wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS}). Read once from the
 * descriptor set the tam-protos jar ships with its comments ({@link EventRegistry#DESCRIPTOR_SET}).
 *
 * <p>The suites hold every error they check to its documented keys ({@code [errors.metadata]});
 * {@code ErrorReasonCoverageTest} holds the reference services to every declared reason and to
 * sending no undocumented key.
 */
public final class ErrorReasonDocs {
  /** The {@code Metadata:} sentence of a comment, up to its first full stop outside brackets. */
  private static final Pattern SENTENCE =
      Pattern.compile("Metadata:((?:[^.(]|\\([^)]*\\))*)", Pattern.DOTALL);

  /** A key as the comments write it: a lowerCamelCase name in backticks. */
  private static final Pattern KEY = Pattern.compile("`([a-z][A-Za-z0-9]*)`");

  private static final int ENUM_VALUE_FIELD_NUMBER = 2;

  private static volatile ErrorReasonDocs loaded;

  private final Set<String> reasons;
  private final Map<String, MetadataKeys> metadata;

  private ErrorReasonDocs(Set<String> reasons, Map<String, MetadataKeys> metadata) {
    this.reasons = Collections.unmodifiableSet(reasons);
    this.metadata = Collections.unmodifiableMap(metadata);
  }

  /**
   * A reason's documented metadata.
   *
   * @param keys the keys
   * @param optional true when the sentence says some of them are left out in some cases (it says
   *     "omitted" or "when"), so that no single error must carry all of them
   */
  public record MetadataKeys(Set<String> keys, boolean optional) {
    /**
     * Documented keys.
     *
     * @param keys the keys
     * @param optional whether some may be left out
     */
    public MetadataKeys {
      keys = Collections.unmodifiableSet(new TreeSet<>(keys));
    }
  }

  /**
   * Every declared reason, by full name.
   *
   * @return the full names, sorted
   */
  public static Set<String> reasons() {
    return load().reasons;
  }

  /**
   * Every reason that documents metadata, by full name.
   *
   * @return reason full name to its keys, sorted
   */
  public static Map<String, MetadataKeys> metadata() {
    return load().metadata;
  }

  /**
   * What a reason documents.
   *
   * @param reasonFullName the reason's full name
   * @return its keys; none, not optional, when it documents none
   */
  public static MetadataKeys metadataOf(String reasonFullName) {
    return metadata().getOrDefault(reasonFullName, new MetadataKeys(Set.of(), false));
  }

  private static ErrorReasonDocs load() {
    ErrorReasonDocs docs = loaded;
    if (docs == null) {
      docs = read();
      loaded = docs;
    }
    return docs;
  }

  private static ErrorReasonDocs read() {
    Set<String> reasons = new TreeSet<>();
    Map<String, MetadataKeys> out = new TreeMap<>();
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
          String name = file.getPackage() + "." + type.getName() + "." + type.getValue(v).getName();
          if (type.getValue(v).getNumber() != 0) {
            reasons.add(name);
          }
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
          out.put(name, new MetadataKeys(keys, optional));
        }
      }
    }
    return new ErrorReasonDocs(reasons, out);
  }

  private static FileDescriptorSet descriptorSet() {
    try (InputStream in =
        ErrorReasonDocs.class.getClassLoader().getResourceAsStream(EventRegistry.DESCRIPTOR_SET)) {
      if (in == null) {
        throw new IllegalStateException(EventRegistry.DESCRIPTOR_SET + " is not on the classpath");
      }
      return FileDescriptorSet.parseFrom(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
