package org.cheguan.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback converter ({@code %maskedMsg}) that masks resident ID numbers and mainland mobile numbers in every log
 * message, whatever a developer passed to the logger, so that logs never hold sensitive personal information in clear
 * (GB/T 35273-2020 §6.3). ID numbers keep their first 6 and last 4 characters ({@code 420106********0028}); mobiles
 * keep their first 3 and last 4 digits ({@code 138****5678}).
 */
public class PersonalDataMaskingConverter extends MessageConverter {

	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

	@Override
	public String convert(ILoggingEvent event) {
		return mask(super.convert(event));
	}

	/**
	 * @param message any text
	 * @return the text with every ID number and mobile number masked
	 */
	public static String mask(String message) {
		if (message == null || message.length() < 11) {
			return message;
		}
		var masked = ID_NUMBER.matcher(message).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "********" + m.group(2).substring(m.group(2).length() - 4)));
		return MOBILE.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "****" + m.group(2)));
	}
}
