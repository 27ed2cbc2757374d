package dev.copydesk.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Where an articles table keeps what Copydesk needs: {@code path} (string) and {@code body}
 * (binary, as Spark's {@code binaryFile} source gives it, or string), and optionally {@code
 * format} (string: {@code md}, {@code html}, {@code txt}…), {@code date} (date, timestamp or an
 * ISO {@code yyyy-mm-dd} string) and {@code error} (string: why the row has no body). Checked on
 * the driver, so a table of the wrong shape fails at once with a message naming the column.
 */
record InputColumns(int path, int body, boolean bodyIsText, int format, int date, boolean dateIsText, int error)
    implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int ABSENT = -1;

  /** The columns of {@code schema}, or an {@link IllegalArgumentException} saying what is wrong. */
  static InputColumns of(StructType schema) {
    int path = required(schema, "path", DataTypes.StringType);
    int body = required(schema, "body", DataTypes.BinaryType, DataTypes.StringType);
    int format = optional(schema, "format", DataTypes.StringType);
    int date = optional(schema, "date", DataTypes.DateType, DataTypes.TimestampType, DataTypes.TimestampNTZType, DataTypes.StringType);
    int error = optional(schema, "error", DataTypes.StringType);
    return new InputColumns(path, body, schema.fields()[body].dataType() instanceof StringType, format, date,
        date != ABSENT && schema.fields()[date].dataType() instanceof StringType, error);
  }

  /** The article {@code row} holds; a value it cannot use makes an article with that error. */
  ArticleInput article(Row row) {
    String articlePath = row.isNullAt(path) ? "(row without a path)" : row.getString(path);
    if (error != ABSENT && !row.isNullAt(error)) {
      return ArticleInput.failed(articlePath, row.getString(error));
    }
    if (row.isNullAt(path)) {
      return ArticleInput.failed(articlePath, "the path column is null");
    }
    if (row.isNullAt(body)) {
      return ArticleInput.failed(articlePath, "the body column is null: there is no article to check");
    }
    byte[] bytes = bodyIsText ? row.getString(body).getBytes(StandardCharsets.UTF_8) : (byte[]) row.get(body);
    String articleFormat = format == ABSENT || row.isNullAt(format) ? null : row.getString(format);
    LocalDate articleDate;
    try {
      articleDate = date == ABSENT || row.isNullAt(date) ? null : toDate(row.get(date));
    } catch (DateTimeParseException e) {
      return ArticleInput.failed(articlePath, "the date column holds '" + row.get(date) + "', not a date (yyyy-mm-dd)");
    }
    return new ArticleInput(articlePath, articleFormat, bytes, articleDate, null);
  }

  private static LocalDate toDate(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (value instanceof Instant i) {
      return i.atOffset(ZoneOffset.UTC).toLocalDate();
    }
    if (value instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    String text = value.toString().strip();
    boolean hasTime = text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ');
    return LocalDate.parse(hasTime ? text.substring(0, 10) : text);
  }

  private static int required(StructType schema, String name, DataType... types) {
    int index = optional(schema, name, types);
    if (index == ABSENT) {
      throw new IllegalArgumentException("an articles table needs a column '" + name + "' ("
          + typeNames(types) + "); it has " + Arrays.toString(schema.fieldNames()));
    }
    return index;
  }

  private static int optional(StructType schema, String name, DataType... types) {
    if (!Arrays.asList(schema.fieldNames()).contains(name)) {
      return ABSENT;
    }
    int index = schema.fieldIndex(name);
    StructField field = schema.fields()[index];
    for (DataType type : types) {
      if (field.dataType().sameType(type)) {
        return index;
      }
    }
    throw new IllegalArgumentException("column '" + name + "' is " + field.dataType().simpleString()
        + "; Copydesk reads it as " + typeNames(types));
  }

  private static String typeNames(DataType... types) {
    return String.join(" or ", Arrays.stream(types).map(DataType::simpleString).toList());
  }
}
