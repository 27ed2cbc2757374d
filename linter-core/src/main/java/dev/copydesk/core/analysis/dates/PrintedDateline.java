package dev.copydesk.core.analysis.dates;

import dev.copydesk.core.model.TextRegion;
import java.time.LocalDate;

/**
 * A date printed at the top of an article's body: a date line ("Friday, July 21, 2017") or a
 * wire-service dateline ("WASHINGTON, July 27 (Reuters) -").
 *
 * @param region the printed date
 * @param text the printed date as written
 * @param date the day it says (a wire dateline's year is the one nearest the publication date)
 * @param wire whether it is a wire dateline, which gives the day the story was filed
 */
public record PrintedDateline(TextRegion region, String text, LocalDate date, boolean wire) {}
