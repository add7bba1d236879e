package com.tam.protos.contract;

import build.buf.validate.FieldRules;
import build.buf.validate.MessageRules;
import build.buf.validate.Rule;
import build.buf.validate.ValidateProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.GenericDescriptor;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.parser.CelParser;
import dev.cel.parser.CelParserFactory;
import dev.cel.parser.CelStandardMacro;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every CEL expression written in the contracts ({@code (buf.validate.message).cel}, {@code
 * (buf.validate.field).cel} and the {@code cel} of repeated items, map keys and map values, both as
 * {@code Rule}s and as {@code cel_expression} strings, and predefined rules declared by contract
 * extensions), with what {@code this} denotes where it is evaluated.
 */
final class CelExpressions {

  private static final CelParser PARSER =
      CelParserFactory.standardCelParserBuilder()
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .build();

  private CelExpressions() {}

  /**
   * What {@code this} denotes in an expression.
   *
   * @param field the repeated or map field when {@code this} is the whole list or map, else null
   * @param message the message type when {@code this} is a message, else null
   */
  record Subject(FieldDescriptor field, Descriptor message) {

    static Subject of(FieldDescriptor listOrMap) {
      return new Subject(listOrMap, null);
    }

    static Subject of(Descriptor message) {
      return new Subject(null, message);
    }

    static Subject scalarOrMessage(FieldDescriptor f) {
      return new Subject(
          null, f.getJavaType() == FieldDescriptor.JavaType.MESSAGE ? f.getMessageType() : null);
    }
  }

  /**
   * One CEL expression.
   *
   * @param owner the element whose option holds it (a message, field or extension)
   * @param where which option holds it, for example {@code (buf.validate.field).cel}
   * @param id the rule id, empty for a {@code cel_expression}
   * @param expression the CEL source
   * @param subject what {@code this} denotes
   */
  record Expression(
      GenericDescriptor owner, String where, String id, String expression, Subject subject) {

    /** Parses the expression with the standard macros expanded (comprehensions explicit). */
    Optional<CelExpr> parse() {
      try {
        return Optional.of(PARSER.parse(expression).getAst().getExpr());
      } catch (CelValidationException e) {
        return Optional.empty();
      }
    }
  }

  /** Returns every CEL expression of the contracts. */
  static Stream<Expression> all(ContractSet contracts) {
    List<Expression> out = new ArrayList<>();
    contracts
        .messages()
        .forEach(
            m -> {
              MessageRules rules = m.getOptions().getExtension(ValidateProto.message);
              add(out, m, "(buf.validate.message)", rules.getCelList(), Subject.of(m));
              addStrings(
                  out, m, "(buf.validate.message)", rules.getCelExpressionList(), Subject.of(m));
              for (FieldDescriptor f : m.getFields()) {
                field(out, f);
              }
            });
    contracts.files().stream()
        .flatMap(
            file ->
                Stream.concat(
                    file.getExtensions().stream(),
                    contracts
                        .messages()
                        .filter(m -> m.getFile() == file)
                        .flatMap(m -> m.getExtensions().stream())))
        .forEach(
            ext ->
                add(
                    out,
                    ext,
                    "(buf.validate.predefined)",
                    ext.getOptions().getExtension(ValidateProto.predefined).getCelList(),
                    new Subject(null, null)));
    return out.stream();
  }

  private static void field(List<Expression> out, FieldDescriptor f) {
    FieldRules rules = Elements.fieldRules(f);
    Subject self = f.isMapField() || f.isRepeated() ? Subject.of(f) : Subject.scalarOrMessage(f);
    add(out, f, "(buf.validate.field)", rules.getCelList(), self);
    addStrings(out, f, "(buf.validate.field)", rules.getCelExpressionList(), self);
    if (f.isMapField()) {
      FieldDescriptor key = f.getMessageType().findFieldByName("key");
      FieldDescriptor value = f.getMessageType().findFieldByName("value");
      FieldRules keys = rules.getMap().getKeys();
      FieldRules values = rules.getMap().getValues();
      add(out, f, "(buf.validate.field).map.keys", keys.getCelList(), Subject.scalarOrMessage(key));
      addStrings(
          out,
          f,
          "(buf.validate.field).map.keys",
          keys.getCelExpressionList(),
          Subject.scalarOrMessage(key));
      add(
          out,
          f,
          "(buf.validate.field).map.values",
          values.getCelList(),
          Subject.scalarOrMessage(value));
      addStrings(
          out,
          f,
          "(buf.validate.field).map.values",
          values.getCelExpressionList(),
          Subject.scalarOrMessage(value));
    } else if (f.isRepeated()) {
      FieldRules items = rules.getRepeated().getItems();
      add(
          out,
          f,
          "(buf.validate.field).repeated.items",
          items.getCelList(),
          Subject.scalarOrMessage(f));
      addStrings(
          out,
          f,
          "(buf.validate.field).repeated.items",
          items.getCelExpressionList(),
          Subject.scalarOrMessage(f));
    }
  }

  private static void add(
      List<Expression> out,
      GenericDescriptor owner,
      String where,
      List<Rule> rules,
      Subject subject) {
    for (Rule r : rules) {
      out.add(new Expression(owner, where + ".cel", r.getId(), r.getExpression(), subject));
    }
  }

  private static void addStrings(
      List<Expression> out,
      GenericDescriptor owner,
      String where,
      List<String> expressions,
      Subject subject) {
    for (String e : expressions) {
      out.add(new Expression(owner, where + ".cel_expression", "", e, subject));
    }
  }
}
