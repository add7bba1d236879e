package com.tam.protos.testkit.user;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Compact JWS (RFC 7515) with HS256, made with the JDK's HMAC: what the reference user-service
 * signs its access tokens with. Production signs asymmetrically (docs/AUTH.md); the token's shape,
 * claims and checks are the same.
 */
final class Jwts {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final byte[] key;
  private final String keyId;

  Jwts(byte[] key, String keyId) {
    this.key = key.clone();
    this.keyId = keyId;
  }

  /** The claims of one access token. */
  record Claims(
      String sub, String sid, List<String> roles, long iat, long exp, String iss, String jti) {}

  String sign(Claims c) {
    String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":" + quote(keyId) + "}";
    StringBuilder roles = new StringBuilder("[");
    for (int i = 0; i < c.roles().size(); i++) {
      roles.append(i == 0 ? "" : ",").append(quote(c.roles().get(i)));
    }
    roles.append(']');
    String payload =
        "{\"sub\":"
            + quote(c.sub())
            + ",\"sid\":"
            + quote(c.sid())
            + ",\"roles\":"
            + roles
            + ",\"iat\":"
            + c.iat()
            + ",\"exp\":"
            + c.exp()
            + ",\"iss\":"
            + quote(c.iss())
            + ",\"jti\":"
            + quote(c.jti())
            + "}";
    String signingInput = b64(header) + "." + b64(payload);
    return signingInput + "." + B64.encodeToString(hmac(signingInput));
  }

  /**
   * Verifies a token's shape and signature and reads its claims.
   *
   * @return the claims, empty if the token is malformed or its signature does not verify
   */
  Optional<Claims> verify(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      byte[] signature = B64D.decode(parts[2]);
      if (!MessageDigest.isEqual(signature, hmac(parts[0] + "." + parts[1]))) {
        return Optional.empty();
      }
      Map<String, Object> header = MiniJson.object(utf8(B64D.decode(parts[0])));
      if (!"HS256".equals(header.get("alg")) || !keyId.equals(header.get("kid"))) {
        return Optional.empty();
      }
      Map<String, Object> p = MiniJson.object(utf8(B64D.decode(parts[1])));
      List<String> roles = new ArrayList<>();
      if (p.get("roles") instanceof List<?> list) {
        for (Object o : list) {
          roles.add(String.valueOf(o));
        }
      }
      return Optional.of(
          new Claims(
              (String) p.get("sub"),
              (String) p.get("sid"),
              roles,
              ((Number) p.get("iat")).longValue(),
              ((Number) p.get("exp")).longValue(),
              (String) p.get("iss"),
              (String) p.get("jti")));
    } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private byte[] hmac(String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String b64(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (ch < 0x20) {
            sb.append(String.format("\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** Just enough JSON to read the objects this class writes: strings, integers, string arrays. */
  static final class MiniJson {
    private final String s;
    private int i;

    private MiniJson(String s) {
      this.s = s;
    }

    static Map<String, Object> object(String json) {
      MiniJson p = new MiniJson(json);
      Object v = p.value();
      p.ws();
      if (p.i != json.length() || !(v instanceof Map<?, ?>)) {
        throw new IllegalArgumentException("not a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) v;
      return m;
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private char peek() {
      ws();
      if (i >= s.length()) {
        throw new IllegalArgumentException("unexpected end of JSON");
      }
      return s.charAt(i);
    }

    private void expect(char c) {
      if (peek() != c) {
        throw new IllegalArgumentException("expected " + c);
      }
      i++;
    }

    private Object value() {
      char c = peek();
      if (c == '{') {
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        if (peek() == '}') {
          i++;
          return m;
        }
        while (true) {
          String k = string();
          expect(':');
          if (m.put(k, value()) != null) {
            throw new IllegalArgumentException("duplicate key " + k);
          }
          if (peek() == ',') {
            i++;
          } else {
            expect('}');
            return m;
          }
        }
      }
      if (c == '[') {
        i++;
        List<Object> l = new ArrayList<>();
        if (peek() == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(value());
          if (peek() == ',') {
            i++;
          } else {
            expect(']');
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      int start = i;
      if (c == '-') {
        i++;
      }
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (start == i || (c == '-' && start + 1 == i)) {
        throw new IllegalArgumentException("unexpected JSON value");
      }
      return Long.parseLong(s.substring(start, i));
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (i >= s.length()) {
          throw new IllegalArgumentException("unterminated string");
        }
        char ch = s.charAt(i++);
        if (ch == '"') {
          return sb.toString();
        }
        if (ch == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case '"', '\\', '/' -> sb.append(e);
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'u' -> {
              sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> throw new IllegalArgumentException("bad escape");
          }
        } else {
          sb.append(ch);
        }
      }
    }
  }
}
