package dev.copydesk.rules.eval;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.rules.dates.DateFormatRule;
import dev.copydesk.rules.dates.ImpossibleDateRule;
import dev.copydesk.rules.dates.RelativeDateRule;
import dev.copydesk.rules.dates.WeekdayMismatchRule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The date rules' recall and false alarms on real copy: date errors (weekday mismatches,
 * impossible dates and times, relative dates that contradict the date or weekday beside them) are
 * planted into copies of corpus articles, each beside consistent controls of the same kinds in
 * other paragraphs. At least 95% of the plants must be found on the words planted, and at most 2%
 * of the controls may draw any date finding. Deterministic: fixed seed, fixed articles.
 */
@Tag("evaluation")
class DatePlantEvaluationTest {
  private static final List<Rule> DATE_RULES =
      List.of(new WeekdayMismatchRule(), new RelativeDateRule(), new DateFormatRule(), new ImpossibleDateRule());
  /** Every third corpus article gets a copy. */
  private static final int ARTICLE_STRIDE = 3;
  private static final Pattern SENTENCE_END = Pattern.compile("[a-z0-9]\\. (?=[A-Z])");
  private static final int PLANTS_PER_ARTICLE = 3;
  private static final long SEED = 20210727L;
  private static final double MIN_RECALL = 0.95;
  private static final double MAX_CONTROL_ALARMS = 0.02;
  /** Paragraphs long enough to take a planted sentence without it dominating them. */
  private static final int MIN_PARAGRAPH = 100;

  /** A planted sentence and where it ended up in the copy. */
  private record Placed(DatePlant plant, int sentenceStart, int flaggedStart) {}

  @Test
  void plantedDateErrorsAreFoundAndConsistentControlsAreNot() {
    Random random = new Random(SEED);
    DatePlant.Kind[] kinds = DatePlant.Kind.values();
    int next = 0;
    List<Map.Entry<String, String>> copies = new ArrayList<>();
    List<List<Placed>> placements = new ArrayList<>();
    List<Path> files = CorpusArticles.files();
    for (int i = 0; i < files.size(); i += ARTICLE_STRIDE) {
      String source = CorpusArticles.source(files.get(i));
      LocalDate published = CorpusArticles.publicationDate(source);
      List<Integer> ends = paragraphEnds(source);
      int count = Math.min(PLANTS_PER_ARTICLE, ends.size() / 2);
      if (count == 0) {
        continue;
      }
      List<DatePlant> plants = new ArrayList<>();
      for (int p = 0; p < count; p++) {
        DatePlant.Kind kind = kinds[next++ % kinds.length];
        plants.add(DatePlant.of(kind, false, published, random));
        plants.add(DatePlant.of(kinds[(next + p) % kinds.length], true, published, random));
      }
      StringBuilder copy = new StringBuilder(source);
      List<Placed> placed = new ArrayList<>();
      int step = ends.size() / plants.size();
      for (int p = plants.size() - 1; p >= 0; p--) {
        int at = ends.get(p * step);
        copy.insert(at, " " + plants.get(p).sentence());
      }
      int shift = 0;
      for (int p = 0; p < plants.size(); p++) {
        int start = ends.get(p * step) + shift + 1;
        DatePlant plant = plants.get(p);
        placed.add(new Placed(plant, start, start + plant.sentence().indexOf(plant.flagged())));
        shift += plant.sentence().length() + 1;
      }
      copies.add(Map.entry(files.get(i).getFileName().toString(), copy.toString()));
      placements.add(placed);
    }

    List<FileResult> results = CorpusArticles.check(DATE_RULES, copies);
    Map<DatePlant.Kind, int[]> byKind = new EnumMap<>(DatePlant.Kind.class);
    int plants = 0;
    int found = 0;
    int controls = 0;
    int alarms = 0;
    for (int c = 0; c < results.size(); c++) {
      FileResult result = results.get(c);
      assertEquals(List.of(), result.processingErrors(), result.path());
      for (Placed placed : placements.get(c)) {
        DatePlant plant = placed.plant();
        int sentenceEnd = placed.sentenceStart() + plant.sentence().length();
        if (plant.control()) {
          controls++;
          List<Finding> inside = result.findings().stream()
              .filter(f -> f.span().offset() < sentenceEnd && f.span().offset() + f.span().length() > placed.sentenceStart())
              .toList();
          if (!inside.isEmpty()) {
            alarms++;
            System.out.println("control flagged in " + result.path() + ": " + plant.sentence() + " -> " + inside.get(0).message());
          }
        } else {
          plants++;
          boolean hit = result.findings().stream().anyMatch(f -> f.rule().equals(plant.kind().rule)
              && f.span().offset() == placed.flaggedStart() && f.text().equals(plant.flagged()));
          byKind.computeIfAbsent(plant.kind(), k -> new int[2])[hit ? 0 : 1]++;
          if (hit) {
            found++;
          } else {
            System.out.println("plant missed in " + result.path() + ": " + plant.sentence());
          }
        }
      }
    }
    double recall = found / (double) plants;
    double alarmRate = alarms / (double) controls;
    EvaluationFigures figures = new EvaluationFigures("date-plants");
    byKind.forEach((kind, counts) -> figures.recall("date: " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), "all", counts[0], counts[0] + counts[1]));
    figures.write();
    StringBuilder perKind = new StringBuilder();
    byKind.forEach((kind, counts) -> perKind.append(String.format(Locale.ROOT, " %s %d/%d;", kind, counts[0], counts[0] + counts[1])));
    System.out.printf(Locale.ROOT, "date plants: %d/%d found (%.1f%%), controls: %d/%d flagged (%.1f%%), in %d article copies;%s%n",
        found, plants, 100 * recall, alarms, controls, 100 * alarmRate, copies.size(), perKind);
    assertTrue(plants >= 100, "enough plants: " + plants);
    assertTrue(recall >= MIN_RECALL, String.format(Locale.ROOT, "recall %.3f", recall));
    assertTrue(alarmRate <= MAX_CONTROL_ALARMS, String.format(Locale.ROOT, "control alarm rate %.3f", alarmRate));
  }

  /**
   * Where a sentence can be planted in each long prose paragraph of the body (one line in these
   * files): just past its first sentence, or at its end. The front matter and the first lines
   * (where the dateline is) are skipped.
   */
  private static List<Integer> paragraphEnds(String source) {
    List<Integer> ends = new ArrayList<>();
    int bodyStart = source.indexOf("\n---", 3) + 4;
    int pos = bodyStart;
    int lineNumber = 0;
    while (pos < source.length()) {
      int end = source.indexOf('\n', pos);
      end = end < 0 ? source.length() : end;
      String line = source.substring(pos, end).stripTrailing();
      lineNumber++;
      if (lineNumber > 4 && line.length() >= MIN_PARAGRAPH && line.endsWith(".") && Character.isLetter(line.charAt(0))) {
        Matcher sentenceEnd = SENTENCE_END.matcher(line);
        ends.add(pos + (sentenceEnd.find() ? sentenceEnd.start() + 2 : line.length()));
      }
      pos = end + 1;
    }
    return ends;
  }
}
