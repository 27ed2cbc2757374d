package dev.copydesk.core.analysis.quotes;

/**
 * How a quotation was classified and why.
 *
 * @param use what the quotation is doing
 * @param why the evidence, for messages ("in a block quotation", "a short phrase without a verb")
 * @param sentence whether it quotes a whole sentence: a capital, a verb and closing punctuation
 * @param standalone whether it stands alone: its sentence has (almost) no words outside quotations
 * @param besideSourcedSpeech whether its paragraph quotes other words that the article sources
 *     elsewhere (a summary quoting pieces of a speech)
 */
public record QuoteClass(QuoteUse use, String why, boolean sentence, boolean standalone, boolean besideSourcedSpeech) {}
