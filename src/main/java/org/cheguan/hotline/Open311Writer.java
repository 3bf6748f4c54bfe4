package org.cheguan.hotline;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GeoReport v2 documents as XML (the format the specification requires; JSON is the same lists of maps
 * written by Jackson). Each document is a root element holding one child element per item; nested lists (a service
 * definition's attributes, an attribute's values) become nested elements named by their singular. Null values are
 * left out. UTF-8 with the XML declaration, as the specification asks.
 */
final class Open311Writer {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private static final Map<String, String> SINGULAR = Map.of("attributes", "attribute", "values", "value", "endpoints",
			"endpoint", "formats", "format");

	private Open311Writer() {
	}

	/**
	 * @param root the root element, e.g. {@code services}
	 * @param item the element of each item, e.g. {@code service}
	 * @param items the items, each a map of field names to values (strings, numbers, booleans, maps, lists of maps)
	 * @return the document
	 */
	static String xml(String root, String item, List<? extends Map<String, ?>> items) {
		var out = new StringWriter();
		try {
			var xml = FACTORY.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement(root);
			for (var map : items) {
				element(xml, item, map);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	/**
	 * @param root the root element, e.g. {@code service_definition}
	 * @param fields its fields
	 * @return the document
	 */
	static String xml(String root, Map<String, ?> fields) {
		var out = new StringWriter();
		try {
			var xml = FACTORY.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			element(xml, root, fields);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, Map<String, ?> fields) throws XMLStreamException {
		xml.writeStartElement(name);
		for (var entry : fields.entrySet()) {
			value(xml, entry.getKey(), entry.getValue());
		}
		xml.writeEndElement();
	}

	@SuppressWarnings("unchecked")
	private static void value(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		if (value instanceof Map<?, ?> map) {
			element(xml, name, (Map<String, ?>) map);
		}
		else if (value instanceof List<?> list) {
			xml.writeStartElement(name);
			var child = SINGULAR.getOrDefault(name, "item");
			for (var entry : list) {
				value(xml, child, entry);
			}
			xml.writeEndElement();
		}
		else {
			xml.writeStartElement(name);
			xml.writeCharacters(String.valueOf(value));
			xml.writeEndElement();
		}
	}
}
