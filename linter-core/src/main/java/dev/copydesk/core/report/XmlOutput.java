package dev.copydesk.core.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML report with the JDK's streaming writer, which escapes markup in text and
 * attributes. Characters XML 1.0 forbids (most control characters, which can hide in pasted copy)
 * are replaced by U+FFFD so the report always parses.
 */
final class XmlOutput {
  private final XMLStreamWriter xml;

  private XmlOutput(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Starts a UTF-8 XML document on {@code out}. */
  static XmlOutput start(Writer out) throws IOException {
    try {
      XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      writer.writeStartDocument("UTF-8", "1.0");
      writer.writeCharacters("\n");
      return new XmlOutput(writer);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Opens element {@code name} with attributes given as name, value pairs; null values are left out. */
  XmlOutput open(String name, Object... attributes) throws IOException {
    return element(name, false, attributes);
  }

  /** Writes empty element {@code name} with attributes given as name, value pairs. */
  XmlOutput empty(String name, Object... attributes) throws IOException {
    return element(name, true, attributes);
  }

  /** Writes text content. */
  XmlOutput text(String text) throws IOException {
    try {
      xml.writeCharacters(legal(text));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Ends the innermost open element and starts a new line. */
  XmlOutput end() throws IOException {
    try {
      xml.writeEndElement();
      xml.writeCharacters("\n");
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Ends the document and flushes it (the underlying writer stays open). */
  void finish() throws IOException {
    try {
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private XmlOutput element(String name, boolean empty, Object... attributes) throws IOException {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    try {
      if (empty) {
        xml.writeEmptyElement(name);
      } else {
        xml.writeStartElement(name);
      }
      for (int i = 0; i < attributes.length; i += 2) {
        if (attributes[i + 1] != null) {
          xml.writeAttribute(attributes[i].toString(), legal(attributes[i + 1].toString()));
        }
      }
      if (empty) {
        xml.writeCharacters("\n");
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** {@code text} with every character XML 1.0 cannot carry replaced by U+FFFD. */
  static String legal(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || (Character.isSurrogate(c) && surrogatePairAt(text, i));
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean surrogatePairAt(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

}
