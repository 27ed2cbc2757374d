package dev.copydesk.spark;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.report.FindingField;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows Copydesk's Spark job makes: one per article, with its counts, its error and its
 * findings. A finding's columns are the fields of the JSON report's finding, taken from {@link
 * FindingField} (same names, same order), so the table and the report cannot drift apart.
 */
final class ResultRows {
  /** One finding: the JSON report's finding fields. */
  static final StructType FINDING = findingSchema();

  /** The files table: one row per article. */
  static final StructType FILE = new StructType(new StructField[] {
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("words", DataTypes.IntegerType, false),
      DataTypes.createStructField("errors", DataTypes.IntegerType, false),
      DataTypes.createStructField("warnings", DataTypes.IntegerType, false),
      DataTypes.createStructField("infos", DataTypes.IntegerType, false),
      DataTypes.createStructField("error", DataTypes.StringType, true),
      DataTypes.createStructField("processingErrors", DataTypes.createArrayType(DataTypes.StringType, false), false)});

  /** What {@link CopydeskSpark#check} gives: a files-table row with the article's findings. */
  static final StructType RESULT = FILE.add(
      DataTypes.createStructField("findings", DataTypes.createArrayType(FINDING, false), false));

  private ResultRows() {}

  /** {@code result} as a row of {@link #RESULT}. */
  static Row toRow(FileResult result) {
    List<Row> findings = new ArrayList<>(result.findings().size());
    for (Finding finding : result.findings()) {
      findings.add(toRow(finding));
    }
    return RowFactory.create(result.path(), result.words(),
        (int) result.count(Severity.ERROR), (int) result.count(Severity.WARNING), (int) result.count(Severity.INFO),
        result.error(), seq(result.processingErrors()), seq(findings));
  }

  private static Row toRow(Finding finding) {
    FindingField[] fields = FindingField.values();
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      values[i] = fields[i].kind() == FindingField.Kind.TEXT_LIST ? seq(fields[i].listOf(finding)) : fields[i].valueOf(finding);
    }
    return RowFactory.create(values);
  }

  /** A Java list as the Scala sequence Spark's row encoder takes for an array column. */
  private static <T> Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }

  private static StructType findingSchema() {
    List<StructField> columns = new ArrayList<>();
    for (FindingField field : FindingField.values()) {
      columns.add(DataTypes.createStructField(field.key(), sparkType(field.kind()), field.kind() == FindingField.Kind.OPTIONAL_TEXT));
    }
    return DataTypes.createStructType(columns);
  }

  private static DataType sparkType(FindingField.Kind kind) {
    return switch (kind) {
      case TEXT, OPTIONAL_TEXT -> DataTypes.StringType;
      case NUMBER -> DataTypes.IntegerType;
      case TEXT_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
    };
  }
}
